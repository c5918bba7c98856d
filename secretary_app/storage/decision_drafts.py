"""The drafted text of a meeting's resolution, decision or invitation: stored on its own
document row, so that editing it never touches the minutes or the conclusions."""

from __future__ import annotations

import json

from secretary_app.domain.decisions import DraftContent, content_to_dict
from secretary_app.domain.drafting import DRAFTERS
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import OfficialDocument
from secretary_app.domain.register import RegisterError
from secretary_app.storage.changes import Change, Noun
from secretary_app.storage.database import Store
from secretary_app.storage.lists import DOCUMENTS
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.register_documents import is_frozen

ISSUED_MESSAGE = ("Văn bản đã cấp số: không sửa nội dung được nữa (hủy số trong sổ đăng ký "
                  "trước nếu cần sửa và cấp lại)")


def _document_id(store: Store, meeting_id: int, kind: DocumentKind) -> int | None:
    row = store.db.execute("SELECT id FROM documents WHERE meeting_id = ? AND kind = ? "
                           "ORDER BY position LIMIT 1", [meeting_id, str(kind)]).fetchone()
    return None if row is None else row[0]


def save_draft(store: Store, meeting_id: int, kind: DocumentKind,
               content: DraftContent) -> int:
    """Store the text of the meeting's NQ, QĐ or GM (its document row made when missing);
    returns the document id."""
    if kind not in DRAFTERS:
        raise ValueError(f"{kind} has no drafted text")
    text = json.dumps(content_to_dict(content), ensure_ascii=False)
    with store.write(Change(Noun.DOCUMENTS, meeting_id)) as db:
        doc_id = _document_id(store, meeting_id, kind)
        if doc_id is not None and is_frozen(db, doc_id):
            raise RegisterError(ISSUED_MESSAGE)
        if doc_id is None:
            doc_id = DOCUMENTS.add(store, meeting_id, OfficialDocument(kind, content=content))
        else:
            db.table("documents").update(doc_id, {"content": text})
    return doc_id


def redraft(store: Store, meeting_id: int, kind: DocumentKind) -> DraftContent:
    """A fresh first draft from the meeting as it is now (stored, replacing the old text)."""
    meeting = load_meeting(store.db, meeting_id)
    content = DRAFTERS[kind](meeting)
    save_draft(store, meeting_id, kind, content)
    return content
