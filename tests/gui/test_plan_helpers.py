"""Shared set-up for the plan tests: the plan installed on a plain QMainWindow over a copy of
the demo, a fixed "today", and the file's truth read with sqlite3."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from cxworkshop.document import WorkshopDocument
from cxworkshop.ui.plan import PlanUi, install_plan_ui

REAL_TODAY = date.today()


def query(path: Path, sql: str, *args: Any) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


class PlanSetup:
    def __init__(self, qtbot, path: Path, today: date) -> None:
        self.path = path
        self.today = today
        self.document = WorkshopDocument.open(path)
        self.window = QMainWindow()
        self.window.setCentralWidget(QLabel("board"))
        qtbot.addWidget(self.window)
        self.plan: PlanUi = install_plan_ui(self.window, self.document, today=lambda: self.today)
        self.window.resize(1400, 900)

    def close(self) -> None:
        self.plan.set_document(None)
        self.document.close()

    def rows(self, sql: str, *args: Any) -> list[tuple]:
        return query(self.path, sql, *args)


@pytest.fixture
def plan_setup(qtbot, demo_file: Path):
    setup = PlanSetup(qtbot, demo_file, REAL_TODAY)
    yield setup
    setup.close()


# What the offscreen platform says when a popup or dialog opens: its limits, not our code's.
OFFSCREEN = ("propagateSizeHints", "QFont::setPointSizeF", "does not support raise()",
             "does not support grabbing the keyboard", "does not support grabbing the mouse")


@pytest.fixture(name="no_qt_warnings")
def popup_tolerant_qt_warnings(qtlog):
    """tests/gui/conftest.py's no_qt_warnings, with the offscreen popup messages allowed; a
    module that opens popups imports it, and it replaces the shared one there."""
    from PySide6.QtCore import QtMsgType

    yield
    bad = [r.message for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(b in r.message for b in OFFSCREEN)]
    assert not bad, f"Qt warnings: {bad}"


def later(days: int) -> date:
    return REAL_TODAY + timedelta(days=days)
