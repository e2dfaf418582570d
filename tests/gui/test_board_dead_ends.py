"""Dead ends of the board found by trying it as a new user (issue 12): the "Negativa" face,
a click on the emotion lane under the curve, reordering stages and lanes with the keyboard,
and the Italian of the persona strip and of the emotion range message."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from cxworkshop.board import labels
from cxworkshop.board.grid_items import PersonaStripItem
from cxworkshop.model import EMOTION_MAX, EMOTION_MIN, CardKind, LaneKind
from cxworkshop.model.records import Lane, Stage
from cxworkshop.ui.translations import install_translators
from tests.gui.conftest import view_point


def key(qtbot, window, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view.viewport(), k, mod)


# --- the palette's faces ------------------------------------------------------------------

def test_every_palette_face_creates_an_emotion_card_with_its_score(window, disk, qtbot):
    scene, palette = window.scene, window.board_palette
    lane = next(i for i, ln in scene.lanes.items() if ln.kind == LaneKind.EMOTIONS)
    scene.set_current_cell((scene.layout.stage_ids[0], lane))
    rejected: list[str] = []
    scene.edit_rejected.connect(rejected.append)
    emotion_row = palette.list.findItems(palette.list.item(2).text(), Qt.MatchFlag.MatchExactly)[0]
    assert emotion_row.data(Qt.ItemDataRole.UserRole) == CardKind.EMOTION
    faces = palette.emotion_buttons.buttons()  # left to right: -2 .. +2
    assert len(faces) == EMOTION_MAX - EMOTION_MIN + 1
    for score, face in zip(range(EMOTION_MIN, EMOTION_MAX + 1), faces, strict=True):
        face.click()  # the face a user clicks, as a user clicks it
        assert face.accessibleName() == labels.emotion(score)
        assert palette.entry_for(CardKind.EMOTION) == {"kind": "emotion", "emotion": score}
        palette.list.itemActivated.emit(emotion_row)  # Enter on "Emotion": add to the cell
        if scene.editor is not None:
            key(qtbot, window, Qt.Key.Key_Escape)
    assert rejected == []
    scores = sorted(c.emotion for c in disk.cards().values() if c.kind == "emotion"
                    and c.lane_id == lane and c.stage_id == scene.layout.stage_ids[0])
    assert scores == [-2, -1, 0, 1, 2]


def test_the_emotion_range_message_is_italian_in_the_italian_window(window, qapp):
    scene = window.scene
    rejected: list[str] = []
    scene.edit_rejected.connect(rejected.append)
    cell = (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    try:
        install_translators(qapp, "it")
        assert scene.add_card_at(cell, {"kind": "emotion", "emotion": 7}, edit_text=False) is None
    finally:
        install_translators(qapp, "en")
    assert rejected == ["l'emozione deve essere tra -2 e 2"]
    assert scene.add_card_at(cell, {"kind": "emotion", "emotion": 7}, edit_text=False) is None
    assert rejected[-1] == "emotion must be between -2 and 2"


# --- a click on the emotion lane ------------------------------------------------------------

def test_a_click_on_an_empty_emotion_cell_under_the_curve_selects_that_cell(window, qtbot):
    scene, view = window.scene, window.view
    lane = next(i for i, ln in scene.lanes.items() if ln.kind == LaneKind.EMOTIONS)
    first, third = scene.layout.stage_ids[0], scene.layout.stage_ids[2]
    for stage in (first, third):  # a curve needs two points
        scene.add_card_at((stage, lane), {"kind": "emotion", "emotion": 2}, edit_text=False)
    scene.cancel_editing()
    assert scene.curve_points()
    target = scene.layout.stage_ids[1]
    scene.set_current_cell((first, lane))
    rect = scene.layout.cell_rect(target, lane)
    point = QPointF(rect.center().x(), rect.bottom() - 60)  # in the curve's band, no card
    assert scene.card_at(point) is None
    view.centerOn(point)  # mid-view: not under a pinned stage or lane name
    QApplication.processEvents()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(view, point))
    assert scene.current_cell == (target, lane)


def test_a_click_on_an_empty_cell_selects_it_in_the_overview_too(window, qtbot):
    scene, view = window.scene, window.view
    view.set_zoom(0.1)
    assert scene.overview.active
    cell = (scene.layout.stage_ids[2], scene.layout.lane_ids[1])
    point = scene.layout.cell_rect(*cell).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(view, point))
    assert scene.current_cell == cell


# --- reordering stages and lanes with the keyboard ----------------------------------------

def _select(scene, header) -> None:
    scene.clearSelection()
    header.setSelected(True)


def _order(disk, model) -> list[int]:
    return [row.id for row in sorted(disk._read(model), key=lambda r: r.position)]


def test_alt_left_right_move_the_selected_stage_one_undo_step_each(window, disk, qtbot):
    scene = window.scene
    ids = list(scene.layout.stage_ids)
    second = ids[1]
    _select(scene, scene.stage_items[second])
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    expected = [ids[0], ids[2], second, *ids[3:]]
    assert scene.layout.stage_ids == expected and _order(disk, Stage) == expected
    assert scene.stage_items[second].isSelected()  # still selected: the next press moves on
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _order(disk, Stage) == [second, ids[0], *ids[2:]]
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # already first
    assert _order(disk, Stage) == [second, ids[0], *ids[2:]]
    key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # not a stage's axis
    assert _order(disk, Stage) == [second, ids[0], *ids[2:]]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _order(disk, Stage) == [ids[0], second, *ids[2:]]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _order(disk, Stage) == ids


def test_alt_up_down_move_the_selected_lane(window, disk, qtbot):
    scene = window.scene
    ids = list(scene.layout.lane_ids)
    last = ids[-1]
    _select(scene, scene.lane_items[last])
    key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _order(disk, Lane) == [*ids[:-2], last, ids[-2]]
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _order(disk, Lane) == ids
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert _order(disk, Lane) == ids
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _order(disk, Lane) == [*ids[:-2], last, ids[-2]]


def test_keyboard_reorder_is_refused_while_the_structure_is_locked(window, disk, qtbot):
    scene = window.scene
    ids = list(scene.layout.stage_ids)
    rejected: list[str] = []
    scene.edit_rejected.connect(rejected.append)
    scene.set_structure_locked(True)
    _select(scene, scene.stage_items[ids[0]])
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    _select(scene, scene.lane_items[scene.layout.lane_ids[0]])
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _order(disk, Stage) == ids
    assert len(rejected) == 2 and "locked" in rejected[0]
    assert "locked" in window.statusBar().currentMessage()


def test_alt_arrows_still_move_selected_cards(window, disk, qtbot):
    scene = window.scene
    cell = (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    card = scene.add_card_at(cell, {"kind": "note", "text": "move me"}, edit_text=False)
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert disk.cards()[card].stage_id == scene.layout.stage_ids[1]


# --- Italian ------------------------------------------------------------------------------

def _strip_image(window) -> QImage:
    strip = next(i for i in window.scene.items() if isinstance(i, PersonaStripItem))
    rect = strip.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-rect.topLeft())
    strip.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_the_persona_strip_speaks_italian(window, qapp):
    assert window.scene.personas == []  # the strip shows its invitation
    english = _strip_image(window)
    try:
        install_translators(qapp, "it")
        italian = _strip_image(window)
        hint = PersonaStripItem.empty_hint()
    finally:
        install_translators(qapp, "en")
    assert italian != english
    assert hint == "Fai doppio clic qui per aggiungere una persona"
    assert PersonaStripItem.empty_hint() == "Double-click here to add a persona"
