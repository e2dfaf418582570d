"""The columns of every table of the current schema, as plain data: no SQLAlchemy needed.

Opening a file checks its schema, the undo log installs its triggers and the views read
records from these lists, so none of them has to import the ORM (0.3-0.4 s at start-up).
tests/unit/test_columns_spec.py fails if this drifts from the SQLModel tables.
"""

from __future__ import annotations

from datetime import date, datetime

# table -> ((column, python type), ...) in declaration order; every column may hold None
# only where the table allows it, which the schema itself enforces.
COLUMNS: dict[str, tuple[tuple[str, type], ...]] = {
    "journey_map": (("id", int), ("name", str), ("kind", str), ("position", int)),
    "meeting": (
        ("id", int),
        ("number", int),
        ("held_on", date),
        ("title", str),
        ("notes", str),
    ),
    "participant": (
        ("id", int),
        ("name", str),
        ("role", str),
        ("department", str),
        ("email", str),
        ("is_department", bool),
        ("is_facilitator", bool),
    ),
    "workshop": (
        ("id", int),
        ("title", str),
        ("client", str),
        ("place", str),
        ("facilitator", str),
        ("language", str),
        ("created_at", datetime),
    ),
    "lane": (
        ("id", int),
        ("map_id", int),
        ("position", int),
        ("name", str),
        ("kind", str),
        ("height", float),
    ),
    "persona": (
        ("id", int),
        ("map_id", int),
        ("position", int),
        ("name", str),
        ("description", str),
        ("goals", str),
        ("frustrations", str),
    ),
    "stage": (("id", int), ("map_id", int), ("position", int), ("name", str), ("width", float)),
    "voting_round": (
        ("id", int),
        ("map_id", int),
        ("meeting_id", int),
        ("title", str),
        ("dots_per_participant", int),
        ("votable_kinds", str),
        ("is_open", bool),
        ("created_at", datetime),
    ),
    "card": (
        ("id", int),
        ("stage_id", int),
        ("lane_id", int),
        ("position", int),
        ("kind", str),
        ("text", str),
        ("emotion", int),
        ("channel", str),
        ("colour", str),
        ("meeting_id", int),
    ),
    "action_item": (
        ("id", int),
        ("title", str),
        ("detail", str),
        ("owner_id", int),
        ("due_on", date),
        ("priority", str),
        ("impact", int),
        ("effort", int),
        ("status", str),
        ("card_id", int),
        ("stage_id", int),
        ("opened_in_id", int),
        ("closed_in_id", int),
        ("created_at", datetime),
    ),
    "vote": (("id", int), ("round_id", int), ("participant_id", int), ("card_id", int)),
    "status_change": (
        ("id", int),
        ("action_id", int),
        ("meeting_id", int),
        ("old_status", str),
        ("new_status", str),
        ("old_due_on", date),
        ("new_due_on", date),
        ("note", str),
        ("changed_at", datetime),
    ),
}

INDEXES: frozenset[str] = frozenset(
    {
        "ix_action_item_card_id",
        "ix_action_item_closed_in_id",
        "ix_action_item_opened_in_id",
        "ix_action_item_owner_id",
        "ix_action_item_stage_id",
        "ix_card_lane_id",
        "ix_card_meeting_id",
        "ix_card_stage_id",
        "ix_lane_map_id",
        "ix_persona_map_id",
        "ix_stage_map_id",
        "ix_status_change_action_id",
        "ix_status_change_meeting_id",
        "ix_vote_card_id",
        "ix_vote_participant_id",
        "ix_vote_round_id",
        "ix_voting_round_map_id",
        "ix_voting_round_meeting_id",
    }
)

# The class name of each table, as the ORM and the records call it.
CLASS_NAMES: dict[str, str] = {
    "workshop": "Workshop",
    "meeting": "Meeting",
    "participant": "Participant",
    "journey_map": "JourneyMap",
    "persona": "Persona",
    "stage": "Stage",
    "lane": "Lane",
    "card": "Card",
    "action_item": "ActionItem",
    "status_change": "StatusChange",
    "voting_round": "VotingRound",
    "vote": "Vote",
}
