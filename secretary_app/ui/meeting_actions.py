"""What the File and Meeting menus do: new, delete, import, export, open the sample meeting."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from secretary_app.domain.model import Meeting
from secretary_app.domain.package import (
    MAX_PACKAGE_BYTES,
    PackageError,
    meeting_to_package,
    package_to_json,
    parse_package_bytes,
)
from secretary_app.fileio import InputFileError, read_input_file, write_file_atomically
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import (
    create_meeting,
    delete_meeting,
    load_meeting,
    meeting_title,
)
from secretary_app.storage.organizations import default_organization, save_organization
from secretary_app.storage.series import create_from_previous
from secretary_app.ui import messages
from secretary_app.ui.dialogs.organization_dialog import OrganizationDialog

translate = QCoreApplication.translate
PACKAGE_FILTER = "JSON (*.json)"



def ensure_organization(window):
    """The default organisation profile, asking for it the first time."""
    org = default_organization(window.store.db)
    if org is None:
        org = OrganizationDialog.edit(window)
        if org is not None:
            save_organization(window.store, org, make_default=True)
    return org


def new_meeting(window) -> int | None:
    """Create an untitled meeting dated today and open its Information page."""
    org = ensure_organization(window)
    if org is None:
        return None
    title = translate("MeetingActions", "Cuộc họp mới")
    meeting_id = create_meeting(window.store, Meeting(title=title, date=dt.date.today(),
                                                      organization=org))
    page = window.open_meeting(meeting_id, "info")
    page.title_edit.setFocus()
    page.title_edit.selectAll()
    return meeting_id


def new_from_previous(window) -> int | None:
    """Tạo từ cuộc họp trước (Ctrl+Shift+N): the next meeting of the open one's series, dated
    today, with its organisation, place, people (all present again), agenda and signers, and
    the open tasks of the series carried in; opens its Information page."""
    previous = window.current_meeting_id()
    if previous is None:
        messages.show_error(window, translate("MeetingActions", "Tạo từ cuộc họp trước"),
                            translate("MeetingActions", "Hãy chọn cuộc họp trước (cuộc họp "
                                      "lần trước của loạt họp này) trong danh sách."))
        return None
    meeting_id = create_from_previous(window.store, previous)
    page = window.open_meeting(meeting_id, "info")
    page.date_edit.setFocus()  # usually only the date (and the time) differ
    return meeting_id


def delete_current_meeting(window) -> bool:
    """Delete the selected meeting after asking (it cannot be undone)."""
    meeting_id = window.current_meeting_id()
    if meeting_id is None:
        return False
    title = meeting_title(window.store.db, meeting_id)
    question = translate("MeetingActions", "Xóa hẳn cuộc họp «%1» cùng mọi ý kiến, kết luận "
                         "và văn bản của nó? Không hoàn tác được.").replace("%1", title)
    if not messages.confirm(window, translate("MeetingActions", "Xóa cuộc họp"), question):
        return False
    window.editor.set_meeting(None)
    window.undo_stack.clear()  # the commands point at rows that are gone
    delete_meeting(window.store, meeting_id)
    return True


def import_package(window, path=None) -> int | None:
    """Read a meeting package (JSON) into the database and open it."""
    heading = translate("MeetingActions", "Nhập gói cuộc họp")
    path = path or messages.ask_open_path(window, heading, PACKAGE_FILTER)
    if path is None:
        return None
    try:
        meeting = parse_package_bytes(read_input_file(path, MAX_PACKAGE_BYTES))
        meeting_id = create_meeting(window.store, meeting, source=path.name)
    except PackageError as exc:
        why = translate("MeetingActions", "Gói cuộc họp không hợp lệ: %1")
        messages.show_error(window, heading, why.replace("%1", str(exc)))
        return None
    except InputFileError as exc:
        why = translate("MeetingActions", "Không đọc được tệp: %1")
        messages.show_error(window, heading, why.replace("%1", str(exc)))
        return None
    window.open_meeting(meeting_id, "info")
    return meeting_id


def package_file_name(meeting: Meeting) -> str:
    """A file name suggested for a meeting's package: date and the first words of the title."""
    words = re.sub(r"[^\w\s-]", "", meeting.title).split()[:6]
    return f"{meeting.date.isoformat()} {' '.join(words)}.json".strip()


def export_package(window, path=None) -> bool:
    """Write the selected meeting as a package (JSON) file."""
    meeting_id = window.current_meeting_id()
    if meeting_id is None:
        return False
    window.editor.flush()
    meeting = load_meeting(window.store.db, meeting_id)
    heading = translate("MeetingActions", "Xuất gói cuộc họp")
    path = path or messages.ask_save_path(window, heading, package_file_name(meeting),
                                          PACKAGE_FILTER)
    if path is None:
        return False
    try:
        write_file_atomically(path, package_to_json(meeting_to_package(meeting)).encode("utf-8"))
    except OSError as exc:
        why = translate("MeetingActions", "Không ghi được tệp: %1")
        messages.show_error(window, heading, why.replace("%1", str(exc)))
        return False
    done = translate("MeetingActions", "Đã xuất %1").replace("%1", str(path))
    window.statusBar().showMessage(done, 5000)
    return True


def open_sample(window):
    """Open the sample meeting shipped with the app in a window of its own, on a scratch
    database of its own: its tasks never reach the user's follow-up or reports, and what is
    tried on it is gone when that window closes. Returns the sample's window."""
    from secretary_app.ui.main_window import MainWindow  # on first use: a window class

    if getattr(window, "sample_window", None) is not None and window.sample_window.isVisible():
        window.sample_window.raise_()
        window.sample_window.activateWindow()
        return window.sample_window
    meeting = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
    folder = Path(tempfile.mkdtemp(prefix="secretary-app-sample-"))
    store = open_store(folder / "cuoc-hop-mau.db")
    save_organization(store, meeting.organization, make_default=True)
    meeting_id = create_meeting(store, meeting)
    sample = MainWindow(store, window.language, title_prefix=translate(
        "MeetingActions", "Cuộc họp mẫu (không lưu vào dữ liệu của bạn)"))
    sample.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.sample_window = sample

    def gone(*_args) -> None:
        window.sample_window = None
        close_scratch(store, folder)
    sample.destroyed.connect(gone)
    sample.show()
    sample.open_meeting(meeting_id, "proceedings")
    return sample


def close_scratch(store, folder: Path) -> None:
    """Close a scratch database and remove its folder."""
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
