"""`secretary-app export MEETING_ID --document minutes|notice|resolution|decision|invitation
--format docx|pdf -o FILE [--per-invitee | --one-list]`."""

from __future__ import annotations

from pathlib import Path

from secretary_app.cli import DOCUMENT_HELP, DOCUMENT_KINDS


def register(sub) -> None:
    """Add the export subcommand."""
    p = sub.add_parser("export", help="xuất một văn bản của cuộc họp (biên bản, thông báo kết "
                                      "luận, nghị quyết, quyết định, giấy mời) ra DOCX hoặc PDF")
    p.add_argument("meeting_id", type=int, help="mã cuộc họp")
    p.add_argument("--document", choices=sorted(DOCUMENT_KINDS), required=True,
                   help=DOCUMENT_HELP)
    p.add_argument("--format", choices=["docx", "pdf"], required=True, help="định dạng tệp")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp sẽ ghi")
    each = p.add_mutually_exclusive_group()
    each.add_argument("--per-invitee", dest="per_invitee", action="store_const", const=True,
                      help="giấy mời: mỗi người/đơn vị được mời một giấy mời (mỗi giấy một "
                           "trang riêng, cùng một số), trong một tệp")
    each.add_argument("--one-list", dest="per_invitee", action="store_const", const=False,
                      help="giấy mời: một giấy mời liệt kê mọi người được mời")
    p.set_defaults(func=cmd_export, access="read", per_invitee=None)


def cmd_export(args, store) -> int:
    """Write the document atomically; an unwritable target is a clear error, no partial file."""
    from secretary_app.cli import EXIT_FAILURE, EXIT_OK, CliError, require_meeting
    from secretary_app.cli.safety import record_cli_export
    from secretary_app.documents.export import ExportError, export_document
    from secretary_app.domain.enums import DocumentKind
    from secretary_app.storage.exports import new_stamp
    from secretary_app.storage.sealed import SealBrokenError, printable_meeting

    kind = DOCUMENT_KINDS[args.document]
    if args.per_invitee is not None and kind is not DocumentKind.INVITATION:
        raise CliError("--per-invitee và --one-list chỉ dùng với --document invitation")
    require_meeting(store, args.meeting_id)
    try:  # finalised minutes print their frozen sources, and only while they match their seal
        meeting = printable_meeting(store.db, args.meeting_id)
    except SealBrokenError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    if args.per_invitee is not None:
        from secretary_app.documents.invitation import one_per_invitee

        meeting = one_per_invitee(meeting, args.per_invitee)
    stamp = new_stamp(store.db, args.meeting_id)
    try:
        path = export_document(meeting, kind, args.format, args.output, stamp=stamp)
    except ExportError as exc:
        raise CliError(f"không xuất được tệp: {exc}", EXIT_FAILURE) from None
    record_cli_export(store, args.meeting_id, path, stamp)  # finalised: hash in the audit log
    return EXIT_OK
