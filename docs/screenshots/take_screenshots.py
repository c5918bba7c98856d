"""Take the user guide's screenshots from the real window with the sample meeting (make screenshots).

Run under a virtual display: xvfb-run -a -s "-screen 0 1366x768x24" python take_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.package import parse_package_bytes
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui.dialogs.organization_dialog import OrganizationDialog
from secretary_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.translation import install_language

OUT = Path(__file__).resolve().parent


def type_keys(widget, text: str) -> None:
    """Type like a person: one key event per character."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
        QTest.qWait(5)


def screen_shot(name: str, wait_ms: int = 400, widget=None) -> None:
    """Save the whole screen (popups included), or just widget, as OUT/name."""
    QTest.qWait(wait_ms)
    image = widget.grab() if widget is not None else QApplication.primaryScreen().grabWindow(0)
    image.save(str(OUT / name))
    print("saved", OUT / name)


def pages(window) -> None:
    """One screenshot per page of the editor."""
    window.show_page("info")
    screen_shot("01-thong-tin.png")
    window.show_page("attendees")
    screen_shot("02-thanh-phan-tham-du.png")
    live = window.show_page("proceedings")
    live.composer.picker.setFocus()
    type_keys(live.composer.picker, "xuan")
    screen_shot("03-chon-nguoi-phat-bieu.png")
    QTest.keyClick(live.composer.picker, Qt.Key.Key_Return)
    type_keys(live.composer.box, "Đề nghị Phòng GDTrH-GDTX sớm tham mưu kế hoạch triển khai "
                                 "Thông tư 24 và Thông tư 25 trong quý IV")
    screen_shot("04-dien-bien.png")
    window.show_page("conclusions")
    screen_shot("05-ket-luan.png")
    window.show_page("documents")
    screen_shot("06-van-ban.png", wait_ms=2500)


def dialogs(window) -> None:
    """The shortcut list and the first-start organisation dialog."""
    shortcuts = ShortcutsDialog(window)
    shortcuts.show()
    screen_shot("07-phim-tat.png", widget=shortcuts)
    shortcuts.close()
    seed = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
    profile = OrganizationDialog(seed.organization, window)
    profile.show()
    screen_shot("08-ho-so-co-quan.png", widget=profile)
    profile.close()


def main() -> int:
    """Open the app on a scratch database holding the sample meeting and take the shots."""
    app = QApplication(sys.argv[:1])
    install_language(app, "vi")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "screenshots.db")
        seed = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
        save_organization(store, seed.organization, make_default=True)
        meeting_id = create_meeting(store, seed)
        window = MainWindow(store)
        window.setGeometry(0, 0, 1366, 768)
        window.show()
        window.open_meeting(meeting_id, "proceedings")
        pages(window)
        dialogs(window)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
