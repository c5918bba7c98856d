"""Register subcommands: issue, register (list/export), reserve-number, cancel-number."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secretary_app.cli import (
    DOCUMENT_HELP,
    DOCUMENT_KINDS,
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    iso_date,
)
from secretary_app.domain.model import Organization
from secretary_app.domain.register import (
    EntryStatus,
    RegisterError,
    full_number,
    short_number,
    status_text,
)
from secretary_app.fileio import write_file_atomically
from secretary_app.storage.database import Store
from secretary_app.storage.organizations import default_organization, get_organization
from secretary_app.storage.register import cancel_number, reserve_number
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import get_entry, list_register


def register(sub) -> None:
    """Add the register subcommands to the CLI."""
    p = sub.add_parser("issue", help="cấp số cho một văn bản của cuộc họp (biên bản, thông báo, "
                                     "nghị quyết, quyết định, giấy mời); in ra số")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.add_argument("--document", choices=sorted(DOCUMENT_KINDS), required=True,
                   help=DOCUMENT_HELP)
    p.add_argument("--date", type=iso_date, help="ngày ban hành (mặc định: hôm nay)")
    p.add_argument("--reserved", type=int, help="dùng số đã giữ này")
    p.set_defaults(func=cmd_issue)
    p = sub.add_parser("register", help="sổ đăng ký văn bản đi: liệt kê hoặc xuất tệp")
    p.add_argument("--year", type=int, help="chỉ năm này")
    p.add_argument("--kind", help="chỉ loại văn bản này")
    p.add_argument("--status", choices=[s.value for s in EntryStatus], help="chỉ trạng thái này")
    p.add_argument("--org", type=int, help="mã tổ chức (mặc định: tổ chức mặc định)")
    p.add_argument("--format", choices=["docx", "pdf", "xlsx"],
                   help="xuất sổ ra tệp định dạng này (cùng với -o)")
    p.add_argument("-o", "--output", type=Path, help="tệp sẽ ghi (cùng với --format)")
    p.set_defaults(func=cmd_register, access="read")
    p = sub.add_parser("reserve-number", help="giữ số tiếp theo của sổ; in ra số")
    p.add_argument("--kind", required=True, help="loại văn bản")
    p.add_argument("--date", type=iso_date, help="ngày (mặc định: hôm nay)")
    p.add_argument("--note", default="", help="ghi chú")
    p.add_argument("--org", type=int, help="mã tổ chức (mặc định: tổ chức mặc định)")
    p.set_defaults(func=cmd_reserve)
    p = sub.add_parser("cancel-number", help="hủy một số trong sổ (ghi lý do)")
    p.add_argument("entry_id", type=int, help="mã dòng sổ (cột đầu của `register`)")
    p.add_argument("--reason", required=True, help="lý do hủy")
    p.set_defaults(func=cmd_cancel)


def _guarded(action):
    """Run a register action; its refusals become CLI errors."""
    try:
        return action()
    except RegisterError as exc:  # the office register unreachable: exit 1, not a usage error
        raise CliError(str(exc), getattr(exc, "exit_code", EXIT_USAGE)) from None
    except sqlite3.IntegrityError as exc:  # a lock trigger (finalised meeting, issued document)
        raise CliError(str(exc), EXIT_FAILURE) from None


def cmd_issue(args, store: Store) -> int:
    """secretary-app issue MEETING_ID --document minutes|notice|resolution|decision|invitation
    [--date D]"""
    entry = _guarded(lambda: issue_meeting_document(store, args.meeting_id,
                                                    DOCUMENT_KINDS[args.document], args.date,
                                                    args.reserved))
    print(full_number(get_organization(store.db, entry.organization_id), entry))
    return EXIT_OK


def _organization(store: Store, org_id: int | None, required: bool) -> Organization | None:
    if org_id is not None:
        if store.db.execute("SELECT 1 FROM organizations WHERE id = ?", [org_id]).fetchone():
            return get_organization(store.db, org_id)
        raise CliError(f"không có tổ chức mã {org_id}")
    org = default_organization(store.db)
    if org is None and required:
        raise CliError("chưa có hồ sơ tổ chức; hãy nhập một cuộc họp hoặc tạo hồ sơ trước")
    return org


def cmd_register(args, store: Store) -> int:
    """secretary-app register [--year Y] [--format docx|pdf|xlsx -o FILE]"""
    if bool(args.format) != bool(args.output):
        raise CliError("--format và -o phải đi cùng nhau")
    org = _organization(store, args.org, required=bool(args.format))
    entries = list_register(store.db, org.id if org else None, args.year, args.kind, args.status)
    if args.format:
        from secretary_app.documents.register_report import export_register
        data = export_register(args.format, org, entries, args.year)
        write_file_atomically(args.output, data)
        return EXIT_OK
    for e in entries:
        owner = org or get_organization(store.db, e.organization_id)
        fields = [str(e.id), short_number(owner, e), e.issued_on.isoformat(), e.kind,
                  status_text(e), e.summary, e.signer, e.reason]
        print("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields))
    return EXIT_OK


def cmd_reserve(args, store: Store) -> int:
    """secretary-app reserve-number --kind K [--date D] [--note TEXT]"""
    org = _organization(store, args.org, required=True)
    entry = _guarded(lambda: reserve_number(store, org.id, args.kind, args.date, args.note))
    print(full_number(org, entry))
    return EXIT_OK


def cmd_cancel(args, store: Store) -> int:
    """secretary-app cancel-number ENTRY_ID --reason TEXT"""
    entry = _guarded(lambda: cancel_number(store, args.entry_id, args.reason))
    entry = get_entry(store.db, entry.id)
    org = get_organization(store.db, entry.organization_id)
    print(f"Đã hủy {full_number(org, entry)}")
    return EXIT_OK
