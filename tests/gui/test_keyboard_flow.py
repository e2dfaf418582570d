"""The README's whole workshop flow with the keyboard alone (issue 12, "How it is checked"):
template → 40 cards of every kind → participants → voting → 10 owned actions → follow-up →
exports → presentation, on the real MainWindow, with key events only. The one exception the
issue allows is the voting clicks: dots are placed by clicking cards, as the room does.

Keys go where a keyboard sends them: to the widget that has the focus at that moment. Panes
are reached as a keyboard user reaches them, with Tab / Shift+Tab (bounded, so a pane that Tab
can never reach fails the test); commands with their shortcuts; modal dialogs are driven with
keys too (a small driver answers each dialog as it opens).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QProgressDialog, QWidget

from cxworkshop.model import CardKind
from tests.gui.test_plan_helpers import (
    popup_tolerant_qt_warnings,  # noqa: F401 - popups
    query,
)

Mods = Qt.KeyboardModifier
CTRL_SHIFT = Mods.ControlModifier | Mods.ShiftModifier
PEOPLE = ["Marco Rinaldi, Owner, Management", "Laura Bianchi, Sales manager, Sales",
          "Paolo Conti, Customer care agent, Customer care, paolo@example.it",
          "Sara Gallo, Back office, Administration", "Davide Moretti, Marketing, Communication",
          "Elena Ricci, Technician coordinator, Field service"]

MAIN: list[QWidget] = []  # the window under test


def focus() -> QWidget:
    """Where a key goes: the focus widget, else the active window (its shortcuts).

    The offscreen platform has no window manager: when a dialog closes, nothing activates the
    main window again, as every desktop does. Do what the window manager would."""
    active = QApplication.activeWindow()
    if QApplication.activeModalWidget() is None and MAIN and (active is None or not active.isVisible()):
        # No window, or a dialog that has just closed and is still "active" on a busy machine:
        # activate the main window and wait until it is (a key sent before would be lost).
        MAIN[0].activateWindow()
        deadline = time.monotonic() + 3
        while QApplication.activeWindow() is not MAIN[0] and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window takes keys"
    return widget


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Mods.NoModifier) -> None:
    QTest.keyClick(focus(), key, mods)
    QApplication.processEvents()


def type_text(text: str) -> None:
    for char in text:
        QTest.keyClick(focus(), char)
    QApplication.processEvents()


def tab_to(target: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
    """Tab until the focus is on a widget `target` accepts; if Tab does not get there, Shift+Tab
    (a keyboard user tries both ways round the window)."""
    for key, mods in ((Qt.Key.Key_Tab, Mods.NoModifier), (Qt.Key.Key_Backtab, Mods.ShiftModifier)):
        for _ in range(limit):
            widget = focus()
            if target(widget):
                return widget
            press(key, mods)
    raise AssertionError(f"Tab never reaches it; stuck at {focus()!r}")


def inside(widget: QWidget) -> Callable[[QWidget], bool]:
    """The widget or a part of it (a spin box's line edit)."""
    return lambda w: w is widget or widget.isAncestorOf(w)


class Dialogs:
    """Answers the modal dialogs a key opens, in order, each with keys (a callable each)."""

    def __init__(self) -> None:
        self.answers: list[Callable[[QWidget], None]] = []
        self.seen: set[int] = set()
        self.log: list[str] = []
        self.stuck = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, *answers: Callable[[QWidget], None]) -> None:
        self.answers.extend(answers)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            self.stuck = 0
            return  # no dialog, or one only watched (progress)
        if id(dialog) in self.seen or not self.answers:
            self.stuck += 1
            if self.stuck > 500:  # ten seconds on a dialog nobody answers: fail, not hang
                self.log.append(f"left open: {type(dialog).__name__}")
                dialog.close()
            return
        self.stuck = 0
        if QApplication.activeWindow() is not dialog:
            dialog.activateWindow()  # what the window manager does with a new dialog
            return
        self.seen.add(id(dialog))
        self.log.append(type(dialog).__name__)
        answer = self.answers.pop(0)
        # Outside this timer's slot: the answer may open a dialog of its own (a nested loop).
        QTimer.singleShot(0, lambda: answer(dialog))

    def stop(self) -> None:
        self.timer.stop()
        assert not self.answers, f"dialogs never opened; answered: {self.log}"
        assert not any(entry.startswith("left open") for entry in self.log), self.log


@pytest.fixture
def dialogs():
    driver = Dialogs()
    yield driver
    driver.timer.stop()
    MAIN.clear()


def test_the_whole_workshop_with_the_keyboard(qtbot, tmp_path: Path, dialogs: Dialogs) -> None:
    from cxworkshop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    MAIN[:] = [window]
    path = tmp_path / "client.cxw"

    # 1. A new workshop from the SME template (Ctrl+N, then the welcome form, then the file).
    press(Qt.Key.Key_N, Mods.ControlModifier)
    assert focus() is window.welcome.templates
    press(Qt.Key.Key_Home)  # the SME customer journey
    tab_to(lambda w: w is window.welcome.language)
    type_text("E")  # English
    tab_to(lambda w: w is window.welcome.title)
    type_text("Office coffee journey")
    tab_to(lambda w: w is window.welcome.client)
    type_text("Caffe Aurora")

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        field = focus()
        assert isinstance(field, QLineEdit)
        field.selectAll()
        type_text(str(path))
        press(Qt.Key.Key_Return)

    dialogs.expect(save_as)
    tab_to(lambda w: w is window.welcome.create_button)
    press(Qt.Key.Key_Space)
    assert window.document is not None and window.document.path == path
    assert query(path, "SELECT title, client FROM workshop") == [("Office coffee journey",
                                                                  "Caffe Aurora")]

    # 2. Forty cards, four of every kind: Shift+Tab to the palette, pick the kind, Enter adds
    # it to the board's current cell with its text open for typing, Enter finishes.
    kinds = [kind.value for kind in CardKind]
    palette = window.board_palette.list
    for n in range(40):
        kind = kinds[n % len(kinds)]
        tab_to(lambda w: w is palette)
        row = next(r for r in range(palette.count())
                   if palette.item(r).data(Qt.ItemDataRole.UserRole) == kind)
        press(Qt.Key.Key_Home)
        for _ in range(row):
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
        type_text(f"Card {n} {kind}")
        press(Qt.Key.Key_Return)
        assert focus() is window.view
        # On to the next stage; after the seventh, down a lane and back to the first stage.
        if n % 7 == 6:
            press(Qt.Key.Key_Down)
            for _ in range(6):
                press(Qt.Key.Key_Left)
        else:
            press(Qt.Key.Key_Right)
    counts = dict(query(path, "SELECT kind, count(*) FROM card GROUP BY kind"))
    assert counts == {kind: 4 for kind in kinds}
    assert query(path, "SELECT count(*) FROM card WHERE text LIKE 'Card % ' || kind") == [(40,)]

    # 3. Participants: Tab reaches the quick-add line; Enter adds each person.
    plan = window.plan
    tab_to(lambda w: w is plan.participants_dock.quick_add)
    for line in PEOPLE:
        type_text(line)
        press(Qt.Key.Key_Return)
    people = [i for (i,) in query(path, "SELECT id FROM participant ORDER BY id")]
    assert len(people) == 6
    assert query(path, "SELECT email FROM participant WHERE name = 'Paolo Conti'") == [
        ("paolo@example.it",)]

    # 4. Voting: Ctrl+Shift+D, Enter starts the round (3 dots, pain points and opportunities);
    # the dots are clicks on the cards, the next voter is a key on "Next voter".
    dialogs.expect(lambda dialog: press(Qt.Key.Key_Return))
    press(Qt.Key.Key_D, CTRL_SHIFT)
    voting = plan.voting
    assert voting.voting_active
    votable = [i for (i,) in query(path, "SELECT id FROM card WHERE kind IN ('pain_point', "
                                         "'opportunity') ORDER BY id")]
    assert len(votable) == 8
    tab_to(lambda w: w is window.view)
    press(Qt.Key.Key_0, Mods.ControlModifier)  # fit the board: every card in sight
    for turn in range(len(people)):
        assert voting.current_voter_id() == people[turn]
        for dot in range(3):
            card = window.scene.cards[votable[(turn + dot * 3) % len(votable)]]
            spot = window.view.mapFromScene(card.sceneBoundingRect().center())
            QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        tab_to(lambda w: w is voting.next_button)
        press(Qt.Key.Key_Space)
    assert query(path, "SELECT count(*) FROM vote") == [(18,)]
    assert sum(voting.tally().values()) == 18

    # 5. Ten owned actions: the five most voted cards become actions (keys in the voting
    # dock), five more with New action (Ctrl+Shift+A, the title opens for typing); then, in
    # the table, each gets an owner (arrows in the list, Tab) and a typed due date (Enter).
    tab_to(inside(voting.top_n))
    press(Qt.Key.Key_A, Mods.ControlModifier)
    type_text("5")
    tab_to(lambda w: w is voting.to_actions_button)
    press(Qt.Key.Key_Space)
    assert query(path, "SELECT count(*) FROM action_item WHERE card_id IS NOT NULL") == [(5,)]
    for n in range(5):
        press(Qt.Key.Key_A, CTRL_SHIFT)
        type_text(f"Follow-up call {n + 1}")
        press(Qt.Key.Key_Return)
    assert query(path, "SELECT count(*) FROM action_item") == [(10,)]
    press(Qt.Key.Key_P, CTRL_SHIFT)  # Show the action plan: the focus goes to the table
    table = plan.action_plan_dock.table
    assert focus() is table
    due_dates = [date(2027, 1, 11 + n) for n in range(10)]
    written = ["{d.day}/{d.month}/{y}", "{d.day:02d}.{d.month:02d}.{d.year}",
               "{d.year}-{d.month:02d}-{d.day:02d}", "{d.day:02d}-{d.month:02d}-{d.year}"]
    for n, due in enumerate(due_dates):
        # Undated actions sort last: Ctrl+End, Home and Right reach the owner of the last one.
        press(Qt.Key.Key_End, Mods.ControlModifier)
        press(Qt.Key.Key_Home)
        press(Qt.Key.Key_Right)
        press(Qt.Key.Key_F2)
        press(Qt.Key.Key_Home)  # "— No owner —", then the people in order
        for _ in range(n % len(people) + 1):
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Tab)  # commits the owner, opens the due date
        type_text(written[n % len(written)].format(d=due, y=due.year % 100))
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Up)  # leaving the row lets it take its place
    assert query(path, "SELECT count(*) FROM action_item WHERE owner_id IS NOT NULL AND "
                       "due_on IS NOT NULL") == [(10,)]
    assert sorted(d for (d,) in query(path, "SELECT due_on FROM action_item")) == [
        d.isoformat() for d in due_dates]
    assert "0 without an owner" in plan.action_plan_dock.summary.text()

    # 6. The follow-up meeting (Ctrl+Shift+M): one action done, one moved with a typed date
    # and a note, Enter records the meeting.
    review: dict[str, int] = {}

    def follow_up(dialog: QWidget) -> None:
        first, second = dialog.action_ids()[:2]
        review.update(done=first, moved=second)
        tab_to(lambda w: w is dialog.status_fields[first])
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)  # open → in progress → done
        tab_to(lambda w: w is dialog.note_fields[first])
        type_text("Done in the first week")
        tab_to(lambda w: w is dialog.due_fields[second])
        press(Qt.Key.Key_A, Mods.ControlModifier)
        type_text("28/2/27")
        press(Qt.Key.Key_Tab)
        type_text("Waiting for the supplier")
        press(Qt.Key.Key_Return)

    dialogs.expect(follow_up)
    press(Qt.Key.Key_M, CTRL_SHIFT)
    assert query(path, "SELECT number FROM meeting ORDER BY number")[-1] == (2,)
    assert query(path, "SELECT status FROM action_item WHERE id = ?", review["done"]) == [
        ("done",)]
    assert query(path, "SELECT due_on FROM action_item WHERE id = ?", review["moved"]) == [
        ("2027-02-28",)]
    assert query(path, "SELECT note FROM status_change WHERE action_id = ?",
                 review["moved"]) == [("Waiting for the supplier",)]

    # 7. Exports (Ctrl+E): the report and the Excel plan are ticked; Space ticks the CSV and
    # the per-owner PDFs; Enter exports; the summary closes with Esc.
    def export(dialog: QWidget) -> None:
        for key in ("csv", "per_owner"):
            tab_to(lambda w, k=key: w is dialog.rows[k].check)
            press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)

    dialogs.expect(export, lambda box: press(Qt.Key.Key_Escape))
    press(Qt.Key.Key_E, Mods.ControlModifier)
    written_files = sorted(p.name for p in tmp_path.iterdir() if p.name != path.name)
    assert {"client.pdf", "client - actions.xlsx", "client - actions.csv",
            "client - owners"} <= set(written_files), (written_files, dialogs.log)
    assert len(list((tmp_path / "client - owners").glob("*.pdf"))) == len(people)
    assert (tmp_path / "client.pdf").read_bytes().startswith(b"%PDF")

    # 8. The presentation: F5 (from wherever the focus is), through the slides with the
    # arrows, Esc back to the board.
    press(Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End,
                Qt.Key.Key_Home, Qt.Key.Key_PageDown):
        press(key)
    press(Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.presenter is None
    assert focus() is window.view
    dialogs.stop()
