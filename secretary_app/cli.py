"""The command line: global options and subcommands (import, list, export-package, …), no Qt.

Feature packages add subcommands by listing a module in EXTENSIONS; each such module has
`register(subparsers)` and sets `func(args, store) -> int` on its parsers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sqlite3
import sys
from pathlib import Path

from secretary_app import __version__
from secretary_app.domain.enums import DocumentKind
from secretary_app.paths import default_database_path
from secretary_app.storage.access import open_for_command
from secretary_app.storage.database import Store
from secretary_app.storage.faults import describe_error
from secretary_app.storage.lock import DatabaseBusyError
from secretary_app.storage.meetings import create_meeting, list_meetings, load_meeting

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
DOCUMENT_KINDS = {"minutes": DocumentKind.MINUTES, "notice": DocumentKind.NOTICE}


def iso_date(text: str) -> dt.date:
    """argparse type: a YYYY-MM-DD date, with a Vietnamese message otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (cần YYYY-MM-DD)") from None

EXTENSIONS: list[str] = [
    "secretary_app.documents.cli",
    "secretary_app.reliability_cli",
    "secretary_app.register_cli",
    "secretary_app.search_cli",
]


class CliError(Exception):
    """A failure to report on stderr; code 2 for bad input or usage, 1 otherwise."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser: global options, GUI flags and (unless commands=False) every subcommand."""
    parser = argparse.ArgumentParser(
        prog="secretary-app",
        description="Biên bản và thông báo kết luận cuộc họp, ngoại tuyến.")
    parser.add_argument("--version", action="version", version=f"secretary-app {__version__}")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {default_database_path()})")
    parser.add_argument("--lang", choices=["vi", "en"], default=None,
                        help="interface language (default: Vietnamese or the saved choice)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, run the event loop briefly, exit 0")
    parser.set_defaults(command=None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register_core(sub)
    for name in EXTENSIONS:
        importlib.import_module(name).register(sub)
    return parser


def opens_window_only(argv: list[str]) -> bool:
    """Whether argv holds only the desktop app's options (no subcommand, no --help or --version):
    then the subcommands' parsers, and the modules behind them, need not be built at start-up."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("--db", "--lang"):
            next(tokens, None)
        elif token != "--smoke-test" and not token.startswith(("--db=", "--lang=")):
            return False
    return True


def _register_core(sub) -> None:
    p = sub.add_parser("import", help="import a meeting package (JSON); prints the new id")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("list", help="list meetings: id<TAB>date<TAB>title")
    p.set_defaults(func=cmd_list, access="read")
    p = sub.add_parser("export-package", help="export a meeting as a package (JSON)")
    p.add_argument("meeting_id", type=int)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_export_package, access="read")


def read_input_file(path: Path) -> bytes:
    """The bytes of an input file, or a CliError saying why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"không tìm thấy tệp: {path}") from None
    except IsADirectoryError:
        raise CliError(f"đây là thư mục, không phải tệp: {path}") from None
    except OSError as exc:
        raise CliError(f"không đọc được tệp {path}: {exc.strerror}") from None


def cmd_import(args, store: Store) -> int:
    """secretary-app import FILE.json"""
    from secretary_app.domain.package import PackageError, parse_package_bytes  # not at start-up
    from secretary_app.domain.register import RegisterError

    try:
        meeting = parse_package_bytes(read_input_file(args.file))
    except PackageError as exc:
        raise CliError(f"gói cuộc họp không hợp lệ: {exc}") from None
    try:
        meeting_id = create_meeting(store, meeting, source=Path(args.file).name)
    except RegisterError as exc:
        raise CliError(str(exc)) from None
    print(meeting_id)
    return EXIT_OK


def cmd_list(args, store: Store) -> int:
    """secretary-app list"""
    for row in list_meetings(store.db):
        title = row.title.replace("\t", " ").replace("\n", " ")
        print(f"{row.id}\t{row.date.isoformat()}\t{title}")
    return EXIT_OK


def require_meeting(store: Store, meeting_id: int):
    """The meeting, or a CliError naming the unknown id."""
    if store.db.execute("SELECT 1 FROM meetings WHERE id = ?", [meeting_id]).fetchone() is None:
        raise CliError(f"không có cuộc họp mã {meeting_id}")
    return load_meeting(store.db, meeting_id)


def cmd_export_package(args, store: Store) -> int:
    """secretary-app export-package MEETING_ID -o FILE.json"""
    from secretary_app.domain.package import meeting_to_package, package_to_json
    from secretary_app.storage.atomic_file import write_file_atomically

    meeting = require_meeting(store, args.meeting_id)
    text = package_to_json(meeting_to_package(meeting))
    write_file_atomically(args.output, text.encode("utf-8"))
    return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    """Open the database and run one subcommand; errors to stderr with the right exit code."""
    store = lock = None
    try:
        access = getattr(args, "access", "write")  # see storage.access: write/read/lock/raw
        store, lock = open_for_command(args.db or default_database_path(), access)
        return args.func(args, store)
    except CliError as exc:
        print(f"secretary-app: lỗi: {exc}", file=sys.stderr)
        return exc.code
    except (DatabaseBusyError, sqlite3.Error) as exc:
        print(f"secretary-app: lỗi: {describe_error(exc) or exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        known = describe_error(exc)  # read-only folder, full disk: said in Vietnamese
        print(f"secretary-app: lỗi: {known}" if known else
              f"secretary-app: lỗi: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback for users
        print(f"secretary-app: lỗi không mong đợi: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if store is not None:
            store.close()
        if lock is not None:
            lock.release()
