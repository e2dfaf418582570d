"""Help > Keyboard shortcuts: every menu action with its keys, the board's keys and the
presentation keys, in one searchable table built from the live menus (so it never goes stale).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsHelp", text)


def board_keys() -> list[tuple[str, str]]:
    return [
        (_tr("Arrows"), _tr("Move between cells and cards")),
        (_tr("Alt+Arrows"), _tr("Move the selected cards to the next cell")),
        (_tr("Alt+Arrows on a header"), _tr("Move the selected stage (Left/Right) or lane (Up/Down)")),
        ("N", _tr("Add a note in the current cell")),
        (_tr("Enter, F2"), _tr("Edit the selected card (Shift+Enter: new line; Esc: done)")),
        (_tr("Delete"), _tr("Delete the selected cards")),
        (_tr("Wheel"), _tr("Zoom at the pointer")),
        (_tr("Space+drag, middle button drag"), _tr("Move the board")),
        (_tr("Ctrl+PgDown, Ctrl+PgUp"), _tr("Next, previous journey map (the tabs over the board)")),
    ]


def presentation_keys() -> list[tuple[str, str]]:
    return [
        ("F5", _tr("Start the presentation (it resumes at the slide last shown)")),
        (_tr("Esc"), _tr("Leave the presentation")),
        (_tr("Right, Down, Page Down, Space"), _tr("Next slide")),
        (_tr("Left, Up, Page Up, Backspace"), _tr("Previous slide")),
        (_tr("Home, End"), _tr("First slide, last slide")),
        ("1-9", _tr("Stage N (two digits quickly for 10 and more)")),
        ("O", _tr("Overview of every stage, or back")),
        (_tr("Z, Enter"), _tr("Back to the current stage")),
        ("V", _tr("Voting results, or back")),
        ("P", _tr("Action plan, or back")),
        ("C", _tr("Today | tomorrow: the stage on the current and the future map side by "
                  "side, or back")),
        ("T", _tr("Start or pause the timer")),
        ("L", _tr("Lock or unlock stages and lanes (facilitator lock)")),
        (_tr("Ctrl+Plus, Ctrl+Minus"), _tr("Larger, smaller")),
    ]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu of `window`'s menu bar."""
    sections = []

    def walk(menu: QMenu, prefix: str, rows: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{prefix}{_plain(action.text())} › ", rows)
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if not k.isEmpty())
            rows.append((prefix + _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows: list[tuple[str, str]] = []
            walk(menu, "", rows)
            sections.append((_plain(top.text()), rows))
    return sections


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, window: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search, e.g. zoom"))
        self.filter.setAccessibleName(self.tr("Search the shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        sections = menu_shortcuts(window) if window is not None else []
        sections += [(self.tr("On the board"), board_keys()),
                     (self.tr("Presentation"), presentation_keys())]
        for title, rows in sections:
            head = QTreeWidgetItem([title, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for command, keys in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([command, keys]))
        self.filter.textChanged.connect(self._apply_filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            is_head = not item.text(1) and item.font(0).bold()
            match = not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
            item.setHidden(bool(needle) and (is_head or not match))


def show_shortcuts(window: QMainWindow) -> None:
    ShortcutsDialog(window, window).exec()
