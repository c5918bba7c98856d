"""Vote entry: subject and counts, with the result sentence shown as it will print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from secretary_app.documents.proceedings import vote_text
from secretary_app.domain.model import Meeting, Vote
from secretary_app.domain.vietnamese import vote_sentence
from secretary_app.storage.lists import VOTES
from secretary_app.ui import commands as cmd
from secretary_app.ui.row_actions import add_action


def count_box(name: str, special: str = "") -> QSpinBox:
    """A spin box for a head count."""
    box = QSpinBox(objectName=name, maximum=100000)
    if special:
        box.setSpecialValueText(special)
    return box


class VotePanel(QGroupBox):
    """Type a vote, see its sentence live, record it; recorded votes listed below."""

    def __init__(self, store, undo_stack, agenda_key: Callable[[], str | None], parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Biểu quyết"))
        self.store, self.undo_stack, self.agenda_key = store, undo_stack, agenda_key
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None  # its body's rules decide base and verdict
        self.votes: list[Vote] = []
        self.subject = QLineEdit(objectName="voteSubject")
        self.subject.setPlaceholderText(self.tr("Vấn đề biểu quyết (Ctrl+B)"))
        self.subject.setMinimumWidth(200)
        self.in_favor, self.against = count_box("voteFor"), count_box("voteAgainst")
        self.abstain = count_box("voteAbstain")
        self.eligible = count_box("voteEligible", self.tr("(không nêu)"))
        self.took_part = count_box("voteTookPart", self.tr("(không nêu)"))
        self.result = QLineEdit(objectName="voteResult")
        self.result.setPlaceholderText(self.tr("Kết luận, ví dụ: Thông qua"))
        self.sentence = QLabel(objectName="voteSentence", wordWrap=True)
        self.record_button = QPushButton(self.tr("Ghi biểu quyết"), objectName="recordVoteButton")
        self.list = QListWidget(objectName="voteList")
        self._lay_out()
        for box in (self.in_favor, self.against, self.abstain, self.eligible, self.took_part):
            box.valueChanged.connect(self.update_sentence)
        self.result.textChanged.connect(self.update_sentence)
        self.record_button.clicked.connect(self.record)
        self.result.returnPressed.connect(self.record)
        add_action(self.list, self.tr("Xóa biểu quyết"), "Del", self.delete_selected,
                   context=Qt.ShortcutContext.WidgetShortcut)
        self.update_sentence()

    def _lay_out(self) -> None:
        form = QFormLayout()  # the subject gets the panel's whole width: it must be readable
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        subject = QLabel(self.tr("Vấn đề biểu quyết:"))
        subject.setBuddy(self.subject)
        form.addRow(subject)
        form.addRow(self.subject)
        form.addRow(self.tr("Tán thành:"), self.in_favor)
        form.addRow(self.tr("Không tán thành:"), self.against)
        form.addRow(self.tr("Không biểu quyết:"), self.abstain)
        form.addRow(self.tr("Số được biểu quyết:"), self.eligible)
        form.addRow(self.tr("Số tham gia biểu quyết:"), self.took_part)
        form.addRow(self.tr("Kết quả:"), self.result)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sentence)
        layout.addWidget(self.record_button)
        layout.addWidget(self.list, 1)

    def vote(self) -> Vote:
        """The vote as typed."""
        return Vote(subject=" ".join(self.subject.text().split()),
                    in_favor=self.in_favor.value(), against=self.against.value(),
                    abstain=self.abstain.value(), eligible=self.eligible.value() or None,
                    result=self.result.text().strip(), agenda=self.agenda_key(),
                    took_part=self.took_part.value() or None)

    def sentence_of(self, vote: Vote) -> str:
        """The result sentence as the minutes print it (the body's base and pass rule)."""
        if self.meeting is None:
            return vote_sentence(vote)
        return vote_text(Vote(**{**vars(vote), "subject": ""}), self.meeting)

    def update_sentence(self, *_args) -> None:
        """Show the sentence the minutes will print."""
        self.sentence.setText(self.sentence_of(self.vote()))

    def show_votes(self, meeting_id: int | None, votes: list[Vote]) -> None:
        """List the recorded votes of a meeting."""
        self.meeting_id, self.votes = meeting_id, list(votes)
        self.list.clear()
        for v in votes:
            item = QListWidgetItem(f"{v.subject}: {self.sentence_of(v)}" if v.subject
                                   else self.sentence_of(v))
            item.setToolTip(item.text())
            self.list.addItem(item)

    def record(self) -> None:
        """Store the typed vote (undoable) and clear the form."""
        vote = self.vote()
        if self.meeting_id is None or not (vote.in_favor or vote.against or vote.abstain):
            return
        self.undo_stack.push(cmd.add_row(self.tr("Ghi biểu quyết"), self.store, VOTES,
                                         self.meeting_id, vote))
        self.subject.clear()
        self.result.clear()
        for box in (self.in_favor, self.against, self.abstain, self.eligible, self.took_part):
            box.setValue(0)

    def delete_selected(self) -> None:
        """Delete the selected vote (undoable)."""
        row = self.list.currentRow()
        if self.meeting_id is None or not 0 <= row < len(self.votes):
            return
        self.undo_stack.push(cmd.delete_row(self.tr("Xóa biểu quyết"), self.store, VOTES,
                                            self.meeting_id, self.votes[row], row))
