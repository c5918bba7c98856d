"""Reliability subcommands: backup, restore, check, finalise, reopen, audit, verify, sign (no Qt)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from secretary_app.cli import EXIT_FAILURE, EXIT_OK, CliError, require_meeting, signing
from secretary_app.documents.file_stamp import earlier_revisions, read_stamp
from secretary_app.domain.verify_report import VerifyReport
from secretary_app.paths import default_database_path
from secretary_app.storage.backup import BackupError, backup_connection
from secretary_app.storage.database import Store
from secretary_app.storage.exports import prove_export
from secretary_app.storage.finalise import (
    FinaliseError,
    audit_log,
    exports_matching,
    file_sha256,
    finalise_meeting,
    is_finalised,
    record_export,
    reopen_meeting,
)
from secretary_app.storage.integrity import check_database
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock
from secretary_app.storage.restore import (
    RestoreError,
    damage_of,
    open_read_only,
    restore_database,
)

ACTIONS = {"finalise": "chốt", "reopen": "mở lại", "edit": "sửa", "export": "xuất tệp",
           "deleted": "xóa cuộc họp"}


def register(sub) -> None:
    """Add the reliability subcommands to the parser."""
    p = sub.add_parser("backup", help="sao lưu dữ liệu ra một tệp (khi ứng dụng đang mở cũng được)")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp sao lưu sẽ ghi")
    p.set_defaults(func=cmd_backup, access="read")
    p = sub.add_parser("restore", help="thay dữ liệu bằng một bản sao lưu (dữ liệu cũ được giữ lại)")
    p.add_argument("file", type=Path, help="tệp sao lưu")
    p.set_defaults(func=cmd_restore, access="lock")
    p = sub.add_parser("check", help="kiểm tra dữ liệu: toàn vẹn, liên kết, đánh số, thứ tự, "
                                     "mã băm của biên bản đã chốt")
    p.set_defaults(func=cmd_check, access="raw")
    p = sub.add_parser("finalise", help="chốt biên bản của cuộc họp (khóa nội dung)")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.set_defaults(func=cmd_finalise)
    p = sub.add_parser("reopen", help="mở lại biên bản đã chốt, có ghi lý do")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.add_argument("--reason", required=True, help="lý do mở lại")
    p.set_defaults(func=cmd_reopen)
    p = sub.add_parser("audit", help="in nhật ký biên bản của cuộc họp (chốt, mở lại, sửa, xuất)")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.set_defaults(func=cmd_audit, access="read")
    p = sub.add_parser("verify", help="tệp có đúng là bản xuất nguyên vẹn của biên bản đã chốt?")
    p.add_argument("file", type=Path, help="tệp DOCX hoặc PDF cần đối chiếu")
    p.add_argument("--trust-dir", type=Path, default=None,
                   help="thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số "
                        "(mặc định: trusted-roots trong thư mục dữ liệu)")
    p.set_defaults(func=cmd_verify, access="read")
    signing.register(sub)


def database_path(args) -> Path:
    """The database file the command works on."""
    return Path(args.db or default_database_path())


def cmd_backup(args, store: Store) -> int:
    """secretary-app backup -o FILE"""
    try:
        backup_connection(store.db.conn, args.output)
    except BackupError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    print(args.output)
    return EXIT_OK


def cmd_restore(args, store: None) -> int:
    """secretary-app restore FILE (holds the writer lock; the replaced data is kept)."""
    try:
        kept = restore_database(args.file, database_path(args))
    except RestoreError as exc:
        raise CliError(str(exc)) from None
    if kept is not None:
        print(f"Dữ liệu cũ được giữ tại: {kept}")
    print(f"Đã khôi phục {database_path(args)} từ {args.file}")
    return EXIT_OK


def cmd_check(args, store: None) -> int:
    """secretary-app check: exit 0 when healthy, 1 with a report otherwise."""
    path = database_path(args)
    if not path.exists():
        raise CliError(f"không tìm thấy tệp dữ liệu: {path}", EXIT_FAILURE)
    problems = _problems(path)
    if not problems:
        print(f"{path}: không phát hiện lỗi.")
        return EXIT_OK
    print(f"{path}: phát hiện {len(problems)} lỗi:")
    for problem in problems:
        print(f"- {problem}")
    return EXIT_FAILURE


def _problems(path: Path) -> list[str]:
    damage = damage_of(path)
    if damage is not None:
        return [damage]
    conn = open_read_only(path)
    try:
        return check_database(Database(conn))
    except sqlite3.DatabaseError as exc:
        return [f"SQLite không đọc được tệp: {exc}"]
    finally:
        conn.close()


def record_cli_export(store: Store, meeting_id: int, path: Path,
                      stamp: dict | None = None) -> str | None:
    """After a command exported a finalised meeting's file: log its SHA-256 (printed too).

    Export commands only read, so the writer lock is taken just for this line of the audit
    log; when the app holds the database the hash is printed with a warning instead.
    """
    if not is_finalised(store.db, meeting_id):
        return None
    try:
        with DatabaseLock(store.path):
            digest = record_export(store, meeting_id, path, stamp)
    except (DatabaseBusyError, sqlite3.Error):  # the app has the file (or opened it meanwhile)
        digest = file_sha256(path)
        print(f"secretary-app: cảnh báo: chưa ghi được mã SHA-256 của tệp vào nhật ký biên "
              f"bản vì ứng dụng đang mở tệp dữ liệu; mã: {digest}. Tệp này sẽ không xác thực "
              f"được bằng “verify”: hãy xuất lại từ ứng dụng hoặc khi ứng dụng đã đóng.",
              file=sys.stderr)
        return digest
    print(f"SHA-256 {digest}  {path}")
    return digest


def cmd_finalise(args, store: Store) -> int:
    """secretary-app finalise MEETING_ID: prints the SHA-256 of the locked content."""
    require_meeting(store, args.meeting_id)
    try:
        print(finalise_meeting(store, args.meeting_id))
    except FinaliseError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    from secretary_app.office.auto_publish import publish_if_connected

    said = publish_if_connected(store, args.meeting_id)  # the office archive copy, if any
    if said:
        print(said, file=sys.stderr)
    return EXIT_OK


def cmd_reopen(args, store: Store) -> int:
    """secretary-app reopen MEETING_ID --reason TEXT"""
    require_meeting(store, args.meeting_id)
    try:
        changes = reopen_meeting(store, args.meeting_id, args.reason)
    except FinaliseError as exc:
        raise CliError(str(exc)) from None
    if changes:  # from now on the documents print the new state of these sources
        print("Từ lúc chốt, các nguồn mà biên bản in đã thay đổi (văn bản in từ nay theo dữ "
              "liệu mới):")
        print("\n".join(f"- {change}" for change in changes))
    return EXIT_OK


def cmd_audit(args, store: Store) -> int:
    """secretary-app audit MEETING_ID: time<TAB>action<TAB>reason/detail<TAB>sha256"""
    require_meeting(store, args.meeting_id)
    for e in audit_log(store.db, args.meeting_id):
        print("\t".join([e.at, ACTIONS.get(e.action, e.action), e.reason or e.detail,
                         e.sha256 or ""]))
    return EXIT_OK


def cmd_verify(args, store: Store) -> int:
    """secretary-app verify FILE: exit 0 only when every check of the report passed."""
    if not args.file.is_file():
        raise CliError(f"không tìm thấy tệp: {args.file}")
    report = verify_file(store.db, args.file, getattr(args, "trust_dir", None))
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILURE


def verify_file(db: Database, path: Path, trust_dir: Path | None = None) -> VerifyReport:
    """The report on a file: the export proof from its stamp, then (a signed PDF) the
    signatures, which may settle the proof's check on the updates appended to the export."""
    report = VerifyReport(str(path))
    digest = file_sha256(path)
    data = path.read_bytes()
    earlier = earlier_revisions(data) if data.startswith(b"%PDF") else {}
    proof = prove_export(db, read_stamp(path), digest, earlier)
    if not proof.checks[0].ok:  # an unstamped file: say whether its bytes were ever exported
        proof.notes += [f"Nội dung tệp trùng một bản xuất cũ của cuộc họp {mid} lúc {at} ({where})"
                        for mid, at, where in exports_matching(db, path)]
    report.sections.append(proof)
    signatures = signing.signatures_section(db, path, trust_dir, proof)
    if signatures is not None:
        report.sections.append(signatures)
    return report
