"""Starting the desktop app: QApplication, language, database, main window (and the smoke test)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from secretary_app.paths import default_database_path, resource
from secretary_app.ui.backup_schedule import BackupScheduler
from secretary_app.ui.error_reporter import ErrorReporter
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.render_warmup import warm_renderer_later
from secretary_app.ui.safety_actions import add_reliability_actions
from secretary_app.ui.startup_checks import StartupChecks, open_database
from secretary_app.ui.text_limits import install_text_limits
from secretary_app.ui.translation import chosen_language, install_language

SMOKE_TEST_MS = 600
CHECKS_AFTER_MS = 1500  # the full check reads every page: not while the window first paints


class WindowHolder:
    """Keeps the one main window; a language change replaces it by a freshly built one."""

    def __init__(self, app: QApplication, store):
        self.app, self.store = app, store
        self.window: MainWindow | None = None

    def open(self, language: str) -> MainWindow:
        """Build and show a main window in `language` (closing the previous one)."""
        install_language(self.app, language)
        old, self.window = self.window, MainWindow(self.store, language)
        self.window.languageChangeRequested.connect(self.open)
        add_reliability_actions(self.window)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()
        return self.window


def keep_startup_objects() -> None:
    """When start-up ran with the garbage collector off (app.main), move what it made out of the
    collector's way for good and turn it back on: the modules, classes and the window live as
    long as the app, so later collections (and the one at exit) need not walk them again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def refuse_writes_if_damaged(store, kind: str) -> None:
    """Once the full check finds the file damaged, nothing more is written into it."""
    if kind == "damaged":
        store.refusal = translate_damaged()


def translate_damaged() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Reliability", "Tệp dữ liệu bị hỏng: thay đổi này CHƯA được lưu, để không ghi thêm vào "
        "tệp hỏng. Hãy đóng rồi mở lại ứng dụng để khôi phục bản sao lưu gần nhất.")


def run_gui(args) -> int:
    """Open the main window on the chosen database; with --smoke-test, quit after a moment."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("secretary-app")
    app.setApplicationDisplayName("Thư ký cuộc họp")
    app.setWindowIcon(QIcon(str(resource("icons", "app.png"))))
    install_text_limits(app)  # the lengths the documents can lay out
    path = args.db or default_database_path()
    opened = open_database(path, checks_later=True,  # lock, quick repair check
                           create_folders=args.db is None)
    if opened is None:
        return 1
    store, lock = opened
    ErrorReporter().install()
    backups = BackupScheduler(store)  # noqa: F841 - lives as long as the event loop
    holder = WindowHolder(app, store)
    window = holder.open(chosen_language(store.db, args.lang))
    keep_startup_objects()
    checks = StartupChecks(path, app)  # full check and backup, once the window has settled
    checks.problem.connect(lambda kind, _message: refuse_writes_if_damaged(store, kind))
    QTimer.singleShot(CHECKS_AFTER_MS, checks.start)
    if args.smoke_test:
        # precise: a coarse timer may fire 5% late, which the startup benchmark would count
        stop = QTimer(app, singleShot=True, interval=SMOKE_TEST_MS,
                      timerType=Qt.TimerType.PreciseTimer)
        stop.timeout.connect(app.quit)
        stop.start()
    else:
        QTimer.singleShot(0, window.first_start)
        warm_renderer_later()  # the Văn bản page then shows page 1 at once
    code = app.exec()
    if not args.smoke_test and checks.worker.is_alive():
        checks.worker.join()  # the window is gone; let the backup on open finish
    if holder.window is not None:
        holder.window.close()
    store.close()
    lock.release()
    return code
