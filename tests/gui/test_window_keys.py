"""No key does two things (issue 12: Ctrl+Shift+S was both "Add stage" and "Save a copy as", so
neither worked), and no two entries of one menu share a mnemonic, in English or in Italian
(Alt+M opened "Modifica" instead of "Mappa")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from cxworkshop.ui.main_window import MainWindow
from cxworkshop.ui.translations import install_translators
from tests.gui.conftest import open_window

# Contexts live while the window is active; a WidgetShortcut lives only while its widget has
# the focus, so two of those on different widgets do not meet.
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture(params=["en", "it"])
def window(request, qtbot, qapp, demo_file: Path):
    install_translators(qapp, request.param)
    win = open_window(qtbot, demo_file)
    for dock in win.findChildren(QDockWidget):
        dock.show()
    yield win
    win.close()
    install_translators(qapp, "en")


def _bindings(window: MainWindow) -> list[tuple[str, str, str]]:
    """(key, scope, what) for every action and shortcut in the window."""
    found = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
            scope = ("window" if action.shortcutContext() in WINDOW_WIDE
                     else ",".join(sorted(f"{type(w).__name__}@{id(w)}" for w in widgets)))
            found.append((key.toString(QKeySequence.SequenceFormat.PortableText), scope,
                          action.text()))
    for shortcut in window.findChildren(QShortcut):
        scope = ("window" if shortcut.context() in WINDOW_WIDE
                 else f"{type(shortcut.parent()).__name__}@{id(shortcut.parent())}")
        bound = shortcut.keys()  # a QShortcut's key sequences (not a dict)
        for key in bound:
            found.append((key.toString(QKeySequence.SequenceFormat.PortableText), scope,
                          shortcut.objectName() or type(shortcut.parent()).__name__))
    return found


def test_no_key_is_bound_twice(window: MainWindow):
    seen: dict[tuple[str, str], list[str]] = {}
    for key, scope, what in _bindings(window):
        seen.setdefault((key, scope), []).append(what)
    clashes = {key: whats for key, whats in seen.items() if len(whats) > 1}
    assert len(seen) > 30, "the walk found the window's shortcuts"
    assert clashes == {}


def test_add_stage_and_save_a_copy_each_have_their_own_key(window: MainWindow):
    assert window.act_copy_file.shortcut() != window.act_add_stage.shortcut()
    assert not window.act_add_stage.shortcut().isEmpty()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _menu_clashes(actions: list[QAction], where: str) -> list[str]:
    clashes, letters = [], {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _mnemonic(action.text())
        if letter is not None:
            letters.setdefault(letter, []).append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled on demand (Open recent)
            clashes += _menu_clashes(menu.actions(), f"{where} > {action.text()}")
    clashes += [f"{where}: Alt+{letter.upper()} {texts}" for letter, texts in letters.items()
                if len(texts) > 1]
    return clashes


def test_menu_mnemonics_are_unique_in_every_menu(window: MainWindow):
    bar = window.menuBar().actions()
    assert len(bar) >= 6
    assert _menu_clashes(bar, "menu bar") == []
