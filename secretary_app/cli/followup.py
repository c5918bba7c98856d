"""Search and follow-up subcommands: search, tasks, task-status, carry-tasks, followup-report."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from secretary_app.cli import EXIT_FAILURE, EXIT_OK, CliError, iso_date
from secretary_app.storage.database import Store
from secretary_app.storage.search import DEFAULT_LIMIT, search
from secretary_app.storage.search_text import parse_query

STATUSES = ("open", "done", "cancelled", "overdue")


def register(sub) -> None:
    """Add the subcommands to the parser."""
    p = sub.add_parser("search", help="tìm trong mọi cuộc họp: mã cuộc họp<TAB>chỗ tìm "
                                      "thấy<TAB>đoạn trích")
    p.add_argument("query", help="từ cần tìm (không phân biệt dấu, chữ hoa hay thường)")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                   help=f"nhiều nhất bấy nhiêu kết quả (mặc định {DEFAULT_LIMIT})")
    p.set_defaults(func=cmd_search, access="read")
    p = sub.add_parser("tasks", help="nhiệm vụ của mọi cuộc họp: mã, cuộc họp, thời hạn, "
                                     "trạng thái, đơn vị, nội dung (cách nhau bởi TAB)")
    p.add_argument("--unit", default="", help="đơn vị chủ trì (không phân biệt dấu)")
    p.add_argument("--status", choices=STATUSES, default="",
                   help="đang làm, đã xong, đã hủy hoặc quá hạn")
    p.add_argument("--due-by", type=iso_date, help="thời hạn đến hết ngày YYYY-MM-DD")
    p.add_argument("--meeting", type=int, help="chỉ nhiệm vụ của cuộc họp này")
    p.add_argument("--today", type=iso_date, help="ngày dùng để xét quá hạn (mặc định: hôm nay)")
    p.set_defaults(func=cmd_tasks, access="read")
    p = sub.add_parser("task-status", help="đổi trạng thái một nhiệm vụ, kèm ngày và ghi chú")
    p.add_argument("task_id", type=int, help="mã nhiệm vụ (cột đầu của `tasks`)")
    p.add_argument("status", choices=STATUSES[:3], help="trạng thái mới")
    p.add_argument("--date", type=iso_date, help="ngày thay đổi (mặc định: hôm nay)")
    p.add_argument("--note", default="", help="ghi chú")
    p.set_defaults(func=cmd_task_status)
    p = sub.add_parser("carry-tasks", help="đưa nhiệm vụ chưa xong của các cuộc họp trước vào "
                                           "một cuộc họp, thành mục đầu của chương trình")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp nhận nhiệm vụ")
    p.add_argument("--task", type=int, action="append",
                   help="chỉ nhiệm vụ này (ghi nhiều lần được)")
    p.set_defaults(func=cmd_carry_tasks)
    _register_report(sub)


def _register_report(sub) -> None:
    p = sub.add_parser("followup-report", help="báo cáo tình hình thực hiện kết luận (theo "
                                               "đơn vị, theo cuộc họp) ra DOCX hoặc PDF")
    p.add_argument("--format", choices=["docx", "pdf"], required=True, help="định dạng tệp")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp sẽ ghi")
    p.add_argument("--from", dest="held_from", type=iso_date, help="cuộc họp từ ngày")
    p.add_argument("--to", dest="held_to", type=iso_date, help="cuộc họp đến ngày")
    p.add_argument("--today", type=iso_date, help="ngày tính trạng thái (mặc định: hôm nay)")
    p.add_argument("--organization", type=int, help="mã cơ quan (mặc định: hồ sơ cơ quan)")
    p.set_defaults(func=cmd_followup_report, access="read")


def one_line(text: str) -> str:
    """Text safe for one TAB-separated field."""
    return " ".join(str(text).split())


def cmd_search(args, store: Store) -> int:
    """secretary-app search QUERY: one line per hit, the match marked with [ ]."""
    if args.limit < 1:
        raise CliError("--limit phải là số dương")
    if parse_query(args.query).is_empty:
        raise CliError("câu tìm kiếm không có chữ hoặc số nào để tìm")
    results = search(store.db, args.query, limit=args.limit)
    for hit in results.hits:
        print(f"{hit.meeting_id}\t{one_line(hit.where)}\t{one_line(hit.snippet.marked())}")
    if results.truncated:
        print(f"(chỉ hiện {args.limit} kết quả mới nhất; dùng --limit để xem thêm)",
              file=sys.stderr)
    return EXIT_OK


def cmd_tasks(args, store: Store) -> int:
    """secretary-app tasks: one line per task, earliest deadline first."""
    from secretary_app.storage.followup import TaskFilter, list_tasks

    today = args.today or dt.date.today()
    wanted = TaskFilter(unit=args.unit, status=args.status, due_by=args.due_by,
                        meeting_id=args.meeting)
    for t in list_tasks(store.db, wanted, today):
        fields = (t.task_id, t.meeting_id, t.deadline_label(), t.status_label(today),
                  t.assignee, t.description)
        print("\t".join(one_line(f) for f in fields))
    return EXIT_OK


def cmd_task_status(args, store: Store) -> int:
    """secretary-app task-status TASK_ID open|done|cancelled [--date D] [--note TEXT]"""
    from secretary_app.storage.followup import set_task_status

    if store.db.execute("SELECT 1 FROM tasks WHERE id = ?", [args.task_id]).fetchone() is None:
        raise CliError(f"không có nhiệm vụ mã {args.task_id}")
    try:
        set_task_status(store, args.task_id, args.status, args.date, args.note)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def cmd_carry_tasks(args, store: Store) -> int:
    """secretary-app carry-tasks MEETING_ID: prints the carried tasks with their meetings."""
    from secretary_app.storage.followup_carry import FollowupError, carried_tasks, carry_open_tasks

    try:
        carry_open_tasks(store, args.meeting_id, args.task)
    except FollowupError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    for t in carried_tasks(store.db, args.meeting_id):
        source = f"{t.meeting_title} ({t.meeting_date:%d/%m/%Y})"
        print("\t".join(one_line(f) for f in (t.task_id, source, t.assignee, t.description)))
    return EXIT_OK


def cmd_followup_report(args, store: Store) -> int:
    """secretary-app followup-report --format docx|pdf -o FILE [--from D] [--to D]"""
    from secretary_app.documents.followup_report import followup_report, report_bytes
    from secretary_app.fileio import ExportError, write_file_atomically
    from secretary_app.storage.followup import (
        TaskFilter,
        latest_notice_signer,
        list_tasks,
        report_organization,
    )

    today = args.today or dt.date.today()
    org = report_organization(store.db, args.organization)
    if org is None:
        raise CliError("chưa có cơ quan nào: hãy nhập một cuộc họp hoặc khai báo cơ quan trước")
    wanted = TaskFilter(organization_id=org.id, held_from=args.held_from, held_to=args.held_to)
    document = followup_report(org, list_tasks(store.db, wanted, today), today,
                               held_from=args.held_from, held_to=args.held_to,
                               signer=latest_notice_signer(store.db, org.id))
    try:
        write_file_atomically(args.output, report_bytes(args.format, document))
    except ExportError as exc:
        raise CliError(f"không xuất được tệp: {exc}", EXIT_FAILURE) from None
    return EXIT_OK
