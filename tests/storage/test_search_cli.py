"""`secretary-app search QUERY`: TAB-separated lines, errors on stderr with exit codes."""

from __future__ import annotations

from tests.conftest import SEED_PATH, run_cli


def test_search_prints_meeting_where_and_marked_snippet(tmp_path):
    db = str(tmp_path / "cli.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    result = run_cli("--db", db, "search", "hà ngoc DAO")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "1\tThành phần\t[Hà Ngọc Đào], Chủ tịch Hội Cựu giáo chức tỉnh, Hội Cựu giáo chức tỉnh",
        "1\tÝ kiến – Hà Ngọc Đào\tPhát biểu ý kiến của Hội Cựu giáo chức tỉnh về kết quả phối "
        "hợp và những khó khăn, vướng mắc."]


def test_search_limit_and_syntax_like_input(tmp_path):
    db = str(tmp_path / "cli.db")
    run_cli("--db", db, "import", str(SEED_PATH))
    result = run_cli("--db", db, "search", "--limit", "2", '"khuyến học AND NEAR(')
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 0 or all(
        len(line.split("\t")) == 3 for line in result.stdout.splitlines())
    result = run_cli("--db", db, "search", "--limit", "2", "khuyen hoc")
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(line.count("\t") == 2 for line in lines)
    assert "--limit" in result.stderr


def test_search_without_words_is_a_usage_error(tmp_path):
    result = run_cli("--db", str(tmp_path / "cli.db"), "search", "*:()")
    assert result.returncode == 2
    assert "lỗi" in result.stderr and result.stdout == ""
