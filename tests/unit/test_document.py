"""WorkshopDocument: edits commit at once, notify precisely, refuse bad input, survive a full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument, WorkshopFileError
from cxworkshop.model import ActionStatus
from cxworkshop.model.records import ActionItem, Card, Lane, Stage, StatusChange, Vote
from cxworkshop.store import Reason
from tests.conftest import sha256


@pytest.fixture
def doc(demo_file: Path):
    document = WorkshopDocument.open(demo_file)
    yield document
    document.close()


def _on_disk(path: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_an_edit_is_on_disk_when_it_returns_and_names_what_changed(doc: WorkshopDocument) -> None:
    seen: list[ChangeSet] = []
    doc.changed.connect(seen.append)
    stage = doc.rows(Stage)[0]
    lane = doc.rows(Lane)[0]
    card_id = doc.add_card(stage.id, lane.id, "quote", "«Non mi hanno mai richiamato» R&D < 5% <b>")
    assert _on_disk(doc.path, "SELECT text FROM card WHERE id = ?", card_id) == [
        ("«Non mi hanno mai richiamato» R&D < 5% <b>",)]
    assert seen[-1].inserted["card"] == {card_id}
    assert doc.last_saved is not None


def test_invalid_edits_are_rejected_and_change_nothing(doc: WorkshopDocument) -> None:
    card = doc.rows(Card)[0]
    before = sha256(doc.path)
    count = doc.undo_stack.count()
    for bad in ({"emotion": 3}, {"kind": "spaceship"}, {"channel": "pigeon"}, {"colour": "red"}):
        with pytest.raises(EditRejected):
            doc.set_card(card.id, **bad)
    with pytest.raises(EditRejected):
        doc.rename_stage(doc.rows(Stage)[0].id, "   ")
    with pytest.raises(EditRejected):
        doc.add_card(999, 1)
    assert sha256(doc.path) == before and doc.undo_stack.count() == count


def test_moving_several_cards_is_one_undo_step(doc: WorkshopDocument) -> None:
    stages, lanes = doc.rows(Stage), doc.rows(Lane)
    cards = doc.rows(Card, stage_id=stages[0].id)[:3]
    doc.move_cards([c.id for c in cards], stages[-1].id, lanes[-1].id, index=0)
    moved = doc.rows(Card, stage_id=stages[-1].id, lane_id=lanes[-1].id)
    assert [c.id for c in moved[:3]] == [c.id for c in cards]
    assert [c.position for c in moved] == list(range(len(moved)))
    doc.undo_stack.undo()
    assert {(c.stage_id, c.lane_id, c.position) for c in doc.rows(Card, stage_id=stages[0].id)} >= {
        (c.stage_id, c.lane_id, c.position) for c in cards}


def test_typing_into_one_card_merges_into_one_step(doc: WorkshopDocument) -> None:
    card = doc.rows(Card)[0]
    count = doc.undo_stack.count()
    for text in ("C", "Ch", "Chi", "Chiamata"):
        doc.set_card_text(card.id, text)
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert doc.row(Card, card.id).text == card.text


def test_deleting_a_stage_takes_its_cards_and_undo_brings_everything_back(doc: WorkshopDocument) -> None:
    stage = doc.rows(Stage)[5]
    linked = [a for a in doc.rows(ActionItem) if a.stage_id == stage.id]
    assert linked, "the demo links actions to the support stage"
    cards = doc.rows(Card, stage_id=stage.id)
    doc.delete_stage(stage.id)
    assert not doc.rows(Card, stage_id=stage.id)
    assert all(doc.row(ActionItem, a.id).stage_id is None for a in linked), "actions survive, unlinked"
    doc.undo_stack.undo()
    assert [c.id for c in doc.rows(Card, stage_id=stage.id)] == [c.id for c in cards]
    assert all(doc.row(ActionItem, a.id).stage_id == stage.id for a in linked)


def test_action_status_history_and_voting_budget(doc: WorkshopDocument) -> None:
    from datetime import date

    action = doc.rows(ActionItem)[0]
    meeting = doc.add_meeting(date(2026, 11, 30), "Follow-up")
    doc.set_action_status(action.id, ActionStatus.DONE.value, meeting, "fatto")
    history = doc.rows(StatusChange, action_id=action.id)
    assert [(h.old_status, h.new_status, h.meeting_id) for h in history] == [("open", "done", meeting)]
    assert doc.row(ActionItem, action.id).closed_in_id == meeting

    round_id = doc.start_round(doc.first_map().id, 2, votable_kinds=["pain_point"])
    pain = [c for c in doc.rows(Card) if c.kind == "pain_point"]
    person = doc.rows(ActionItem)[0].owner_id
    doc.place_dot(round_id, person, pain[0].id)
    doc.place_dot(round_id, person, pain[0].id)
    with pytest.raises(EditRejected, match="no dots left"):
        doc.place_dot(round_id, person, pain[1].id)
    with pytest.raises(EditRejected, match="not part of the vote"):
        doc.place_dot(round_id, person, [c for c in doc.rows(Card) if c.kind == "touchpoint"][0].id)
    assert len(doc.rows(Vote, round_id=round_id)) == 2


def test_full_disk_is_reported_and_loses_nothing(doc: WorkshopDocument) -> None:
    conn = doc._file.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    stage, lane = doc.rows(Stage)[0], doc.rows(Lane)[0]
    doc.add_card(stage.id, lane.id, "note", "first")  # takes the session's first backup now
    before = sha256(doc.path)
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now 'full'
    with pytest.raises(WorkshopFileError) as caught:
        for _ in range(200):
            doc.add_card(stage.id, lane.id, "note", "x" * 4000)
    assert caught.value.reason is Reason.DISK_FULL
    assert "disk is full" in caught.value.message()
    conn.execute("PRAGMA max_page_count = 1073741823")
    doc.add_card(stage.id, lane.id, "note", "after freeing space")  # still usable
    assert sha256(doc.path) != before
    assert _on_disk(doc.path, "PRAGMA integrity_check") == [("ok",)]


def test_read_only_document_refuses_edits(demo_file: Path) -> None:
    before = sha256(demo_file)
    viewer = WorkshopDocument.open(demo_file, read_only=True)
    try:
        with pytest.raises(EditRejected):
            viewer.add_stage(viewer.first_map().id, "Nope")
    finally:
        viewer.close()
    assert sha256(demo_file) == before
