"""Danh bạ: people and units seen in meetings; rename or merge duplicates.

Old meetings keep the names and titles they were recorded with; only the directory changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.directory import (
    DirectoryEntry,
    DirectoryError,
    delete_people,
    list_people,
    list_units,
    merge_people,
    rename_person,
    rename_unit,
)
from secretary_app.ui import messages
from secretary_app.ui.directory_table import PeopleModel, UnitsModel
from secretary_app.ui.store_signals import StoreSignals

RELOAD_NOUNS = {Noun.PEOPLE, Noun.ATTENDEES, Noun.MEETING_LIST}
translate = QCoreApplication.translate


class PersonDialog(QDialog):
    """Name, latest title and unit of one directory entry."""

    def __init__(self, entry: DirectoryEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa mục danh bạ"))
        self.name = QLineEdit(entry.name, objectName="personName")
        self.title_edit = QLineEdit(entry.title, objectName="personTitle")
        self.unit = QLineEdit(entry.organization, objectName="personUnit")
        note = QLabel(self.tr("Các cuộc họp cũ vẫn giữ tên và chức vụ như lúc họp."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Họ tên:"), self.name)
        form.addRow(self.tr("&Chức vụ:"), self.title_edit)
        form.addRow(self.tr("Đơn &vị:"), self.unit)
        form.addRow(note)
        form.addRow(buttons)

    @classmethod
    def edit(cls, parent: QWidget, entry: DirectoryEntry) -> tuple[str, str, str] | None:
        """(name, title, unit) as typed, or None when cancelled (tests replace this)."""
        dialog = cls(entry, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text(), dialog.title_edit.text(), dialog.unit.text()


def choose_kept(parent: QWidget, entries: list[DirectoryEntry]) -> DirectoryEntry | None:
    """Which of the selected entries the others are merged into (tests replace this)."""
    names = [f"{e.name} — {e.title or '…'} ({e.meetings})" for e in entries]
    chosen, ok = QInputDialog.getItem(parent, translate("DirectoryDialog", "Gộp mục trùng"),
                                      translate("DirectoryDialog", "Giữ lại mục:"), names, 0,
                                      False)
    return entries[names.index(chosen)] if ok else None


def ask_unit_name(parent: QWidget, old: str) -> str | None:
    """The new name of a unit, or None (tests replace this)."""
    value, ok = QInputDialog.getText(parent, translate("DirectoryDialog", "Đổi tên đơn vị"),
                                     translate("DirectoryDialog", "Tên mới:"), text=old)
    return value if ok else None


class DirectoryDialog(QDialog):
    """Two tabs: people and delegations (rename, merge), units (rename or merge by name)."""

    def __init__(self, store: Store, signals: StoreSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("directoryDialog")
        self.setWindowTitle(self.tr("Danh bạ"))
        self.people = PeopleModel(self)
        self.units = UnitsModel(self)
        self.filter = QLineEdit(objectName="directoryFilter")
        self.filter.setPlaceholderText(self.tr("Lọc theo tên, chức vụ, đơn vị (không dấu được)"))
        self.filter.textChanged.connect(self.reload)
        self.people_view = self._table(self.people, "directoryPeople", 1)
        self.people_view.horizontalHeader().resizeSection(0, 240)
        self.units_view = self._table(self.units, "directoryUnits", 0)
        self.people_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.buttons = {name: QPushButton(text, objectName=f"directory_{name}") for name, text in (
            ("edit", self.tr("&Sửa…")), ("merge", self.tr("&Gộp các mục đã chọn…")),
            ("delete", self.tr("&Xóa các mục đã chọn")),
            ("rename_unit", self.tr("Đổi &tên đơn vị…")), ("close", self.tr("Đó&ng")))}
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["merge"].clicked.connect(self.merge_selected)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.people_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.buttons["rename_unit"].clicked.connect(self.rename_selected_unit)
        self.buttons["close"].clicked.connect(self.accept)
        self._lay_out()
        self.reload()
        signals.changed.connect(self._on_changes)
        self.resize(900, 560)

    def _table(self, model, name: str, stretch: int) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        return view

    def _lay_out(self) -> None:
        people = QWidget()
        box = QVBoxLayout(people)
        box.addWidget(self.filter)
        box.addWidget(self.people_view)
        row = QHBoxLayout()
        row.addWidget(self.buttons["edit"])
        row.addWidget(self.buttons["merge"])
        row.addWidget(self.buttons["delete"])
        row.addStretch(1)
        box.addLayout(row)
        units = QWidget()
        box = QVBoxLayout(units)
        box.addWidget(self.units_view)
        box.addWidget(self.buttons["rename_unit"])
        self.tabs = QTabWidget(objectName="directoryTabs")
        self.tabs.addTab(people, self.tr("Người và đ&oàn"))
        self.tabs.addTab(units, self.tr("Đơn &vị"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        close = QHBoxLayout()
        close.addStretch(1)
        close.addWidget(self.buttons["close"])
        layout.addLayout(close)

    def reload(self) -> None:
        """Re-read both lists (the filter applies to people)."""
        self.people.set_rows(list_people(self.store.db, self.filter.text()))
        self.units.set_rows(list_units(self.store.db))

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.noun in RELOAD_NOUNS for c in changes):
            self.reload()

    def selected_people(self) -> list[DirectoryEntry]:
        """The entries of the selected rows, in table order."""
        rows = sorted(i.row() for i in self.people_view.selectionModel().selectedRows())
        return [self.people.rows[r] for r in rows]

    def _run(self, action) -> bool:
        try:
            action()
        except DirectoryError as exc:
            messages.show_error(self, self.tr("Danh bạ"), str(exc))
            return False
        return True

    def edit_selected(self) -> bool:
        """Rename the selected entry (its name, latest title and unit)."""
        chosen = self.selected_people()
        if len(chosen) != 1:
            messages.show_error(self, self.tr("Danh bạ"), self.tr("Hãy chọn một mục để sửa."))
            return False
        typed = PersonDialog.edit(self, chosen[0])
        return typed is not None and self._run(
            lambda: rename_person(self.store, chosen[0].id, *typed))

    def merge_selected(self) -> bool:
        """Merge the selected entries into the one the user keeps."""
        chosen = self.selected_people()
        if len(chosen) < 2:
            messages.show_error(self, self.tr("Danh bạ"),
                                self.tr("Hãy chọn ít nhất hai mục trùng nhau để gộp."))
            return False
        kept = choose_kept(self, chosen)
        return kept is not None and self._run(
            lambda: merge_people(self.store, kept.id, [e.id for e in chosen]))

    def delete_selected(self) -> bool:
        """Delete the selected entries (junk: a fragment, a slip) after asking; the meetings
        that named them keep their text."""
        chosen = self.selected_people()
        if not chosen:
            messages.show_error(self, self.tr("Danh bạ"), self.tr("Hãy chọn mục cần xóa."))
            return False
        names = ", ".join(f"«{e.name}»" for e in chosen[:5]) + ("…" if len(chosen) > 5 else "")
        if not messages.confirm(self, self.tr("Danh bạ"), self.tr(
                "Xóa %1 khỏi danh bạ? Các cuộc họp đã ghi tên vẫn giữ nguyên.").replace(
                "%1", names)):
            return False
        return self._run(lambda: delete_people(self.store, [e.id for e in chosen]))

    def rename_selected_unit(self) -> bool:
        """Rename the selected unit in the directory (to an existing name: merge)."""
        rows = self.units_view.selectionModel().selectedRows()
        if not rows:
            messages.show_error(self, self.tr("Danh bạ"), self.tr("Hãy chọn một đơn vị."))
            return False
        old = self.units.rows[rows[0].row()][0]
        new = ask_unit_name(self, old)
        return new is not None and self._run(lambda: rename_unit(self.store, old, new))


def open_directory(window) -> None:
    """Công cụ → Danh bạ."""
    dialog = DirectoryDialog(window.store, window.signals, window)
    dialog.exec()
    dialog.deleteLater()
