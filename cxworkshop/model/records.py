"""Plain read-only records of every table: the same names and fields as the SQLModel tables.

The board, the window and the exports read workshops as records built straight from
sqlite3 rows, so showing a board never imports the ORM. Writing still goes through the
SQLModel tables (cxworkshop.model.tables) inside WorkshopDocument's transactions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import make_dataclass
from datetime import UTC, date, datetime
from typing import Any

from cxworkshop.model.columns import CLASS_NAMES, COLUMNS


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> datetime | None:
    # Timestamps are written in UTC (model.tables._now) and SQLite keeps them without an
    # offset; giving the UTC back here spares every reader a guess about the time zone.
    if not isinstance(value, str):
        return value
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


_CONVERT: dict[type, Callable[[Any], Any]] = {date: _date, datetime: _datetime, bool: _bool}


class Record:
    """Base of all records. `table` names the SQL table; `columns` lists its columns in order."""

    table: str = ""
    columns: tuple[str, ...] = ()
    _converters: tuple[tuple[int, Callable[[Any], Any]], ...] = ()

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Any:
        values = list(row)
        for index, convert in cls._converters:
            values[index] = convert(values[index])
        return cls(*values)


def _record(table: str) -> type[Record]:
    spec = COLUMNS[table]
    cls = make_dataclass(CLASS_NAMES[table], [(name, kind | None) for name, kind in spec],
                         bases=(Record,), slots=True)
    cls.__module__ = __name__
    cls.table = table
    cls.columns = tuple(name for name, _ in spec)
    cls._converters = tuple((index, _CONVERT[kind]) for index, (_, kind) in enumerate(spec)
                            if kind in _CONVERT)
    return cls


Workshop = _record("workshop")
Meeting = _record("meeting")
Participant = _record("participant")
JourneyMap = _record("journey_map")
Persona = _record("persona")
Stage = _record("stage")
Lane = _record("lane")
Card = _record("card")
ActionItem = _record("action_item")
StatusChange = _record("status_change")
VotingRound = _record("voting_round")
Vote = _record("vote")

RECORDS: dict[str, type[Record]] = {cls.table: cls for cls in (
    Workshop, Meeting, Participant, JourneyMap, Persona, Stage, Lane, Card, ActionItem,
    StatusChange, VotingRound, Vote)}

