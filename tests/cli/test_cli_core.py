"""The command line: import, list, export-package, --version, and its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from secretary_app import __version__
from tests.conftest import SEED_PATH, run_cli
from tests.domain.package_helpers import as_version_1_1


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"secretary-app {__version__}"


def test_import_list_export_round_trip(tmp_path):
    db = tmp_path / "office.db"
    imported = run_cli("--db", str(db), "import", str(SEED_PATH))
    assert imported.returncode == 0, imported.stderr
    meeting_id = imported.stdout.strip()
    assert meeting_id == "1"
    listed = run_cli("--db", str(db), "list")
    seed = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    assert listed.stdout == f"1\t2024-10-16\t{seed['meeting']['title']}\n"
    out = tmp_path / "back.json"
    exported = run_cli("--db", str(db), "export-package", meeting_id, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == as_version_1_1(seed)


def test_default_database_in_user_data_folder(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "secretary_app", "import", str(SEED_PATH)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "secretary-app" / "secretary.db").exists()


def test_errors_go_to_stderr_with_exit_codes(tmp_path):
    db = str(tmp_path / "office.db")
    missing = run_cli("--db", db, "import", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "không tìm thấy tệp" in missing.stderr
    assert missing.stdout == ""
    usage = run_cli("--db", db, "frobnicate")
    assert usage.returncode == 2 and "không có lựa chọn 'frobnicate'" in usage.stderr
    no_arg = run_cli("--db", db, "export-package", "1")
    assert no_arg.returncode == 2
    unknown = run_cli("--db", db, "export-package", "99", "-o", str(tmp_path / "x.json"))
    assert unknown.returncode == 2 and "99" in unknown.stderr
    assert not (tmp_path / "x.json").exists()


def test_export_to_missing_folder_fails_cleanly(tmp_path):
    db = str(tmp_path / "office.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    target = tmp_path / "no-such-folder" / "m.json"
    result = run_cli("--db", db, "export-package", "1", "-o", str(target))
    assert result.returncode == 1
    assert "thư mục không tồn tại" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_cli_commands_do_not_import_qt(tmp_path):
    code = ("import sys; from secretary_app.app import main; "
            f"main(['--db', {str(tmp_path / 'x.db')!r}, 'list']); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_exported_file_gets_the_usual_permissions(tmp_path):
    import stat

    from secretary_app.fileio import write_file_atomically

    old = os.umask(0o022)
    try:
        target = write_file_atomically(tmp_path / "bien-ban.docx", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.docx"]


def test_window_options_alone_skip_the_subcommand_parsers():
    from secretary_app.cli import build_parser, opens_window_only

    assert opens_window_only([])
    assert opens_window_only(["--db", "list", "--lang=en", "--smoke-test"])
    for argv in (["list"], ["--db", "x.db", "import", "f.json"], ["-h"], ["--version"],
                 ["--d", "x.db"]):
        assert not opens_window_only(argv), argv
    args = build_parser(commands=False).parse_args(["--db", "x.db", "--smoke-test"])
    assert (args.command, str(args.db), args.smoke_test) == (None, "x.db", True)
    helped = run_cli("--help")
    assert "export-package" in helped.stdout and "import" in helped.stdout


def test_output_piped_into_a_closed_reader_is_not_an_error_message(tmp_path):
    """`secretary-app search … | head -1`: the reader closes the pipe; no 'Broken pipe' said."""
    db = str(tmp_path / "office.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    reader, writer = os.pipe()
    os.close(reader)  # nobody reads: the first write breaks the pipe
    with os.fdopen(writer, "wb") as closed:
        done = subprocess.run([sys.executable, "-m", "secretary_app", "--db", db, "search",
                               "khuyến học"], stdout=closed, stderr=subprocess.PIPE, env=env,
                              timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == ""


def test_export_refuses_a_pdf_named_docx(tmp_path):
    db = str(tmp_path / "office.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    target = tmp_path / "bien-ban.docx"
    refused = run_cli("--db", db, "export", "1", "--document", "minutes", "--format", "pdf",
                      "-o", str(target))
    assert refused.returncode == 2 and "đuôi .docx" in refused.stderr
    assert not target.exists()
    plain = tmp_path / "bien-ban"  # no suffix: the user's choice, written as asked
    done = run_cli("--db", db, "export", "1", "--document", "minutes", "--format", "pdf",
                   "-o", str(plain))
    assert done.returncode == 0 and plain.read_bytes().startswith(b"%PDF")


def test_every_format_output_refuses_a_name_of_another_format(tmp_path):
    db = str(tmp_path / "office.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    for args, target in ((["register", "--format", "xlsx"], "so.pdf"),
                         (["register", "--format", "pdf"], "so.docx"),
                         (["followup-report", "--format", "docx"], "bao-cao.pdf")):
        refused = run_cli("--db", db, *args, "-o", str(tmp_path / target))
        assert refused.returncode == 2 and "mang đuôi" in refused.stderr, (args, refused.stderr)
        assert not (tmp_path / target).exists()
