"""Where the secretary writes the next opinion: speaker, large text box, Ctrl+Enter to record.

What is typed is kept as a draft in the database a moment after each keystroke, so closing the
app (or a crash) loses at most about a second of typing.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from secretary_app.domain.model import Opinion
from secretary_app.storage.database import Change, Noun
from secretary_app.storage.drafts import Draft, clear_draft, load_draft, save_draft
from secretary_app.storage.lists import OPINIONS
from secretary_app.ui.pages.speaker_picker import SpeakerPicker
from secretary_app.ui.row_actions import add_action
from secretary_app.ui.undo import StoreCommand

SLOT = "opinion"
DRAFT_DELAY_MS = 300
QUICK_PICKS = 9  # Alt+1 … Alt+9
BOX_LINES = 5  # a speech's gist; the box scrolls for more, the list above keeps the height


def short_name(attendee, limit: int = 24) -> str:
    """How the quick-pick line names someone: a person by the last two words of the name
    (Thanh Xuân), a delegation by its name cut to fit."""
    if not attendee.group and len(attendee.name.split()) > 2:
        return " ".join(attendee.name.split()[-2:])
    name = attendee.name
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class OpinionBox(QPlainTextEdit):
    """The large text box; Ctrl+Enter asks to record what it holds."""

    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("opinionEditor")
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # read at a glance while people speak
        self.setFont(font)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class OpinionComposer(QWidget):
    """Speaker picker, text box and record button, with the draft kept in the database."""

    recorded = Signal(int)  # the id of the opinion just recorded

    def __init__(self, store, undo_stack, agenda_key: Callable[[], str | None], parent=None):
        super().__init__(parent)
        self.store, self.undo_stack, self.agenda_key = store, undo_stack, agenda_key
        self.meeting_id: int | None = None
        self._loading = False
        self.picker = SpeakerPicker()
        self.box = OpinionBox()
        self.box.setPlaceholderText(self.tr("Ý kiến phát biểu… (Ctrl+Enter để ghi, kèm giờ)"))
        self.record_button = QPushButton(self.tr("Ghi ý kiến (Ctrl+Enter)"),
                                         objectName="recordOpinionButton")
        self.saved_label = QLabel(objectName="draftState")
        self.picks_label = QLabel(objectName="quickPicks", wordWrap=True)
        self.agenda_label = QLabel(objectName="currentAgenda", wordWrap=True)
        self.ranked: list = []
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._lay_out()
        self._timer.timeout.connect(self.save_draft_now)
        self.box.textChanged.connect(self._edited)
        self.picker.textChanged.connect(self._edited)
        self.picker.speakerChosen.connect(lambda: self.box.setFocus(Qt.FocusReason.OtherFocusReason))
        self.box.submitted.connect(self.record)
        self.record_button.clicked.connect(self.record)
        for number in range(1, QUICK_PICKS + 1):
            add_action(self, self.tr("Chọn người phát biểu số %1").replace("%1", str(number)),
                       f"Alt+{number}", lambda n=number: self.pick(n))

    def _lay_out(self) -> None:
        top = QHBoxLayout()  # one line: who speaks, the draft's state, record
        top.addWidget(QLabel(self.tr("Người phát biểu:")))
        top.addWidget(self.picker, 2)
        top.addWidget(self.saved_label, 1)
        top.addWidget(self.record_button)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * BOX_LINES + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.agenda_label)
        layout.addLayout(top)
        layout.addWidget(self.picks_label)
        layout.addWidget(self.box)

    def set_ranking(self, ranked: list) -> None:
        """The attendees, the most likely next speaker first; the first nine get Alt+1 … Alt+9."""
        self.ranked = list(ranked)
        self.picker.set_attendees(self.ranked)
        picks = [f"<b>Alt+{n}</b>&nbsp;{html.escape(short_name(a))}"
                 for n, a in enumerate(self.ranked[:QUICK_PICKS], 1)]
        self.picks_label.setText(" &nbsp; ".join(picks))
        self.picks_label.setToolTip("\n".join(f"Alt+{n}: {a.name}"
                                              for n, a in enumerate(self.ranked[:QUICK_PICKS], 1)))

    def show_agenda(self, number: int | None, title: str | None) -> None:
        """Name the agenda item a new opinion goes to, above the box."""
        if title is None:
            self.agenda_label.setText(self.tr("Chưa có nội dung chương trình: ý kiến ghi chung."))
            return
        self.agenda_label.setText(self.tr("<b>Nội dung %1:</b> %2 <i>(Alt+PgUp/PgDown để đổi)</i>")
                                  .replace("%1", str(number)).replace("%2", html.escape(title)))

    def pick(self, number: int) -> None:
        """Alt+number: that attendee speaks; the cursor stays (or goes) in the text box."""
        if 0 < number <= min(len(self.ranked), QUICK_PICKS) and self.isEnabled():
            person = self.ranked[number - 1]
            self.picker.finder.popup().hide()
            self.picker.set_speaker(person.key, None)
            self._edited()
            self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_meeting(self, meeting_id: int | None, attendees) -> Draft | None:
        """Switch meeting: restore its draft (text, speaker) if one was left; returns it."""
        self.meeting_id = meeting_id
        self.picker.set_attendees(attendees)
        draft = load_draft(self.store.db, meeting_id, SLOT) if meeting_id is not None else None
        self._loading = True
        try:
            self.box.setPlainText(draft.text if draft else "")
            self.picker.set_speaker(draft.speaker_key if draft else None,
                                    draft.speaker_label if draft else None)
        finally:
            self._loading = False
        self.saved_label.setText(self.tr("Đã khôi phục bản nháp.") if draft else "")
        self.box.moveCursor(QTextCursor.MoveOperation.End)
        return draft

    def continue_typing(self) -> None:
        """Keyboard in the text box, cursor after the last character."""
        self.box.moveCursor(QTextCursor.MoveOperation.End)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, *_args) -> None:
        # a throttle, not a debounce: steady typing is still saved every DRAFT_DELAY_MS
        if not self._loading and self.meeting_id is not None and not self._timer.isActive():
            self._timer.start()

    def draft(self) -> Draft:
        """What the composer holds now."""
        key, label = self.picker.speaker()
        return Draft(self.box.toPlainText(), key, label, self.agenda_key())

    def save_draft_now(self) -> None:
        """Keep what is being typed (called by the timer and before closing)."""
        self._timer.stop()
        if self.meeting_id is not None:
            save_draft(self.store, self.meeting_id, SLOT, self.draft())
            self.saved_label.setText(self.tr("Bản nháp đã lưu lúc %1").replace(
                "%1", dt.datetime.now().strftime("%H:%M:%S")))

    def record(self) -> int | None:
        """Store the opinion with the current time and clear the box (one undo step)."""
        text = self.box.toPlainText().strip()
        if self.meeting_id is None or not text:
            return None
        key, label = self.picker.speaker()
        opinion = Opinion(key="", text=text, speaker=key, speaker_label=label,
                          agenda=self.agenda_key(), at=dt.datetime.now().strftime("%H:%M"))
        self._timer.stop()
        self.undo_stack.push(self._record_command(self.meeting_id, opinion))
        self._loading = True
        try:
            self.box.clear()
            self.picker.set_speaker(None, None)
        finally:
            self._loading = False
        self.saved_label.setText(self.tr("Đã ghi ý kiến lúc %1.").replace("%1", opinion.at))
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)  # the next speech: Alt+n, then type
        if opinion.id is not None:
            self.recorded.emit(opinion.id)
        return opinion.id

    def _record_command(self, meeting_id: int, opinion: Opinion) -> StoreCommand:
        store, first = self.store, [True]

        def do():
            with store.write(Change(Noun.OPINIONS, meeting_id)):  # opinion and draft together
                OPINIONS.add(store, meeting_id, opinion, keep_id=opinion.id is not None)
                if first:
                    clear_draft(store, meeting_id, SLOT)
                    first.clear()
        return StoreCommand(self.tr("Ghi ý kiến"), do, lambda: OPINIONS.delete(store, opinion.id))
