"""The length limits of domain/limits.py on the app's text boxes, applied as each box is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from secretary_app.domain.limits import LIMITS

# objectName of the box -> field of LIMITS
BOXES = {
    "titleEdit": "meeting.title", "locationEdit": "meeting.location",
    "purposeEdit": "meeting.purpose", "orgName": "organization.name",
    "orgParent": "organization.parent_name", "orgAbbreviation": "organization.abbreviation",
    "orgPlace": "organization.place_name", "attendeeEntry": "attendee.name",
    "personName": "attendee.name", "personTitle": "attendee.title",
    "personUnit": "attendee.organization", "voteSubject": "vote.subject",
    "voteResult": "vote.result", "agendaEntry": "agenda.title",
    "taskAssignee": "task.assignee", "taskCoordinating": "task.coordinating",
    "taskDeadline": "task.deadline_text", "taskDescription": "task.description",
    "signerAuthorityTitle": "signer.authority_title", "signerTitle": "signer.title",
    "signerName": "signer.name", "documentArchive": "document.archive",
}


class TextLimits(QObject):
    """An application-wide event filter: a known box gets its limit when first polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Polish and (field := BOXES.get(watched.objectName())):
            apply_limit(watched, LIMITS[field])
        return False


def apply_limit(box, limit: int) -> None:
    """maxLength on a line box; a plain-text box cuts what goes past the limit."""
    if isinstance(box, QLineEdit):
        box.setMaxLength(limit)
    elif isinstance(box, QPlainTextEdit) and not box.property("textLimit"):
        box.setProperty("textLimit", limit)
        box.textChanged.connect(lambda b=box: _cut(b, limit))


def _cut(box: QPlainTextEdit, limit: int) -> None:
    text = box.toPlainText()
    if len(text) <= limit:
        return
    cursor = box.textCursor()
    cursor.setPosition(limit)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def install_text_limits(app: QApplication) -> TextLimits:
    """Install the filter on the application (kept alive by its parent)."""
    limits = TextLimits(app)
    app.installEventFilter(limits)
    return limits
