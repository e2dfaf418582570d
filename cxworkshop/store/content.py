"""Every value in a workshop file is of the type and range CX Workshop writes, or the file is refused.

SQLite keeps any value in any column (the tables are not STRICT), so a file edited by another
tool can hold a blob where a colour belongs, text in a width, Inf, a date that is no date or
bytes that are not UTF-8, or a text of megabytes; drawn or exported, such values crashed
the renderers, raised half-way or hung the layouts. One query per table, run at every open
and by `check`, finds the first such value before anything is drawn; the file is then
refused as damaged, with the backup offered.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from cxworkshop.model.columns import COLUMNS
from cxworkshop.model.limits import (
    EXTENT_READ_MAX,
    MEASURE_VALUE_MAX,
    MEASURE_VALUES,
    text_read_max,
)

_FUNCTION = "cxworkshop_valid_text"
_DATE = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
_COLOUR = "#" + "[0-9A-Fa-f]" * 6
_KIND_CODE = {str: 0, date: 1, datetime: 2}


def _valid_text(kind: int, raw: bytes | None) -> bool:
    """Strict UTF-8 (no surrogates), and for dates and times a value Python reads back."""
    if raw is None:
        return True
    try:
        text = raw.decode("utf-8")
        if kind == 1:
            date.fromisoformat(text)
        elif kind == 2:
            datetime.fromisoformat(text)
    except ValueError:  # UnicodeDecodeError is one
        return False
    return True


def _condition(table: str, column: str, kind: type, not_null: bool) -> str:
    q = f'"{column}"'
    if kind is bool:
        test = f"typeof({q}) = 'integer' AND {q} IN (0, 1)"
    elif kind is int:
        test = f"typeof({q}) = 'integer'"
    elif kind is float and (table, column) in MEASURE_VALUES:
        test = f"typeof({q}) IN ('real', 'integer') AND abs({q}) <= {MEASURE_VALUE_MAX!r}"
    elif kind is float:
        # Inf is a REAL; NaN cannot be stored. The other REAL columns are widths and heights.
        test = f"typeof({q}) IN ('real', 'integer') AND {q} > 0 AND {q} <= {EXTENT_READ_MAX!r}"
    else:
        test = (f"typeof({q}) = 'text' AND length({q}) <= {text_read_max(table, column)} "
                f"AND {_FUNCTION}({_KIND_CODE[kind]}, CAST({q} AS BLOB))")
        if kind is date:
            test += f" AND {q} GLOB '{_DATE}'"
        if (table, column) == ("card", "colour"):
            test += f" AND {q} GLOB '{_COLOUR}'"
    return test if not_null else f"({q} IS NULL OR ({test}))"


def content_problem(conn: sqlite3.Connection) -> str | None:
    """Where the first value CX Workshop would not have written is, or None if there is none."""
    conn.create_function(_FUNCTION, 2, _valid_text, deterministic=True)
    for table, spec in COLUMNS.items():
        present = {row[1]: bool(row[3]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
        checks = [(name, _condition(table, name, kind, present[name])) for name, kind in spec if name in present]
        if not checks:
            continue
        cases = " ".join(f"WHEN NOT ({test}) THEN '{name}'" for name, test in checks)
        where = " OR ".join(f"NOT ({test})" for _, test in checks)
        found = conn.execute(f'SELECT rowid, CASE {cases} END FROM "{table}" WHERE {where} LIMIT 1').fetchone()
        if found is not None:
            return f"unexpected value in {table}.{found[1]}, row {found[0]}"
    return None
