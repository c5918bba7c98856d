"""The live view (Diễn biến): agenda, running clock, opinions so far, the next opinion, votes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.model import Conclusion
from secretary_app.domain.speakers import rank_speakers
from secretary_app.storage.changes import Noun
from secretary_app.storage.finalise import is_finalised
from secretary_app.storage.lists import CONCLUSIONS, OPINIONS, add_conclusion
from secretary_app.storage.meetings import load_meeting
from secretary_app.ui import commands as cmd
from secretary_app.ui.delegates import LongTextDelegate, SpeakerDelegate
from secretary_app.ui.pages.agenda_panel import AgendaPanel
from secretary_app.ui.pages.base import MeetingPage
from secretary_app.ui.pages.carried_panel import CarriedPanel
from secretary_app.ui.pages.info_page import TIME_PATTERN, normal_time
from secretary_app.ui.pages.meeting_clock import MeetingClock
from secretary_app.ui.pages.opinion_composer import OpinionComposer
from secretary_app.ui.pages.opinions_model import AT, ITEM, SPEAKER, TEXT, OpinionsModel
from secretary_app.ui.pages.quorum_label import show_quorum
from secretary_app.ui.pages.vote_panel import VotePanel
from secretary_app.ui.row_actions import (
    OrderedRowsMixin,
    add_action,
    select_row_of,
    selected_row,
)
from secretary_app.ui.row_models import make_row_view
from secretary_app.ui.undo import StoreCommand

VIEW_ONLY = Qt.ShortcutContext.WidgetShortcut


def last_agenda_key(meeting) -> str | None:
    """The agenda item new opinions go to by default: the last opinion's, else the first."""
    keys = [g.key for g in meeting.agenda]
    latest = next((o.agenda for o in reversed(meeting.opinions) if o.agenda in keys), None)
    return latest or (keys[0] if keys else None)


class ProceedingsPage(OrderedRowsMixin, MeetingPage):
    """What the secretary looks at while people speak; nothing here waits on the mouse."""

    nouns = frozenset({Noun.OPINIONS, Noun.ATTENDEES, Noun.AGENDA, Noun.VOTES, Noun.MEETING_INFO})
    child_list = OPINIONS

    def __init__(self, store, signals, undo_stack, parent=None):
        super().__init__(store, signals, undo_stack, parent)
        self.setObjectName("proceedingsPage")
        self.meeting = None
        self.locked = False
        self.buttons: list[QPushButton] = []
        self._keep_id: int | None = None
        self.agenda = AgendaPanel(store, undo_stack)
        self.carried = CarriedPanel(store, signals)
        self.votes = VotePanel(store, undo_stack, self.agenda.current_key)
        self.clock = MeetingClock()
        self.start_button = QPushButton(self.tr("Bắt đầu họp"), objectName="startMeetingButton")
        self.model = OpinionsModel(self)
        self.view = make_row_view(self.model, "opinionList")
        self.view.setItemDelegateForColumn(TEXT, LongTextDelegate(self.view))
        self.view.setItemDelegateForColumn(SPEAKER, SpeakerDelegate(lambda: self.model.speakers,
                                                                    self.view))
        self.composer = OpinionComposer(store, undo_stack, self.agenda.current_key)
        self.message = QLabel(objectName="proceedingsMessage")
        self.quorum = QLabel(objectName="quorumLine", wordWrap=True)
        self._lay_out()
        self._connect()
        self.setFocusProxy(self.composer.box)  # the speech is typed first; Alt+1…9 picks who

    def _lay_out(self) -> None:
        palette = self.view.palette()  # the selected opinion (Ctrl+K's) stays marked while typing
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(QPalette.ColorGroup.Inactive, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        self.view.setPalette(palette)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPEAKER, 150)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # the item's number is narrow; the text takes the rest
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # rows are as high as their wrapped text at the text column's width: when that width
        # changes (the window or a side panel is resized) the heights are measured again
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self.view.verticalHeader().resizeSections)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.side = QSplitter(Qt.Orientation.Vertical, objectName="liveSidePanel")
        for panel in (self.agenda, self.carried, self.votes):
            self.side.addWidget(panel)
        self.side.setSizes([300, 250, 400])
        top = QHBoxLayout()  # one line: clock, messages, the list's buttons, start
        top.addWidget(self.clock)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # a long message is cut, never widens the window
        top.addWidget(self.message, 1)
        top.addLayout(self._opinion_buttons())
        top.addWidget(self.start_button)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.quorum)  # headcount and quorum, one line
        column.addWidget(self.view, 1)  # the opinions get every spare pixel (≥ 12 rows at 768)
        column.addWidget(self.composer)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.side)
        self.split.addWidget(centre)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([260, 740])  # a 1366-pixel laptop: the opinions' text needs the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.split)

    def toggle_side_panel(self) -> None:
        """F8: hide the agenda and vote column for a wider list (or show it again)."""
        self.side.setVisible(not self.side.isVisible())

    def _opinion_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [(self.tr("Lên"), "Ctrl+Shift+Up", lambda: self.move_by(-1)),
                 (self.tr("Xuống"), "Ctrl+Shift+Down", lambda: self.move_by(1)),
                 (self.tr("Xóa ý kiến"), "Del", self.delete_selected),
                 (self.tr("Chuyển thành kết luận"), "Ctrl+K", self.to_conclusion)]
        arrows = {"Ctrl+Shift+Up": "▲", "Ctrl+Shift+Down": "▼"}  # narrow: the line is full
        for text, keys, slot in specs:
            button = QPushButton(arrows.get(keys, text))
            button.setToolTip(f"{text} ({keys})")
            button.setAccessibleName(text)
            if keys in arrows:
                button.setFixedWidth(button.fontMetrics().horizontalAdvance("▲") + 20)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons.append(button)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the keyboard's way
            row.addWidget(button)
            add_action(self.view if keys != "Ctrl+K" else self, text, keys, slot,
                       context=VIEW_ONLY if keys != "Ctrl+K" else
                       Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return row

    def _connect(self) -> None:
        self.model.editRequested.connect(self._edit_cell)
        self.model.moveRequested.connect(self.move_row)
        self.start_button.clicked.connect(self.start_now)
        self.composer.recorded.connect(self.show_row)  # selected and scrolled into view
        self.agenda.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._on_agenda_item())
        add_action(self, self.tr("Nhiệm vụ của các cuộc họp trước"), "Ctrl+J",
                   self.focus_carried)
        add_action(self, self.tr("Biểu quyết"), "Ctrl+B",
                   lambda: self.votes.subject.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add_action(self, self.tr("Thêm nội dung"), "Ctrl+G",
                   lambda: self.agenda.entry.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add_action(self, self.tr("Ẩn/hiện cột nội dung và biểu quyết"), "F8",
                   self.toggle_side_panel)
        add_action(self, self.tr("Nội dung trước"), "Alt+PgUp", lambda: self.agenda.step(-1))
        add_action(self, self.tr("Nội dung sau"), "Alt+PgDown", lambda: self.agenda.step(1))

    def set_meeting(self, meeting_id: int | None) -> None:
        """Switch meeting; the draft of the new one comes back into the box."""
        self.flush()
        super().set_meeting(meeting_id)
        draft = self.composer.set_meeting(meeting_id, self.meeting.attendees if self.meeting else [])
        if draft is not None and draft.agenda_key:  # back to the item the speech belonged to
            self.agenda.select_key(draft.agenda_key)

    def reload(self) -> None:
        """Re-read the meeting; the text being typed is left alone."""
        self.setEnabled(self.meeting_id is not None)
        if self.meeting_id is None:
            self.meeting = None
            self.model.set_rows([])
            self.agenda.show_items(None, [])
            self.votes.show_votes(None, [])
            self._show_carried()
            return
        keep = self._keep_id if self._keep_id is not None else self._current_id()
        self.meeting = m = load_meeting(self.store.db, self.meeting_id)
        self.set_locked(is_finalised(self.store.db, m.id))
        self.model.set_meeting(m)
        select_row_of(self.view, self.model.rows, keep)
        self._keep_id = None
        self.agenda.show_items(m.id, m.agenda)
        if self.agenda.current_key() is None and m.agenda:  # an item is always current
            self.agenda.select_key(last_agenda_key(m))
        self.votes.meeting = m
        self.votes.show_votes(m.id, m.votes)
        self.votes.update_sentence()
        show_quorum(self.quorum, m)
        self.clock.set_meeting(m.date, m.start_time)
        self.start_button.setVisible(not m.start_time)
        self._on_agenda_item()

    def _on_agenda_item(self) -> None:
        """The current agenda item changed (or the meeting did): what is shown for it."""
        self._show_carried()
        m, key = self.meeting, self.agenda.current_key()
        if m is None:
            return
        self.composer.set_ranking(rank_speakers(m.attendees, m.opinions, key))
        number = next((i for i, g in enumerate(m.agenda, 1) if g.key == key), None)
        self.composer.show_agenda(number, m.agenda[number - 1].title if number else None)

    def set_locked(self, locked: bool) -> None:
        """Finalised minutes: everything is shown, nothing can be recorded or changed."""
        self.locked = self.model.read_only = locked
        self.agenda.set_locked(locked)
        self.carried.set_locked(locked)
        for widget in (self.votes, self.composer, self.start_button, *self.buttons):
            widget.setEnabled(not locked)

    def _push(self, command) -> None:
        if not self.locked:
            self.undo_stack.push(command)

    def _show_carried(self) -> None:
        self.carried.show_for(self.meeting, self.agenda.current_key())

    def focus_carried(self) -> None:
        """Ctrl+J: make the item of the earlier meetings' tasks current and go to its list."""
        if self.meeting is None or not self.meeting.carried:
            self.message.setText(self.tr("Cuộc họp này chưa có nhiệm vụ của các cuộc họp trước."))
            return
        self.agenda.select_key(self.meeting.carried[0].agenda)
        self.carried.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush(self) -> None:
        """Store the draft being typed now rather than in a moment."""
        if self.composer._timer.isActive():
            self.composer.save_draft_now()

    def continue_draft(self) -> None:
        """The cursor at the end of the speech being typed (a restored draft)."""
        self.composer.continue_typing()

    def focus_new_opinion(self) -> None:
        """Put the cursor in the speaker picker, ready for the next speech."""
        self.composer.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.composer.picker.selectAll()

    def show_row(self, row_id: int | None) -> None:
        """Select an opinion (a search result)."""
        select_row_of(self.view, self.model.rows, row_id, TEXT)

    def _current_id(self) -> int | None:
        row = selected_row(self.view)
        return None if row is None or row >= len(self.model.rows) else self.model.rows[row].id

    def _edit_cell(self, row: int, column: int, value) -> None:
        o = self.model.rows[row]
        new = self._edited_fields(column, value)
        old = {key: getattr(o, key) for key in new or {}}
        if new and new != old:
            self._keep_id = o.id
            self._push(cmd.update_row(self.tr("Sửa ý kiến"), self.store, OPINIONS, o.id, new,
                                      old))

    def _edited_fields(self, column: int, value) -> dict | None:
        if column == SPEAKER:
            key, label = value
            return {"speaker": key, "speaker_label": label}
        text = str(value).strip()
        if column == AT:
            if TIME_PATTERN.match(text).hasMatch():
                return {"at": normal_time(text)}
            self.message.setText(self.tr("Giờ phải có dạng giờ:phút, ví dụ 09:30."))
            return None
        if not text:
            self.message.setText(self.tr("Ý kiến trống: dùng Xóa ý kiến để bỏ."))
            return None
        return {"text": text}

    def move_row(self, row: int, to: int) -> None:
        """Move an opinion (undoable); one outside the agenda stays where its time puts it."""
        if 0 <= row < len(self.model.rows) and self.meeting is not None and \
                self.model.rows[row].agenda not in self.model.numbers:
            self.message.setText(self.tr("Ý kiến ngoài các nội dung đứng theo giờ phát biểu: "
                                         "sửa giờ để đổi chỗ."))
            return
        super().move_row(row, to)

    def move_text(self) -> str:
        """Undo text of a reorder."""
        return self.tr("Đổi thứ tự ý kiến")

    def delete_text(self) -> str:
        """Undo text of a deletion."""
        return self.tr("Xóa ý kiến")

    def to_conclusion(self) -> int | None:
        """Turn the selected opinion into a new conclusion at the end (undoable)."""
        row = selected_row(self.view)
        if row is None or self.meeting_id is None or row >= len(self.model.rows) or self.locked:
            self.message.setText(self.tr("Chọn một ý kiến trong danh sách để chuyển thành kết luận."))
            return None
        self.view.scrollTo(self.model.index(row, TEXT))  # the row converted is always in sight
        mid, conclusion = self.meeting_id, Conclusion(text=self.model.rows[row].text)

        def do():
            add_conclusion(self.store, mid, conclusion, keep_ids=conclusion.id is not None)
        self._push(StoreCommand(self.tr("Chuyển ý kiến thành kết luận"), do,
                                          lambda: CONCLUSIONS.delete(self.store, conclusion.id)))
        if conclusion.id is None:  # the write was refused (and reported)
            return None
        number = CONCLUSIONS.ids(self.store.db, mid).index(conclusion.id) + 1
        self.message.setText(self.tr("Đã thêm kết luận số %1.").replace("%1", str(number)))
        return conclusion.id

    def start_now(self) -> None:
        """Note the current time as the meeting's start time."""
        if self.meeting is not None and not self.meeting.start_time:
            now = dt.datetime.now().strftime("%H:%M")
            self._push(cmd.update_info(self.tr("Bắt đầu họp"), self.store,
                                                 self.meeting.id, {"start_time": now},
                                                 {"start_time": None}))
