"""Office server subcommands: office init | status | publish ID | pull [UID] | search | add-secretary."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from secretary_app.cli import EXIT_FAILURE, EXIT_OK, CliError, require_meeting
from secretary_app.office.errors import OfficeError  # no psycopg: the rest is imported when used
from secretary_app.storage.database import Store


def register(sub) -> None:
    """Add `office …` to the CLI."""
    office = sub.add_parser("office", help="máy chủ văn phòng: sổ đăng ký và lưu trữ chung")
    verbs = office.add_subparsers(dest="office_command", metavar="LỆNH", title="lệnh",
                                   required=True)
    p = verbs.add_parser("init", help="kết nối máy này với máy chủ văn phòng (PostgreSQL)")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--database", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--office", required=True, help="mã văn phòng trên máy chủ")
    p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ stdin")
    p.add_argument("--setup-server", action="store_true",
                   help="(quản trị) tạo/nâng cấp lược đồ và tạo văn phòng từ hồ sơ cơ quan")
    p.set_defaults(func=_lazy("cmd_init"))
    p = verbs.add_parser("status", help="tình trạng kết nối, lược đồ, bản chờ gửi")
    p.set_defaults(func=_lazy("cmd_status"), access="read")
    p = verbs.add_parser("publish", help="gửi biên bản đã chốt lên lưu trữ văn phòng")
    p.add_argument("meeting_id", type=int)
    p.add_argument("--file", type=Path, action="append", help="tệp đã xuất gửi kèm")
    p.set_defaults(func=_lazy("cmd_publish"))
    p = verbs.add_parser("pull", help="gửi các bản còn chờ; với UID: mở bản của đồng nghiệp "
                                      "(chỉ đọc)")
    p.add_argument("uid", nargs="?")
    p.add_argument("--version", type=int)
    p.set_defaults(func=_lazy("cmd_pull"))
    p = verbs.add_parser("search", help="tìm trong lưu trữ biên bản của cả văn phòng")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=_lazy("cmd_search"), access="read")
    p = verbs.add_parser("add-secretary", help="(quản trị) tạo tài khoản thư ký trên máy chủ")
    p.add_argument("role")
    p.add_argument("--name", required=True, help="họ tên hiển thị")
    p.set_defaults(func=_lazy("cmd_add_secretary"), access="read")


def _lazy(name: str):
    """The command, with office failures as CLI errors (exit 1)."""
    def run(args, store: Store) -> int:
        try:
            return globals()[name](args, store)
        except OfficeError as exc:
            raise CliError(str(exc), EXIT_FAILURE) from None
        except Exception as exc:
            if not type(exc).__module__.startswith("psycopg"):
                raise
            raise CliError(f"máy chủ văn phòng từ chối: {exc}", EXIT_FAILURE) from None
    return run


def read_password(prompt: str, from_stdin: bool) -> str:
    """A password from stdin (one line) or typed at the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("cần mật khẩu: dùng --password-stdin hoặc chạy trong cửa sổ lệnh")
    return getpass.getpass(prompt)


def _client(store: Store):
    from secretary_app.office.session import client_for

    client = client_for(store.db)
    if client is None:
        raise CliError("máy này chưa kết nối máy chủ văn phòng: chạy “secretary-app office "
                       "init” trước")
    return client


def cmd_init(args, store: Store) -> int:
    """office init: keep the connection (password to the keyring), set up the server if asked."""
    from secretary_app.office.admin import init_server
    from secretary_app.office.client import OfficeClient
    from secretary_app.office.session import forget_clients
    from secretary_app.office.settings import OfficeSettings, save_settings
    from secretary_app.storage.organizations import default_organization

    settings = OfficeSettings(host=args.host, port=args.port, database=args.database,
                              user=args.user, office=args.office)
    password = read_password(f"Mật khẩu {settings.where}: ", args.password_stdin)
    client = OfficeClient(settings, password, retry_for=0, check_schema=not args.setup_server)
    if args.setup_server:
        applied = init_server(client.connect(), args.office, default_organization(store.db))
        for name in applied:
            print(f"Đã áp dụng trên máy chủ: {name}")
        client.close()
        client = OfficeClient(settings, password, retry_for=0)
    office_id, name = client.office()
    client.close()
    forget_clients()
    save_settings(store, settings, password)
    print(f"Đã kết nối {settings.where}, văn phòng “{name}” (mã {args.office}).")
    return EXIT_OK


def cmd_status(args, store: Store) -> int:
    """office status: connection, schema, office, pending publications."""
    from secretary_app.office.publish import pending_publications
    from secretary_app.office.schema import APP_SCHEMA_VERSION, server_version

    client = _client(store)
    print(f"Máy chủ: {client.settings.where} (sslmode={client.settings.sslmode})")
    pending = pending_publications(store)
    try:
        office_id, name = client.office()
        version = client.run(server_version, retry=False)
        tls = client.connect().pgconn.ssl_in_use
    finally:
        print(f"Bản chờ gửi lên lưu trữ: {len(pending)}")
    print(f"Văn phòng: {name}; lược đồ máy chủ {version} (ứng dụng {APP_SCHEMA_VERSION}); "
          f"mã hóa TLS: {'có' if tls else 'không'}")
    return EXIT_OK


def cmd_publish(args, store: Store) -> int:
    """office publish ID [--file F]: the finalised meeting as a new archive version."""
    from secretary_app.office.publish import publish_meeting

    require_meeting(store, args.meeting_id)
    files = args.file
    for path in files or []:
        if not path.is_file():
            raise CliError(f"không tìm thấy tệp: {path}")
    published = publish_meeting(store, _client(store), args.meeting_id, files)
    state = "Đã gửi" if published.created else "Lưu trữ đã có sẵn"
    print(f"{state} phiên bản {published.version} của cuộc họp {published.meeting_uid}")
    return EXIT_OK


def cmd_pull(args, store: Store) -> int:
    """office pull [UID]: send pending publications, or copy a colleague's meeting (read-only)."""
    from secretary_app.office.copies import open_copy
    from secretary_app.office.publish import pending_publications, publish_meeting

    client = _client(store)
    if args.uid:
        meeting_id, same = open_copy(store, client, args.uid, args.version)
        print(meeting_id)
        if not same:
            print("cảnh báo: mã băm bản sao khác bản lưu trữ", file=sys.stderr)
        return EXIT_OK
    pending = pending_publications(store)
    for meeting_id in pending:
        published = publish_meeting(store, client, meeting_id)
        print(f"Đã gửi cuộc họp {meeting_id}: phiên bản {published.version}")
    print(f"Còn chờ gửi: {len(pending_publications(store))}")
    return EXIT_OK


def cmd_search(args, store: Store) -> int:
    """office search QUERY: uid, version, date, title, secretary, published by (tab separated)."""
    from secretary_app.office.archive_server import search_archive

    client = _client(store)
    office_id, _ = client.office()
    hits = client.run(lambda conn: search_archive(conn, office_id, args.query, args.limit))
    for hit in hits:
        fields = [hit.meeting_uid, str(hit.version), hit.date.isoformat(), hit.title,
                  f"Thư ký: {hit.secretary or '—'}", f"Gửi bởi: {hit.published_by}"]
        print("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields))
    return EXIT_OK


def cmd_add_secretary(args, store: Store) -> int:
    """office add-secretary ROLE --name NAME: password of the new login on stdin."""
    from secretary_app.office.admin import add_secretary

    client = _client(store)
    password = read_password(f"Mật khẩu cho {args.role}: ", True)
    if not password:
        raise CliError("mật khẩu trống")
    add_secretary(client.connect(), client.settings.office, args.role, args.name, password)
    print(f"Đã tạo tài khoản thư ký {args.role} ({args.name}).")
    return EXIT_OK
