"""The action plan and the follow-up meeting with the keyboard only (issue 12, item 4, dates):
dates typed as Italian and English users type them, a clear word on a date that is not one,
rows that stay under the cursor while edited, and Tab from cell to editable cell."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from cxworkshop.ui.plan.action_model import (
    DETAIL,
    DUE,
    EFFORT,
    IMPACT,
    OWNER,
    PRIORITY,
    STAGE,
    STATUS,
    TITLE,
)
from cxworkshop.ui.plan.date_input import DateInput
from tests.gui import test_plan_helpers as helpers
from tests.gui.test_plan_helpers import popup_tolerant_qt_warnings  # noqa: F401 - popups

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here

JAN_15 = date(2027, 1, 15)


@pytest.fixture(params=["it_IT", "en_GB"])
def locale(request):
    """The window's locale in Italian and in English (en_GB: see translations._locale_for)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def _shown(setup):
    setup.window.show()
    QTest.qWaitForWindowExposed(setup.window)
    setup.window.activateWindow()
    dock = setup.plan.action_plan_dock
    dock.table.setFocus()
    return dock


def _go_to(dock, action_id: int, column: int) -> None:
    """Put the table's cursor on a cell (as arrow keys would), without opening an editor."""
    dock.table.setCurrentIndex(dock.proxy_index(action_id, column))
    dock.table.setFocus()


def _press(widget, key: Qt.Key) -> None:
    """A real key press, then the queued commit or close it causes (Enter commits queued)."""
    QTest.keyClick(widget, key)
    QApplication.processEvents()


def _type(text: str) -> None:
    """Typed as on a keyboard: each key goes to whatever has the focus at that moment."""
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _editor(dock):
    QApplication.processEvents()
    return QApplication.focusWidget() if dock.table.state() == dock.table.State.EditingState \
        else None


def _due(setup, action_id: int) -> str | None:
    return setup.rows("SELECT due_on FROM action_item WHERE id = ?", action_id)[0][0]


@pytest.mark.parametrize("typed", ["15/01/2027", "15/1/27", "15.01.2027", "15-01-2027",
                                   "2027-01-15", "15012027"])
def test_dates_typed_in_the_table(plan_setup, locale, typed) -> None:
    setup = plan_setup
    dock = _shown(setup)
    action_id = setup.rows("SELECT id FROM action_item ORDER BY id")[0][0]
    _go_to(dock, action_id, DUE)
    _press(dock.table, Qt.Key.Key_F2)
    editor = _editor(dock)
    assert isinstance(editor, DateInput)
    QTest.keyClicks(editor, typed)  # as fast as keys can come
    _press(editor, Qt.Key.Key_Return)
    assert dock.table.state() != dock.table.State.EditingState
    assert _due(setup, action_id) == JAN_15.isoformat()


def test_typing_on_a_date_cell_starts_editing_and_keeps_every_digit(plan_setup, locale) -> None:
    setup = plan_setup
    dock = _shown(setup)
    action_id = setup.rows("SELECT id FROM action_item ORDER BY id")[1][0]
    _go_to(dock, action_id, DUE)
    _type("15/01/2027")  # no F2: typing replaces the date
    _press(QApplication.focusWidget(), Qt.Key.Key_Enter)
    assert _due(setup, action_id) == "2027-01-15"
    # The cell shows it in the locale's short format.
    shown = dock.proxy_index(action_id, DUE).data()
    assert shown == ("15/01/27" if locale == "it_IT" else "15/01/2027")


def test_a_date_that_is_not_one_is_explained_and_changes_nothing(plan_setup, locale) -> None:
    setup = plan_setup
    dock = _shown(setup)
    action_id = setup.rows("SELECT id FROM action_item ORDER BY id")[0][0]
    before = _due(setup, action_id)
    steps = setup.document.undo_stack.count()
    _go_to(dock, action_id, DUE)
    _press(dock.table, Qt.Key.Key_F2)
    editor = _editor(dock)
    QTest.keyClicks(editor, "31/02/2027")
    _press(editor, Qt.Key.Key_Return)
    # The editor stays open on the text, which is marked and explained.
    assert _editor(dock) is editor and editor.text() == "31/02/2027"
    assert "31/02/2027" in editor.problem and "no day" in editor.problem
    assert "no day" in setup.window.statusBar().currentMessage()
    _press(editor, Qt.Key.Key_Tab)  # Tab does not carry it away either
    assert _editor(dock) is editor
    editor.selectAll()
    QTest.keyClicks(editor, "next week")
    _press(editor, Qt.Key.Key_Return)
    assert "dd/mm/yyyy" in editor.problem and "15/01/2027" in editor.problem
    setup.window.statusBar().clearMessage()
    _press(editor, Qt.Key.Key_Escape)  # cancelled: the old date stays, nothing more is said
    assert _due(setup, action_id) == before
    assert setup.document.undo_stack.count() == steps
    assert setup.window.statusBar().currentMessage() == ""


def _action_at(dock, row: int) -> int:
    return dock.proxy.index(row, TITLE).data(Qt.ItemDataRole.UserRole + 2)


def test_the_row_stays_under_the_cursor_until_it_is_left(plan_setup) -> None:
    setup = plan_setup
    dock = _shown(setup)
    last = dock.proxy.rowCount() - 1
    # Sorted by title: renaming the first action "Zz..." must not send it away mid-row.
    dock.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    first = _action_at(dock, 0)
    _go_to(dock, first, TITLE)
    _press(dock.table, Qt.Key.Key_F2)
    _type("Zz last in the alphabet")
    _press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert setup.rows("SELECT title FROM action_item WHERE id = ?", first) == [
        ("Zz last in the alphabet",)]
    assert dock.proxy_index(first, TITLE).row() == 0
    assert dock.table.currentIndex() == dock.proxy_index(first, OWNER)
    _press(_editor(dock), Qt.Key.Key_Escape)
    _press(dock.table, Qt.Key.Key_Down)  # leaving the row: now it takes its place
    assert dock.proxy_index(first, TITLE).row() == last
    # Sorted by due date: a typed date, then the priority, on the same row throughout.
    dock.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    first = _action_at(dock, 0)
    _go_to(dock, first, DUE)
    _type("31/12/2029")  # the latest date of all: it sorts last
    _press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _due(setup, first) == "2029-12-31"
    assert dock.proxy_index(first, DUE).row() == 0
    assert dock.table.currentIndex() == dock.proxy_index(first, PRIORITY)
    priority = _editor(dock)
    assert isinstance(priority, QComboBox)
    _press(priority, Qt.Key.Key_Down)  # browsing the list is not yet a choice
    assert _editor(dock) is priority
    _press(priority, Qt.Key.Key_Return)
    assert dock.proxy_index(first, DUE).row() == 0  # still where the eyes are
    _press(dock.table, Qt.Key.Key_Down)
    assert dock.proxy_index(first, DUE).row() == last


def test_tab_moves_from_editable_cell_to_editable_cell(plan_setup) -> None:
    setup = plan_setup
    dock = _shown(setup)
    owners = setup.rows("SELECT id FROM participant ORDER BY id")
    action_id = dock.proxy.index(0, TITLE).data(Qt.ItemDataRole.UserRole + 2)
    _go_to(dock, action_id, TITLE)
    _press(dock.table, Qt.Key.Key_F2)
    visited = []
    for _ in range(8):
        editor = _editor(dock)
        assert editor is not None, f"no editor after {visited}"
        visited.append(dock.table.currentIndex().column())
        _press(editor, Qt.Key.Key_Tab)
    assert visited == [TITLE, OWNER, DUE, PRIORITY, STATUS, STAGE, IMPACT, EFFORT]
    assert dock.table.currentIndex().column() == DETAIL  # the linked card is skipped
    editor = _editor(dock)
    assert isinstance(editor, QLineEdit)
    _press(editor, Qt.Key.Key_Backtab)
    assert dock.table.currentIndex().column() == EFFORT and _editor(dock) is not None
    # The owner is chosen with arrows and Tab, as in any form.
    _press(_editor(dock), Qt.Key.Key_Escape)
    _go_to(dock, action_id, OWNER)
    _press(dock.table, Qt.Key.Key_F2)
    combo = _editor(dock)
    assert isinstance(combo, QComboBox)
    _press(combo, Qt.Key.Key_Home)
    for _ in range(3):
        _press(combo, Qt.Key.Key_Down)
    _press(combo, Qt.Key.Key_Tab)
    assert setup.rows("SELECT owner_id FROM action_item WHERE id = ?", action_id) == [owners[2]]
    assert dock.table.currentIndex().column() == DUE
    assert isinstance(_editor(dock), DateInput)
    # Ctrl+Tab leaves the table at once; Tab after its last editable cell leaves it too.
    _press(_editor(dock), Qt.Key.Key_Escape)
    _press(dock.table, Qt.Key.Key_Tab)  # not editing: Tab moves the cursor, in the table
    assert dock.table.hasFocus() and dock.table.currentIndex().column() == PRIORITY
    QTest.keyClick(dock.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not dock.table.hasFocus()
    dock.table.setFocus()
    last = dock.proxy.rowCount() - 1
    dock.table.setCurrentIndex(dock.proxy.index(last, DETAIL))
    _press(dock.table, Qt.Key.Key_Tab)
    assert not dock.table.hasFocus()


def test_the_calendar_opens_with_alt_down_and_picks_with_enter(plan_setup) -> None:
    setup = plan_setup
    dock = _shown(setup)
    action_id = setup.rows("SELECT id FROM action_item ORDER BY id")[0][0]
    before = date.fromisoformat(_due(setup, action_id))
    _go_to(dock, action_id, DUE)
    _press(dock.table, Qt.Key.Key_F2)
    editor = _editor(dock)
    QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == before
    _press(focus_of(calendar), Qt.Key.Key_Right)  # the next day
    _press(focus_of(calendar), Qt.Key.Key_Return)
    assert not calendar.isVisible() and _editor(dock) is editor
    _press(editor, Qt.Key.Key_Return)
    assert date.fromisoformat(_due(setup, action_id)) == before + timedelta(days=1)


def focus_of(calendar) -> QWidget:
    """Where the calendar's keys go: its day grid, once the popup has the focus."""
    return QApplication.focusWidget() or calendar


def test_follow_up_takes_typed_dates_and_refuses_wrong_ones(plan_setup, locale) -> None:
    setup = plan_setup
    dialog = setup.plan.follow_up_dialog()
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    first, second = dialog.action_ids()[:2]
    # Tab from "Held on" reaches the first row's new due date: title, status, due date.
    dialog.held_on.setFocus()
    for _ in range(3):
        _press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert field is dialog.due_fields[first]
    field.selectAll()
    QTest.keyClicks(field, "15/1/27")
    _press(field, Qt.Key.Key_Tab)
    assert field.text() == "15/01/2027"  # what was understood, in full
    second_field = dialog.due_fields[second]
    second_field.setFocus()
    second_field.selectAll()
    QTest.keyClicks(second_field, "32.01.2027")
    _press(second_field, Qt.Key.Key_Return)  # Enter would record: refused
    assert dialog.isVisible() and dialog.meeting_id is None
    assert "32.01.2027" in dialog.problem.text()
    assert setup.rows("SELECT count(*) FROM meeting") == [(2,)]  # the demo's two: none added
    second_field.selectAll()
    QTest.keyClicks(second_field, "2027-02-01")
    _press(second_field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.meeting_id is not None
    assert setup.rows("SELECT action_id, new_due_on FROM status_change ORDER BY action_id") == \
        sorted([(first, "2027-01-15"), (second, "2027-02-01")])
    assert dict(setup.rows("SELECT id, due_on FROM action_item WHERE id IN (?, ?)",
                           first, second)) == {first: "2027-01-15", second: "2027-02-01"}


def test_f2_and_delete_in_the_table_are_the_tables_in_the_real_window(window) -> None:
    """The window's board commands use F2 (Edit text) and Delete too: in the action table the
    keys edit the cell and remove the action, and the board is left alone."""
    from tests.gui.test_plan_helpers import query

    cards_before = query(window.document.path, "SELECT count(*) FROM card")
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # New action: its title opens
    QApplication.processEvents()
    _type("Call the supplier")
    _press(QApplication.focusWidget(), Qt.Key.Key_Return)
    dock = window.plan.action_plan_dock
    action_id = query(window.document.path, "SELECT id FROM action_item")[0][0]
    assert dock.table.hasFocus()
    _press(dock.table, Qt.Key.Key_F2)
    editor = _editor(dock)
    assert isinstance(editor, QLineEdit) and editor.text() == "Call the supplier"
    _press(editor, Qt.Key.Key_Escape)
    dock.table.selectRow(dock.proxy_index(action_id).row())
    _press(dock.table, Qt.Key.Key_Delete)
    assert query(window.document.path, "SELECT count(*) FROM action_item") == [(0,)]
    assert query(window.document.path, "SELECT count(*) FROM card") == cards_before
