"""Counted phrases of the board, with plural forms in every language.

Their own module: describe.py has a module-level `tr` wrapper, and the catalogue builder would
file these `self.tr` calls under that wrapper's context too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class BoardCounts(QObject):
    """Counted phrases. lupdate gives plural forms (numerus) only to `self.tr(text, "", n)`,
    so they live on a QObject: "1 dot" / "2 dots", "1 bollino" / "2 bollini". The source is
    the English plural, so no "(s)" shows even before a catalogue is loaded; the English
    singular is in cxworkshop_en.ts."""

    def actions_one_unowned(self, n: int) -> str:
        return self.tr("%n actions, one without an owner", "", n)

    def actions_owned(self, n: int) -> str:
        return self.tr("%n actions, owner %1", "", n)

    def dots(self, n: int) -> str:
        return self.tr("%n dots", "", n)

    def cards_in_cell(self, n: int) -> str:
        return self.tr("%1, %n cards", "", n)
