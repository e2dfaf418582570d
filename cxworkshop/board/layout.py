"""Where everything sits: stage columns, lane rows, cells and the stack of cards in a cell.

Pure geometry from the ordered stages and lanes and the card heights; a lane grows to hold
its tallest stack, so cards never spill out of their cell. Between two card edits a lane keeps
its height while its cards fit and it is not left too loose (LANE_SLACK), and it grows with
some room to spare (LANE_GROWTH): a lane that moves, moves every card below it, so a drop or a
delete should only rarely move one. While a card is typed into in place, its lane is held
(`held`): the stack may reach past the lane's bottom until the editor closes, so no keystroke
moves the lanes below (and their thousands of cards) mid-word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from cxworkshop.board import style

LANE_GROWTH = 2 * (style.CARD_MIN_HEIGHT + style.CARD_GAP)  # room added when a lane must grow
LANE_SLACK = 4 * (style.CARD_MIN_HEIGHT + style.CARD_GAP)  # empty room a lane may keep


@dataclass
class BoardLayout:
    stage_ids: list[int] = field(default_factory=list)
    lane_ids: list[int] = field(default_factory=list)
    stage_x: dict[int, tuple[float, float]] = field(default_factory=dict)  # id -> (x, width)
    lane_y: dict[int, tuple[float, float]] = field(default_factory=dict)  # id -> (y, height)
    grid: QRectF = field(default_factory=QRectF)

    @staticmethod
    def grid_origin() -> QPointF:
        return QPointF(style.LANE_HEADER_WIDTH + style.GRID_GAP,
                       style.PERSONA_STRIP_HEIGHT + style.GRID_GAP * 2 + style.STAGE_HEADER_HEIGHT)

    @classmethod
    def compute(cls, stages: list[tuple[int, float]], lanes: list[tuple[int, float]],
                stack_heights: dict[tuple[int, int], float],
                extra: dict[int, float] | None = None,
                previous: BoardLayout | None = None,
                held: frozenset[int] = frozenset()) -> BoardLayout:
        """`extra` reserves room below the cards of some lanes (the emotion curve's band);
        `previous`, the layout before a card edit, lets lanes keep their heights (see above);
        the lanes in `held` keep their previous height whatever their cards need."""
        layout = cls([s for s, _ in stages], [lane for lane, _ in lanes])
        origin = cls.grid_origin()
        x = origin.x()
        for stage_id, width in stages:
            width = max(style.MIN_STAGE_WIDTH, width)
            layout.stage_x[stage_id] = (x, width)
            x += width
        need: dict[int, float] = {}
        for (_, lane_id), height in stack_heights.items():
            need[lane_id] = max(need.get(lane_id, 0.0), height + 2 * style.CARD_MARGIN)
        y = origin.y()
        extra = extra or {}
        for lane_id, height in lanes:
            own = max(style.MIN_LANE_HEIGHT, height)
            cards = need.get(lane_id, style.CARD_MARGIN) + extra.get(lane_id, 0.0)
            height = max(own, cards)
            before = previous.lane_y.get(lane_id) if previous is not None else None
            if before is not None and lane_id in held:
                height = before[1]
            elif before is not None:
                if height <= before[1] <= max(own, cards + LANE_SLACK):
                    height = before[1]  # the cards still fit and the lane is not too loose
                elif cards > before[1]:
                    height = max(own, cards + LANE_GROWTH)
            layout.lane_y[lane_id] = (y, height)
            y += height
        layout.grid = QRectF(origin.x(), origin.y(), x - origin.x(), y - origin.y())
        return layout

    def cell_rect(self, stage_id: int, lane_id: int) -> QRectF:
        x, w = self.stage_x[stage_id]
        y, h = self.lane_y[lane_id]
        return QRectF(x, y, w, h)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        stage = self.stage_at(point.x())
        lane = self.lane_at(point.y())
        return (stage, lane) if stage is not None and lane is not None else None

    def stage_at(self, x: float) -> int | None:
        for stage_id in self.stage_ids:
            left, width = self.stage_x[stage_id]
            if left <= x < left + width:
                return stage_id
        return None

    def lane_at(self, y: float) -> int | None:
        for lane_id in self.lane_ids:
            top, height = self.lane_y[lane_id]
            if top <= y < top + height:
                return lane_id
        return None

    def stage_index_at(self, x: float) -> int:
        """The index a stage dropped at `x` takes: before the first stage whose centre is right of x."""
        for index, stage_id in enumerate(self.stage_ids):
            left, width = self.stage_x[stage_id]
            if x < left + width / 2:
                return index
        return len(self.stage_ids)

    def lane_index_at(self, y: float) -> int:
        for index, lane_id in enumerate(self.lane_ids):
            top, height = self.lane_y[lane_id]
            if y < top + height / 2:
                return index
        return len(self.lane_ids)

    def stage_header_rect(self, stage_id: int) -> QRectF:
        x, w = self.stage_x[stage_id]
        return QRectF(x, self.grid.top() - style.GRID_GAP - style.STAGE_HEADER_HEIGHT, w,
                      style.STAGE_HEADER_HEIGHT)

    def lane_header_rect(self, lane_id: int) -> QRectF:
        y, h = self.lane_y[lane_id]
        return QRectF(0, y, style.LANE_HEADER_WIDTH, h)

    def persona_rect(self) -> QRectF:
        right = max(self.grid.right(), style.LANE_HEADER_WIDTH + 900)
        return QRectF(0, 0, right, style.PERSONA_STRIP_HEIGHT)

    def board_rect(self) -> QRectF:
        return QRectF(0, 0, max(self.grid.right(), self.persona_rect().right()),
                      max(self.grid.bottom(), style.PERSONA_STRIP_HEIGHT)).adjusted(-20, -20, 20, 20)
