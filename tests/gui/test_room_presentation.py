"""Presentation mode: the window, its keys, the lock, the timer, F5 resuming, clean closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenuBar, QToolBar

from cxworkshop.board.scene import BoardScene
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import Card, Lane, Stage
from cxworkshop.ui.presentation import PresentationWindow, SlideKind
from cxworkshop.ui.presentation.stage_slide import StageSlide
from tests.gui.test_room_support import no_exception_reaches_the_loop


def _present(qtbot, path: Path, read_only: bool = False) -> PresentationWindow:
    document = WorkshopDocument.open(path, read_only=read_only)
    scene = BoardScene(document)
    window = PresentationWindow(scene, document)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    window.resize(1280, 720)
    return window


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    from cxworkshop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    yield window
    window.close()


def _back_to_the_board(qtbot, window) -> None:
    qtbot.wait(20)  # deleteLater runs
    assert QApplication.activeWindow() is window


def _kind(window: PresentationWindow) -> SlideKind:
    return window.current_slide().key.kind


def test_enters_full_screen_without_chrome_and_escape_leaves(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        assert not window.findChildren(QMenuBar)
        assert not window.findChildren(QToolBar)
        assert not window.findChildren(QDockWidget)
        assert _kind(window) == SlideKind.OVERVIEW and window.current_index() == 0
        window.view.grab()  # paints without error
        with qtbot.waitSignal(window.closed, timeout=2000):
            qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        assert not window.isVisible()
        window.document.close()


def test_remote_keys_digits_and_letters_move_between_slides(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        assert window.stage_count() == 7
        for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            qtbot.keyClick(window.view, key)
        assert window.current_index() == 3
        qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
        qtbot.keyClick(window.view, Qt.Key.Key_Left)
        assert window.current_index() == 1 and window.current_stage_index() == 0
        assert "Stage 1 of 7" in window.footer_state().where
        qtbot.keyClick(window.view, Qt.Key.Key_End)
        assert window.current_index() == window.slide_count() - 1 and _kind(window) == SlideKind.PLAN
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)  # stays on the last slide
        assert window.current_index() == window.slide_count() - 1
        qtbot.keyClick(window.view, Qt.Key.Key_Home)
        assert window.current_index() == 0
        qtbot.keyClick(window.view, Qt.Key.Key_4)
        assert window.current_stage_index() == 3
        assert window.current_slide().title.startswith(window.content.stages[3].name)
        qtbot.keyClick(window.view, Qt.Key.Key_O)
        assert _kind(window) == SlideKind.OVERVIEW
        qtbot.keyClick(window.view, Qt.Key.Key_O)  # again: back where we were
        assert window.current_stage_index() == 3
        qtbot.keyClick(window.view, Qt.Key.Key_V)
        assert _kind(window) == SlideKind.VOTES
        qtbot.keyClick(window.view, Qt.Key.Key_P)
        assert _kind(window) == SlideKind.PLAN
        qtbot.keyClick(window.view, Qt.Key.Key_Z)
        assert window.current_stage_index() == 3
        qtbot.keyClick(window.view, Qt.Key.Key_9)  # no stage 9: nothing moves
        assert window.current_stage_index() == 3
        window.close()
        window.document.close()


def test_two_digits_reach_stage_twelve(qtbot, sme_file: Path):
    document = WorkshopDocument.open(sme_file)
    map_id = document.first_map().id
    while len(document.rows(Stage, map_id=map_id)) < 12:
        document.add_stage(map_id, f"Extra {len(document.rows(Stage, map_id=map_id)) + 1}")
    document.close()
    window = _present(qtbot, sme_file)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.current_stage_index() == 11
    window.close()
    window.document.close()


def test_slides_follow_the_document(qtbot, demo_file: Path):
    window = _present(qtbot, demo_file)
    window.go_to_stage(1)
    stage = window.content.stages[1]
    lane = window.document.rows(Lane, map_id=window.map_id)[0]
    window.document.add_card(stage.id, lane.id, "note", "Nuova idea dalla sala riunioni")
    assert any("Nuova idea" in text for text in window.current_slide().texts())
    assert window.current_stage_index() == 1  # the room stays on its slide
    window.document.rename_stage(stage.id, "Valutazione rinominata")
    assert window.current_slide().title.startswith("Valutazione rinominata")
    window.close()
    window.document.close()


def test_lock_key_locks_the_session_and_leaving_keeps_it(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        scene = window.scene
        qtbot.keyClick(window.view, Qt.Key.Key_L)
        assert scene.structure_locked and window.footer_state().lock == "Locked"
        first = scene.layout.stage_ids[0]
        scene.change_structure(window.document.move_stage, first, 3)
        assert scene.layout.stage_ids[0] == first  # the lock refuses structure edits
        window.close()
        assert scene.structure_locked  # leaving the presentation keeps the session's lock
        window.document.close()


def test_timer_starts_from_the_presentation_and_shows_in_the_footer(demo_window, qtbot):
    window = demo_window
    presenter = window.present()
    qtbot.waitExposed(presenter)
    timer = window.plan.timer
    assert not timer.is_running and presenter.footer_state().timer == ""
    qtbot.keyClick(presenter.view, Qt.Key.Key_T)
    assert timer.is_running
    assert presenter.footer_state().timer.startswith("Time ")
    qtbot.keyClick(presenter.view, Qt.Key.Key_T)
    assert not timer.is_running and presenter.footer_state().timer.startswith("Paused ")
    presenter.close()


def test_f5_resumes_at_the_slide_last_shown(demo_window, qtbot):
    window = demo_window
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    qtbot.keyClick(presenter.view, Qt.Key.Key_5)
    qtbot.keyClick(presenter.view, Qt.Key.Key_Right)
    shown = presenter.current_slide().key
    with qtbot.waitSignal(presenter.closed, timeout=2000):
        qtbot.keyClick(presenter.view, Qt.Key.Key_Escape)
    _back_to_the_board(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    again = window.presenter
    assert again is not None and again is not presenter
    qtbot.waitExposed(again)
    assert again.current_slide().key == shown
    again.close()


def test_closed_presentations_hear_nothing_after_f5_and_escape_rounds(demo_window, qtbot, capfd):
    """Closed windows used to stay connected to the timer and the voting panel."""
    window = demo_window
    with no_exception_reaches_the_loop():
        for _ in range(4):
            qtbot.keyClick(window.view, Qt.Key.Key_F5)
            presenter = window.presenter
            qtbot.waitExposed(presenter)
            qtbot.keyClick(presenter.view, Qt.Key.Key_Right)
            with qtbot.waitSignal(presenter.closed, timeout=2000):
                qtbot.keyClick(presenter.view, Qt.Key.Key_Escape)
            _back_to_the_board(qtbot, window)
        timer = window.plan.timer
        timer.start()
        timer.tick()
        timer.remaining_changed.emit(42)
        timer.finished.emit()
        timer.pause()
        voting = window.plan.voting
        pain = next(c.id for c in window.document.rows(Card) if c.kind == "pain_point")
        voting.start_round(2, ["pain_point"], "Pains")
        voting.vote_on_card(pain)
        voting.close_current_round()
        window.document.add_card(window.document.rows(Stage)[0].id,
                                 window.document.rows(Lane)[0].id, "note", "after")
        qtbot.wait(30)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "already deleted" not in err, err


def test_voting_shows_in_the_footer_while_a_round_is_open(demo_window, qtbot):
    window = demo_window
    presenter = window.present()
    qtbot.waitExposed(presenter)
    pain = next(c.id for c in window.document.rows(Card) if c.kind == "pain_point")
    window.plan.voting.start_round(2, ["pain_point"], "Pains")
    window.plan.voting.vote_on_card(pain)
    assert presenter.tally == {pain: 1}
    assert presenter.footer_state().tally == "Votes: 1 · voting"
    qtbot.keyClick(presenter.view, Qt.Key.Key_V)
    slide = presenter.current_slide()
    assert slide.key.kind == SlideKind.VOTES and "Pains" in slide.title
    presenter.close()


def test_the_stage_slide_is_what_the_window_paints(qtbot, demo_file: Path):
    window = _present(qtbot, demo_file)
    window.go_to_stage(0)
    slide = window.current_slide()
    assert isinstance(slide, StageSlide)
    assert slide.frame.width == window.view.width() and slide.frame.height == window.view.height()
    window.close()
    window.document.close()
