"""Sổ đăng ký văn bản đi: filter the register, issue, reserve and cancel numbers, export it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretary_app.documents.register_report import export_register
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.register import (
    KIND_NAMES,
    STATUS_WORDS,
    EntryStatus,
    RegisterError,
    short_number,
)
from secretary_app.fileio import ExportError, write_file_atomically
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.faults import RefusedWrite
from secretary_app.storage.meetings import meeting_organization, meeting_title
from secretary_app.storage.organizations import default_organization
from secretary_app.storage.register import cancel_number, reserve_number
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_preview import meeting_document_number, preview_number
from secretary_app.storage.register_queries import list_register, register_kinds, register_years
from secretary_app.ui import messages
from secretary_app.ui.register_table import RegisterModel
from secretary_app.ui.store_signals import StoreSignals

FILTERS = {"docx": "Word (*.docx)", "pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}
RELOAD_NOUNS = {Noun.REGISTER, Noun.ORGANIZATION, Noun.MEETING_LIST}
COLUMN_WIDTHS = (115, 85, 80, 300, 170, 190, 75, 130)  # pixels; the summary stretches


def ask_text(parent: QWidget, title: str, prompt: str, text: str = "") -> str | None:
    """A line of text from the user, or None (tests replace this)."""
    value, ok = QInputDialog.getText(parent, title, prompt, text=text)
    return value if ok else None


def ask_kind(parent: QWidget, title: str, prompt: str) -> str | None:
    """A kind symbol from the PL III list (or typed), or None (tests replace this)."""
    kinds = [f"{k} – {name}" for k, name in KIND_NAMES.items()]
    value, ok = QInputDialog.getItem(parent, title, prompt, kinds, 0, True)
    return value.split("–")[0].strip() if ok and value.strip() else None


# the documents of a meeting that get a number here, in button order
ISSUED_KINDS = (("minutes", DocumentKind.MINUTES), ("notice", DocumentKind.NOTICE),
                ("resolution", DocumentKind.RESOLUTION), ("decision", DocumentKind.DECISION),
                ("invitation", DocumentKind.INVITATION))

class RegisterDialog(QDialog):
    """The register of the organisation of the open meeting (or the default organisation)."""

    def __init__(self, store: Store, signals: StoreSignals, meeting_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Sổ đăng ký văn bản đi"))
        self.model = RegisterModel(parent=self)
        self._build()
        self.reload()
        signals.changed.connect(self._on_changes)
        self.resize(1100, 620)

    def _build(self) -> None:
        self.year = QComboBox(objectName="registerYear")
        self.kind = QComboBox(objectName="registerKind")
        self.status = QComboBox(objectName="registerStatus")
        for combo in (self.year, self.kind, self.status):
            combo.currentIndexChanged.connect(self._show_entries)
        self.table = QTableView(objectName="registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.meeting_label = QLabel(objectName="registerMeeting")
        self.meeting_label.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate(), objectName="registerDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.use_reserved = QCheckBox(self.tr("Dùng số đã giữ đang chọn"),
                                      objectName="registerUseReserved")
        self.buttons = {name: QPushButton(text, objectName=f"register_{name}") for name, text in (
            ("minutes", self.tr("Cấp số &biên bản")), ("notice", self.tr("Cấp số &thông báo")),
            ("resolution", self.tr("Cấp số nghị q&uyết")),
            ("decision", self.tr("Cấp số &quyết định")), ("invitation", self.tr("Cấp số giấ&y mời")),
            ("reserve", self.tr("&Giữ số…")), ("cancel", self.tr("&Hủy số…")),
            ("docx", self.tr("Xuất &Word…")), ("pdf", self.tr("Xuất &PDF…")),
            ("xlsx", self.tr("Xuất &Excel…")), ("close", self.tr("Đó&ng")))}
        self._connect_buttons()
        self._lay_out()

    def _connect_buttons(self) -> None:
        b = self.buttons
        b["minutes"].clicked.connect(lambda: self.issue(DocumentKind.MINUTES))
        b["notice"].clicked.connect(lambda: self.issue(DocumentKind.NOTICE))
        for name, kind in ISSUED_KINDS[2:]:
            b[name].clicked.connect(lambda _c=False, k=kind: self.issue(k))
        b["reserve"].clicked.connect(self.reserve)
        b["cancel"].clicked.connect(self.cancel_selected)
        for fmt in FILTERS:
            b[fmt].clicked.connect(lambda _c=False, f=fmt: self.export(f))
        b["close"].clicked.connect(self.accept)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Nă&m:"), self.year), (self.tr("&Loại:"), self.kind),
                            (self.tr("Tình t&rạng:"), self.status)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        issue = QHBoxLayout()  # the meeting's (long) title has a row of its own, above
        issue.addWidget(QLabel(self.tr("Ngày ban hành:")))
        issue.addWidget(self.date)
        issue.addWidget(self.use_reserved)
        issue.addStretch(1)
        for name, _ in ISSUED_KINDS:
            issue.addWidget(self.buttons[name])
        actions = QHBoxLayout()
        for name in ("reserve", "cancel"):
            actions.addWidget(self.buttons[name])
        actions.addStretch(1)
        for name in ("docx", "pdf", "xlsx", "close"):
            actions.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.meeting_label)
        layout.addLayout(issue)
        layout.addLayout(actions)

    # --- what is shown -------------------------------------------------------------------
    def organization(self):
        """The organisation whose register is shown."""
        found = None if self.meeting_id is None else meeting_organization(self.store.db,
                                                                            self.meeting_id)
        return found or default_organization(self.store.db)

    def reload(self) -> None:
        """Re-read the filters' choices and the entries."""
        org = self.organization()
        title = None if self.meeting_id is None else meeting_title(self.store.db,
                                                                   self.meeting_id)
        has_meeting = title is not None
        self.meeting_label.setText(self.tr("Cuộc họp: %1").replace("%1", title) if has_meeting
                                   else self.tr("Chưa chọn cuộc họp để cấp số."))
        for name, _ in ISSUED_KINDS:
            self.buttons[name].setEnabled(has_meeting)
        org_id = org.id if org else None
        self._refill(self.year, [(str(y), y) for y in register_years(self.store.db, org_id)])
        self._refill(self.kind, [(k, k) for k in register_kinds(self.store.db, org_id)])
        self._refill(self.status, [(STATUS_WORDS[s], s.value) for s in EntryStatus])
        self._show_entries()

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)

    def current_entries(self):
        """The entries the filters select."""
        org = self.organization()
        if org is None:
            return []
        return list_register(self.store.db, org.id, self.year.currentData(),
                             self.kind.currentData(), self.status.currentData())

    def _show_entries(self) -> None:
        self.model.set_entries(self.organization(), self.current_entries())
        self.table.resizeRowsToContents()

    def selected_entry(self):
        """The entry of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.noun in RELOAD_NOUNS for c in changes):
            self.reload()

    # --- actions ---------------------------------------------------------------------------
    def _run(self, action) -> object | None:
        try:
            return action()
        except (RegisterError, RefusedWrite, ExportError) as exc:
            messages.show_error(self, self.tr("Sổ đăng ký văn bản đi"), str(exc))
            return None

    def issue(self, kind: DocumentKind):
        """Give one of the open meeting's documents its number; returns the entry or None."""
        reserved = None
        if self.use_reserved.isChecked():
            entry = self.selected_entry()
            if entry is None or entry.status is not EntryStatus.RESERVED:
                messages.show_error(self, self.tr("Cấp số"),
                                    self.tr("Hãy chọn một số đang giữ trong bảng."))
                return None
            reserved = entry.number
        day = self.date.date().toPython()
        if not self._confirm_issue(kind, day, reserved):
            return None
        return self._run(lambda: issue_meeting_document(self.store, self.meeting_id, kind, day,
                                                        reserved))

    def _confirm_issue(self, kind: DocumentKind, day: dt.date, reserved: int | None) -> bool:
        """Ask before a number is given (it cannot be taken back), showing that number."""
        org = self.organization()
        if org is None or self.meeting_id is None:
            return True  # issuing reports why it cannot
        if meeting_document_number(self.store.db, self.meeting_id, kind) is not None:
            return True  # already numbered: issuing says so
        preview = self._run(lambda: preview_number(self.store.db, org, str(kind), day, reserved))
        if preview is None:
            return False
        what = {DocumentKind.MINUTES: self.tr("biên bản"),
                DocumentKind.NOTICE: self.tr("thông báo kết luận"),
                DocumentKind.RESOLUTION: self.tr("nghị quyết"),
                DocumentKind.DECISION: self.tr("quyết định"),
                DocumentKind.INVITATION: self.tr("giấy mời")}[kind]
        return messages.confirm(self, self.tr("Cấp số"), self.tr(
            "Cấp số %1, ngày %2 cho %3 của cuộc họp này?\n\nSố đã cấp không thu hồi được "
            "(chỉ có thể hủy số, có ghi lý do).").replace("%1", short_number(org, preview))
            .replace("%2", f"{day:%d/%m/%Y}").replace("%3", what))

    def reserve(self):
        """Hold the next number of a kind chosen by the user."""
        org = self.organization()
        kind = ask_kind(self, self.tr("Giữ số"), self.tr("Loại văn bản:"))
        if org is None or kind is None:
            return None
        note = ask_text(self, self.tr("Giữ số"), self.tr("Giữ cho văn bản nào (ghi chú):"))
        if note is None:
            return None
        day = self.date.date().toPython()
        return self._run(lambda: reserve_number(self.store, org.id, kind, day, note))

    def cancel_selected(self):
        """Cancel the selected number after asking the reason."""
        entry = self.selected_entry()
        if entry is None:
            messages.show_error(self, self.tr("Hủy số"), self.tr("Hãy chọn một số trong bảng."))
            return None
        reason = ask_text(self, self.tr("Hủy số"), self.tr("Lý do hủy số:"))
        if reason is None:
            return None
        return self._run(lambda: cancel_number(self.store, entry.id, reason))

    def export(self, fmt: str):
        """Write the entries shown to a DOCX, PDF or XLSX file chosen by the user."""
        org = self.organization()
        if org is None:
            return None
        year = self.year.currentData()
        suggested = f"so-dang-ky-van-ban-di-{year or dt.date.today().year}.{fmt}"
        path = messages.ask_save_path(self, self.tr("Xuất sổ đăng ký"), suggested, FILTERS[fmt])
        if path is None:
            return None
        data = export_register(fmt, org, self.current_entries(), year)
        return self._run(lambda: write_file_atomically(path, data))


def open_register(window) -> None:
    """Công cụ → Sổ đăng ký văn bản đi, for the meeting open in the main window."""
    dialog = RegisterDialog(window.store, window.signals, window.current_meeting_id(), window)
    dialog.exec()
    dialog.deleteLater()
