"""CLI of the register: issue prints the number, refusals go to stderr with exit 2, export."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.conftest import SEED_PATH, run_cli


def _imported(tmp_path, package: dict | None = None) -> str:
    db = str(tmp_path / "office.db")
    source = SEED_PATH
    if package is not None:
        source = tmp_path / "package.json"
        source.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    result = run_cli("--db", db, "import", str(source))
    assert result.returncode == 0, result.stderr
    return db


def test_issue_prints_the_number_and_refuses_a_second_time(tmp_path):
    db = _imported(tmp_path)
    first = run_cli("--db", db, "issue", "1", "--document", "minutes", "--date", "2024-10-20")
    assert (first.returncode, first.stdout, first.stderr) == (0, "Số: 01/BB-SGDĐT\n", "")
    second = run_cli("--db", db, "issue", "1", "--document", "notice", "--date", "2024-10-21")
    assert second.stdout == "Số: 02/TB-SGDĐT\n"  # one shared series by default
    again = run_cli("--db", db, "issue", "1", "--document", "notice")
    assert again.returncode == 2 and again.stdout == ""
    assert "đã được cấp số 02/TB-SGDĐT ngày 21/10/2024" in again.stderr
    exported = tmp_path / "back.json"
    run_cli("--db", db, "export-package", "1", "-o", str(exported))
    docs = json.loads(exported.read_text(encoding="utf-8"))["documents"]
    assert [(d["number"], d["issued_on"]) for d in docs] == [(1, "2024-10-20"), (2, "2024-10-21")]


def test_bad_input_exits_2_with_a_message(tmp_path):
    db = _imported(tmp_path)
    unknown = run_cli("--db", db, "issue", "42", "--document", "minutes")
    assert unknown.returncode == 2 and "Không có cuộc họp mã 42" in unknown.stderr
    bad_date = run_cli("--db", db, "issue", "1", "--document", "minutes", "--date", "2024-02-30")
    assert bad_date.returncode == 2 and "ngày không hợp lệ" in bad_date.stderr
    bad_doc = run_cli("--db", db, "issue", "1", "--document", "report")
    assert bad_doc.returncode == 2
    assert run_cli("--db", db, "register", "--format", "xlsx").returncode == 2


def test_party_style_number_and_missing_term(tmp_path, seed_package):
    seed_package["organization"].update(style="party", abbreviation="CB")
    db = _imported(tmp_path, seed_package)
    refused = run_cli("--db", db, "issue", "1", "--document", "minutes", "--date", "2024-10-20")
    assert refused.returncode == 2 and "nhiệm kỳ" in refused.stderr


def test_reserve_cancel_list_and_export(tmp_path):
    db = _imported(tmp_path)
    run_cli("--db", db, "issue", "1", "--document", "minutes", "--date", "2024-10-20")
    held = run_cli("--db", db, "reserve-number", "--kind", "bc", "--date", "2024-10-21",
                   "--note", "Báo cáo quý")
    assert held.stdout == "Số: 02/BC-SGDĐT\n"
    cancelled = run_cli("--db", db, "cancel-number", "1", "--reason", "Sai ngày <&>")
    assert cancelled.returncode == 0 and cancelled.stdout == "Đã hủy Số: 01/BB-SGDĐT\n"
    no_reason = run_cli("--db", db, "cancel-number", "2", "--reason", " ")
    assert no_reason.returncode == 2 and "lý do" in no_reason.stderr
    listed = run_cli("--db", db, "register", "--year", "2024").stdout.splitlines()
    assert [line.split("\t")[:5] for line in listed] == [
        ["1", "01/BB-SGDĐT", "2024-10-20", "BB", "Đã hủy"],
        ["2", "02/BC-SGDĐT", "2024-10-21", "BC", "Giữ số"]]
    assert listed[0].split("\t")[-1] == "Sai ngày <&>"
    out = tmp_path / "so-dang-ky.xlsx"
    exported = run_cli("--db", db, "register", "--year", "2024", "--format", "xlsx", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert "01/BB-SGDĐT" in values and "Sai ngày <&>" in values
