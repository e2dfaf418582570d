"""The undo command: one durable edit, undone and redone by replaying the undo log.

A command is pushed only after its edit has committed, so a failed edit never reaches
the stack; its first redo() (QUndoStack.push calls it) is therefore a no-op. Typing into
the same card produces commands with the same merge key, which merge into one step.
A command keeps only the direction it can replay next, packed into one compressed blob:
a long session holds thousands of commands, and a list of row objects per command was most
of its memory.
"""

from __future__ import annotations

import marshal
import zlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from cxworkshop.store.undolog import RowChange

if TYPE_CHECKING:
    from cxworkshop.document.workshop_document import WorkshopDocument

MERGEABLE_ID = 1001


def pack(changes: list[RowChange]) -> bytes:
    # marshal: these bytes never leave the process, so its speed is all that matters.
    # Old values keep their exact type (text with NUL, Inf, blobs): marshal is lossless.
    rows = [(c.table, c.row_id, c.op, c.columns, c.values) for c in changes]
    return zlib.compress(marshal.dumps(rows), 1)


def unpack(blob: bytes) -> list[RowChange]:
    return [RowChange(*row) for row in marshal.loads(zlib.decompress(blob))]


class EditCommand(QUndoCommand):
    def __init__(self, document: WorkshopDocument, label: str, changes: list[RowChange],
                 merge_key: tuple | None = None):
        super().__init__(label)
        self._document = document
        self._undo = pack(changes)  # replayed by undo(); empty while the edit is undone
        self._redo = b""  # replayed by redo(); set by undo()
        self.merge_key = merge_key

    def redo(self) -> None:
        if not self._redo:  # the edit is applied already (push() calls redo once)
            return
        self._undo, self._redo = pack(self._document.replay(unpack(self._redo))), b""

    def undo(self) -> None:
        self._redo, self._undo = pack(self._document.replay(unpack(self._undo))), b""

    def id(self) -> int:
        return MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self._undo = pack(unpack(self._undo) + unpack(other._undo))
        return True
