"""The ORM, loaded in a background thread once the window has painted (issue 15).

Card edits run as plain sqlite3 and never need it; stage, lane, persona and plan edits go
through SQLModel, whose import (SQLAlchemy, Pydantic, the tables, the mappers) takes about
0.5 s. Loading it on the first such edit made that edit stall the window; loading it before
the first paint would delay the board. So the window starts this once it is painted, and the
first structure or plan edit finds the ORM ready. Only imports and mapper configuration run
here, never the file's connection, which stays the main thread's.
"""

from __future__ import annotations

import threading

_thread: threading.Thread | None = None


def warm_up_orm() -> threading.Thread:
    """Start loading the ORM in the background (once per process); join the thread to wait."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_load, name="cxworkshop-orm-warm-up")
        _thread.start()
    return _thread


def _load() -> None:
    from sqlalchemy.dialects import sqlite  # noqa: F401 - create_engine loads it on first use
    from sqlalchemy.orm import configure_mappers

    from cxworkshop.editing import operations, plan_operations  # noqa: F401 - the import is the point
    from cxworkshop.model import tables  # noqa: F401

    configure_mappers()
