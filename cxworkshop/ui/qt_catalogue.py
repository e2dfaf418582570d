"""Strings of Qt's own dialogs that Qt's Italian catalogue (qtbase_it.qm, shipped with PySide6)
does not translate, filed under Qt's own contexts so that our catalogue supplies them.

Qt 6 added mnemonics to two labels of its file dialog ("&Look in:", "Files of &type:") and
qtbase_it still only has the old texts, so an Italian window showed them in English. Our
translator is installed after Qt's and is searched first, so these entries win; lupdate
extracts them from here (QT_TRANSLATE_NOOP) into cxworkshop_it.ts like any other message.
tests/gui/test_room_translations.py walks Qt's dialogs in Italian and fails on any gap.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Read by lupdate, not by code; the stub types QT_TRANSLATE_NOOP's result as object.
MISSING_FROM_QT: tuple[tuple[str, object], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
