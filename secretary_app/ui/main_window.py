"""The main window: the meeting list on the left, the selected meeting's editor on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter

from secretary_app import __version__
from secretary_app.storage.changes import Noun
from secretary_app.storage.drafts import load_draft
from secretary_app.storage.meetings import meeting_exists, meeting_title
from secretary_app.storage.organizations import default_organization, save_organization
from secretary_app.storage.settings import get_setting, set_setting
from secretary_app.ui.capture_mode import CaptureMode
from secretary_app.ui.main_menus import act, build_menus
from secretary_app.ui.meeting_editor import MeetingEditor
from secretary_app.ui.meeting_list_panel import MeetingListPanel
from secretary_app.ui.store_signals import StoreSignals
from secretary_app.ui.translation import save_language

LAST_MEETING_KEY = "last_meeting_id"
LIST_NOUNS = {Noun.MEETING_LIST, Noun.MEETING_INFO, Noun.CONCLUSIONS, Noun.TASKS}


class MainWindow(QMainWindow):
    """Meetings newest first; pick one and edit it. Every edit is stored as it happens."""

    languageChangeRequested = Signal(str)

    def __init__(self, store, language: str = "vi", parent=None, title_prefix: str = ""):
        super().__init__(parent)
        self.store, self.language, self.title_prefix = store, language, title_prefix
        self.setObjectName("mainWindow")
        QApplication.setApplicationDisplayName(self.tr("Thư ký cuộc họp"))  # Qt appends it
        self.setWindowTitle(self.tr("Thư ký cuộc họp"))
        self.signals = StoreSignals(store, self)
        self.undo_stack = QUndoStack(self)
        self.meeting_list = MeetingListPanel(store)
        self.editor = MeetingEditor(store, self.signals, self.undo_stack)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.meeting_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(True)
        splitter.setSizes([340, 1026])
        self.setCentralWidget(splitter)
        self.named_actions: dict = {}
        self._closed = False
        self.capture = CaptureMode(self)
        self.menus = build_menus(self)
        self.meeting_list.meetingSelected.connect(self._on_selected)
        self.meeting_list.view.activated.connect(lambda _index: self.editor.focus_page())
        self.signals.changed.connect(self._on_changes)
        self.resize(1366, 768)
        self._update_actions()
        self._restore_last_meeting()

    def current_meeting_id(self) -> int | None:
        """The meeting shown in the editor."""
        return self.editor.meeting_id

    def open_meeting(self, meeting_id: int, page: str | None = None, row_id: int | None = None):
        """Show a meeting (and a page of it, a row on that page); returns the page shown."""
        if not self.meeting_list.select(meeting_id):
            self.meeting_list.view.clearSelection()
            self._on_selected(meeting_id)
        elif self.editor.meeting_id != meeting_id:
            self._on_selected(meeting_id)
        return self.show_page(page or self.editor.current_page_name(), row_id)

    def show_page(self, name: str, row_id: int | None = None):
        """Bring a page of the editor to the front."""
        return self.editor.show_page(name, row_id)

    def _on_selected(self, meeting_id: int) -> None:
        meeting_id = None if meeting_id is None or meeting_id < 0 else meeting_id
        if meeting_id == self.editor.meeting_id:
            return
        self.editor.set_meeting(meeting_id)
        self._update_actions()
        last = None if meeting_id is None else str(meeting_id)
        if last is not None and get_setting(self.store.db, LAST_MEETING_KEY) != last:
            set_setting(self.store, LAST_MEETING_KEY, last)  # no write when merely reopened

    def _update_actions(self) -> None:
        has = self.editor.meeting_id is not None
        for name in ("exportPackage", "deleteMeeting", "newOpinion"):
            self.named_actions[name].setEnabled(has)
        title = self.tr("Thư ký cuộc họp")
        if has:  # the platform adds " — Thư ký cuộc họp" (the application display name)
            title = (meeting_title(self.store.db, self.editor.meeting_id) or "")[:80]
        self.setWindowTitle(f"{self.title_prefix} — {title}" if self.title_prefix else title)

    def _restore_last_meeting(self) -> None:
        last = get_setting(self.store.db, LAST_MEETING_KEY)
        if last and meeting_exists(self.store.db, int(last)):
            if load_draft(self.store.db, int(last), "opinion") is not None:
                # a speech was being typed (closed or crashed mid-meeting): back to it
                self.open_meeting(int(last), "proceedings").continue_draft()
            else:
                self.open_meeting(int(last))
        elif self.meeting_list.model.rowCount():
            self.meeting_list.view.selectRow(0)

    def _on_changes(self, changes) -> None:
        if any(c.noun in LIST_NOUNS for c in changes):
            self.meeting_list.refresh()
        if any(c.noun == Noun.MEETING_INFO and c.meeting_id == self.editor.meeting_id
               for c in changes):
            self._update_actions()  # the window title follows a renamed meeting
        gone = any(c.noun == Noun.MEETING_LIST and c.meeting_id == self.editor.meeting_id
                   for c in changes) and self.editor.meeting_id is not None
        if gone and not meeting_exists(self.store.db, self.editor.meeting_id):
            self.editor.set_meeting(None)
        if any(c.noun == Noun.MEETING_INFO for c in changes) or gone:
            self._update_actions()

    def focus_filter(self) -> None:
        """Put the cursor in the meeting filter box."""
        self.meeting_list.show()
        self.meeting_list.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.meeting_list.filter_box.selectAll()

    def focus_meeting_list(self) -> None:
        """Put the keyboard focus on the meeting list (showing it if hidden)."""
        self.meeting_list.show()
        self.meeting_list.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_meeting_list(self) -> None:
        """Hide the meeting list to give the editor the whole width (or show it again)."""
        self.meeting_list.setVisible(not self.meeting_list.isVisible())

    def new_opinion(self) -> None:
        """Go to the live view, cursor in the speaker picker."""
        if self.editor.meeting_id is not None:
            page = self.show_page("proceedings")
            page.focus_new_opinion()

    def first_start(self) -> None:
        """Ask for the organisation profile when the database has none yet."""
        if default_organization(self.store.db) is None:
            act().ensure_organization(self)

    def edit_settings(self) -> None:
        """Settings: organisation profile, interface language, office server."""
        from secretary_app.ui.dialogs.settings_dialog import SettingsDialog  # on first use

        chosen = SettingsDialog.edit(self, default_organization(self.store.db), self.language,
                                     self.store)
        if chosen is None:
            return
        org, language = chosen
        if org is not None:
            save_organization(self.store, org, make_default=True)
        if language != self.language:
            save_language(self.store, language)
            self.languageChangeRequested.emit(language)

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        from secretary_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog  # on first use

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        """Help > About."""
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>Thư ký cuộc họp</b> %1<br>Ghi biên bản và thông báo kết luận cuộc họp, "
            "không cần mạng. Dữ liệu: %2").replace("%1", __version__).replace(
            "%2", str(self.store.path or "")))

    def open_data_folder(self) -> None:
        """Open the folder holding the database file in the file manager."""
        if self.store.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path.parent)))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Store what is being typed before the window goes."""
        if not self._closed:
            self._closed = True
            self.editor.flush()
            self.signals.detach()
            self.meeting_list.model.stop_fetching()  # the store may close before the widgets
        super().closeEvent(event)
