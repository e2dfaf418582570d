"""Sane sizes for everything a workshop holds, shared by the edit boundary and the readers.

A text or a count without a limit is a resource bomb: one 10 MB word or a map of a thousand
stages makes every layout slow. Edits beyond these limits are refused with a sentence
(cxworkshop.editing.boundary); a file may hold more only if an older version wrote it.
"""

from __future__ import annotations

NAME_MAX = 200  # names, titles and every other one-line field
CARD_TEXT_MAX = 5_000  # the text of one card
LONG_TEXT_MAX = 20_000  # notes, details, persona descriptions: several paragraphs

# (table, column) -> most characters, for the columns that are not one-line fields.
TEXT_MAX: dict[tuple[str, str], int] = {
    ("card", "text"): CARD_TEXT_MAX,
    ("meeting", "notes"): LONG_TEXT_MAX,
    ("action_item", "detail"): LONG_TEXT_MAX,
    ("persona", "description"): LONG_TEXT_MAX,
    ("persona", "goals"): LONG_TEXT_MAX,
    ("persona", "frustrations"): LONG_TEXT_MAX,
    ("status_change", "note"): LONG_TEXT_MAX,
    ("channel_owner", "competences"): LONG_TEXT_MAX,
    ("channel_owner", "procedure"): LONG_TEXT_MAX,
    ("channel_owner", "scope"): LONG_TEXT_MAX,
    ("measurement", "note"): LONG_TEXT_MAX,
}

# Stage widths and lane heights, in board points. An edit may set up to EXTENT_MAX; a file is
# refused as damaged beyond EXTENT_READ_MAX (1e15 or Inf made the renderers crash).
EXTENT_MAX = 10_000.0
EXTENT_READ_MAX = 100_000.0

# Measures hold any finite value (an NPS is negative, a churn rate may be 0); this bound keeps
# charts and tables sane. The REAL columns that are measure values, not sizes:
MEASURE_VALUE_MAX = 1e12
MEASURE_VALUES: frozenset[tuple[str, str]] = frozenset(
    {("measure", "baseline"), ("measure", "target"), ("measurement", "value")})

# How many rows an edit may create: per journey map for the board, per workshop otherwise.
MAPS_MAX = 20
STAGES_PER_MAP_MAX = 60
LANES_PER_MAP_MAX = 30
PERSONAS_PER_MAP_MAX = 30
CARDS_PER_MAP_MAX = 10_000  # issue 15: boards up to 10,000 cards stay fast
PARTICIPANTS_MAX = 500
MEETINGS_MAX = 500
ACTIONS_MAX = 5_000
ROUNDS_MAX = 200
CHANNELS_MAX = 200  # lines of the channel register
MEASURES_MAX = 500
MEASUREMENTS_MAX = 20_000
DOTS_MAX = 100  # dots per participant in one voting round


# A file is refused as damaged when a text is this many times longer than an edit may make it:
# room for anything an older version without limits let people type or paste, while a 10 MB
# word (which hung the PDF export's tables and the board for minutes) is refused at open.
READ_FACTOR = 10


def text_max(table: str, column: str) -> int:
    return TEXT_MAX.get((table, column), NAME_MAX)


def text_read_max(table: str, column: str) -> int:
    return READ_FACTOR * text_max(table, column)


def storable_text(value: str) -> bool:
    """False for text SQLite or the file format cannot keep exactly: NUL or a lone surrogate."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
