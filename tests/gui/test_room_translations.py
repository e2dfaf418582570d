"""Every visible string of the window, its docks, menus and dialogs is translated into Italian.

The same widgets are built once in English and once in Italian and walked in the same order;
a text that is identical in both (menus, tool bars, dock titles, labels, buttons, tool tips,
placeholders) is untranslated unless it is on the short allowlist of words that are the same
in Italian (proper names, "Email", "Timer", numbers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QWidget,
)

from cxworkshop.document import Reason, WorkshopDocument, WorkshopFileError, new_workshop
from cxworkshop.model.records import Lane, Participant, Stage
from cxworkshop.ui.translations import I18N, install_translators, unfinished

SAME_IN_ITALIAN = {
    "CX Workshop", "OK", "Email", "Timer", "Workshop", "Persona", "Zoom", "App", "Chat",
    "Partner", "WhatsApp", "Social media", "Italiano", "English", "File", "#", "+1 min", "min",
    "Service blueprint", "Backup", "Esc", "N", "F5", "Z", "O", "L",
}


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("…", "").strip()


def _meaningful(text: str) -> bool:
    plain = _plain(text)
    words = re.sub(r"[\d%:.,]+", "", plain).strip()
    if not plain or {plain, words} & SAME_IN_ITALIAN or not re.search(r"[A-Za-z]{2}", plain):
        return False
    if re.fullmatch(r"[\w.\-]+\.(cxw|ini|conf)", plain) or "/" in plain:
        return False  # file names and paths
    return not re.fullmatch(r"(Ctrl|Alt|Shift|Meta|F\d+|\W|\d|\+)+", plain)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in `root`, in a stable order."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and _meaningful(text):
            found.append((where, text))

    def walk_menu(menu: QMenu, where: str) -> None:
        add(where, menu.title())
        for action in menu.actions():
            walk_action(action, where)

    def walk_action(action: QAction, where: str) -> None:
        if action.isSeparator():
            return
        add(f"{where} > action", action.text())
        add(f"{where} > tooltip", action.toolTip())
        if action.menu() is not None:
            walk_menu(action.menu(), f"{where} > {action.text()}")

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            walk_action(action, "menu")
    add(type(root).__name__ + " title", root.windowTitle())
    for widget in root.findChildren(QWidget):
        name = f"{type(widget).__name__}:{widget.objectName()}"
        add(name + " tooltip", widget.toolTip())
        add(name + " accessible", widget.accessibleName())
        if isinstance(widget, QDockWidget):
            add(name, widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QLineEdit):
            add(name + " placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(name + " item", widget.itemText(index))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(header.columnCount()):
                add(name + " header", header.text(column))
    for action in root.findChildren(QAction):
        walk_action(action, "action")
    return found


def untranslated(qapp, build: Callable[[], QWidget], data: frozenset[str] = frozenset()
                 ) -> list[str]:
    texts = {}
    for language in ("en", "it"):
        install_translators(qapp, language)
        widget = build()
        texts[language] = visible_texts(widget)
        widget.close()
        widget.deleteLater()
    install_translators(qapp, "en")
    assert len(texts["en"]) == len(texts["it"]), "the widgets differ between languages"
    return sorted({f"{where}: {en!r}" for (where, en), (_, it) in zip(texts["en"], texts["it"],
                                                                     strict=True)
                   if _plain(en) == _plain(it) and en not in data})


@pytest.fixture
def italian_board(tmp_path: Path) -> Path:
    return new_workshop(tmp_path / "mappa.cxw", template="sme", lang="it", title="Prova")


def test_the_italian_catalogue_is_complete():
    assert unfinished(I18N / "cxworkshop_it.ts") == []
    assert (I18N / "cxworkshop_it.qm").stat().st_size > 10_000


def test_main_window_menus_docks_and_toolbar_are_italian(qtbot, qapp, italian_board: Path):
    from cxworkshop.ui.main_window import MainWindow

    def build() -> QWidget:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_path(italian_board)
        for dock in window.findChildren(QDockWidget):
            dock.show()
        return window

    # Names from the workshop file (stages in the plan's filters) are the same in both.
    document = WorkshopDocument.open(italian_board, read_only=True)
    data = frozenset(r.name for model in (Stage, Lane, Participant) for r in document.rows(model))
    document.close()
    assert untranslated(qapp, build, data) == []


def test_my_dialogs_are_italian(qtbot, qapp, tmp_path: Path, demo_file: Path):
    from cxworkshop.board.scene import BoardScene
    from cxworkshop.document import WorkshopDocument
    from cxworkshop.ui.about import AboutDialog
    from cxworkshop.ui.open_errors import OpenErrorDialog
    from cxworkshop.ui.preferences import PreferencesDialog
    from cxworkshop.ui.presentation import PresentationWindow
    from cxworkshop.ui.shortcuts_help import ShortcutsDialog

    document = WorkshopDocument.open(demo_file, read_only=True)
    scene = BoardScene(document)

    def presentation() -> QWidget:
        window = PresentationWindow(scene, document)
        window.set_locked(True)
        window.show_tally({})
        return window

    builders: list[Callable[[], QWidget]] = [PreferencesDialog, AboutDialog, ShortcutsDialog,
                                             presentation]
    for reason in (Reason.DAMAGED, Reason.LOCKED, Reason.READ_ONLY, Reason.NEWER_VERSION,
                   Reason.MISSING, Reason.NOT_A_WORKSHOP, Reason.TAMPERED, Reason.UNREADABLE):
        error = WorkshopFileError(reason, tmp_path / "x.cxw", "{name}: the file does not exist.")
        builders.append(lambda e=error: OpenErrorDialog(None, e, backup=tmp_path / "b.cxw"))
    problems = []
    for build in builders:
        problems += untranslated(qapp, build)
    document.close()
    assert problems == []


def test_qt_own_buttons_are_italian(qtbot, qapp, tmp_path: Path):
    from cxworkshop.ui.open_errors import OpenErrorDialog

    install_translators(qapp, "it")
    try:
        error = WorkshopFileError(Reason.LOCKED, tmp_path / "x.cxw", "{name}: locked.")
        dialog = OpenErrorDialog(None, error)
        texts = {_plain(b.text()) for b in dialog.buttons()}
        assert "Annulla" in texts and "Apri in sola lettura" in texts
    finally:
        install_translators(qapp, "en")
