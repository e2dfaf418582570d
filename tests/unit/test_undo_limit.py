"""Issue 15: the undo history is bounded, so a long session's memory stays bounded too.

Each step keeps its inverse in memory; 10,000 edits grew RSS by 8 MiB (12 % of the window's)
and kept growing. The oldest steps go first; everything the history still holds undoes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cxworkshop.document import WorkshopDocument
from cxworkshop.document.workshop_document import UNDO_LIMIT
from cxworkshop.model.records import Card


def test_the_undo_history_keeps_the_last_steps_only(demo_file: Path) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QObjects need it
    doc = WorkshopDocument.open(demo_file)
    try:
        stack = doc.undo_stack
        assert stack.undoLimit() == UNDO_LIMIT and 1000 <= UNDO_LIMIT <= 10_000
        card, other = doc.rows(Card)[:2]
        extra = 3
        for number in range(UNDO_LIMIT + extra):  # two cards in turn: no step merges
            doc.set_card_text((card.id, other.id)[number % 2], f"edit {number}")
        assert stack.count() == UNDO_LIMIT and stack.index() == UNDO_LIMIT
        while stack.canUndo():
            stack.undo()
        # Steps 0, 1 and 2 were dropped: undo goes back to the texts they left, not further.
        assert (doc.row(Card, card.id).text, doc.row(Card, other.id).text) == ("edit 2", "edit 1")
    finally:
        doc.close()
