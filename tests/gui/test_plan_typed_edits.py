"""The plan's and the inspector's edits are typed calls of WorkshopDocument (issue 14, item 1).

Each column of the participants table reads its own field and writes through
`document.set_participant`; each header field of the inspector goes through the scene to
`rename_stage`, `resize_stage` or `set_lane`. These tests check every one of them in the file
on disk, so a column wired to the wrong field, or a document method renamed, fails here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import ActionItem, Participant
from cxworkshop.ui.plan.action_model import ANY, ActionFilter, ActionsModel
from cxworkshop.ui.plan.edits import PlanEdits
from cxworkshop.ui.plan.participants import (
    DEPARTMENT,
    EMAIL,
    FACILITATOR,
    IS_DEPARTMENT,
    NAME,
    ROLE,
    ParticipantsModel,
)
from tests.gui import test_plan_helpers as helpers
from tests.gui.test_plan_helpers import query

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here

_COLUMNS = "SELECT name, role, department, email, is_department, is_facilitator FROM participant"


def test_every_participant_column_edits_its_own_field(plan_setup) -> None:
    setup = plan_setup
    model = setup.plan.participants_dock.model
    person = model.participant(0)
    row = model.row_of(person.id)
    stack = setup.document.undo_stack
    steps = stack.count()
    typed = {NAME: "Giulia Neri", ROLE: "Store manager", DEPARTMENT: "Retail",
             EMAIL: "giulia@example.it"}
    for column, text in typed.items():
        assert model.setData(model.index(row, column), f"  {text} ")  # trimmed
        assert model.index(row, column).data() == text
    ticks = {IS_DEPARTMENT: not person.is_department, FACILITATOR: not person.is_facilitator}
    for column, ticked in ticks.items():
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        assert model.setData(model.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)
        assert model.index(row, column).data(Qt.ItemDataRole.CheckStateRole) == state
    assert setup.rows(_COLUMNS + " WHERE id = ?", person.id) == [
        ("Giulia Neri", "Store manager", "Retail", "giulia@example.it",
         int(ticks[IS_DEPARTMENT]), int(ticks[FACILITATOR]))]
    assert stack.count() == steps + 6  # one undo step per edit
    # The same text again is no edit at all.
    assert not model.setData(model.index(row, ROLE), "Store manager")
    assert stack.count() == steps + 6
    for _ in range(6):
        stack.undo()
    assert setup.rows(_COLUMNS + " WHERE id = ?", person.id) == [
        (person.name, person.role, person.department, person.email, int(person.is_department),
         int(person.is_facilitator))]


def test_a_read_only_workshop_refuses_plan_edits_with_a_sentence(qtbot, demo_file: Path) -> None:
    document = WorkshopDocument.open(demo_file, read_only=True)
    try:
        edits = PlanEdits(document)
        said: list[str] = []
        edits.message.connect(said.append)
        model = ParticipantsModel(document, edits)
        person = model.participant(0)
        assert edits.attempt(document.set_participant, person.id, name="Nobody") is None
        assert not model.setData(model.index(0, NAME), "Nobody")
        action = document.rows(ActionItem)[0]
        assert not edits.set_action(action.id, title="Nobody")
        assert said == ["This workshop is open read-only."] * 3
        assert document.row(Participant, person.id) == person
    finally:
        document.close()


def test_filters_left_out_are_off(plan_setup) -> None:
    source = ActionsModel(plan_setup.document, plan_setup.plan.edits)
    proxy = ActionFilter()
    proxy.setSourceModel(source)
    everything = proxy.rowCount()
    assert everything == len(plan_setup.document.rows(ActionItem)) > 1
    proxy.set_filters(text="\uffff nothing has this")
    assert proxy.rowCount() == 0
    proxy.set_filters(owner=None)  # the text filter of the previous call is off again
    unowned = sum(1 for a in plan_setup.document.rows(ActionItem) if a.owner_id is None)
    assert proxy.rowCount() == unowned
    assert (proxy.owner, proxy.stage, proxy.text) == (None, ANY, "")
    proxy.set_filters()
    assert proxy.rowCount() == everything


def test_the_inspector_renames_resizes_and_retypes_headers(window, disk) -> None:
    scene, inspector = window.scene, window.inspector
    stage_id, lane_id = scene.layout.stage_ids[0], scene.layout.lane_ids[0]
    steps = window.document.undo_stack.count()
    scene.clearSelection()
    scene.stage_items[stage_id].setSelected(True)
    QApplication.processEvents()
    assert inspector.pages.currentIndex() == 2 and not inspector.lane_kind.isVisibleTo(inspector)
    inspector.name.setText("Arrival")
    inspector.name.editingFinished.emit()
    inspector.extent.setValue(420)
    assert query(disk.path, "SELECT name, width FROM stage WHERE id = ?", stage_id) == [
        ("Arrival", 420)]
    scene.clearSelection()
    scene.lane_items[lane_id].setSelected(True)
    QApplication.processEvents()
    assert inspector.lane_kind.isVisibleTo(inspector)
    kind = "backstage" if scene.lanes[lane_id].kind != "backstage" else "thoughts"
    inspector.name.setText("Behind the counter")
    inspector.name.editingFinished.emit()
    at = inspector.lane_kind.findData(kind)
    inspector.lane_kind.setCurrentIndex(at)
    inspector.lane_kind.activated.emit(at)
    inspector.extent.setValue(300)
    assert query(disk.path, "SELECT name, kind, height FROM lane WHERE id = ?", lane_id) == [
        ("Behind the counter", kind, 300)]
    assert window.document.undo_stack.count() == steps + 5  # one step per change
