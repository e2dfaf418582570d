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
    stage = doc.rows(Stage, map_id=doc.first_map().id)[0]
    lane = doc.rows(Lane, map_id=doc.first_map().id)[0]
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
        doc.rename_stage(doc.rows(Stage, map_id=doc.first_map().id)[0].id, "   ")
    with pytest.raises(EditRejected):
        doc.add_card(999, 1)
    assert sha256(doc.path) == before and doc.undo_stack.count() == count


def test_moving_several_cards_is_one_undo_step(doc: WorkshopDocument) -> None:
    stages, lanes = doc.rows(Stage, map_id=doc.first_map().id), doc.rows(Lane, map_id=doc.first_map().id)
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
    stage = doc.rows(Stage, map_id=doc.first_map().id)[5]
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
    stage, lane = doc.rows(Stage, map_id=doc.first_map().id)[0], doc.rows(Lane, map_id=doc.first_map().id)[0]
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


# --- speed at scale (issue 15): edits cost what they touch ---------------------------------

def _logged(doc: WorkshopDocument, edit) -> ChangeSet:
    seen: list[ChangeSet] = []
    doc.changed.connect(seen.append)
    try:
        edit()
    finally:
        doc.changed.disconnect(seen.append)
    assert len(seen) == 1
    return seen[0]


def test_deleting_cards_renumbers_nothing(doc: WorkshopDocument) -> None:
    """The old code renumbered every cell a delete touched (4,740 UPDATEs for 10 cards at 5,000)."""
    cards = doc.rows(Card)
    victims = [c.id for c in cards[::7][:10]]
    changes = _logged(doc, lambda: doc.delete_cards(victims))
    assert changes.deleted["card"] == set(victims)
    assert not changes.updated.get("card")
    doc.undo_stack.undo()
    assert [(c.id, c.stage_id, c.lane_id, c.position) for c in doc.rows(Card)] == [
        (c.id, c.stage_id, c.lane_id, c.position) for c in cards]


def test_a_move_renumbers_only_the_target_cell_and_undo_is_exact(doc: WorkshopDocument) -> None:
    stage, lane = doc.rows(Stage, map_id=doc.first_map().id)[1], doc.rows(Lane, map_id=doc.first_map().id)[1]
    target = [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)]
    moving = next(c for c in doc.rows(Card) if (c.stage_id, c.lane_id) != (stage.id, lane.id))
    source = [c.id for c in doc.rows(Card, stage_id=moving.stage_id, lane_id=moving.lane_id)]
    before = {c.id: c for c in doc.rows(Card)}
    changes = _logged(doc, lambda: doc.move_cards([moving.id], stage.id, lane.id, 0))
    # The moved card and the cards it pushed down: never the cell it left, never other cells.
    assert changes.updated["card"] == {moving.id, *target}
    assert changes.columns["card"] <= {"stage_id", "lane_id", "position"}
    assert [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)] == [moving.id, *target]
    assert [c.id for c in doc.rows(Card, stage_id=moving.stage_id, lane_id=moving.lane_id)] == [
        i for i in source if i != moving.id]
    doc.undo_stack.undo()
    assert {c.id: c for c in doc.rows(Card)} == before
    doc.undo_stack.redo()
    assert [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)] == [moving.id, *target]


def test_cards_keep_their_order_across_gaps(doc: WorkshopDocument) -> None:
    """Deletes leave gaps in the positions; inserting and moving still give the asked order."""
    stage, lane = doc.rows(Stage, map_id=doc.first_map().id)[0], doc.rows(Lane, map_id=doc.first_map().id)[0]
    ids = [doc.add_card(stage.id, lane.id, "note", str(n)) for n in range(6)]
    cell = [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)]
    doc.delete_cards([ids[1], ids[3]])
    rest = [i for i in cell if i not in (ids[1], ids[3])]
    new = doc.add_card(stage.id, lane.id, "note", "in the middle", index=2)
    assert [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)] == rest[:2] + [new] + rest[2:]
    doc.move_cards([rest[0]], stage.id, lane.id, None)
    order = [c.id for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)]
    assert order == rest[1:2] + [new] + rest[2:] + rest[:1]
    assert len({c.position for c in doc.rows(Card, stage_id=stage.id, lane_id=lane.id)}) == len(order)


def test_the_change_set_names_who_asked_and_which_columns_changed(doc: WorkshopDocument) -> None:
    card = doc.rows(Card)[0]
    asker = object()
    with doc.initiated_by(asker):
        mine = _logged(doc, lambda: doc.set_card_text(card.id, "new words"))
    assert mine.initiator is asker and mine.columns["card"] == {"text"}
    undone = _logged(doc, doc.undo_stack.undo)
    assert undone.initiator is None and undone.columns["card"] == {"text"}


def test_card_edits_never_load_the_orm(demo_file: Path) -> None:
    """The first edit of a session used to import SQLAlchemy (0.7-0.9 s) on the room's time."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from cxworkshop.document import WorkshopDocument\n"
        "from cxworkshop.model.records import Card, Lane, Stage\n"
        f"doc = WorkshopDocument.open({str(demo_file)!r})\n"
        "card = doc.rows(Card)[0]\n"
        "stage, lane = doc.rows(Stage, map_id=doc.first_map().id)[2], doc.rows(Lane, map_id=doc.first_map().id)[2]\n"
        "doc.set_card_text(card.id, 'typed')\n"
        "doc.set_card(card.id, colour='#ffe08a')\n"
        "doc.move_cards([card.id], stage.id, lane.id, 0)\n"
        "new = doc.add_card(stage.id, lane.id, 'note', 'new')\n"
        "doc.add_cards([{'stage_id': stage.id, 'lane_id': lane.id, 'text': 'pasted'}])\n"
        "doc.delete_cards([new])\n"
        "doc.undo_stack.undo(); doc.undo_stack.redo()\n"
        "doc.close()\n"
        "print('ORM' if 'sqlalchemy' in sys.modules else 'no ORM')\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["no", "ORM"]


def test_card_edits_apply_the_edit_boundary(doc: WorkshopDocument) -> None:
    card = doc.rows(Card)[0]
    stage, lane = doc.rows(Stage, map_id=doc.first_map().id)[0], doc.rows(Lane, map_id=doc.first_map().id)[0]
    before = sha256(doc.path)
    for bad in ("nul \x00 inside", "x" * 5001):
        with pytest.raises(EditRejected):
            doc.set_card_text(card.id, bad)
        with pytest.raises(EditRejected):
            doc.add_cards([{"stage_id": stage.id, "lane_id": lane.id, "text": bad}])
    with pytest.raises(EditRejected):
        doc.set_card(card.id, emotion=float("nan"))
    with pytest.raises(EditRejected):
        doc.move_cards([card.id, 10**9], stage.id, lane.id)
    assert sha256(doc.path) == before


def test_no_edit_is_dispatched_by_its_name() -> None:
    """Issue 14: `scene.edit("move_cards", ...)` hid the board's edits from 'go to definition'.
    (The plan's `PlanEdits.call(...)` wiring is the plan's own to retype.)"""
    import re

    root = Path(__file__).resolve().parents[2] / "cxworkshop"
    pattern = re.compile(r"""\.edit\(\s*["']|getattr\(\s*(self\.)?document\s*,""")
    board_path = [*root.joinpath("board").rglob("*.py"), root / "ui" / "inspector.py",
                  root / "ui" / "main_window.py"]
    offenders = [f"{path.relative_to(root)}:{number}" for path in board_path
                 for number, line in enumerate(path.read_text().splitlines(), 1) if pattern.search(line)]
    assert offenders == []


def test_a_meeting_can_be_added_after_one_was_removed(tmp_path) -> None:
    from datetime import date

    from cxworkshop.document import WorkshopDocument, new_workshop
    from cxworkshop.model.records import Meeting

    doc = WorkshopDocument.open(new_workshop(tmp_path / "m.cxw", "sme", "en"))
    try:
        first = doc.add_meeting(date(2027, 1, 10))
        doc.add_meeting(date(2027, 2, 10))
        doc.remove_meeting(first)
        doc.add_meeting(date(2027, 3, 10))  # used to fail: "UNIQUE constraint failed"
        assert sorted(m.number for m in doc.rows(Meeting)) == [2, 3]
    finally:
        doc.close()
