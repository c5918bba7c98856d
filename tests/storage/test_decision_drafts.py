"""Drafts of NQ/QĐ/GM: stored apart from the minutes; the package carries them both ways."""

from __future__ import annotations

import io
import zipfile

from secretary_app.documents.export import build_document, document_text, to_docx_bytes
from secretary_app.domain.decisions import Article
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import meeting_to_package, parse_package
from secretary_app.storage.decision_drafts import redraft, save_draft
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.domain.test_headcount import party_cell_meeting

NQ = DocumentKind.RESOLUTION


def docx_parts(data: bytes) -> dict[str, bytes]:
    """Every part of a DOCX but its dates (the zip's and core.xml's follow the clock)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_editing_the_resolution_never_changes_the_minutes(seeded_store):
    meeting_id = seeded_store.seed_id
    before = load_meeting(seeded_store.db, meeting_id)
    minutes = document_text(build_document(before, DocumentKind.MINUTES))
    minutes_docx = docx_parts(to_docx_bytes(build_document(before, DocumentKind.MINUTES)))
    content = content_of(before, NQ)
    content.articles[0] = Article("Điều đã sửa trong dự thảo nghị quyết.", conclusion=1)
    content.summary = "Về việc thử sửa"
    save_draft(seeded_store, meeting_id, NQ, content)
    after = load_meeting(seeded_store.db, meeting_id)
    assert after.conclusions == before.conclusions
    assert document_text(build_document(after, DocumentKind.MINUTES)) == minutes
    assert docx_parts(to_docx_bytes(build_document(after, DocumentKind.MINUTES))) == minutes_docx
    text = document_text(build_document(after, NQ))
    assert "Điều 1. Điều đã sửa trong dự thảo nghị quyết." in text
    assert after.document(NQ).content.articles[0].conclusion == 1


def test_redraft_follows_the_conclusions_as_they_are_now(seeded_store):
    content = redraft(seeded_store, seeded_store.seed_id, DocumentKind.DECISION)
    stored = load_meeting(seeded_store.db, seeded_store.seed_id).document(DocumentKind.DECISION)
    assert stored.content == content
    assert len(content.articles) == len(load_meeting(seeded_store.db,
                                                     seeded_store.seed_id).conclusions)


def test_drafts_round_trip_through_the_package(store):
    meeting = party_cell_meeting()
    meeting_id = create_meeting(store, meeting)
    for kind in (NQ, DocumentKind.DECISION, DocumentKind.INVITATION):
        redraft(store, meeting_id, kind)
    package = meeting_to_package(load_meeting(store.db, meeting_id))
    assert [d["kind"] for d in package["documents"]] == ["NQ", "QĐ", "GM"]
    assert package["documents"][0]["content"]["articles"][1]["conclusion"] == 2
    again = create_meeting(store, parse_package(package))
    assert meeting_to_package(load_meeting(store.db, again)) == package


def test_drafted_text_is_found_by_search(seeded_store):
    from secretary_app.storage.search import search
    content = content_of(load_meeting(seeded_store.db, seeded_store.seed_id), NQ)
    content.summary = "Về việc xây dựng xã hội học tập kiểu mẫu"
    save_draft(seeded_store, seeded_store.seed_id, NQ, content)
    hits = search(seeded_store.db, "xa hoi hoc tap kieu mau").hits
    assert [(h.kind, h.where, h.page) for h in hits] == [("document", "Nghị quyết",
                                                           "documents")]
    content.summary = "Về việc khác"
    save_draft(seeded_store, seeded_store.seed_id, NQ, content)
    assert search(seeded_store.db, "kieu mau").hits == []
