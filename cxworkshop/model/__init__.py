"""The workshop's data: enums, plain records, and (imported on first use) the SQLModel tables.

`from cxworkshop.model import CardKind` stays cheap; naming a table class such as
`cxworkshop.model.Card` imports the ORM. Views should read records
(cxworkshop.model.records), which carry the same names and fields. No Qt here.
"""

from __future__ import annotations

from typing import Any

from cxworkshop.model.enums import (
    DEFAULT_LANE_FOR_CARD,
    EMOTION_MAX,
    EMOTION_MIN,
    ActionStatus,
    CardKind,
    Channel,
    Evidence,
    EvidenceSource,
    LaneKind,
    Language,
    MapKind,
    MeasureKind,
    Priority,
)

_TABLES = ("ALL_TABLES", "ActionItem", "Card", "ChannelOwner", "JourneyMap", "Lane", "Measure",
           "MeasureAction", "Measurement", "Meeting", "Participant", "Persona", "Stage", "StatusChange", "Vote",
           "VotingRound", "Workshop")


def __getattr__(name: str) -> Any:
    if name in _TABLES:
        from cxworkshop.model import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'cxworkshop.model' has no attribute {name!r}")


__all__ = [
    "DEFAULT_LANE_FOR_CARD",
    "EMOTION_MAX",
    "EMOTION_MIN",
    "ActionStatus",
    "CardKind",
    "Channel",
    "Evidence",
    "EvidenceSource",
    "LaneKind",
    "Language",
    "MapKind",
    "MeasureKind",
    "Priority",
    *_TABLES,
]
