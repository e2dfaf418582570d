"""The action plan table: actions from cards, in-place editing of every field, the unowned
flag, filters and sorting — each edit checked in the file on disk and undoable in one step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
)

from cxworkshop.model.records import ActionItem
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
from cxworkshop.ui.plan.mime import card_ids_mime
from tests.gui import test_plan_helpers as helpers
from tests.gui.test_plan_helpers import REAL_TODAY, later

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here

UNLINKED_PAIN = ("SELECT id, text, stage_id FROM card WHERE kind IN ('pain_point', 'opportunity') AND id NOT IN "
                 "(SELECT card_id FROM action_item WHERE card_id IS NOT NULL) ORDER BY id")


def test_action_from_card_links_card_stage_and_meeting(plan_setup) -> None:
    card_id, text, stage_id = plan_setup.rows(UNLINKED_PAIN)[0]
    dock = plan_setup.plan.action_plan_dock
    steps = plan_setup.document.undo_stack.count()
    action_id = plan_setup.plan.create_action_from_card(card_id)
    assert plan_setup.rows("SELECT title, card_id, stage_id, owner_id, opened_in_id FROM action_item "
                           "WHERE id = ?", action_id) == [(text, card_id, stage_id, None, 1)]
    assert plan_setup.document.undo_stack.count() == steps + 1
    # The new row is selected and flagged: it has no owner yet.
    index = dock.proxy_index(action_id, OWNER)
    assert dock.table.currentIndex().row() == index.row()
    assert index.data() == "No owner"
    assert plan_setup.plan.badges()[card_id] == ("?", 1)
    plan_setup.document.undo_stack.undo()
    assert plan_setup.rows("SELECT count(*) FROM action_item WHERE id = ?", action_id) == [(0,)]


def test_dropping_cards_on_the_plan_makes_one_action_each(plan_setup) -> None:
    cards = [row[0] for row in plan_setup.rows(UNLINKED_PAIN)[:3]]
    view = plan_setup.plan.action_plan_dock.table
    plan_setup.window.show()
    mime = card_ids_mime(cards)
    target = view.viewport()
    point = QPoint(40, 40)
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(point, actions, mime, buttons, mods))
    before = plan_setup.document.undo_stack.count()
    drop = QDropEvent(QPointF(point), actions, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    linked = plan_setup.rows("SELECT card_id FROM action_item WHERE card_id IN (?, ?, ?)", *cards)
    assert sorted(c for (c,) in linked) == sorted(cards)
    assert plan_setup.document.undo_stack.count() == before + 1  # one drop, one undo step
    plan_setup.document.undo_stack.undo()
    assert plan_setup.rows("SELECT count(*) FROM action_item") == [(9,)]
    # Foreign drops are refused.
    foreign = card_ids_mime([])
    refused = QDragEnterEvent(point, actions, foreign, buttons, mods)
    QApplication.sendEvent(target, refused)
    assert not refused.isAccepted()


def _edit_cell(setup, action_id: int, column: int, change) -> None:
    """Open the column's in-place editor as a double-click would, change it, commit it."""
    dock = setup.plan.action_plan_dock
    table = dock.table
    index = dock.proxy_index(action_id, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None, f"no editor for column {column}"
    change(editor)
    if table.indexWidget(index) is editor:  # a combo commits itself when picked
        table.commitData(editor)
        table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _pick(value):
    def change(combo: QComboBox) -> None:
        at = combo.findData(value)
        assert at >= 0, value
        combo.setCurrentIndex(at)
        combo.activated.emit(at)
    return change


def test_every_field_edits_in_place(plan_setup) -> None:
    setup = plan_setup
    setup.window.show()
    action_id, old_owner = setup.rows("SELECT id, owner_id FROM action_item ORDER BY id")[0]
    new_owner = setup.rows("SELECT id FROM participant WHERE id != ? AND is_department = 0 "
                           "ORDER BY id DESC", old_owner)[0][0]
    stage = setup.rows("SELECT id FROM stage ORDER BY position")[0][0]
    due = later(21)
    stack = setup.document.undo_stack
    steps = stack.count()

    def typed(text: str):
        def change(editor: QLineEdit) -> None:
            editor.setText(text)
        return change

    def dated(editor: DateInput) -> None:
        editor.setText(due.strftime("%d/%m/%Y"))  # typed as an Italian or British user does

    def scale(value: int):
        def change(editor: QSpinBox) -> None:
            editor.setValue(value)
        return change

    _edit_cell(setup, action_id, TITLE, typed("Call back every complaint the same day"))
    _edit_cell(setup, action_id, DETAIL, typed("Start with the Bergamo customers"))
    _edit_cell(setup, action_id, OWNER, _pick(new_owner))
    _edit_cell(setup, action_id, DUE, dated)
    _edit_cell(setup, action_id, PRIORITY, _pick("low"))
    _edit_cell(setup, action_id, STATUS, _pick("in_progress"))
    _edit_cell(setup, action_id, STAGE, _pick(stage))
    _edit_cell(setup, action_id, IMPACT, scale(2))  # the demo rates it 5/1: a real change
    _edit_cell(setup, action_id, EFFORT, scale(4))
    row = setup.rows("SELECT title, detail, owner_id, due_on, priority, status, stage_id, impact, "
                     "effort FROM action_item WHERE id = ?", action_id)[0]
    assert row == ("Call back every complaint the same day", "Start with the Bergamo customers",
                   new_owner, due.isoformat(), "low", "in_progress", stage, 2, 4)
    # The status change is in the history, attributed to today's meeting (the demo's kick-off).
    assert setup.rows("SELECT old_status, new_status, meeting_id FROM status_change "
                      "WHERE action_id = ?", action_id) == [("open", "in_progress", 1)]
    assert stack.count() == steps + 9  # one undo step per edit
    # Clearing: no owner, no date, no impact.
    _edit_cell(setup, action_id, OWNER, _pick(-1))
    _edit_cell(setup, action_id, DUE, lambda e: e.clear())  # an empty date is "no date"
    _edit_cell(setup, action_id, IMPACT, scale(0))
    assert setup.rows("SELECT owner_id, due_on, impact FROM action_item WHERE id = ?",
                      action_id) == [(None, None, None)]
    for _ in range(12):
        stack.undo()
    assert setup.rows("SELECT owner_id, status, priority FROM action_item WHERE id = ?",
                      action_id) == [(old_owner, "open", "urgent")]


def test_an_unowned_action_is_flagged_everywhere(plan_setup) -> None:
    setup = plan_setup
    owner, action_id, card_id = setup.rows(
        "SELECT owner_id, id, card_id FROM action_item WHERE card_id IS NOT NULL ORDER BY id")[0]
    # Removing a participant leaves their actions unowned (foreign key SET NULL).
    setup.plan.participants_dock.table.selectRow(setup.plan.participants_dock.model.row_of(owner))
    setup.plan.participants_dock.remove_selected()
    assert setup.rows("SELECT owner_id FROM action_item WHERE id = ?", action_id) == [(None,)]
    dock = setup.plan.action_plan_dock
    index = dock.proxy_index(action_id, OWNER)
    assert index.data() == "No owner"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour alone
    assert "1 without an owner" in dock.summary.text()
    assert "now have no owner" in setup.plan.participants_dock.hint.text()
    dock.set_filter(owner="none")
    assert dock.proxy.rowCount() == 1
    panel = setup.plan.progress_dock.panel
    assert panel.per_owner[-1].owner_id is None and panel.per_owner[-1].name == "No owner"
    assert setup.plan.badges()[card_id][0] == "?"
    follow_up = setup.plan.follow_up_dialog()
    row = follow_up.action_ids().index(action_id)
    assert follow_up.table.item(row, 1).text() == "No owner"
    follow_up.deleteLater()


def test_filters_and_sorting(plan_setup) -> None:
    setup = plan_setup
    dock = setup.plan.action_plan_dock
    proxy = dock.proxy

    def shown(column: int = TITLE) -> list:
        return [proxy.index(r, column).data(Qt.ItemDataRole.UserRole + 2)
                for r in range(proxy.rowCount())]

    marco = setup.rows("SELECT id FROM participant WHERE name = 'Marco Rinaldi'")[0][0]
    dock.set_filter(owner=marco)
    assert sorted(shown()) == [i for (i,) in setup.rows(
        "SELECT id FROM action_item WHERE owner_id = ? ORDER BY id", marco)]
    stage = setup.rows("SELECT stage_id FROM action_item WHERE stage_id IS NOT NULL")[0][0]
    dock.set_filter(stage=stage)
    assert sorted(shown()) == [i for (i,) in setup.rows(
        "SELECT id FROM action_item WHERE stage_id = ? ORDER BY id", stage)]
    first = setup.rows("SELECT id FROM action_item ORDER BY id")[0][0]
    setup.document.set_action_status(first, "done", 1, "")
    dock.set_filter(status="done")
    assert shown() == [first]
    dock.set_filter(status="active")
    assert first not in shown() and len(shown()) == 8
    # Overdue only: fifteen days on, the actions due before then and not done are late.
    setup.today = later(15)
    dock.set_filter(overdue_only=True)
    expected = [i for (i,) in setup.rows(
        "SELECT id FROM action_item WHERE status IN ('open', 'in_progress') AND due_on < ? "
        "ORDER BY id", later(15).isoformat())]
    assert expected and sorted(shown()) == expected
    assert all("overdue" in dock.proxy_index(i, DUE).data() for i in expected)
    dock.set_filter(text="whatsapp")
    assert len(shown()) <= 1
    dock.set_filter()
    assert proxy.rowCount() == 9
    # Sorting by priority puts urgent first; by due date descending puts the latest first.
    dock.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    ranks = {"urgent": 0, "high": 1, "medium": 2, "low": 3}
    priorities = [setup.document.row(ActionItem, i).priority for i in shown()]
    assert [ranks[p] for p in priorities] == sorted(ranks[p] for p in priorities)
    dock.table.sortByColumn(DUE, Qt.SortOrder.DescendingOrder)
    dues = [setup.document.row(ActionItem, i).due_on for i in shown()]
    assert dues == sorted(dues, reverse=True)
    assert dues[0] > REAL_TODAY + timedelta(days=1)
