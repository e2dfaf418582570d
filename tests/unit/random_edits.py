"""Random but reproducible edits of a workshop, shared by the durability and undo tests.

`choose_edit` looks only at the ids present now, so replaying the same seed on the same
starting file yields the same sequence of edits (and the same ids).
"""

from __future__ import annotations

import random
from typing import Any

from cxworkshop.model import CardKind, Channel
from cxworkshop.model.records import Card, Lane, Participant, Stage

KINDS = [kind.value for kind in CardKind]
CHANNELS = [channel.value for channel in Channel]


def snapshot(doc: Any) -> dict[str, list[int]]:
    workshop_map = doc.first_map()
    return {
        "map": [workshop_map.id],
        "stages": [row.id for row in doc.rows(Stage, map_id=workshop_map.id)],
        "lanes": [row.id for row in doc.rows(Lane, map_id=workshop_map.id)],
        "cards": [row.id for row in doc.rows(Card)],
        "people": [row.id for row in doc.rows(Participant)],
    }


def choose_edit(rng: random.Random, ids: dict[str, list[int]], number: int) -> tuple[str, dict[str, Any]]:
    """Pick the document method and arguments of edit `number`."""
    stages, lanes, cards = ids["stages"], ids["lanes"], ids["cards"]
    roll = rng.random()
    text = f"edit-{number} «àèìòù» €"
    if not cards or roll < 0.30:
        kind = rng.choice(KINDS)
        return "add_card", {"stage_id": rng.choice(stages), "lane_id": rng.choice(lanes), "kind": kind,
                            "text": text, "index": rng.choice([None, 0, 1])}
    if roll < 0.50:
        return "set_card_text", {"card_id": rng.choice(cards), "text": text}
    if roll < 0.65:
        picked = rng.sample(cards, k=min(len(cards), rng.choice([1, 1, 2, 3])))
        return "move_cards", {"card_ids": picked, "stage_id": rng.choice(stages),
                              "lane_id": rng.choice(lanes), "index": rng.choice([None, 0, 1])}
    if roll < 0.75:
        return "set_card", {"card_id": rng.choice(cards), "emotion": rng.randint(-2, 2),
                            "channel": rng.choice(CHANNELS)}
    if roll < 0.83:
        return "delete_cards", {"card_ids": [rng.choice(cards)]}
    if roll < 0.88:
        return "add_stage", {"map_id": ids["map"][0], "name": f"Stage {number}",
                             "index": rng.randint(0, len(stages))}
    if roll < 0.92 and len(stages) > 2:
        return "delete_stage", {"stage_id": rng.choice(stages)}
    if roll < 0.96:
        return "move_stage", {"stage_id": rng.choice(stages), "index": rng.randint(0, len(stages) - 1)}
    if ids["people"]:
        return "add_action", {"title": text, "owner_id": rng.choice(ids["people"]),
                              "card_id": rng.choice(cards)}
    return "rename_stage", {"stage_id": rng.choice(stages), "name": text}


class EditStream:
    """The seeded sequence of edits: `apply(doc, n)` makes the next n edits of the sequence."""

    def __init__(self, seed: int):
        self._rng = random.Random(seed)
        self.done = 0

    def apply(self, doc: Any, count: int) -> None:
        for _ in range(count):
            method, kwargs = choose_edit(self._rng, snapshot(doc), self.done)
            getattr(doc, method)(**kwargs)
            self.done += 1


def apply_edits(doc: Any, seed: int, count: int) -> None:
    EditStream(seed).apply(doc, count)


def dump(path: Any, timestamps: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table, by id: what 'the file's content' means in these tests.

    timestamps=False leaves out created_at/changed_at, which differ between a run and its replay.
    """
    import sqlite3

    from sqlmodel import SQLModel

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = {}
        for table in SQLModel.metadata.sorted_tables:
            columns = [f'"{c.name}"' for c in table.columns
                       if timestamps or c.name not in ("created_at", "changed_at")]
            result[table.name] = conn.execute(
                f'SELECT {", ".join(columns)} FROM "{table.name}" ORDER BY id').fetchall()
        return result
    finally:
        conn.close()
