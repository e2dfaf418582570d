"""The window as a whole: welcome screen, templates, title, reopening, and the headless renders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from cxworkshop.board.palette import PALETTE_KINDS, STAGE_ENTRY
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import Card, Stage
from cxworkshop.ui.board_png import run_board_png
from cxworkshop.ui.screenshot import run_screenshot


def distinct_colours(image: QImage, step: int = 17) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshot_is_a_non_blank_png_of_the_requested_size(demo_file: Path, tmp_path: Path):
    for size in ((1280, 720), (1920, 1080)):
        out = tmp_path / f"shot-{size[0]}.png"
        assert run_screenshot(demo_file, out, size) == 0
        image = QImage(str(out))
        assert (image.width(), image.height()) == size
        assert distinct_colours(image) > 40


def test_screenshot_of_a_bad_file_fails_with_one_line(tmp_path: Path, capsys):
    bad = tmp_path / "bad.cxw"
    bad.write_bytes(b"not a workshop at all" * 50)
    assert run_screenshot(bad, tmp_path / "out.png") == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("cxworkshop: error: ")
    assert not (tmp_path / "out.png").exists()


def test_board_png_renders_the_whole_scene(demo_file: Path, tmp_path: Path):
    out = tmp_path / "board.png"
    assert run_board_png(demo_file, out) == 0
    image = QImage(str(out))
    assert image.width() > 1500 and distinct_colours(image) > 40


def test_welcome_then_template_then_title(qtbot, tmp_path: Path):
    from cxworkshop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.welcome
    assert window.create_from_template("blueprint", "it", "Officina", "Rossi Srl",
                                       path=tmp_path / "officina")
    assert window.document.path == tmp_path / "officina.cxw"
    assert "Officina" in window.windowTitle() and "officina.cxw" in window.windowTitle()
    assert "saved" in window.windowTitle() and "*" not in window.windowTitle()
    assert {lane.kind for lane in window.scene.lanes.values()} >= {"backstage", "support_processes"}
    window.close_document()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    window.close()


def test_done_when_twenty_cards_of_every_kind_survive_reopening(qtbot, sme_file: Path, window):
    scene, stack = window.scene, window.document.undo_stack
    kinds = [k for k in PALETTE_KINDS if k != STAGE_ENTRY]
    for n in range(20):
        for k, kind in enumerate(kinds):
            cell = (scene.layout.stage_ids[n % 7], scene.layout.lane_ids[k % 8])
            scene.add_card_at(cell, {**window.board_palette.entry_for(kind), "text": f"{kind} {n}"},
                              edit_text=False)
    first = min(scene.cards)
    scene.move_cards_to([scene.cards[first]],
                        scene.layout.cell_rect(scene.layout.stage_ids[6], scene.layout.lane_ids[7]).center())
    scene.start_edit_card(scene.cards[first])
    scene.editor.setPlainText("edited")
    scene.finish_editing()
    stack.undo()
    stack.undo()
    stack.redo()
    stack.redo()
    expected = {i: (c.data_.stage_id, c.data_.lane_id, c.data_.text, c.data_.kind)
                for i, c in scene.cards.items()}
    window.close_document()
    doc = WorkshopDocument.open(sme_file)
    try:
        found = {c.id: (c.stage_id, c.lane_id, c.text, c.kind) for c in doc.rows(Card)}
        assert found == expected and len(found) == 20 * len(kinds)
        assert found[first][2] == "edited"
        assert found[first][:2] == (doc.rows(Stage)[6].id, expected[first][1])
    finally:
        doc.close()
