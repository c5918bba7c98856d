"""Headcount in the UI: group counts and the convened total on the attendees page, the quorum
warning in the live view, the body's rules in the organisation profile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from secretary_app.domain.enums import Presence, Role
from secretary_app.domain.model import Attendee, Meeting, Organization, Vote
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import get_organization, save_organization
from secretary_app.ui.dialogs.organization_form import OrganizationForm
from secretary_app.ui.pages.attendees_model import COUNT, GROUP


def council(store, present_group: int) -> int:
    org = Organization(name="HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK", abbreviation="HĐND",
                       body_type="council")
    save_organization(store, org)
    return create_meeting(store, Meeting(
        title="Kỳ họp thứ mười", date=dt.date(2026, 7, 10), organization=org,
        attendees=[Attendee("a1", "Nguyễn Văn A", "Chủ tịch HĐND", role=Role.CHAIR),
                   Attendee("a2", "Các đại biểu HĐND tỉnh", group=True, count=present_group),
                   Attendee("a3", "Trần Thị B", presence=Presence.ABSENT_EXCUSED)],
        votes=[Vote("Thông qua dự toán", in_favor=260, against=10, abstain=0)]))


def test_group_count_and_convened_total_drive_the_headcount(qtbot, main_window):
    store = main_window.store
    meeting_id = council(store, 493)
    page = main_window.open_meeting(meeting_id, "attendees")
    assert page.counts.text().startswith("Tổng số đại biểu: 495; có mặt: 494; vắng: 01")
    page.convened.setValue(500)
    page.convened.editingFinished.emit()
    assert load_meeting(store.db, meeting_id).convened_total == 500
    assert page.counts.text().startswith("Tổng số đại biểu: 500; có mặt: 494; vắng: 06")
    assert not page.counts.property("warning")
    group = page.model.index(1, COUNT)
    assert page.model.setData(group, "200")
    assert load_meeting(store.db, meeting_id).attendees[1].count == 200
    assert page.counts.property("warning")  # 201 of 500 is less than two thirds
    assert "cần ít nhất 334/500" in page.counts.text()
    page.undo_stack.undo()
    assert load_meeting(store.db, meeting_id).attendees[1].count == 493
    editable = Qt.ItemFlag.ItemIsEditable
    assert page.model.flags(group) & editable
    assert not page.model.flags(page.model.index(0, COUNT)) & editable  # a person: no count


def test_unchecking_group_clears_its_count(qtbot, main_window):
    meeting_id = council(main_window.store, 493)
    page = main_window.open_meeting(meeting_id, "attendees")
    page.model.setData(page.model.index(1, GROUP), Qt.CheckState.Unchecked,
                       Qt.ItemDataRole.CheckStateRole)
    a = load_meeting(main_window.store.db, meeting_id).attendees[1]
    assert (a.group, a.count) == (False, None)


def test_live_view_warns_when_quorum_not_met_and_vote_shows_verdict(qtbot, main_window):
    meeting_id = council(main_window.store, 300)
    create = main_window.store.db.execute  # convened total set directly, as an import would
    create("UPDATE meetings SET convened_total = 500 WHERE id = ?", [meeting_id])
    page = main_window.open_meeting(meeting_id, "proceedings")
    assert page.quorum.property("warning")
    assert "Chưa đủ số có mặt" in page.quorum.text()
    assert "260/500 đại biểu tán thành" in page.votes.list.item(0).text()
    assert "Nội dung được thông qua" in page.votes.list.item(0).text()


def test_profile_form_chooses_body_type_and_rules(qtbot, main_window):
    form = OrganizationForm(Organization(name="CHI BỘ THÔN 3", body_type="party_cell", id=None))
    qtbot.addWidget(form)
    org = form.organization()
    assert (org.body_type, org.quorum_rule, org.pass_rule, org.percent_base) == (
        "party_cell", "", "", "")
    assert form.rules.quorum.currentData() == "two_thirds"
    form.rules.quorum.setCurrentIndex(form.rules.quorum.findData("more_than_half"))
    form.rules.pass_base.setCurrentIndex(form.rules.pass_base.findData("present"))
    org = form.organization()
    assert (org.quorum_rule, org.pass_rule) == ("more_than_half", "more_than_half/present")
    save_organization(main_window.store, org)
    back = get_organization(main_window.store.db, org.id)
    assert (back.rules.quorum.value, back.rules.pass_base.value) == ("more_than_half", "present")
    again = OrganizationForm(back)
    qtbot.addWidget(again)
    assert again.rules.pass_base.currentData() == "present"
    again.rules.body_type.setCurrentIndex(again.rules.body_type.findData("agency"))
    assert again.organization().rules.quorum.value == "none"


def test_choosing_party_style_offers_the_party_cell_rules(qtbot):
    from secretary_app.domain.enums import DocumentStyle
    form = OrganizationForm()
    qtbot.addWidget(form)
    form.name.setText("CHI BỘ VĂN PHÒNG")
    assert form.organization().body_type == "generic"
    form.style_box.setCurrentIndex(form.style_box.findData(DocumentStyle.PARTY))
    assert form.organization().body_type == "party_cell"
    assert form.rules.quorum.currentData() == "two_thirds"
