"""Questions and messages to the user, and file choosers; small functions tests can replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from secretary_app.storage.targets import OutputTargetError, check_output_target

translate = QCoreApplication.translate

def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(translate("Messages", "Có"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("Messages", "Không"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something went wrong, and why."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.addButton(translate("Messages", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_info(parent: QWidget, title: str, text: str) -> None:
    """A plain message."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.addButton(translate("Messages", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """A file to read, or None."""
    path, _chosen = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(path) if path else None


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """A file to write, or None; never the open database, its side files or backups, nor a
    device, FIFO, folder or read-only file (the user is told why and chooses again)."""
    while (path := choose_save_path(parent, title, suggested, filters)) is not None:
        try:
            return check_output_target(path)
        except OutputTargetError as exc:
            show_error(parent, translate("Messages", "Không ghi vào tệp này"), str(exc))
    return None


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """The save dialog itself: the path the user chose, or None."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None
