"""Keep the positions of stages, lanes, personas and the cards of a cell dense (0..n-1) and unique.

SQLite checks UNIQUE row by row, so reordering moves the rows that change to negative
positions first and then to their final places: every intermediate state is valid, which
also keeps the undo log (replayed row by row) valid in both directions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, select


def ordered_ids(session: Session, model: Any, **scope: Any) -> list[int]:
    query = select(model.id)
    for column, value in scope.items():
        query = query.where(getattr(model, column) == value)
    return list(session.exec(query.order_by(model.position, model.id)))


def apply_order(session: Session, model: Any, ids: list[int]) -> None:
    """Give the rows `ids` the positions 0..n-1 in that order, touching only rows that move."""
    session.flush()
    current = dict(session.exec(select(model.id, model.position).where(model.id.in_(ids))).all())
    moving = [(index, row_id) for index, row_id in enumerate(ids) if current[row_id] != index]
    if not moving:
        return
    lowest = min(0, session.exec(select(func.min(model.position))).one() or 0)
    # One statement per row, in order: each intermediate state satisfies UNIQUE.
    for step, (_, row_id) in enumerate(moving):
        session.execute(update(model).where(model.id == row_id).values(position=lowest - 1 - step))
    for index, row_id in moving:
        session.execute(update(model).where(model.id == row_id).values(position=index))
    session.expire_all()


def insert_at(ids: list[int], row_id: int, index: int | None) -> list[int]:
    """`ids` without `row_id`, then `row_id` inserted at `index` (None or past the end: last)."""
    rest = [other for other in ids if other != row_id]
    index = len(rest) if index is None else max(0, min(index, len(rest)))
    return rest[:index] + [row_id] + rest[index:]
