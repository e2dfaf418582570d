"""The columns of every table of the current schema, as plain data: no SQLAlchemy needed.

Opening a file checks its schema, the undo log installs its triggers and the views read
records from these lists, so none of them has to import the ORM (0.3-0.4 s at start-up).
tests/unit/test_columns_spec.py fails if this drifts from the SQLModel tables.
"""

from __future__ import annotations

from cxworkshop.model.records import RECORDS, column_types

# table -> ((column, python type), ...) in declaration order, derived from the record classes
# (model.records), the one plain statement of the columns; the schema itself says which
# columns may hold NULL.
COLUMNS: dict[str, tuple[tuple[str, type], ...]] = {
    table: column_types(record) for table, record in RECORDS.items()}

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
        "ix_channel_owner_deputy_id",
        "ix_channel_owner_owner_id",
        "ix_measure_action_action_id",
        "ix_measure_action_measure_id",
        "ix_measure_card_id",
        "ix_measure_owner_id",
        "ix_measure_stage_id",
        "ix_measurement_measure_id",
        "ix_measurement_meeting_id",
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
CLASS_NAMES: dict[str, str] = {table: record.__name__ for table, record in RECORDS.items()}
