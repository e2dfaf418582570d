"""Fixtures for the window and board tests: a workshop file, the window on it, the file's truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cxworkshop.document import WorkshopDocument, new_workshop
from cxworkshop.model.records import Card, Stage

# Messages of the offscreen platform itself, not of our code.
BENIGN = ("propagateSizeHints", "QFont::setPointSizeF")


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    yield
    from PySide6.QtCore import QtMsgType

    bad = [r.message for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(b in r.message for b in BENIGN)]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory):
    """Recent files and other settings start empty in every test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QSettings().clear()
    yield


@pytest.fixture
def sme_file(tmp_path: Path) -> Path:
    return new_workshop(tmp_path / "board.cxw", template="sme", lang="en", title="Test board")


def open_window(qtbot, path: Path):
    """The real main window on `path`, shown, with the board focused."""
    from cxworkshop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    assert win.open_path(path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    return win


@pytest.fixture
def window(qtbot, sme_file: Path):
    win = open_window(qtbot, sme_file)
    win.view.actual_size()
    yield win
    win.close()


class Disk:
    """What the file on disk says, read through a second, read-only document."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self, model, **filters):
        doc = WorkshopDocument.open(self.path, read_only=True)
        try:
            return doc.rows(model, **filters)
        finally:
            doc.close()

    def cards(self) -> dict[int, Card]:
        return {c.id: c for c in self._read(Card)}

    def stages(self) -> list[str]:
        return [s.name for s in self._read(Stage)]

    def stage_ids(self) -> list[int]:
        return [s.id for s in self._read(Stage)]

    def cell(self, stage_id: int, lane_id: int) -> list[int]:
        return [c.id for c in self._read(Card, stage_id=stage_id, lane_id=lane_id)]


@pytest.fixture
def disk(sme_file: Path) -> Disk:
    return Disk(sme_file)


def drop_mime(view, mime: QMimeData, scene_point: QPointF) -> bool:
    """A real drag-enter, drag-move and drop on the view's viewport at a scene point."""
    pos = QPointF(view.mapFromScene(scene_point))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = view.viewport()
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(pos, actions, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_the_end():
    """What the app does on quit (app.release_clipboard), once the GUI tests are over."""
    yield
    from cxworkshop.app import release_clipboard

    release_clipboard()
