"""Take the user guide's screenshots from the real window with the sample meeting (make screenshots).

Run under a virtual display: xvfb-run -a -s "-screen 0 1366x768x24" python take_screenshots.py,
and for the live view at one screen size: ... -screen 0 1920x1080x24 ... take_screenshots.py --live 1920x1080
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.model import Opinion
from secretary_app.domain.package import parse_package_bytes
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.lists import OPINIONS
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
    type_keys(live.composer.picker, "d")  # Đăng, Đào, Đại diện: the list is offered
    screen_shot("03-chon-nguoi-phat-bieu.png")
    QTest.keyClick(live.composer.picker.finder.popup(), Qt.Key.Key_Escape)
    live.composer.continue_typing()
    QTest.keyClick(live.composer.box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    type_keys(live.composer.box, "Đề nghị Phòng GDTrH-GDTX sớm tham mưu kế hoạch triển khai "
                                 "Thông tư 24 và Thông tư 25 trong quý IV")
    screen_shot("04-dien-bien.png")
    window.show_page("conclusions")
    screen_shot("05-ket-luan.png")
    window.show_page("documents")
    screen_shot("06-van-ban.png", wait_ms=2500)


# a live meeting a while in: more opinions than the sample's four, as the secretary sees them
MORE_OPINIONS = [
    ("a1", "Đề nghị các đơn vị báo cáo ngắn gọn, tập trung vào khó khăn, vướng mắc."),
    ("a2", "Năm học vừa qua Hội đã trao 1.250 suất học bổng; đề nghị Sở hỗ trợ danh sách học "
           "sinh có hoàn cảnh khó khăn sớm hơn."),
    ("a3", "Hội Cựu giáo chức sẵn sàng cử hội viên tham gia dạy bổ trợ tại các trung tâm học "
           "tập cộng đồng."),
    ("a6", "Phòng GDTX sẽ rà soát số liệu trung tâm học tập cộng đồng, báo cáo trong tháng 11."),
    ("a1", "Thống nhất giao Văn phòng Sở tổng hợp kiến nghị của hai Hội."),
    ("a4", "Đề nghị bổ sung tiêu chí “Gia đình học tập” vào kế hoạch năm 2025."),
    ("a5", "Một số huyện chưa bố trí kinh phí cho hoạt động khuyến học; cần văn bản đôn đốc."),
    ("a2", "Đồng ý với dự thảo kế hoạch; đề nghị thêm mốc sơ kết vào tháng 6."),
    ("a6", "Phòng Kế hoạch – Tài chính sẽ cân đối kinh phí trong dự toán năm sau."),
    ("a3", "Đề nghị tổ chức hội nghị biểu dương điển hình khuyến học vào dịp 20/11."),
    ("a1", "Giao Phòng GDTX chủ trì, phối hợp hai Hội xây dựng kế hoạch chi tiết."),
    ("a4", "Thường trực Hội thống nhất các nội dung đã thảo luận."),
    ("a5", "Hội Cựu giáo chức đề nghị được nhận văn bản hướng dẫn qua hệ thống điện tử."),
    ("a1", "Đề nghị các đơn vị hoàn thành báo cáo trước ngày 30/11."),
]


def add_opinions(store, meeting_id: int) -> None:
    """The sample meeting with the opinions of a meeting well under way."""
    for i, (speaker, text) in enumerate(MORE_OPINIONS):
        OPINIONS.add(store, meeting_id, Opinion(key="", text=text, speaker=speaker, agenda="g2",
                                                at=f"{9 + (i + 20) // 60:02d}:{(i + 20) % 60:02d}"))


def live_view(window, size: str) -> None:
    """The live view at a screen size (1366x768, 1920x1080), the window filling the screen."""
    width, height = (int(n) for n in size.split("x"))
    window.setGeometry(0, 0, width, height)
    live = window.show_page("proceedings")
    live.composer.continue_typing()
    QTest.keyClick(live.composer.box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    type_keys(live.composer.box, "Kết luận: giao Văn phòng Sở tổng hợp, trình ký trước ngày 05/12")
    screen_shot(f"09-dien-bien-{size}.png", widget=window)


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


def main(argv: list[str]) -> int:
    """Open the app on a scratch database holding the sample meeting and take the shots;
    with --live WxH, only the live view of a meeting well under way at that screen size."""
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
        window.activateWindow()  # shortcuts (Alt+1) go to the active window only
        QTest.qWaitForWindowActive(window, 2000)
        window.open_meeting(meeting_id, "proceedings")
        if argv[:1] == ["--live"]:
            add_opinions(store, meeting_id)
            live_view(window, argv[1])
        else:
            pages(window)
            dialogs(window)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
