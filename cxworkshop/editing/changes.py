"""What one edit (or its undo) changed, by table and row, for the views to refresh just that."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from cxworkshop.store.undolog import RowChange


@dataclass
class ChangeSet:
    inserted: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    updated: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # Who asked for the edit (WorkshopDocument.initiated_by), None for undo, redo and others:
    # the view that made an edit has already shown part of it and need not do that twice.
    initiator: object | None = None
    # Per table, the columns its updates changed (the undo log records exactly those).
    columns: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_rows(cls, rows: list[RowChange]) -> ChangeSet:
        result = cls()
        for row in rows:
            {"insert": result.inserted, "update": result.updated, "delete": result.deleted}[row.op][
                row.table].add(row.row_id)
            if row.op == "update":
                result.columns[row.table].update(row.columns)
        # A row inserted and then updated in one edit is, to a view, simply new.
        for table, ids in result.inserted.items():
            result.updated[table] -= ids
        return result

    def tables(self) -> set[str]:
        return {t for part in (self.inserted, self.updated, self.deleted) for t, ids in part.items() if ids}

    def touches(self, table: str) -> bool:
        return table in self.tables()

    def ids(self, table: str) -> set[int]:
        return self.inserted.get(table, set()) | self.updated.get(table, set()) | self.deleted.get(table, set())
