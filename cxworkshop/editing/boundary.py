"""The edit boundary: every value an edit wrote is checked before its transaction commits.

The check reads back exactly the rows and columns the edit's undo log recorded (inserted
rows whole, updated rows only the columns that changed), so it holds whatever path wrote
them, ORM or plain SQL: text must be storable (no NUL, no lone surrogate) and within its
limit (cxworkshop.model.limits), sizes finite and in range, and a table that gained rows
must stay within its count limit. A refusal raises EditRejected with a translated sentence;
the transaction rolls back and nothing changes. Values already in the file are not judged
again: moving a card never fails on a text an older version allowed.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from typing import Any

from cxworkshop.editing.errors import EditRejected
from cxworkshop.i18n import tr
from cxworkshop.model import limits
from cxworkshop.model.columns import COLUMNS
from cxworkshop.store.undolog import RowChange

_INT_RANGE = (-(2**63), 2**63 - 1)
_BATCH = 500  # rows read back per statement, under SQLite's limit of bound parameters

# table -> (SQL giving the largest count of rows in one scope, the limit, the sentence).
_COUNTS: dict[str, tuple[str, int, str]] = {
    "journey_map": ("SELECT count(*) FROM journey_map", limits.MAPS_MAX,
                    "A workshop can hold at most {limit} journey maps; nothing was changed."),
    "stage": ("SELECT max(n) FROM (SELECT count(*) AS n FROM stage GROUP BY map_id)",
              limits.STAGES_PER_MAP_MAX, "A journey map can hold at most {limit} stages; nothing was changed."),
    "lane": ("SELECT max(n) FROM (SELECT count(*) AS n FROM lane GROUP BY map_id)",
             limits.LANES_PER_MAP_MAX, "A journey map can hold at most {limit} lanes; nothing was changed."),
    "persona": ("SELECT max(n) FROM (SELECT count(*) AS n FROM persona GROUP BY map_id)",
                limits.PERSONAS_PER_MAP_MAX,
                "A journey map can hold at most {limit} personas; nothing was changed."),
    "card": ("SELECT max(n) FROM (SELECT count(*) AS n FROM card JOIN stage ON stage.id = card.stage_id "
             "GROUP BY stage.map_id)", limits.CARDS_PER_MAP_MAX,
             "A journey map can hold at most {limit} cards; nothing was changed."),
    "participant": ("SELECT count(*) FROM participant", limits.PARTICIPANTS_MAX,
                    "A workshop can hold at most {limit} participants; nothing was changed."),
    "meeting": ("SELECT count(*) FROM meeting", limits.MEETINGS_MAX,
                "A workshop can hold at most {limit} meetings; nothing was changed."),
    "action_item": ("SELECT count(*) FROM action_item", limits.ACTIONS_MAX,
                    "A workshop can hold at most {limit} actions; nothing was changed."),
    "voting_round": ("SELECT count(*) FROM voting_round", limits.ROUNDS_MAX,
                     "A workshop can hold at most {limit} voting rounds; nothing was changed."),
    "channel_owner": ("SELECT count(*) FROM channel_owner", limits.CHANNELS_MAX,
                      "The channel register can hold at most {limit} channels; nothing was changed."),
    "measure": ("SELECT count(*) FROM measure", limits.MEASURES_MAX,
                "A workshop can hold at most {limit} measures; nothing was changed."),
    "measurement": ("SELECT count(*) FROM measurement", limits.MEASUREMENTS_MAX,
                    "A workshop can hold at most {limit} measurements; nothing was changed."),
}

UNSTORABLE_TEXT = ("The text contains a character that cannot be saved (a NUL character or a broken "
                   "surrogate); nothing was changed.")


def unstorable_text() -> EditRejected:
    return EditRejected(tr(UNSTORABLE_TEXT))


def number_too_large() -> EditRejected:
    return EditRejected(tr("A number is too large to be saved; nothing was changed."))


def check_value(table: str, column: str, kind: type, value: Any) -> None:
    """Raise EditRejected if `value` may not be stored in table.column."""
    if value is None:
        return  # NOT NULL is the schema's to enforce
    if kind is str:
        if not isinstance(value, str) or not limits.storable_text(value):
            raise unstorable_text()
        limit = limits.text_max(table, column)
        if len(value) > limit:
            raise EditRejected(tr("The text is too long: {length} characters, at most {limit} are allowed; "
                                  "nothing was changed.", length=len(value), limit=limit))
    elif kind is float and (table, column) in limits.MEASURE_VALUES:
        number = float(value) if isinstance(value, int | float) else math.nan
        if not (math.isfinite(number) and abs(number) <= limits.MEASURE_VALUE_MAX):
            raise EditRejected(tr("{value} is not a valid measurement value; nothing was changed.",
                                  value=value))
    elif kind is float:
        number = float(value) if isinstance(value, int | float) else math.nan
        if not (math.isfinite(number) and 0 < number <= limits.EXTENT_MAX):
            raise EditRejected(tr("{value} is not a valid size: it must be a number above 0 and at most "
                                  "{limit}; nothing was changed.", value=value, limit=int(limits.EXTENT_MAX)))
    elif kind in (int, bool) and not (isinstance(value, int) and _INT_RANGE[0] <= value <= _INT_RANGE[1]):
        raise EditRejected(tr("{value} is not a valid whole number; nothing was changed.", value=value))
    if column == "dots_per_participant" and isinstance(value, int) and value > limits.DOTS_MAX:
        raise EditRejected(tr("A voting round can give at most {limit} dots to each participant; nothing "
                              "was changed.", limit=limits.DOTS_MAX))


def check_changes(conn: sqlite3.Connection, changes: list[RowChange]) -> None:
    """Check the new values of the rows `changes` inserted or updated; call before committing."""
    wanted: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    grown: set[str] = set()
    for change in changes:
        kinds = COLUMNS.get(change.table)
        if kinds is None:
            continue
        if change.op == "insert":
            wanted[change.table][change.row_id].update(name for name, _ in kinds)
            grown.add(change.table)
        elif change.op == "update":
            wanted[change.table][change.row_id].update(change.columns)
    for table, rows in wanted.items():
        _check_rows(conn, table, rows)
    for table in sorted(grown & set(_COUNTS)):
        sql, limit, sentence = _COUNTS[table]
        if (conn.execute(sql).fetchone()[0] or 0) > limit:
            raise EditRejected(tr(sentence, limit=limit))


def _check_rows(conn: sqlite3.Connection, table: str, rows: dict[int, set[str]]) -> None:
    kinds = dict(COLUMNS[table])
    names = [name for name in kinds if any(name in columns for columns in rows.values())]
    if not names:
        return
    select = ", ".join(f'"{name}"' for name in names)
    ids = list(rows)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        marks = ",".join("?" * len(chunk))
        for row_id, *values in _read(conn, f'SELECT rowid, {select} FROM "{table}" WHERE rowid IN ({marks})',
                                     chunk):
            for name, value in zip(names, values, strict=True):
                if name in rows[row_id]:
                    check_value(table, name, kinds[name], value)


def _read(conn: sqlite3.Connection, sql: str, params: list[int]) -> list[tuple[Any, ...]]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" in str(exc):
            raise unstorable_text() from exc
        raise
