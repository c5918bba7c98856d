"""The lazily fetched meeting list model: Qt's model tester, paging, filter, refresh."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTableView

from secretary_app.domain.model import Conclusion, Meeting, Organization, Task
from secretary_app.storage.meetings import create_meeting, update_meeting_info
from secretary_app.ui.meeting_list_model import ID_ROLE, MeetingListModel

ORG = Organization(name="Sở Giáo dục và Đào tạo")


@pytest.fixture
def many(store):
    """130 meetings, one a day from 1 January 2024; every tenth has an open task."""
    for i in range(130):
        tasks = [Task(assignee="Văn phòng")] if i % 10 == 0 else []
        create_meeting(store, Meeting(title=f"Họp giao ban số {i}", organization=ORG,
                                      date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
                                      conclusions=[Conclusion("Giao việc", tasks=tasks)]))
    create_meeting(store, Meeting(title="Hội nghị tổng kết năm học", organization=ORG,
                                  date=dt.date(2023, 6, 1)))
    return store


def test_model_passes_the_qt_model_tester(qtmodeltester, many):
    model = MeetingListModel(many.db, page_size=50)
    qtmodeltester.check(model)


def test_nothing_is_fetched_before_a_view_asks(many):
    model = MeetingListModel(many.db, page_size=50)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 50


def test_the_first_fetch_is_smaller_then_whole_pages(many):
    model = MeetingListModel(many.db, page_size=50, first_page=20)
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetchMore()
    assert model.rowCount() == 70 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 120
    model.fetchMore()
    assert model.rowCount() == 131 and not model.canFetchMore()
    assert model.index(130, 1).data() == "Hội nghị tổng kết năm học"


def test_a_view_fetches_one_page_then_more_on_scrolling(qtbot, many):
    model = MeetingListModel(many.db, page_size=50)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() == 50  # not all 131
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 50)
    assert model.rowCount() < 131


def test_newest_first_with_open_task_counts(many):
    model = MeetingListModel(many.db, page_size=50)
    model.fetchMore()
    assert model.index(0, 0).data() == "09/05/2024"  # 1 Jan + 129 days
    assert model.index(0, 1).data() == "Họp giao ban số 129"
    assert model.index(9, 1).data() == "Họp giao ban số 120"
    assert model.index(9, 2).data() == "1"
    assert model.index(0, 2).data() == ""


def test_filter_ignores_accents_and_matches_dates(many):
    model = MeetingListModel(many.db, page_size=50)
    model.set_filter("hoi nghi tong ket")
    while model.canFetchMore():
        model.fetchMore()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Hội nghị tổng kết năm học"]
    model.set_filter("01/06/2023")
    model.fetchMore()
    assert model.rowCount() == 1


def test_refresh_keeps_rows_and_shows_a_new_title(many):
    model = MeetingListModel(many.db, page_size=50)
    model.fetchMore()
    model.fetchMore()
    first_id = model.index(0, 0).data(ID_ROLE)
    update_meeting_info(many, first_id, title="Tên mới")
    model.refresh()
    assert model.rowCount() == 100
    assert model.index(0, 1).data() == "Tên mới"
