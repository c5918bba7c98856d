"""Search and follow-up subcommands: search, tasks, task-status, followup-report (no Qt)."""

from __future__ import annotations

import sys

from secretary_app.cli import EXIT_OK, CliError
from secretary_app.storage.database import Store
from secretary_app.storage.search import DEFAULT_LIMIT, search
from secretary_app.storage.search_text import parse_query


def register(sub) -> None:
    """Add the subcommands to the parser."""
    p = sub.add_parser("search", help="search every meeting: meeting_id<TAB>where<TAB>snippet")
    p.add_argument("query", help="words to find (accents and case do not matter)")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                   help=f"at most this many results (default {DEFAULT_LIMIT})")
    p.set_defaults(func=cmd_search, access="read")


def one_line(text: str) -> str:
    """Text safe for one TAB-separated field."""
    return " ".join(text.split())


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
