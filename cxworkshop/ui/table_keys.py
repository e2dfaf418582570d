"""Delete and F2 belong to the focused table, not to the board.

As window shortcuts, Delete and F2 delete or edit the cards selected on the board; a table of
the plan (actions, measures, measurements) takes them for itself while it has the focus, so a
key pressed on a row never reaches a card. Both tables call these two functions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_F2)


def claims_own_key(event: QEvent) -> bool:
    """Accept (and say so) a shortcut override for Delete or F2 pressed without a modifier."""
    if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
            and event.key() in OWN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
        event.accept()  # a key press for this table, not a window shortcut
        return True
    return False


def is_delete(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Delete pressed on the rows, not inside a cell's editor."""
    return event.key() == Qt.Key.Key_Delete and view.state() != QAbstractItemView.State.EditingState
