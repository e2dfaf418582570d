"""Reordering stages and lanes from the keyboard: Alt+Left/Right on a selected stage header,
Alt+Up/Down on a selected lane header.

The move goes through the scene's own header-move commit (the one a mouse drag ends with), so
it is one document edit and one undo step. While the facilitator lock is on, the refusal is
said in the status bar, as for a rename, instead of a key that silently does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem, _HeaderItem
from cxworkshop.board.mirror import locked_message

if TYPE_CHECKING:
    from cxworkshop.board.scene import BoardScene

# (axis, step): axis 0 moves stages (left/right), 1 moves lanes (up/down).
HEADER_KEYS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (1, -1), Qt.Key.Key_Down: (1, 1),
}


def move_header(scene: BoardScene, header: _HeaderItem, step: int) -> bool:
    """Move `header`'s stage or lane `step` places (-1 or +1); True if the order changed."""
    layout = scene.layout
    ids = layout.stage_ids if isinstance(header, StageHeaderItem) else layout.lane_ids
    if header.row_id not in ids:
        return False
    current = ids.index(header.row_id)
    target = current + step
    if not 0 <= target < len(ids) or scene.voting_mode:
        return False
    if scene.structure_locked:
        scene.edit_rejected.emit(locked_message())
        return False
    # commit_header_move takes where the header's centre was dropped: the far edge of the
    # neighbour lands it just past that neighbour, the near edge just before it.
    neighbour = ids[target]
    if isinstance(header, StageHeaderItem):
        left, width = layout.stage_x[neighbour]
    else:
        left, width = layout.lane_y[neighbour]
    drop = left + width - 1 if step > 0 else left + 1
    before = list(ids)
    scene.commit_header_move(header, drop)
    after = scene.layout.stage_ids if isinstance(header, StageHeaderItem) else scene.layout.lane_ids
    return after != before


def header_for_key(header: _HeaderItem | None, key: int) -> int | None:
    """The step an Alt+arrow means for `header`, or None if that arrow does not apply to it."""
    if header is None or key not in HEADER_KEYS:
        return None
    axis, step = HEADER_KEYS[key]
    wanted = StageHeaderItem if axis == 0 else LaneHeaderItem
    return step if isinstance(header, wanted) else None
