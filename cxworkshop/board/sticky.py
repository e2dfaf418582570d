"""Sticky headers: stage names stay at the top of the view and lane names at its left while
the board scrolls, so a card far down or far right still says which stage and lane it is in.

Only the view that asks draws them (BoardView.drawForeground): the header items themselves
never move, so a second view of the same scene is not disturbed. A pinned header is the same
item painted at another place; a click on it selects that header, as on the real one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from cxworkshop.board import style
from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem, _HeaderItem
from cxworkshop.board.layout import BoardLayout


@dataclass
class Pinned:
    """Headers drawn pinned, each with the scene rectangle it is drawn in, and the corner
    where the two bands meet (empty when only one band is pinned)."""

    stages: list[tuple[StageHeaderItem, QRectF]]
    lanes: list[tuple[LaneHeaderItem, QRectF]]
    corner: QRectF

    def headers(self) -> list[tuple[_HeaderItem, QRectF]]:
        """In painting order: lanes, then stages over them."""
        return [*self.lanes, *self.stages]

    def header_at(self, point: QPointF) -> _HeaderItem | None:
        if not self.corner.isEmpty() and self.corner.contains(point):
            return None
        for header, rect in reversed(self.headers()):
            if rect.contains(point):
                return header
        return None

    def active(self) -> bool:
        return bool(self.stages or self.lanes)


def pinned(layout: BoardLayout, visible: QRectF, stage_items: dict[int, StageHeaderItem],
           lane_items: dict[int, LaneHeaderItem]) -> Pinned:
    """Which headers are pinned when `visible` (scene coordinates) is what the view shows."""
    result = Pinned([], [], QRectF())
    if not layout.stage_ids or not layout.lane_ids:
        return result
    grid = layout.grid
    top = layout.grid.top() - style.GRID_GAP - style.STAGE_HEADER_HEIGHT
    pin_y = visible.top() > top and visible.top() < grid.bottom() - style.STAGE_HEADER_HEIGHT
    pin_x = visible.left() > 0 and visible.left() < grid.right() - style.LANE_HEADER_WIDTH
    if pin_y:
        for stage_id in layout.stage_ids:
            x, w = layout.stage_x[stage_id]
            stage = stage_items.get(stage_id)
            if stage is not None and x < visible.right() and x + w > visible.left():
                result.stages.append((stage, QRectF(x, visible.top(), w, style.STAGE_HEADER_HEIGHT)))
    if pin_x:
        for lane_id in layout.lane_ids:
            y, h = layout.lane_y[lane_id]
            lane = lane_items.get(lane_id)
            if lane is not None and y < visible.bottom() and y + h > visible.top():
                result.lanes.append((lane, QRectF(visible.left(), y, style.LANE_HEADER_WIDTH, h)))
    if pin_x and pin_y:
        result.corner = QRectF(visible.left(), visible.top(), style.LANE_HEADER_WIDTH,
                               style.STAGE_HEADER_HEIGHT)
    return result
