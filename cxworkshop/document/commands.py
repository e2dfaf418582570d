"""The undo command: one durable edit, undone and redone by replaying the undo log.

A command is pushed only after its edit has committed, so a failed edit never reaches
the stack; its first redo() (QUndoStack.push calls it) is therefore a no-op. Typing into
the same card produces commands with the same merge key, which merge into one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from cxworkshop.store.undolog import RowChange

if TYPE_CHECKING:
    from cxworkshop.document.workshop_document import WorkshopDocument

MERGEABLE_ID = 1001


class EditCommand(QUndoCommand):
    def __init__(self, document: WorkshopDocument, label: str, changes: list[RowChange],
                 merge_key: tuple | None = None):
        super().__init__(label)
        self._document = document
        self._forward = changes
        self._backward: list[RowChange] = []
        self._applied = True
        self.merge_key = merge_key

    def redo(self) -> None:
        if self._applied:
            return
        self._forward = self._document.replay(self._backward)
        self._applied = True

    def undo(self) -> None:
        self._backward = self._document.replay(self._forward)
        self._applied = False

    def id(self) -> int:
        return MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self._forward = self._forward + other._forward
        return True
