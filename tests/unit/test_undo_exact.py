"""Issue 13 item 3: undo and redo restore every value exactly, and the edit boundary refuses
what could not be stored exactly (NUL, lone surrogates, non-finite or absurd numbers, too long
texts, too many rows) with a translated sentence, changing nothing."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument
from cxworkshop.model import limits
from cxworkshop.model.records import Card, Lane, Stage
from cxworkshop.store import create_workshop
from cxworkshop.store.schema import create_schema
from cxworkshop.store.undolog import apply_inverse, clear, install, take
from tests.conftest import sha256


def _memory_workshop() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    create_schema(conn)
    install(conn)
    conn.execute("INSERT INTO journey_map(id, name, kind, position) VALUES(1, 'M', 'current', 0)")
    conn.execute("INSERT INTO lane(id, map_id, position, name, kind, height) VALUES(1, 1, 0, 'L', 'custom', 150)")
    return conn


def _dump(conn: sqlite3.Connection) -> list:
    return [conn.execute(f'SELECT rowid, * FROM "{t}" ORDER BY rowid').fetchall()
            for t in ("stage", "card", "lane")]


@pytest.mark.parametrize("width", [math.inf, 1e308, 0.1 + 0.2, 5e-324])
def test_undo_log_keeps_values_exactly(width: float) -> None:
    """NUL inside text, Inf and the last bit of a REAL survive delete, undo and redo."""
    conn = _memory_workshop()
    conn.execute("INSERT INTO stage(id, map_id, position, name, width) VALUES(1, 1, 0, ?, ?)",
                 ("a\x00b", width))
    conn.execute("INSERT INTO card(id, stage_id, lane_id, position, kind, text) VALUES(1, 1, 1, 0, 'note', ?)",
                 ("before\x00after 'quoted' \"double\"",))
    before = _dump(conn)
    clear(conn)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM stage WHERE id = 1")  # the card goes with it (ON DELETE CASCADE)
    deleted = take(conn)
    conn.execute("COMMIT")
    assert _dump(conn)[1] == []
    conn.execute("BEGIN")
    apply_inverse(conn, deleted)
    redo = take(conn)
    conn.execute("COMMIT")
    assert _dump(conn) == before
    conn.execute("BEGIN")
    apply_inverse(conn, redo)
    conn.execute("COMMIT")
    assert _dump(conn)[0] == [] and _dump(conn)[1] == []


def test_update_undo_restores_only_changed_columns_exactly() -> None:
    conn = _memory_workshop()
    conn.execute("INSERT INTO stage(id, map_id, position, name, width) VALUES(1, 1, 0, ?, 260)", ("x\x00y",))
    before = _dump(conn)
    clear(conn)
    conn.execute("BEGIN")
    conn.execute("UPDATE stage SET width = 300, position = 0 WHERE id = 1")
    changes = take(conn)
    conn.execute("COMMIT")
    assert [(c.op, c.columns) for c in changes] == [("update", ("width",))]
    conn.execute("BEGIN")
    apply_inverse(conn, changes)
    conn.execute("COMMIT")
    assert _dump(conn) == before


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    """A workshop whose card texts hold a NUL, as an older version could write them."""
    path = create_workshop(tmp_path / "nul.cxw")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO journey_map(id, name, kind, position) VALUES(1, 'M', 'current', 0)")
    conn.execute("INSERT INTO stage(id, map_id, position, name, width) VALUES(1, 1, 0, 'S', 260)")
    conn.execute("INSERT INTO lane(id, map_id, position, name, kind, height) VALUES(1, 1, 0, 'L', 'custom', 150)")
    conn.execute("INSERT INTO card(id, stage_id, lane_id, position, kind, text) VALUES(1, 1, 1, 0, 'note', ?)",
                 ("first line\x00hidden tail",))
    conn.close()
    return path


def test_document_undo_redo_of_stage_delete_is_exact(crafted: Path) -> None:
    document = WorkshopDocument.open(crafted)
    failures: list[str] = []
    document.failed.connect(failures.append)
    try:
        document.delete_stage(1)
        assert document.rows(Card) == []
        document.undo_stack.undo()
        assert [c.text for c in document.rows(Card)] == ["first line\x00hidden tail"]
        document.undo_stack.redo()
        document.undo_stack.undo()
        assert [c.text for c in document.rows(Card)] == ["first line\x00hidden tail"]
        assert document.undo_stack.count() == 1 and not failures
    finally:
        document.close()


@pytest.fixture
def document(tmp_path: Path):
    path = create_workshop(tmp_path / "w.cxw")
    doc = WorkshopDocument.open(path)
    map_id = doc.add_map("Map")
    doc.add_stage(map_id, "Stage")
    doc.add_lane(map_id, "Lane")
    yield doc
    doc.close()


BAD_EDITS = [
    ("NUL in card text", lambda d, s, ln: d.add_card(s, ln, text="a\x00b"), "cannot be saved"),
    ("lone surrogate in card text", lambda d, s, ln: d.add_card(s, ln, text="a\ud800b"), "cannot be saved"),
    ("NUL in stage name", lambda d, s, ln: d.rename_stage(s, "x\x00"), "cannot be saved"),
    ("Inf width", lambda d, s, ln: d.resize_stage(s, math.inf), "not a valid size"),
    ("NaN width", lambda d, s, ln: d.resize_stage(s, math.nan), "must be positive"),
    ("huge width", lambda d, s, ln: d.resize_stage(s, 1e15), "not a valid size"),
    ("Inf lane height", lambda d, s, ln: d.set_lane(ln, height=-math.inf), "must be positive"),
    ("card text too long", lambda d, s, ln: d.add_card(s, ln, text="w" * (limits.CARD_TEXT_MAX + 1)), "too long"),
    ("stage name too long", lambda d, s, ln: d.rename_stage(s, "n" * (limits.NAME_MAX + 1)), "too long"),
    ("64-bit overflow", lambda d, s, ln: d.start_round(d.rows(Stage)[0].map_id, 10**30), "too large"),
    ("too many dots", lambda d, s, ln: d.start_round(d.rows(Stage)[0].map_id, limits.DOTS_MAX + 1), "at most"),
    ("participant name too long", lambda d, s, ln: d.add_participant("p" * 10_000), "too long"),
]


@pytest.mark.parametrize("label, edit, words", BAD_EDITS, ids=[b[0] for b in BAD_EDITS])
def test_edit_boundary_refuses_and_changes_nothing(document: WorkshopDocument, label, edit, words) -> None:
    stage, lane = document.rows(Stage)[0], document.rows(Lane)[0]
    before, steps = sha256(document.path), document.undo_stack.count()
    with pytest.raises(EditRejected, match=words):
        edit(document, stage.id, lane.id)
    assert sha256(document.path) == before
    assert document.undo_stack.count() == steps


def test_count_limit_on_stages(document: WorkshopDocument) -> None:
    map_id = document.rows(Stage)[0].map_id
    for number in range(limits.STAGES_PER_MAP_MAX - 1):
        document.add_stage(map_id, f"S{number}")
    with pytest.raises(EditRejected, match=f"at most {limits.STAGES_PER_MAP_MAX} stages"):
        document.add_stage(map_id, "one too many")
    assert len(document.rows(Stage)) == limits.STAGES_PER_MAP_MAX


def test_limit_messages_are_translated(document: WorkshopDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    stage, lane = document.rows(Stage)[0], document.rows(Lane)[0]
    with pytest.raises(EditRejected, match="troppo lungo"):
        document.add_card(stage.id, lane.id, text="w" * (limits.CARD_TEXT_MAX + 1))
    with pytest.raises(EditRejected, match="non si può salvare"):
        document.add_card(stage.id, lane.id, text="\x00")
