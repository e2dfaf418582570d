"""The gap checks (model.gaps) in words, for `cxworkshop check` and the PDF report (issue 17).

The records come from an open file (check) or from an export snapshot (the PDF); the sentences
go through the Qt-free catalogue, every count through ntr. No Qt here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from cxworkshop.export.data import WorkshopData
from cxworkshop.i18n import ntr, tr
from cxworkshop.model.gaps import Gap, GapInput, GapKind, count_by_kind, find_gaps, read_input
from cxworkshop.model.process_gaps import process_gaps
from cxworkshop.model.records import ActionItem, Card, JourneyMap, Lane, Participant, Stage

# (singular, plural) of the count line of each kind, "{n}" filled by ntr.
COUNT_TEXTS: dict[GapKind, tuple[str, str]] = {
    GapKind.CHANNEL_WITHOUT_OWNER: ("{n} channel without an owner", "{n} channels without an owner"),
    GapKind.TOUCHPOINT_WITHOUT_PROCEDURE: ("{n} touchpoint whose channel has no procedure",
                                           "{n} touchpoints whose channel has no procedure"),
    GapKind.PAIN_POINT_WITHOUT_ACTION: ("{n} pain point without an action", "{n} pain points without an action"),
    GapKind.ACTION_WITHOUT_DUE_DATE: ("{n} open action without a due date", "{n} open actions without a due date"),
    GapKind.MOMENT_WITHOUT_OWNER: ("{n} moment of truth without an owner", "{n} moments of truth without an owner"),
    GapKind.HANDOFF_BETWEEN_DEPARTMENTS: ("{n} stage with a hand-off between departments",
                                          "{n} stages with a hand-off between departments"),
}

# The heading of each kind in the PDF's list of gaps.
KIND_TITLES: dict[GapKind, str] = {
    GapKind.CHANNEL_WITHOUT_OWNER: "Channels without an owner",
    GapKind.TOUCHPOINT_WITHOUT_PROCEDURE: "Touchpoints whose channel has no procedure",
    GapKind.PAIN_POINT_WITHOUT_ACTION: "Pain points without an action",
    GapKind.ACTION_WITHOUT_DUE_DATE: "Open actions without a due date",
    GapKind.MOMENT_WITHOUT_OWNER: "Moments of truth without an owner",
    GapKind.HANDOFF_BETWEEN_DEPARTMENTS: "Hand-offs between departments inside one stage",
}


def count_text(kind: GapKind, n: int, lang: str | None = None) -> str:
    singular, plural = COUNT_TEXTS[kind]
    return ntr(singular, plural, n, lang)


def check_lines(gaps: list[Gap], lang: str | None = None) -> list[str]:
    """The lines `cxworkshop check` prints: every kind's count, or that there is none."""
    if not gaps:
        return [tr("Gaps: none", lang)]
    return [tr("Gaps (advice, the file is fine):", lang),
            *(f"  {count_text(kind, n, lang)}" for kind, n in count_by_kind(gaps).items())]


class _FileRows:
    """Reads records from a connection the way WorkshopDocument.rows does."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rows(self, model: type, **filters: Any) -> list[Any]:
        from cxworkshop.store.reading import read_records

        return read_records(self.conn, model, **filters)


def gaps_in_file(path: Path) -> list[Gap]:
    """The gaps of a workshop file, opened read-only (never written; an older file version is
    upgraded in a private in-memory copy, as the window's read-only opening does)."""
    return file_advice(path)[0]


def file_advice(path: Path) -> tuple[list[Gap], list[str]]:
    """The file's gaps and its lines on the journey against the internal processes, from one
    read-only opening (see gaps_in_file)."""
    from cxworkshop.store import open_workshop

    workshop_file = open_workshop(path, read_only=True)
    try:
        rows = _FileRows(workshop_file.conn)
        return find_gaps(read_input(rows)), process_lines(rows)
    finally:
        workshop_file.close()


def process_lines(reader: _FileRows, lang: str | None = None) -> list[str]:
    """Per journey map: touchpoints with no internal process behind them in their stage, and
    internal processes that support no touchpoint (the rule of model.process_gaps)."""
    lines = []
    cards = reader.rows(Card)
    for journey in reader.rows(JourneyMap):
        stages = reader.rows(Stage, map_id=journey.id)
        ids = {stage.id for stage in stages}
        gaps = process_gaps(stages, reader.rows(Lane, map_id=journey.id),
                            [card for card in cards if card.stage_id in ids])
        lines.append(tr("Journey vs internal processes, {map}: {touchpoints}; {processes}", lang,
                        map=journey.name,
                        touchpoints=ntr("{n} touchpoint with no internal process",
                                        "{n} touchpoints with no internal process", len(gaps.unsupported),
                                        lang),
                        processes=ntr("{n} internal process supporting no touchpoint",
                                      "{n} internal processes supporting no touchpoint",
                                      len(gaps.unused_processes), lang)))
    return lines


def snapshot_input(data: WorkshopData) -> GapInput:
    """The gap checks' records, from an export snapshot."""
    cards = [card for journey in data.maps for card in journey.cards]
    stages = [stage for journey in data.maps for stage in journey.stages]
    actions = [ActionItem(a.id, a.title, a.detail, a.owner.id if a.owner else None, a.due_on, a.priority,
                          a.impact, a.effort, a.status, a.card.id if a.card else None,
                          a.stage.id if a.stage else None, None, None, data.created_at)
               for a in data.actions]
    people = [Participant(p.id, p.name, p.role, p.department, p.email, p.is_department, p.is_facilitator)
              for p in data.participants]
    return GapInput(cards, stages, actions, list(data.channel_owners), people)
