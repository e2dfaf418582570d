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
from PySide6.QtCore import QSettings
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
    "Backup", "Esc", "N", "F5", "Z", "O", "L",
    "NPS", "CSAT", "CES",  # kinds of measure (issue 17): the same acronyms in Italian
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
        QSettings().remove("window")  # the same dock layout (and tab bars) in both walks
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


# --- Qt's own dialogs and the status bar (issue 12) -------------------------------------------

def english_left(qapp, build: Callable[[], QWidget], data: frozenset[str] = frozenset()
                 ) -> list[str]:
    """Texts of `build()` in English that reappear unchanged anywhere in its Italian build.

    For Qt's own dialogs, which show or hide parts by language (so the two walks do not
    line up one to one as ours do)."""
    texts = {}
    for language in ("en", "it"):
        install_translators(qapp, language)
        widget = build()
        widget.show()
        texts[language] = visible_texts(widget)
        widget.close()
        widget.deleteLater()
    install_translators(qapp, "en")
    italian = {_plain(text) for _where, text in texts["it"]}
    assert texts["en"] and texts["it"]
    return sorted({f"{where}: {en!r}" for where, en in texts["en"]
                   if _plain(en) in italian and en not in data})


def _file_dialog(mode: str) -> QWidget:
    from PySide6.QtWidgets import QFileDialog

    # What QFileDialog.getOpenFileName shows where the desktop offers no native dialog.
    dialog = QFileDialog(None, "CX Workshop", str(Path.home()), "CX Workshop (*.cxw)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    return dialog


def _message_box() -> QWidget:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    SB = QMessageBox.StandardButton
    box.setStandardButtons(SB.Ok | SB.Cancel | SB.Yes | SB.No | SB.Close | SB.Save | SB.Discard
                           | SB.Open | SB.Retry | SB.Ignore | SB.Abort | SB.Apply | SB.Reset)
    return box


def _text_menus() -> QWidget:
    from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout

    holder = QWidget()
    layout = QVBoxLayout(holder)
    for editor in (QLineEdit(), QPlainTextEdit()):
        layout.addWidget(editor)
        editor.createStandardContextMenu().setParent(holder, editor.windowFlags())
    return holder


def _colour_dialog() -> QWidget:
    from PySide6.QtWidgets import QColorDialog

    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    return dialog


@pytest.mark.parametrize("build", [lambda: _file_dialog("open"), lambda: _file_dialog("save"),
                                   lambda: _file_dialog("folder"), _message_box, _text_menus,
                                   _colour_dialog],
                         ids=["open file", "save file", "folder", "message box",
                              "text context menus", "colour"])
def test_qt_own_dialogs_are_italian(qtbot, qapp, build: Callable[[], QWidget]):
    # "&Look in:" and "Files of &type:" are missing from Qt's qtbase_it: ui/qt_catalogue.py
    # supplies them. Only the application's name and the file filter stay as they are.
    # Italian as it is: "No", "HTML", and Qt's "&Sat:"/"&Val:" (saturazione, valore).
    same = frozenset({"CX Workshop (*.cxw)", "&No", "&HTML:", "&Sat:", "&Val:"})
    assert english_left(qapp, build, same) == []


def test_status_bar_messages_are_italian(qtbot, qapp, demo_file: Path):
    """Every sentence the status bar shows in a short session, in English then in Italian."""
    from cxworkshop.model.records import Card
    from tests.gui.conftest import open_window

    def session(language: str) -> list[str]:
        install_translators(qapp, language)
        window = open_window(qtbot, demo_file)
        bar = window.statusBar()
        shown: list[str] = []
        bar.messageChanged.connect(lambda text: text and shown.append(text))
        card = window.document.rows(Card)[0]
        # A refused edit (an emotion out of range), the lock and its refusal, the room layout,
        # a deleted lane with its Undo notice.
        window.scene.attempt(window.document.set_card, card.id, emotion=7)
        window.act_lock.trigger()
        shown.append(window.lock_indicator.text())
        shown.append(window.lock_indicator.toolTip())
        window.view.actions_.add_stage()
        window.act_lock.trigger()
        window.act_room.trigger()
        window.act_room.trigger()
        window.scene.set_current_cell((window.scene.layout.stage_ids[0],
                                       window.scene.layout.lane_ids[0]))
        window.act_delete_lane.trigger()
        qtbot.waitUntil(window.undo_notice.isVisible)
        shown += [window.undo_notice.label.text(), window.undo_notice.button.text()]
        window.undo_notice.button.click()
        window.close()
        return shown

    try:
        english, italian = session("en"), session("it")
    finally:
        install_translators(qapp, "en")
    assert len(english) == len(italian) >= 7
    assert "between" in english[0]  # the emotion's range, from the document layer
    left = [en for en, it in zip(english, italian, strict=True) if _plain(en) == _plain(it)
            and _meaningful(en)]
    assert left == []
