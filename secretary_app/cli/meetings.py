"""Meetings and packages: import, list, export-package."""

from __future__ import annotations

from pathlib import Path

from secretary_app.cli import EXIT_OK, CliError, read_input_file, require_meeting
from secretary_app.storage.database import Store
from secretary_app.storage.meetings import create_meeting, list_meetings


def register(sub) -> None:
    """Add the meeting subcommands."""
    p = sub.add_parser("import", help="nhập một gói cuộc họp (JSON); in ra mã cuộc họp mới")
    p.add_argument("file", type=Path, help="tệp gói cuộc họp (.json)")
    p.set_defaults(func=cmd_import, prepare=read_package)
    p = sub.add_parser("list", help="liệt kê cuộc họp: mã<TAB>ngày<TAB>tên")
    p.set_defaults(func=cmd_list, access="read")
    p = sub.add_parser("export-package", help="xuất một cuộc họp thành gói (JSON)")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp gói sẽ ghi")
    p.set_defaults(func=cmd_export_package, access="read")


def read_package(args) -> None:
    """Before the database is opened: read and check the package (args.meeting)."""
    from secretary_app.domain.package import (  # not at start-up
        MAX_PACKAGE_BYTES,
        PackageError,
        parse_package_bytes,
    )

    try:
        args.meeting = parse_package_bytes(read_input_file(args.file, MAX_PACKAGE_BYTES))
    except PackageError as exc:
        raise CliError(f"gói cuộc họp không hợp lệ: {exc}") from None


def cmd_import(args, store: Store) -> int:
    """secretary-app import FILE.json"""
    from secretary_app.domain.package import PackageError

    try:
        print(create_meeting(store, args.meeting, source=Path(args.file).name))
    except PackageError as exc:  # a document number the database already holds
        raise CliError(f"gói cuộc họp không hợp lệ: {args.file}: {exc}") from None
    return EXIT_OK


def cmd_list(args, store: Store) -> int:
    """secretary-app list"""
    for row in list_meetings(store.db):
        title = row.title.replace("\t", " ").replace("\n", " ")
        print(f"{row.id}\t{row.date.isoformat()}\t{title}")
    return EXIT_OK


def cmd_export_package(args, store: Store) -> int:
    """secretary-app export-package MEETING_ID -o FILE.json"""
    from secretary_app.domain.package import meeting_to_package, package_to_json
    from secretary_app.fileio import write_file_atomically

    meeting = require_meeting(store, args.meeting_id)
    text = package_to_json(meeting_to_package(meeting))
    write_file_atomically(args.output, text.encode("utf-8"))
    return EXIT_OK
