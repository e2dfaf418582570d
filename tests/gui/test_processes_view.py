"""Issue 18 in the window: evidence set from the inspector, and View > Journey vs internal processes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from cxworkshop.model import LaneKind
from tests.gui.conftest import Disk, open_window


def _window(qtbot, demo_file: Path):
    win = open_window(qtbot, demo_file)
    return win


def test_inspector_marks_the_selected_cards_and_undo_takes_it_back(qtbot, demo_file: Path) -> None:
    win = _window(qtbot, demo_file)
    try:
        scene = win.scene
        ids = sorted(scene.cards)[:2]
        scene.select_cards(ids)
        inspector = win.inspector
        inspector.evidence.setCurrentIndex(inspector.evidence.findData("observed"))
        inspector.evidence.activated.emit(inspector.evidence.currentIndex())
        inspector.evidence_source.setCurrentIndex(inspector.evidence_source.findData("interview"))
        inspector.evidence_source.activated.emit(inspector.evidence_source.currentIndex())
        on_disk = Disk(demo_file).cards()
        assert {(on_disk[i].evidence, on_disk[i].evidence_source) for i in ids} == {("observed", "interview")}
        assert "Observed (Interview)" in scene.cards[ids[0]].toolTip()
        assert inspector.evidence_source.isEnabled()
        win.act_undo.trigger()
        on_disk = Disk(demo_file).cards()
        assert {(on_disk[i].evidence, on_disk[i].evidence_source) for i in ids} == {("observed", None)}
        win.act_undo.trigger()
        on_disk = Disk(demo_file).cards()
        assert {(on_disk[i].evidence, on_disk[i].evidence_source) for i in ids} == {(None, None)}
    finally:
        win.close()


def test_journey_vs_processes_flags_cards_and_follows_edits(qtbot, demo_file: Path) -> None:
    win = _window(qtbot, demo_file)
    try:
        act = win.processes.act_show
        assert act.shortcut() == QKeySequence("Ctrl+Shift+B")
        view_menu = [a for a in win.menuBar().actions() if a.menu() is not None][2].menu()
        assert act in view_menu.actions()
        scene = win.scene
        first_stage = min(scene.stages.values(), key=lambda s: s.position)
        backstage = [lane.id for lane in scene.lanes.values() if lane.kind == LaneKind.BACKSTAGE]
        touchpoints = [i for i, item in scene.cards.items()
                       if item.data_.stage_id == first_stage.id and item.data_.kind == "touchpoint"]
        process_cards = [i for i, item in scene.cards.items()
                         if item.data_.stage_id == first_stage.id and item.data_.lane_id in backstage]
        assert touchpoints and process_cards
        act.trigger()
        assert not any(item.gap_note for item in scene.cards.values())  # the demo's current map has none
        scene.attempt(win.document.delete_cards, process_cards)
        assert {i for i, item in scene.cards.items() if item.gap_note} == set(touchpoints)
        assert "touchpoint" in win.statusBar().currentMessage()
        assert "No internal process" in scene.cards[touchpoints[0]].toolTip()
        win.act_undo.trigger()
        assert not any(item.gap_note for item in scene.cards.values())
        scene.attempt(win.document.delete_cards, process_cards)
        act.trigger()  # off: nothing flagged any more
        assert not any(item.gap_note for item in scene.cards.values())
    finally:
        win.close()


def test_the_status_bar_counts_follow_the_map_shown(qtbot, demo_file: Path) -> None:
    """Review of issue 18: switching from the future map (1 + 1 gaps) to the current one (none)
    left the future map's counts in the status bar."""
    win = _window(qtbot, demo_file)
    try:
        current, future = (m.id for m in win.document.maps())
        processes = win.processes
        win.maps.choose(future)
        processes.act_show.trigger()
        on_future = win.statusBar().currentMessage()
        gaps = processes.gaps()
        assert gaps is not None and len(gaps.unsupported) == len(gaps.unused_processes) == 1
        assert on_future == processes.summary(gaps)
        win.maps.choose(current)
        gaps = processes.gaps()
        assert gaps is not None and not gaps.unsupported and not gaps.unused_processes
        assert win.statusBar().currentMessage() == processes.summary(gaps) != on_future
        win.maps.choose(future)
        assert win.statusBar().currentMessage() == on_future
        # An edit that clears the last flag says so too (the old counts do not linger).
        gaps = processes.gaps()
        assert gaps is not None
        win.scene.attempt(win.document.delete_cards,
                          [card.id for card in (*gaps.unsupported, *gaps.unused_processes)])
        gaps = processes.gaps()
        assert gaps is not None and not gaps.unsupported and not gaps.unused_processes
        assert win.statusBar().currentMessage() == processes.summary(gaps)
    finally:
        win.close()
