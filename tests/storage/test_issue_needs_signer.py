"""`issue` refuses a document with nobody to sign it or nowhere to send it."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.register import RegisterError
from secretary_app.storage.lists import DOCUMENTS
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import list_register
from tests.conftest import run_cli
from tests.storage.register_helpers import make_meeting, make_org


def test_notice_without_signer_name_is_refused_with_what_to_fill_in(store):
    org = make_org(store)
    mid = make_meeting(store, org, dt.date(2024, 3, 1))
    notice = load_meeting(store.db, mid).document(DocumentKind.NOTICE)
    DOCUMENTS.update(store, notice.id, signer_name="")
    with pytest.raises(RegisterError, match="chưa có người ký: điền họ tên"):
        issue_meeting_document(store, mid, DocumentKind.NOTICE, dt.date(2024, 3, 2))
    assert list_register(store.db) == []
    assert load_meeting(store.db, mid).document(DocumentKind.NOTICE).number is None


def test_notice_without_recipients_is_refused(store):
    org = make_org(store)
    mid = make_meeting(store, org, dt.date(2024, 3, 1))
    notice = load_meeting(store.db, mid).document(DocumentKind.NOTICE)
    DOCUMENTS.update(store, notice.id, recipients='["  ", "-;"]')
    with pytest.raises(RegisterError, match="chưa có nơi nhận"):
        issue_meeting_document(store, mid, DocumentKind.NOTICE, dt.date(2024, 3, 2))


def test_minutes_without_chair_or_signer_is_refused(store):
    org = make_org(store)
    mid = make_meeting(store, org, dt.date(2024, 3, 1))
    store.db.execute("UPDATE meetings SET chair_key = NULL")
    store.db.execute("UPDATE attendees SET role = 'member'")
    with pytest.raises(RegisterError, match="chưa có người ký biên bản: chọn chủ trì"):
        issue_meeting_document(store, mid, DocumentKind.MINUTES, dt.date(2024, 3, 2))


def test_cli_issue_refuses_and_says_what_to_fill_in(tmp_path):
    import json

    from tests.conftest import SEED_PATH

    package = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    package["documents"][1]["signer"]["name"] = ""
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert run_cli("--db", db, "import", str(path)).returncode == 0
    result = run_cli("--db", db, "issue", "1", "--document", "notice", "--date", "2024-10-20")
    assert result.returncode != 0
    assert "chưa có người ký" in result.stderr and "Traceback" not in result.stderr
