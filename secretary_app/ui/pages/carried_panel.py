"""Under the agenda: the tasks of earlier meetings while their agenda item is the current one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from secretary_app.domain.model import Meeting
from secretary_app.storage.database import Change, Store
from secretary_app.storage.followup import TaskLine, set_task_status, task_history
from secretary_app.storage.followup_carry import carried_tasks
from secretary_app.storage.meeting_carried import CARRIED_NOUNS
from secretary_app.ui import messages
from secretary_app.ui.dialogs.tasks_status_dialog import StatusDialog
from secretary_app.ui.store_signals import StoreSignals
from secretary_app.ui.tasks_model import OVERDUE_COLOR, word

TASK_ROLE = Qt.ItemDataRole.UserRole + 1


class CarriedPanel(QGroupBox):
    """Each carried task with unit, deadline, status and source meeting; Enter changes status.

    Hidden, and its list not built, unless the carry item is the current agenda item.
    """

    def __init__(self, store: Store, signals: StoreSignals, parent=None):
        super().__init__(parent)
        self.setObjectName("carriedPanel")
        self.setTitle(self.tr("Nhiệm vụ của các cuộc họp trước"))
        self.store = store
        self.today = dt.date.today()
        self.meeting_id: int | None = None  # the meeting whose tasks are listed, when shown
        self.meeting_date: dt.date | None = None
        self.locked = False
        self.lines: list[TaskLine] = []
        self.list = QListWidget(objectName="carriedList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)  # two-line rows read apart
        self.list.itemActivated.connect(lambda _item: self.change_status())  # Enter, double-click
        self.status_button = QPushButton(self.tr("Cập nhật tình trạng…"),
                                         objectName="carriedSetStatus")
        self.status_button.setToolTip(self.tr("Enter trên nhiệm vụ đang chọn"))
        self.status_button.clicked.connect(self.change_status)
        self.count = QLabel(objectName="carriedCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.status_button)
        self.setFocusProxy(self.list)
        self.hide()
        signals.changed.connect(self._on_changes)

    def show_for(self, meeting: Meeting | None, agenda_key: str | None) -> None:
        """Shown (the list built if not yet) while the current agenda item holds the meeting's
        carried tasks; otherwise hidden and emptied."""
        if meeting is None or not any(t.agenda == agenda_key for t in meeting.carried):
            self.meeting_id, self.lines = None, []
            self.list.clear()
            self.hide()
            return
        self.meeting_date = meeting.date
        if meeting.id != self.meeting_id:
            self.meeting_id = meeting.id
            self.refresh()
        self.show()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.noun in CARRIED_NOUNS for c in changes):
            self.refresh()  # a no-op unless the list is shown

    def set_locked(self, locked: bool) -> None:
        """Finalised minutes: the tasks are listed, their status is changed elsewhere."""
        self.locked = locked
        self.status_button.setEnabled(not locked)

    def refresh(self) -> None:
        """Read the tasks again (only while shown), keeping the current one."""
        if self.meeting_id is None:
            return
        current = self.current_task()
        self.lines = carried_tasks(self.store.db, self.meeting_id)
        self.list.clear()
        for line in self.lines:
            self.list.addItem(self._item(line))
        late = sum(line.is_overdue(self.today) for line in self.lines)
        self.count.setText(self.tr("%1 nhiệm vụ, %2 quá hạn").replace(
            "%1", str(len(self.lines))).replace("%2", str(late)))
        ids = [line.task_id for line in self.lines]
        if current is not None and current.task_id in ids:
            self.list.setCurrentRow(ids.index(current.task_id))
        elif ids:
            self.list.setCurrentRow(0)

    def _item(self, line: TaskLine) -> QListWidgetItem:
        head = f"{line.assignee}: {line.description}" if line.assignee.strip() \
            else line.description
        facts = [word(line.status_label(self.today)),
                 self.tr("Cuộc họp %1: %2").replace("%1", f"{line.meeting_date:%d/%m/%Y}")
                 .replace("%2", line.meeting_title)]
        if line.deadline_label():
            facts.insert(0, self.tr("Thời hạn: %1").replace("%1", line.deadline_label()))
        item = QListWidgetItem(f"{head}\n" + " · ".join(facts))
        item.setData(TASK_ROLE, line)
        item.setToolTip(item.text())
        if line.is_overdue(self.today):
            item.setForeground(QBrush(OVERDUE_COLOR))
        return item

    def shown_texts(self) -> list[str]:
        """The text of each row, in order."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current_task(self) -> TaskLine | None:
        """The task of the current row."""
        item = self.list.currentItem()
        return item.data(TASK_ROLE) if item is not None else None

    def change_status(self) -> None:
        """Ask for the new status, date (the meeting day by default) and note; store them."""
        line = self.current_task()
        if line is None or self.locked:
            return
        day = self.today
        if self.meeting_date is not None and self.meeting_date < day:
            day = self.meeting_date  # entering a past meeting: what was reported that day
        chosen = StatusDialog.ask(self, line, task_history(self.store.db, line.task_id), day)
        if chosen is not None:
            try:
                set_task_status(self.store, line.task_id, *chosen)
            except ValueError as exc:  # a date outside the sane range
                messages.show_error(self, self.tr("Cập nhật tình trạng nhiệm vụ"), str(exc))
