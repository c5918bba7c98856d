"""Issuing, freezing, cancelling and reserving numbers in the register."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.model import Meeting
from secretary_app.domain.register import EntryStatus, RegisterError, full_number
from secretary_app.domain.vietnamese import document_number
from secretary_app.storage.finalise import finalise_meeting, tampered_meetings
from secretary_app.storage.lists import DOCUMENTS
from secretary_app.storage.meetings import create_meeting, delete_meeting, load_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.register import cancel_number, register_document, reserve_number
from secretary_app.storage.register_documents import (
    check_document_edit,
    is_frozen,
    issue_document,
    issue_meeting_document,
)
from secretary_app.storage.register_queries import issued_entry, list_register
from tests.storage.register_helpers import make_meeting, make_org

D = dt.date


def test_issue_sets_number_year_date_and_register_line(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    entry = issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2024, 10, 20))
    doc = load_meeting(store.db, mid).document(DocumentKind.MINUTES)
    assert (doc.number, doc.year, doc.issued_on) == (1, 2024, D(2024, 10, 20))
    org = load_meeting(store.db, mid).organization
    assert full_number(org, entry) == "Số: 01/BB-SGDĐT"
    [line] = list_register(store.db)
    assert line.status is EntryStatus.ISSUED and line.kind == "BB"
    assert line.summary == load_meeting(store.db, mid).title
    assert line.signer == "Chủ trì: Lê Thị Thanh Xuân"  # minutes: the chair signs
    assert line.recipients == ["Ban Giám đốc Sở", "Hội Khuyến học tỉnh", "Hội Cựu giáo chức tỉnh"]
    assert (line.meeting_id, line.document_id) == (mid, doc.id)


def test_notice_register_line_names_the_signing_capacity(seeded_store):
    entry = issue_meeting_document(seeded_store, seeded_store.seed_id, DocumentKind.NOTICE,
                                   D(2024, 10, 21))
    assert entry.signer == "Nguyễn Văn Bình (TL. GIÁM ĐỐC – CHÁNH VĂN PHÒNG)"
    assert entry.number == 1


def test_default_date_is_today(seeded_store):
    entry = issue_meeting_document(seeded_store, seeded_store.seed_id, DocumentKind.NOTICE)
    assert entry.issued_on == dt.date.today()


def test_issuing_twice_is_refused_and_gives_no_number(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 10, 21))
    with pytest.raises(RegisterError, match="đã được cấp số 01/TB-SGDĐT ngày 21/10/2024"):
        issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 10, 22))
    assert [e.number for e in list_register(store.db)] == [1]


def test_issued_document_is_frozen_in_sql(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    entry = issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 10, 21))
    for fields in ({"number": 7}, {"issued_on": "2024-10-30"}, {"signer_name": "Ai đó"},
                   {"year": 2025}, {"has_signer": 0}):
        with pytest.raises(sqlite3.IntegrityError, match="Văn bản đã cấp số"):
            DOCUMENTS.update(store, entry.document_id, **fields)
    DOCUMENTS.update(store, entry.document_id, archive="VT, VP")  # not frozen
    doc = load_meeting(store.db, mid).document(DocumentKind.NOTICE)
    assert (doc.number, doc.issued_on, doc.signer.title) == (1, D(2024, 10, 21), "CHÁNH VĂN PHÒNG")
    assert doc.archive == "VT, VP"
    assert is_frozen(store.db, entry.document_id)
    with pytest.raises(RegisterError, match="không sửa được"):
        check_document_edit(store.db, entry.document_id, {"signer", "recipients"})
    check_document_edit(store.db, entry.document_id, {"recipients"})


def test_draft_documents_stay_editable(seeded_store):
    doc_id = load_meeting(seeded_store.db, seeded_store.seed_id).documents[0].id
    DOCUMENTS.update(seeded_store, doc_id, issued_on="2024-10-17", signer_name="Nguyễn Văn A")
    assert not is_frozen(seeded_store.db, doc_id)


def test_cancel_keeps_the_number_with_reason_and_frees_the_document(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    first = issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2024, 10, 20))
    cancel_number(store, first.id, "Sai trích yếu <&> “ghi nhầm”")
    doc = load_meeting(store.db, mid).document(DocumentKind.MINUTES)
    assert (doc.number, doc.year, doc.issued_on) == (None, None, None)
    second = issue_document(store, doc.id, D(2024, 10, 22))
    assert second.number == 2  # the cancelled 01 is never given again
    lines = list_register(store.db)
    assert [(e.number, e.status, e.reason) for e in lines] == [
        (1, EntryStatus.CANCELLED, "Sai trích yếu <&> “ghi nhầm”"), (2, EntryStatus.ISSUED, "")]
    assert issued_entry(store.db, doc.id).number == 2


def test_cancel_needs_a_reason_and_happens_once(seeded_store):
    entry = issue_meeting_document(seeded_store, seeded_store.seed_id, DocumentKind.MINUTES,
                                   D(2024, 10, 20))
    with pytest.raises(RegisterError, match="lý do"):
        cancel_number(seeded_store, entry.id, "   ")
    cancel_number(seeded_store, entry.id, "Trùng")
    with pytest.raises(RegisterError, match="đã bị hủy"):
        cancel_number(seeded_store, entry.id, "Lần nữa")


def test_reserved_number_shows_and_is_used_later(store):
    org = make_org(store)
    mid = make_meeting(store, org, D(2024, 3, 1))
    register_document(store, org.id, "BC", "Báo cáo quý I", D(2024, 3, 1))
    held = reserve_number(store, org.id, "TB", D(2024, 3, 2), note="Thông báo của Giám đốc")
    register_document(store, org.id, "BC", "Báo cáo tháng 3", D(2024, 3, 3))
    assert [(e.number, e.status) for e in list_register(store.db)] == [
        (1, EntryStatus.ISSUED), (2, EntryStatus.RESERVED), (3, EntryStatus.ISSUED)]
    with pytest.raises(RegisterError, match="không phải số đang giữ"):
        issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 3, 5), reserved=3)
    used = issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 3, 5), reserved=2)
    assert (used.id, used.number, used.status) == (held.id, 2, EntryStatus.ISSUED)
    assert used.reason == "Thông báo của Giám đốc"
    assert load_meeting(store.db, mid).document(DocumentKind.NOTICE).number == 2
    assert [e.number for e in list_register(store.db)] == [1, 2, 3]


def test_reserved_number_can_be_cancelled(store):
    org = make_org(store)
    held = reserve_number(store, org.id, "BB", D(2024, 5, 1))
    cancel_number(store, held.id, "Không dùng đến")
    [line] = list_register(store.db, status=EntryStatus.CANCELLED)
    assert (line.number, line.reason) == (1, "Không dùng đến")
    assert register_document(store, org.id, "BB", "x", D(2024, 5, 2)).number == 2


def test_backdating_before_the_previous_number_is_refused(store):
    org = make_org(store)
    register_document(store, org.id, "BC", "Báo cáo", D(2024, 6, 10))
    with pytest.raises(RegisterError, match="trước ngày của số trước"):
        register_document(store, org.id, "BC", "Báo cáo", D(2024, 6, 9))
    assert register_document(store, org.id, "BC", "Cùng ngày", D(2024, 6, 10)).number == 2


def test_party_needs_a_term_and_a_date_inside_it(store):
    org = make_org(store, style=DocumentStyle.PARTY, abbreviation="CB")
    mid = make_meeting(store, org, D(2025, 1, 5))
    with pytest.raises(RegisterError, match="nhiệm kỳ"):
        issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2025, 1, 5))
    org.term_start = D(2025, 2, 1)
    save_organization(store, org)
    with pytest.raises(RegisterError, match="trước ngày bắt đầu nhiệm kỳ"):
        issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2025, 1, 5))
    entry = issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2025, 2, 3))
    assert full_number(org, entry) == "Số 01-BB/CB"
    assert load_meeting(store.db, mid).document(DocumentKind.MINUTES).number == 1


def test_unknown_meeting_and_bad_kind(store):
    org = make_org(store)
    with pytest.raises(RegisterError, match="Không có cuộc họp mã 99"):
        issue_meeting_document(store, 99, DocumentKind.MINUTES)
    for bad in ("", "B B", "BB-X", "A/B"):
        with pytest.raises(RegisterError, match="Ký hiệu loại"):
            register_document(store, org.id, bad, "x")
    assert register_document(store, org.id, " qđ ", "x", D(2024, 1, 2)).kind == "QĐ"
    assert register_document(store, org.id, "ttr", "x", D(2024, 1, 2)).kind == "TTr"
    assert register_document(store, org.id, "bcth", "x", D(2024, 1, 2)).kind == "BCTH"


def test_meeting_without_a_notice_cannot_issue_an_empty_one(store):
    """Issuing would create an empty notice: no signer, no recipients, so nothing is numbered."""
    org = make_org(store)
    mid = create_meeting(store, Meeting("Họp", D(2024, 1, 3), org))
    with pytest.raises(RegisterError, match="chưa có người ký.*chưa có nơi nhận"):
        issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 1, 4))
    assert load_meeting(store.db, mid).documents == []
    assert list_register(store.db) == []


def test_register_survives_the_meeting_being_deleted(store):
    org = make_org(store)
    mid = make_meeting(store, org, D(2024, 2, 1), title="Họp về “nước sạch” & <môi trường>")
    issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2024, 2, 2))
    delete_meeting(store, mid)
    [line] = list_register(store.db)
    assert (line.number, line.meeting_id, line.document_id) == (1, None, None)
    assert line.summary == "Họp về “nước sạch” & <môi trường>"


def test_number_text_matches_the_document_number_rule(store):
    org = make_org(store, numbering="per_kind")
    entry = register_document(store, org.id, "BC", "x", D(2024, 1, 2))
    assert full_number(org, entry) == document_number(org.style, "BC", "SGDĐT", 1)
    assert full_number(org, entry) == "Số: 01/BC-SGDĐT"


def test_finalised_minutes_can_still_be_numbered_and_cancelled(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    finalise_meeting(store, mid)
    entry = issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2024, 10, 20))
    assert load_meeting(store.db, mid).document(DocumentKind.MINUTES).number == 1
    cancel_number(store, entry.id, "Ký nhầm ngày")
    assert tampered_meetings(store.db) == []
