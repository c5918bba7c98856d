"""The command line: global options, the verb groups' subcommands and running one, no Qt.

Each module named in GROUPS adds its subcommands with `register(subparsers)` and sets
`func(args, store) -> int` on its parsers; the helpers they share are here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import logging
import os
import sqlite3
import sys
from pathlib import Path

from secretary_app import __version__
from secretary_app.domain.enums import DocumentKind
from secretary_app.paths import default_database_path
from secretary_app.storage.access import RefusedDatabaseError, open_for_command
from secretary_app.storage.database import Store
from secretary_app.storage.db_file import DatabasePathError
from secretary_app.storage.faults import describe_error
from secretary_app.storage.lock import DatabaseBusyError
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.targets import OutputTargetError, check_output_target

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("secretary_app.cli")
DOCUMENT_KINDS = {"minutes": DocumentKind.MINUTES, "notice": DocumentKind.NOTICE,
                  "resolution": DocumentKind.RESOLUTION, "decision": DocumentKind.DECISION,
                  "invitation": DocumentKind.INVITATION}
DOCUMENT_HELP = ("minutes = biên bản, notice = thông báo kết luận, resolution = nghị quyết, "
                 "decision = quyết định, invitation = giấy mời")


def iso_date(text: str) -> dt.date:
    """argparse type: a YYYY-MM-DD date, with a Vietnamese message otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (cần YYYY-MM-DD)") from None


GROUPS: list[str] = [
    "secretary_app.cli.meetings",
    "secretary_app.cli.documents",
    "secretary_app.cli.safety",
    "secretary_app.cli.register",
    "secretary_app.cli.followup",
    "secretary_app.cli.office",
]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with its own words in Vietnamese."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is all Vietnamese (subcommands' parsers are of this class)."""

    def __init__(self, *args, **kwargs):
        helps = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title, self._optionals.title = "tham số", "tùy chọn"
        if helps:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="in trợ giúp này rồi thoát")

    def add_argument(self, *names, **kwargs):
        """As argparse's, with a Vietnamese placeholder (MÃ, NGÀY, TỆP …) for the value."""
        if kwargs.get("action") in (None, "append") and "choices" not in kwargs:
            kwargs.setdefault("metavar", _placeholder(names, kwargs))
        return super().add_argument(*names, **kwargs)

    def error(self, message: str):
        """Bad usage: the usage line, then why in Vietnamese, on stderr; exit code 2."""
        from secretary_app.cli.usage_errors import vietnamese_usage_error

        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {vietnamese_usage_error(message)}\n")


def _placeholder(names: tuple[str, ...], kwargs: dict) -> str:
    name = kwargs.get("dest") or names[-1].lstrip("-").replace("-", "_")
    if name.endswith("id") or name in ("org", "meeting", "organization", "task"):
        return "MÃ"
    if name == "year":
        return "NĂM"
    return {iso_date: "NGÀY", Path: "TỆP", int: "SỐ"}.get(kwargs.get("type"), "CHỮ")


class CliError(Exception):
    """A failure to report on stderr; code 2 for bad input or usage, 1 otherwise."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser: global options, GUI flags and (unless commands=False) every subcommand."""
    parser = Parser(
        prog="secretary-app",
        description="Biên bản và thông báo kết luận cuộc họp, ngoại tuyến.")
    parser.add_argument("--version", action="version", version=f"secretary-app {__version__}",
                        help="in số phiên bản rồi thoát")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"tệp dữ liệu (mặc định: {default_database_path()})")
    parser.add_argument("--lang", choices=["vi", "en"], default=None,
                        help="ngôn ngữ giao diện (mặc định: tiếng Việt hoặc lựa chọn đã lưu)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="mở cửa sổ chính, chạy một lát rồi thoát với mã 0 (thử cài đặt)")
    parser.set_defaults(command=None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", title="lệnh")
    for name in GROUPS:
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


def read_input_file(path: Path, limit: int = 20 * 1024 * 1024) -> bytes:
    """The bytes of a regular input file (checked before reading), or a CliError saying why not."""
    from secretary_app.fileio import InputFileError
    from secretary_app.fileio import read_input_file as read

    try:
        return read(path, limit)
    except InputFileError as exc:
        raise CliError(str(exc)) from None


_FILE_FORMATS = (".pdf", ".docx", ".xlsx")


def check_output_format(output: Path, fmt: str | None) -> None:
    """A file named for one format is never written in another (Word would not open a PDF
    named .docx); a name without a known extension is the user's choice."""
    suffix = output.suffix.lower()
    if fmt and suffix in _FILE_FORMATS and suffix != f".{fmt}":
        raise CliError(f"tệp {output.name} mang đuôi {suffix} nhưng định dạng xuất là {fmt}: "
                       f"đổi đuôi tệp hoặc --format")


def require_meeting(store: Store, meeting_id: int):
    """The meeting, or a CliError naming the unknown id."""
    if store.db.execute("SELECT 1 FROM meetings WHERE id = ?", [meeting_id]).fetchone() is None:
        raise CliError(f"không có cuộc họp mã {meeting_id}")
    return load_meeting(store.db, meeting_id)


def run_command(args: argparse.Namespace) -> int:
    """Open the database and run one subcommand; errors to stderr with the right exit code."""
    store = lock = None
    path = args.db or default_database_path()
    try:
        access = getattr(args, "access", "write")  # see storage.access: write/read/lock/raw
        if getattr(args, "output", None) is not None:  # every -o: never the database's files
            check_output_target(args.output, path)
            check_output_format(args.output, getattr(args, "format", None))
        if getattr(args, "prepare", None) is not None:  # read input before taking the lock
            args.prepare(args)
        store, lock = open_for_command(path, access, create_folders=args.db is None)
        return args.func(args, store)
    except CliError as exc:
        return _refuse(str(exc), exc.code)
    except (DatabasePathError, OutputTargetError) as exc:
        return _refuse(str(exc), EXIT_USAGE)
    except RefusedDatabaseError as exc:
        return _refuse(str(exc), EXIT_FAILURE)
    except (DatabaseBusyError, sqlite3.Error) as exc:
        return _refuse(describe_error(exc) or str(exc), EXIT_FAILURE)
    except BrokenPipeError:  # the reader went away (`| head`): nothing to say to it
        _silence_stdout()
        return EXIT_FAILURE
    except OSError as exc:
        known = describe_error(exc)  # read-only folder, full disk: said in Vietnamese
        return _refuse(known or f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                       EXIT_FAILURE)
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback for users
        log.exception("unexpected error in %s", args.command)
        print(f"secretary-app: lỗi không mong đợi: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if store is not None:
            store.close()
        if lock is not None:
            lock.release()


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit finds no closed pipe."""
    try:
        target = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file (captured in tests): nothing will be flushed
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, target)
    os.close(devnull)


def _refuse(message: str, code: int) -> int:
    """Say why on stderr (and in the log); the exit code."""
    log.warning("refused (exit %d): %s", code, message)
    print(f"secretary-app: lỗi: {message}", file=sys.stderr)
    return code
