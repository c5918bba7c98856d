"""The Documents page: signer, recipients and Lưu line of the minutes and the notice, a live
PDF preview, export to Word / PDF, printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from secretary_app.documents.notice import default_recipients
from secretary_app.domain.drafting import DRAFTERS, content_of
from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.model import Meeting
from secretary_app.domain.register import RegisterError
from secretary_app.storage.database import Noun, Store
from secretary_app.storage.decision_drafts import save_draft
from secretary_app.storage.finalise import is_document_locked, is_finalised
from secretary_app.storage.meeting_carried import CARRIED_NOUNS
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.sealed import printable_meeting
from secretary_app.ui import messages
from secretary_app.ui.pages.base import MeetingPage
from secretary_app.ui.pages.conclusion_actions import shortcut_action, tool_buttons
from secretary_app.ui.pages.conclusion_editor import changed_fields
from secretary_app.ui.pages.document_commands import DocumentEditCommand
from secretary_app.ui.pages.document_fields import (
    document_from,
    number_shown,
    values_of,
    with_document,
)
from secretary_app.ui.pages.document_form import DocumentForm
from secretary_app.ui.pages.document_output import DocumentOutput
from secretary_app.ui.pages.document_signing import DocumentSigning
from secretary_app.ui.pages.draft_editor import DraftEditor
from secretary_app.ui.pdf_preview import PdfPreview
from secretary_app.ui.store_signals import StoreSignals
from secretary_app.ui.undo import StoreCommand

SAVE_DELAY_MS = 600
PREVIEW_DELAY_MS = 120  # after the last change; a warm render of page 1 then takes ~50 ms
KINDS = (DocumentKind.MINUTES, DocumentKind.NOTICE, DocumentKind.RESOLUTION,
         DocumentKind.DECISION, DocumentKind.INVITATION)


class DocumentsPage(DocumentOutput, DocumentSigning, MeetingPage):
    """Edits what the two documents print besides the meeting itself, and issues the files."""

    def __init__(self, store: Store, signals: StoreSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(store, signals, undo_stack, parent)
        self.setObjectName("documentsPage")
        self.meeting: Meeting | None = None
        self.last_export: Path | None = None
        self.export_folder = Path.home()
        self.tabs = QTabBar(objectName="documentKinds")
        self.tabs.addTab(self.tr("Biên bản"))
        self.tabs.addTab(self.tr("Thông báo kết luận"))
        self.tabs.addTab(self.tr("Nghị quyết"))
        self.tabs.addTab(self.tr("Quyết định"))
        self.tabs.addTab(self.tr("Giấy mời"))
        self.form = DocumentForm()
        self.draft = DraftEditor()
        self._draft_touched = False
        self.preview = PdfPreview()
        self.setFocusProxy(self.tabs)
        self.status = QLabel(objectName="documentStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._shown: dict = {}
        self._touched = False
        self._preview_stale = True
        self._stale = self._locked = self._sealed = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._connect()
        self._make_actions()
        self._layout()

    def _connect(self) -> None:
        self._save_timer.timeout.connect(self.flush)
        self._preview_timer.timeout.connect(self._preview_due)
        self.tabs.currentChanged.connect(self._kind_changed)
        self.form.edited.connect(self._typed)
        self.form.authority.activated.connect(self._typed)
        self.form.committed.connect(self.flush)
        self.draft.edited.connect(self._draft_typed)
        self.draft.committed.connect(self.flush)
        self.draft.redraftRequested.connect(self.redraft)

    def _make_actions(self) -> None:
        self.export_docx_action = shortcut_action(self, self.tr("Xuất Word"), "Ctrl+Shift+W",
                                               lambda: self.export("docx"))
        self.export_pdf_action = shortcut_action(self, self.tr("Xuất PDF"), "Ctrl+Shift+P",
                                              lambda: self.export("pdf"))
        self.print_action = shortcut_action(self, self.tr("In"), "Ctrl+P", self.print_document)
        self.open_folder_action = shortcut_action(self, self.tr("Mở thư mục chứa tệp"),
                                                  "Ctrl+Shift+O", self.open_folder)
        self.open_folder_action.setEnabled(False)
        self.sign_action = shortcut_action(self, self.tr("Ký số"), "Ctrl+Shift+K", self.sign_pdf)
        self.check_signatures_action = shortcut_action(self, self.tr("Kiểm tra chữ ký số"),
                                                       "Ctrl+Shift+J", self.check_signatures)

    def _layout(self) -> None:
        top = tool_buttons([self.export_docx_action, self.export_pdf_action, self.print_action,
                            self.open_folder_action, self.sign_action,
                            self.check_signatures_action])
        splitter = QSplitter()
        fields = QWidget()
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(self.draft, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(fields)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)  # a row of its own: five kinds never fit next to the buttons
        box.addLayout(top)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)

    # what is shown

    @property
    def kind(self) -> DocumentKind:
        """The document being edited: the minutes or the notice."""
        return KINDS[max(0, self.tabs.currentIndex())]

    def set_kind(self, kind: DocumentKind) -> None:
        """Switch to the minutes or the notice."""
        self.tabs.setCurrentIndex(KINDS.index(kind))

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting (what was typed is stored first)."""
        self.flush()
        self._shown, self._touched = {}, False
        super().set_meeting(meeting_id)

    def _on_changes(self, changes) -> None:
        # the preview shows the whole meeting, so any change of it counts (typing drafts not),
        # and so does a change of the tasks of earlier meetings its minutes print
        carried = self.meeting is not None and bool(self.meeting.carried)
        if self.meeting_id is None or not any(
                c.noun != Noun.DRAFT and (c.meeting_id in (None, self.meeting_id)
                                       or carried and c.noun in CARRIED_NOUNS) for c in changes):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown or used

    def _ensure_fresh(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Re-read the meeting; a form with typing not yet stored keeps it."""
        self._stale = False
        self.meeting = None if self.meeting_id is None else load_meeting(self.store.db,
                                                                         self.meeting_id)
        self.setEnabled(self.meeting is not None)
        if self.meeting is None:
            return
        display = self._display_values()
        typed = self.form.values()
        if not (changed_fields(typed, display) and changed_fields(typed, self._shown)):
            doc = self.meeting.document(self.kind)
            self.form.set_values(display, number_shown(self.meeting, doc),
                                 doc is not None and doc.is_registered)
            self._shown = self.form.values()
        self._sealed = is_finalised(self.store.db, self.meeting_id)  # prints frozen sources
        # finalising locks the minutes and the notice; NQ/QĐ/GM are drafted afterwards
        self._locked = is_document_locked(self.store.db, self.meeting_id, self.kind.value)
        self.form.setEnabled(not self._locked)
        self._show_draft()
        self.schedule_preview()

    def _display_values(self) -> dict:
        """The stored values; an empty notice recipient list offers the task assignees."""
        values = values_of(self.meeting.document(self.kind))
        if self.kind is DocumentKind.NOTICE and not values["recipients"]:
            values["recipients"] = default_recipients(self.meeting)
        return values

    def _show_draft(self) -> None:
        """The text editor of a NQ, QĐ or GM (hidden for the minutes and the notice)."""
        drafted = self.kind in DRAFTERS
        self.draft.setVisible(drafted)
        if not drafted or self._draft_touched:
            return
        party = self.meeting.organization.style is DocumentStyle.PARTY
        self.draft.show_for(self.kind, party)
        self.draft.set_content(content_of(self.meeting, self.kind),
                               [c.text for c in self.meeting.conclusions])
        doc = self.meeting.document(self.kind)
        self.draft.setEnabled(not self._locked and not (doc and doc.is_registered))

    def _draft_typed(self) -> None:
        self._draft_touched = True
        self._save_timer.start()
        self.schedule_preview()

    def redraft(self) -> None:
        """A new first draft from the meeting's conclusions as they are now (undoable)."""
        if self.meeting is None or self.kind not in DRAFTERS:
            return
        self.draft.set_content(DRAFTERS[self.kind](self.meeting),
                               [c.text for c in self.meeting.conclusions])
        self._draft_typed()
        self.flush()

    def _kind_changed(self) -> None:
        self.flush()
        self._shown, self._touched, self._draft_touched = {}, False, False
        self.reload()

    def _typed(self) -> None:
        self._touched = True
        self._save_timer.start()
        self.schedule_preview()

    def current_meeting(self) -> Meeting | None:
        """The meeting as it will print: stored, with the form's values for this document."""
        self._ensure_fresh()
        if self.meeting is None:
            return None
        meeting = self.meeting
        if self._sealed:  # finalised: the frozen sources, and only while it matches its seal
            meeting = printable_meeting(self.store.db, self.meeting_id)
        doc = document_from(self.kind, self.form.values(), meeting.document(self.kind))
        if self.kind in DRAFTERS and self.draft.isEnabled():
            doc.content = self.draft.content()
        return with_document(meeting, doc)

    # storing

    def flush(self, force: bool = False) -> None:
        """Store what the user typed (force: also the offered recipients, before an export)."""
        self._save_timer.stop()
        self._flush_draft()
        if self.meeting is None or self._locked or not (self._touched or force):
            return
        self._ensure_fresh()
        doc = self.meeting.document(self.kind)
        stored = values_of(doc)
        typed = self.form.values()
        changed = changed_fields(typed, stored)
        if not changed:
            self._touched = False
            return
        name = {DocumentKind.MINUTES: self.tr("Sửa biên bản"),
                DocumentKind.NOTICE: self.tr("Sửa thông báo kết luận")}.get(
            self.kind, self.tr("Sửa văn bản"))
        command = DocumentEditCommand(self.store, self.meeting_id, self.kind,
                                      doc.id if doc else None,
                                      {k: stored[k] for k in changed}, changed if doc else typed,
                                      name)
        self._touched = False
        self.undo_stack.push(command)
        if command.error:
            self.report_error(command.error)
            self._shown = {}
            self.reload()

    def _flush_draft(self) -> None:
        """Store the typed text of a NQ, QĐ or GM (one undo step); the minutes are untouched."""
        if self.meeting is None or self._locked or not self._draft_touched:
            return
        self._draft_touched = False
        old, new = content_of(self.meeting, self.kind), self.draft.content()
        if old == new:
            return
        kind, meeting_id = self.kind, self.meeting_id
        command = StoreCommand(self.tr("Sửa nội dung văn bản"),
                               lambda: save_draft(self.store, meeting_id, kind, new),
                               lambda: save_draft(self.store, meeting_id, kind, old))
        try:
            self.undo_stack.push(command)
        except RegisterError as exc:
            self.report_error(str(exc))

    # preview, export, print

    def schedule_preview(self) -> None:
        """Redraw the preview shortly (typing does not redraw it at every key)."""
        self._preview_stale = True
        self._preview_timer.start()

    def _preview_due(self) -> None:
        if self.isVisible() and self._preview_stale:  # drawn already (on opening): not again
            self.refresh_preview(first_page_first=True)

    def showEvent(self, event) -> None:
        """A preview left stale while the page was hidden is drawn now."""
        super().showEvent(event)
        self._ensure_fresh()
        if self._preview_stale:  # on opening: no wait, the page is drawn at once
            self._preview_timer.stop()
            QTimer.singleShot(0, self._preview_due)

    def report_error(self, message: str) -> None:
        """Tell the user what went wrong (tests replace this)."""
        messages.show_error(self, self.tr("Văn bản"), message)
