"""The value/effort matrix and the roadmap in the window (issue 17, point 3), and the follow-up
agenda from the Plan menu and the follow-up dialog (point 4).

Every move is checked in the file on disk; undo must give the old rating back in one step.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxworkshop.demo_content import RATINGS
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.matrix import quadrant
from cxworkshop.ui.plan import PlanUi, install_plan_ui
from cxworkshop.ui.plan import agenda as agenda_ui
from cxworkshop.ui.plan.matrix import CHIP_PX, PriorityDock, ValueMatrix, chip_font
from tests.gui import test_plan_helpers as helpers
from tests.gui.conftest import open_window
from tests.gui.test_plan_helpers import query

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here


def _matrix(plan: PlanUi) -> ValueMatrix:
    plan.window.show()
    dock = plan.show_matrix()
    assert dock is not None and dock.isVisible()
    QApplication.processEvents()
    return dock.matrix


def _rating(path: Path, action_id: int) -> tuple[int | None, int | None]:
    return query(path, "SELECT impact, effort FROM action_item WHERE id = ?", action_id)[0]


def _mouse(widget: ValueMatrix, kind: QEvent.Type, point: QPoint,
           buttons: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    event = QMouseEvent(kind, QPointF(point), QPointF(widget.mapToGlobal(point)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _drag(matrix: ValueMatrix, action_id: int, target: QPoint) -> None:
    rect = matrix.chip_rect(action_id)
    assert rect is not None, "the chip is on the matrix"
    start = rect.center()
    _mouse(matrix, QEvent.Type.MouseButtonPress, start)
    middle = (start + target) / 2
    _mouse(matrix, QEvent.Type.MouseMove, middle)
    _mouse(matrix, QEvent.Type.MouseMove, target)
    _mouse(matrix, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)


def test_every_action_sits_in_its_cell_and_quadrant(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    ids = [item.id for item in matrix.items]
    assert len(ids) == len(RATINGS)
    for action_id, (impact, effort) in zip(sorted(ids), RATINGS, strict=True):
        chip = matrix.chip_rect(action_id)
        assert chip is not None
        assert matrix.cell_rect(impact, effort).contains(chip.center()), (action_id, impact, effort)
        assert matrix.cell_at(chip.center()) == (impact, effort)
        assert matrix.item(action_id).quadrant is quadrant(impact, effort)
    # Without an impact the action waits beside the matrix, "not yet rated".
    first = sorted(ids)[0]
    plan_setup.document.set_action_rating(first, None, 2)
    chip = matrix.chip_rect(first)
    assert chip is not None and matrix.aside_rect().contains(chip.center())
    assert matrix.cell_at(chip.center()) is None


def test_drag_sets_impact_and_effort_durably_and_undo_restores(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    action_id = sorted(i.id for i in matrix.items)[0]  # quick win 5/1
    before = _rating(plan_setup.path, action_id)
    assert before == RATINGS[0]
    stack = plan_setup.document.undo_stack
    steps = stack.count()
    _drag(matrix, action_id, matrix.cell_rect(1, 5).center())  # into the money pits
    assert _rating(plan_setup.path, action_id) == (1, 5)
    assert stack.count() == steps + 1  # one undo step
    assert matrix.cell_rect(1, 5).contains(matrix.chip_rect(action_id).center())
    stack.undo()
    assert _rating(plan_setup.path, action_id) == before
    assert matrix.cell_rect(*before).contains(matrix.chip_rect(action_id).center())
    # Read by another connection: committed to the file, not only in the window.
    stack.redo()
    assert _rating(plan_setup.path, action_id) == (1, 5)


def test_an_unrated_action_is_dragged_into_the_matrix(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    action_id = sorted(i.id for i in matrix.items)[3]
    plan_setup.document.set_action_rating(action_id, None, None)
    assert matrix.aside_rect().contains(matrix.chip_rect(action_id).center())
    _drag(matrix, action_id, matrix.cell_rect(4, 2).center())
    assert _rating(plan_setup.path, action_id) == (4, 2)


def test_tab_leaves_the_matrix_after_the_last_chip(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    matrix.setFocus()
    for _ in matrix.items:
        QTest.keyClick(matrix, Qt.Key.Key_Tab)
        assert matrix.hasFocus() and matrix.selected is not None
    QTest.keyClick(matrix, Qt.Key.Key_Tab)  # past the last chip: on to the next widget
    assert matrix.selected is None and not matrix.hasFocus()


def test_a_short_click_selects_without_moving(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    action_id = sorted(i.id for i in matrix.items)[1]
    centre = matrix.chip_rect(action_id).center()
    _mouse(matrix, QEvent.Type.MouseButtonPress, centre)
    _mouse(matrix, QEvent.Type.MouseButtonRelease, centre, Qt.MouseButton.NoButton)
    assert matrix.selected == action_id
    assert _rating(plan_setup.path, action_id) == RATINGS[1]


def test_keyboard_moves_the_selected_chip(plan_setup) -> None:
    matrix = _matrix(plan_setup.plan)
    matrix.setFocus()
    QTest.keyClick(matrix, Qt.Key.Key_Tab)  # the first chip in reading order: 5/1
    first = matrix.selected
    assert first is not None and (matrix.item(first).impact, matrix.item(first).effort) == (5, 1)
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    assert _rating(plan_setup.path, first) == (5, 2)
    QTest.keyClick(matrix, Qt.Key.Key_Down)
    QTest.keyClick(matrix, Qt.Key.Key_Down)
    assert _rating(plan_setup.path, first) == (3, 2)
    QTest.keyClick(matrix, Qt.Key.Key_Up)
    assert _rating(plan_setup.path, first) == (4, 2)
    stack = plan_setup.document.undo_stack
    stack.undo()
    assert _rating(plan_setup.path, first) == (3, 2)
    QTest.keyClick(matrix, Qt.Key.Key_Tab)
    assert matrix.selected not in (None, first)


def test_moves_are_refused_while_locked_or_read_only(plan_setup) -> None:
    plan = plan_setup.plan
    matrix = _matrix(plan)
    messages: list[str] = []
    matrix.message.connect(messages.append)
    action_id = sorted(i.id for i in matrix.items)[0]
    home = matrix.chip_rect(action_id)
    steps = plan_setup.document.undo_stack.count()
    plan.set_board_locked(True)
    _drag(matrix, action_id, matrix.cell_rect(1, 5).center())
    assert _rating(plan_setup.path, action_id) == RATINGS[0]
    assert matrix.chip_rect(action_id) == home  # snapped back
    assert messages and "locked" in messages[-1]
    matrix.select(action_id)
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    assert _rating(plan_setup.path, action_id) == RATINGS[0]
    assert plan_setup.document.undo_stack.count() == steps
    plan.set_board_locked(False)
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    assert _rating(plan_setup.path, action_id) == (5, 2)


def test_read_only_refuses_with_a_message(qtbot, demo_file: Path) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    document = WorkshopDocument.open(demo_file, read_only=True)
    window = QMainWindow()
    window.setCentralWidget(QLabel("board"))
    qtbot.addWidget(window)
    plan = install_plan_ui(window, document)
    try:
        matrix = _matrix(plan)
        action_id = sorted(i.id for i in matrix.items)[0]
        assert not matrix.move_to(action_id, 1, 5)
        assert "read-only" in window.statusBar().currentMessage()
        assert _rating(demo_file, action_id) == RATINGS[0]
    finally:
        plan.set_document(None)
        document.close()


def test_the_plan_menu_reaches_matrix_roadmap_and_agenda(plan_setup) -> None:
    plan = plan_setup.plan
    assert plan.act_matrix.shortcut() == QKeySequence("Ctrl+Shift+X")
    assert plan.act_roadmap.shortcut() == QKeySequence("Ctrl+Shift+J")
    assert plan.act_agenda.shortcut() == QKeySequence("Ctrl+Shift+G")
    assert {plan.act_matrix, plan.act_roadmap, plan.act_agenda} <= set(plan.menu.actions())
    plan.window.show()
    plan.act_roadmap.trigger()
    dock = plan.matrix_dock
    assert dock is not None and dock.isVisible()
    assert dock.tabs.currentIndex() == PriorityDock.ROADMAP
    plan.act_matrix.trigger()
    assert dock.tabs.currentIndex() == PriorityDock.MATRIX


def test_chips_are_legible_on_a_1280x720_projector(qtbot, demo_file: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, demo_file)
    try:
        window.resize(1280, 720)
        matrix = _matrix(window.plan)
        QApplication.processEvents()
        assert chip_font().pixelSize() >= 14 and CHIP_PX >= 14
        assert len([i for i in matrix.items if matrix.chip_rect(i.id) is not None]) == len(RATINGS)
        # Room for a title: the grid gets most of the window, each cell at least 120 px wide.
        assert matrix.cell_rect(1, 1).width() >= 120
        assert not window.grab().isNull()
        # The board's lock (Board > Lock stages and lanes) reaches the matrix.
        window.toggle_structure_lock()
        assert matrix.locked
        window.toggle_structure_lock()
        assert not matrix.locked
    finally:
        window.close()


def test_roadmap_groups_by_owner_and_month_and_marks_overdue(plan_setup) -> None:
    plan = plan_setup.plan
    dock = plan.show_roadmap()
    assert dock is not None
    view = dock.roadmap
    owners = [owner for owner, _ in view.plan.rows]
    assert owners == sorted(owners, key=str.casefold) and len(owners) >= 5
    due, title, owner = query(plan_setup.path, "SELECT a.due_on, a.title, p.name FROM action_item a "
                                               "JOIN participant p ON p.id = a.owner_id "
                                               "ORDER BY a.id LIMIT 1")[0]
    due_on = date.fromisoformat(due)
    assert title in view.cell_text(owner, due_on)
    assert "⚠" not in view.cell_text(owner, due_on)
    plan_setup.today = due_on + timedelta(days=1)  # the plan's clock: the day after
    view.refresh()
    assert "⚠ " + title in view.cell_text(owner, due_on)


def test_prepare_agenda_writes_the_pdf(plan_setup, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "agenda.pdf"
    asked: list[Path] = []

    def choose(_parent, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(agenda_ui, "choose_target", choose)
    plan_setup.plan.act_agenda.trigger()  # Plan > Prepare the agenda…
    assert target.read_bytes().startswith(b"%PDF")
    target.unlink()
    assert plan_setup.plan.prepare_agenda() == target and target.exists()
    assert asked[-1].suffix == ".pdf" and asked[-1].parent == plan_setup.path.parent
    assert str(target) in plan_setup.window.statusBar().currentMessage()


def test_follow_up_dialog_shows_and_prints_the_agenda(plan_setup, tmp_path: Path,
                                                      monkeypatch) -> None:
    dialog = plan_setup.plan.follow_up_dialog()
    assert dialog is not None
    text = dialog.agenda.toPlainText()
    assert dialog.agenda.isReadOnly()
    # The agenda is in the window's language (English here), for the meeting after the last.
    meetings = len(query(plan_setup.path, "SELECT id FROM meeting"))
    assert f"Agenda of follow-up meeting {meetings + 1}" in text
    assert "1. Open actions by owner" in text
    assert "3. Overdue" in text and "4. Carried over" in text
    target = tmp_path / "from-dialog.pdf"
    monkeypatch.setattr(agenda_ui, "choose_target", lambda _parent, _suggested: target)
    dialog.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in dialog.agenda_note.text()
    dialog.reject()


def test_prepare_agenda_cancelled_writes_nothing(plan_setup, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(agenda_ui, "choose_target", lambda _parent, _suggested: None)
    assert plan_setup.plan.prepare_agenda() is None
    assert not list(tmp_path.glob("*agenda*.pdf"))


def test_a_crowded_cell_still_shows_a_chip_to_drag(qtbot, demo_file: Path) -> None:
    """At 1280x720 a quick-wins corner cell has room for one line under its quadrant's name:
    with two actions or more in it, one chip stays there to drag, its "+n more" beside it."""
    window = open_window(qtbot, demo_file)
    try:
        window.resize(1280, 720)
        matrix = _matrix(window.plan)
        ids = sorted(i.id for i in matrix.items)
        for action_id in ids[:3]:
            window.document.set_action_rating(action_id, 5, 1)
        QApplication.processEvents()
        matrix.select(None)
        cell = matrix.cell_rect(5, 1)
        shown = [i for i in ids[:3] if matrix.chip_rect(i) is not None]
        assert shown, "no chip left in the crowded cell: nothing to drag"
        chip = matrix.chip_rect(shown[0])
        assert cell.contains(chip.center())
        more = QFontMetrics(chip_font(bold=True)).horizontalAdvance(
            matrix.more_text(3 - len(shown), beside=True))
        assert chip.right() + more <= cell.right(), "the chip leaves room for its '+n more'"
        _drag(matrix, shown[0], matrix.cell_rect(1, 5).center())
        assert _rating(window.document.path, shown[0]) == (1, 5)
    finally:
        window.close()
