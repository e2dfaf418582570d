"""Several journey maps per workshop: add, duplicate as future state, rename, move, delete and
undo, each one step, each checked in the file on disk (reopened)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument
from cxworkshop.editing import map_operations
from cxworkshop.model import limits
from cxworkshop.model.records import Card, JourneyMap, Lane, Persona, Stage
from tests.conftest import sha256


@pytest.fixture
def doc(demo_file: Path):
    document = WorkshopDocument.open(demo_file)
    yield document
    document.close()


def _disk(path: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _maps_on_disk(path: Path) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind in
            _disk(path, "SELECT name, kind FROM journey_map ORDER BY position, id")]


def _content(doc: WorkshopDocument, map_id: int) -> dict[str, list]:
    """What a map holds, without ids: to compare a map with its copy."""
    stages = doc.rows(Stage, map_id=map_id)
    lanes = doc.rows(Lane, map_id=map_id)
    stage_no = {s.id: n for n, s in enumerate(stages)}
    lane_no = {ln.id: n for n, ln in enumerate(lanes)}
    cards = sorted((stage_no[c.stage_id], lane_no[c.lane_id], c.position, c.kind, c.text,
                    c.emotion, c.channel, c.colour)
                   for c in doc.rows(Card) if c.stage_id in stage_no)
    return {"stages": [(s.name, s.width) for s in stages],
            "lanes": [(ln.name, ln.kind, ln.height) for ln in lanes],
            "personas": [(p.name, p.description, p.goals, p.frustrations)
                         for p in doc.rows(Persona, map_id=map_id)],
            "cards": cards}


def test_duplicate_as_future_copies_everything_in_one_undo_step(doc: WorkshopDocument) -> None:
    source = doc.maps()[0]
    before_maps = _maps_on_disk(doc.path)
    count = doc.undo_stack.count()
    name = map_operations.future_name(source.name, "en")
    future_id = doc.duplicate_map_as_future(source.id, name)
    assert doc.undo_stack.count() == count + 1
    original, copy = _content(doc, source.id), _content(doc, future_id)
    assert copy == original and copy["cards"], "stages, lanes, personas and cards all copied"
    assert any(c[5] is not None for c in copy["cards"]), "emotions copied"
    # Right after its source, of kind future, on disk.
    names = [m.name for m in doc.maps()]
    assert names.index(name) == names.index(source.name) + 1
    assert (name, "future") in _maps_on_disk(doc.path)
    assert name == "Future state" or name.endswith("— future")
    # New ids: editing the copy leaves the current state alone.
    copy_card = next(c for c in doc.rows(Card)
                     if c.stage_id in {s.id for s in doc.rows(Stage, map_id=future_id)})
    doc.set_card_text(copy_card.id, "Tomorrow it works")
    assert "Tomorrow it works" not in [c[4] for c in _content(doc, source.id)["cards"]]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _maps_on_disk(doc.path) == before_maps
    assert _disk(doc.path, "SELECT count(*) FROM stage WHERE map_id = ?", future_id) == [(0,)]
    doc.undo_stack.redo()
    assert _content(doc, future_id) == original


def test_reopened_file_keeps_maps_renamed_moved_and_deleted(demo_file: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    first = doc.maps()[0]
    future_id = doc.duplicate_map_as_future(first.id, "Domani")
    blank_id = doc.new_map("Dipendenti", "current", like=first.id)
    assert [s.name for s in doc.rows(Stage, map_id=blank_id)] == \
        [s.name for s in doc.rows(Stage, map_id=first.id)]
    assert not [c for c in doc.rows(Card)
                if c.stage_id in {s.id for s in doc.rows(Stage, map_id=blank_id)}]
    assert not doc.rows(Persona, map_id=blank_id)
    doc.rename_map(future_id, "Domani, ridisegnato")
    doc.move_map(blank_id, 0)
    doc.close()
    doc = WorkshopDocument.open(demo_file)
    order = [m.id for m in doc.maps()]
    assert order[0] == blank_id and order.index(future_id) == order.index(first.id) + 1
    assert doc.row(JourneyMap, future_id).name == "Domani, ridisegnato"
    positions = [p for (p,) in _disk(demo_file, "SELECT position FROM journey_map")]
    assert len(set(positions)) == len(positions)
    doc.delete_map(future_id)
    assert _disk(demo_file, "SELECT count(*) FROM stage WHERE map_id = ?", future_id) == [(0,)]
    doc.undo_stack.undo()
    assert doc.row(JourneyMap, future_id).name == "Domani, ridisegnato"
    doc.close()


def test_moving_left_and_right_keeps_positions_unique(doc: WorkshopDocument) -> None:
    first = doc.maps()[0]
    a = doc.new_map("A", like=first.id)
    b = doc.new_map("B", like=first.id)
    doc.move_map(b, 0)
    doc.move_map(a, 0)
    doc.move_map(first.id, 1)
    ids = [m.id for m in doc.maps()]
    assert ids[:3] == [a, first.id, b]
    for _ in range(3):
        doc.undo_stack.undo()
    assert [m.id for m in doc.maps()][-2:] == [a, b]
    assert doc.maps()[0].id == first.id


def test_bad_map_edits_are_refused_with_a_sentence_and_change_nothing(doc: WorkshopDocument) -> None:
    first = doc.maps()[0]
    for other in doc.maps()[1:]:
        doc.delete_map(other.id)
    before = sha256(doc.path)
    count = doc.undo_stack.count()
    with pytest.raises(EditRejected, match="only map"):
        doc.delete_map(first.id)
    with pytest.raises(EditRejected, match="name"):
        doc.rename_map(first.id, "   ")
    with pytest.raises(EditRejected, match="no longer exists"):
        doc.duplicate_map_as_future(99999, "X")
    with pytest.raises(EditRejected, match="current or a future"):
        doc.new_map("X", "past")
    assert sha256(doc.path) == before and doc.undo_stack.count() == count


def test_no_more_maps_than_the_limit(doc: WorkshopDocument) -> None:
    first = doc.maps()[0]
    while len(doc.maps()) < limits.MAPS_MAX:
        doc.new_map(f"M{len(doc.maps())}")
    before = sha256(doc.path)
    with pytest.raises(EditRejected, match=str(limits.MAPS_MAX)):
        doc.duplicate_map_as_future(first.id, "One too many")
    assert sha256(doc.path) == before


def test_duplicating_a_full_map_is_refused(doc: WorkshopDocument, monkeypatch) -> None:
    from cxworkshop.editing import boundary

    first = doc.maps()[0]
    cards = len([c for c in doc.rows(Card)
                 if c.stage_id in {s.id for s in doc.rows(Stage, map_id=first.id)}])
    sql, _limit, sentence = boundary._COUNTS["card"]
    # The copy holds as many cards as its source: with a limit just below, it must be refused.
    monkeypatch.setitem(boundary._COUNTS, "card", (sql, cards - 1, sentence))
    before = sha256(doc.path)
    with pytest.raises(EditRejected):
        doc.duplicate_map_as_future(first.id, "Too full")
    assert sha256(doc.path) == before


def test_stages_are_paired_by_name_then_by_position() -> None:
    from dataclasses import dataclass

    from cxworkshop.model.map_compare import compare, counterpart, current_and_future, match_stages

    @dataclass(frozen=True)
    class S:
        id: int
        name: str

    @dataclass(frozen=True)
    class M:
        id: int
        kind: str

    today = [S(1, "Discovery"), S(2, "Purchase"), S(3, "Support")]
    tomorrow = [S(11, "purchase "), S(12, "Self-service"), S(13, "Support"), S(14, "Loyalty")]
    # Purchase and Support by name; Discovery (position 0) has no free partner at 0 → alone.
    assert match_stages(today, tomorrow) == [(1, 0), (None, 1), (2, 2), (None, 3), (0, None)]

    @dataclass(frozen=True)
    class C:
        kind: str
        stage_id: int
        emotion: int | None

    pairs = compare(today, tomorrow, [C("emotion", 2, -2), C("emotion", 11, 2), C("note", 13, 2)])
    assert [(p.name, p.current_emotion, p.future_emotion) for p in pairs] == [
        ("purchase ", -2.0, 2.0), ("Self-service", None, None), ("Support", None, None),
        ("Loyalty", None, None), ("Discovery", None, None)]
    maps = [M(1, "current"), M(2, "future"), M(3, "current"), M(4, "future")]
    assert counterpart(maps, 2).id == 1 and counterpart(maps, 4).id == 3
    assert counterpart(maps, 3).id == 4 and counterpart([M(1, "current")], 1) is None
    assert [m.id for m in current_and_future(maps, 4)] == [3, 4]
    assert current_and_future([M(1, "current"), M(5, "current")]) is None
