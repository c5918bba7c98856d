"""The running code's copy of what the triggers refuse matches what the migrations created."""

from __future__ import annotations

import sqlite3

import pytest

from secretary_app.domain.enums import DocumentKind
from secretary_app.storage import guards
from secretary_app.storage.database import open_store
from secretary_app.storage.finalise import finalise_meeting
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.migrations import m0002_register, m0005_finalise
from secretary_app.storage.register_documents import issue_meeting_document


def test_migrated_database_has_every_trigger_check_expects():
    store = open_store(":memory:")
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert guards.trigger_names() <= names
    assert guards.trigger_names() == m0005_finalise.trigger_names()


def test_the_messages_are_the_ones_the_migrations_wrote():
    assert guards.FINALISED_MESSAGE == m0005_finalise.FINALISED_MESSAGE
    assert guards.REOPEN_MESSAGE == m0005_finalise.REOPEN_MESSAGE
    assert guards.AUDIT_MESSAGE == m0005_finalise.AUDIT_MESSAGE
    assert guards.FROZEN_MESSAGE == m0002_register.FROZEN_MESSAGE


def test_a_finalised_meeting_refuses_with_the_message(seed_meeting):
    store = open_store(":memory:")
    meeting_id = create_meeting(store, seed_meeting)
    finalise_meeting(store, meeting_id)
    with pytest.raises(sqlite3.IntegrityError) as refused:
        store.db.execute("UPDATE meetings SET title = 'x' WHERE id = ?", [meeting_id])
    assert guards.FINALISED_MESSAGE in str(refused.value)


def test_an_issued_document_refuses_with_the_message(seed_meeting):
    store = open_store(":memory:")
    meeting_id = create_meeting(store, seed_meeting)
    entry = issue_meeting_document(store, meeting_id, DocumentKind.NOTICE)
    with pytest.raises(sqlite3.IntegrityError) as refused:
        store.db.execute("UPDATE documents SET number = 7 WHERE id = ?", [entry.document_id])
    assert guards.FROZEN_MESSAGE in str(refused.value)


def test_the_audit_and_finalisation_guards_exist_with_the_message():
    from secretary_app.storage.migrations import m0007_audit_chain

    store = open_store(":memory:")
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert guards.GUARD_TRIGGERS <= names
    assert m0007_audit_chain.AUDIT_MESSAGE == guards.AUDIT_MESSAGE
