"""The grid's items: the cell background, stage and lane headers, and the persona strip.

Headers are the handles for their column or row: click selects, double-click renames in
place, drag reorders, dragging the far edge resizes; the edit is sent on release only.
While the scene's structure is locked (the facilitator lock) headers only select: no drag,
resize or rename, and a small padlock on each header says so. Items paint with the palette
the scene hands them (style.BoardPalette). A header reaches its board only through
HeaderHost, the few things it asks of it (BoardScene provides them).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cxworkshop.board import describe, icons, labels, style, summary
from cxworkshop.board.card_item import USER_TYPE

if TYPE_CHECKING:
    from cxworkshop.board.layout import BoardLayout
    from cxworkshop.model.records import Persona

STAGE_HEADER_TYPE = USER_TYPE + 2
LANE_HEADER_TYPE = USER_TYPE + 3
PERSONA_TYPE = USER_TYPE + 4
EDGE = 12.0


def legible_px(px: int, lod: float, room: float) -> int:
    """A header's font size (scene units) at scale `lod`: its own `px` while that reads, else
    big enough for SUMMARY_MIN_PX on screen, but never taller than `room` allows."""
    if lod <= 0 or lod * px >= summary.SUMMARY_MIN_PX:
        return px
    return max(px, math.ceil(min(summary.SUMMARY_MIN_PX / lod, room)))


def paint_padlock(p: QPainter, r: QRectF, colour: QColor) -> None:
    """A small closed padlock: the structure is locked (shape, not colour, carries it)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = r.width(), r.height()
    p.setPen(QPen(colour, max(1.5, w * 0.16)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(r.left() + w * 0.2, r.top(), w * 0.6, h * 0.7), 0, 180 * 16)
    p.drawLine(QPointF(r.left() + w * 0.2, r.top() + h * 0.35),
               QPointF(r.left() + w * 0.2, r.top() + h * 0.5))
    p.drawLine(QPointF(r.right() - w * 0.2, r.top() + h * 0.35),
               QPointF(r.right() - w * 0.2, r.top() + h * 0.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(r.left(), r.top() + h * 0.45, w, h * 0.55), 2, 2)
    p.restore()


class GridBackground(QGraphicsItem):
    """Lane bands, stage separators and the current cell, painted in one pass."""

    palette: style.BoardPalette = style.BOARD

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._layout: BoardLayout | None = None
        self._lane_kinds: dict[int, str] = {}
        self.current: tuple[int, int] | None = None

    def set_layout(self, layout: BoardLayout, lane_kinds: dict[int, str]) -> None:
        self.prepareGeometryChange()
        self._layout, self._lane_kinds = layout, lane_kinds
        self.update()

    def set_current(self, cell: tuple[int, int] | None) -> None:
        self.current = cell
        self.update()

    def boundingRect(self) -> QRectF:
        return self._layout.grid.adjusted(-4, -4, 4, 4) if self._layout else QRectF()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._layout
        if layout is None:
            return
        grid = layout.grid
        pal = self.palette
        for lane_id in layout.lane_ids:
            y, h = layout.lane_y[lane_id]
            _, light = pal.lane_colours(self._lane_kinds.get(lane_id, "custom"))
            p.fillRect(QRectF(grid.left(), y, grid.width(), h), light)
        p.setPen(QPen(pal.grid_line, pal.grid_line_width))
        for lane_id in layout.lane_ids:
            y, h = layout.lane_y[lane_id]
            p.drawLine(QPointF(grid.left(), y + h), QPointF(grid.right(), y + h))
        for stage_id in layout.stage_ids:
            x, w = layout.stage_x[stage_id]
            p.drawLine(QPointF(x + w, grid.top()), QPointF(x + w, grid.bottom()))
        p.setPen(QPen(pal.grid_border, pal.border_width))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(grid)
        if self.current and self.current[0] in layout.stage_x and self.current[1] in layout.lane_y:
            p.setPen(QPen(pal.current_cell, 4, Qt.PenStyle.DashLine))
            p.drawRect(layout.cell_rect(*self.current).adjusted(3, 3, -3, -3))


class HeaderHost(Protocol):
    """What a stage or lane header asks of the board that holds it."""

    read_only: bool
    voting_mode: bool
    layout: BoardLayout

    @property
    def structure_locked(self) -> bool: ...

    def commit_header_resize(self, header: _HeaderItem, extent: float) -> None: ...

    def commit_header_move(self, header: _HeaderItem, centre: float) -> None: ...

    def start_rename(self, header: _HeaderItem) -> None: ...


class _HeaderItem(QGraphicsItem):
    """Shared drag/resize behaviour of stage and lane headers; `axis` 0 = x, 1 = y."""

    axis = 0
    palette: style.BoardPalette = style.BOARD

    def __init__(self, board: HeaderHost, row_id: int, name: str) -> None:
        super().__init__()
        self.board = board
        self.row_id = row_id
        self.name = name
        self.editing = False
        self._size = QRectF()
        self._mode: str | None = None
        self._press = QPointF()
        self._start = QPointF()
        self.preview_extent: float | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(20)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.setPos(rect.topLeft())
        self._size = QRectF(0, 0, rect.width(), rect.height())
        self.preview_extent = None

    def extent(self) -> float:
        if self.preview_extent is not None:
            return self.preview_extent
        return self._size.width() if self.axis == 0 else self._size.height()

    def rect(self) -> QRectF:
        if self.axis == 0:
            return QRectF(0, 0, self.extent(), self._size.height())
        return QRectF(0, 0, self._size.width(), self.extent())

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-3, -3, 3, 3)

    def _on_edge(self, pos: QPointF) -> bool:
        along = pos.x() if self.axis == 0 else pos.y()
        return along >= self.extent() - EDGE

    def _fixed(self) -> bool:
        """Nothing about this header may change now: read-only, locked, or voting."""
        board = self.board
        return board.read_only or board.structure_locked or board.voting_mode

    def update_tooltip(self) -> None:
        raise NotImplementedError

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._fixed():
            self.unsetCursor()
            return
        if self._on_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor if self.axis == 0 else Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        super().mousePressEvent(event)
        if self._fixed():
            return
        self._mode = "resize" if self._on_edge(event.pos()) else "press"
        self._press = event.scenePos()
        self._start = self.pos()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._mode is None:
            return
        delta = event.scenePos() - self._press
        along = delta.x() if self.axis == 0 else delta.y()
        if self._mode == "resize":
            base = self._size.width() if self.axis == 0 else self._size.height()
            self.prepareGeometryChange()
            self.preview_extent = max(style.MIN_STAGE_WIDTH if self.axis == 0 else style.MIN_LANE_HEIGHT,
                                      base + along)
            self.update()
            return
        if self._mode == "press" and abs(along) > 8:
            self._mode = "move"
            self.setZValue(30)
        if self._mode == "move":
            self.setPos(self._start + (QPointF(along, 0) if self.axis == 0 else QPointF(0, along)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        mode, self._mode = self._mode, None
        self.setZValue(20)
        super().mouseReleaseEvent(event)
        if mode == "resize" and self.preview_extent is not None:
            self.board.commit_header_resize(self, self.preview_extent)
        elif mode == "move":
            centre = self.sceneBoundingRect().center()
            self.board.commit_header_move(self, centre.x() if self.axis == 0 else centre.y())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.start_rename(self)

    def lock_rect(self) -> QRectF:
        """Where the padlock goes while locked: a corner the name does not use."""
        r = self.rect()
        if self.axis == 0:
            return QRectF(r.right() - 34, r.top() + 6, 15, 19)
        return QRectF(r.right() - 26, r.bottom() - 28, 15, 19)  # lane names need the width


class StageHeaderItem(_HeaderItem):
    axis = 0
    # The stage's measures as (name, figures), e.g. ("NPS", "32 → 45") (issue 17; set by the
    # scene from model.measures.stage_badges).
    measure_badges: list[tuple[str, str]] = []

    @property
    def measure_badge(self) -> str:
        """The badge in words: "NPS 32 → 45 · Churn 18 → 14"."""
        return " · ".join(f"{name} {figures}".strip() for name, figures in self.measure_badges)

    def type(self) -> int:
        return STAGE_HEADER_TYPE

    def badge_rect(self) -> QRectF:
        """Where the measures' badge goes: a strip along the bottom of the header."""
        r = self.rect().adjusted(2, 0, -2, 0)
        return QRectF(r.left() + 10, r.bottom() - 24, r.width() - 20, 20)

    def _paint_badge(self, p: QPainter, ink: QColor) -> None:
        rect = self.badge_rect()
        p.setFont(style.font(13, bold=True))
        metrics = p.fontMetrics()
        # Figures in full, names shortened to share what is left: "Tempo di ri… 120 → 30".
        joiner = " · "
        fixed = sum(metrics.horizontalAdvance(f" {figures}") for _, figures in self.measure_badges)
        fixed += metrics.horizontalAdvance(joiner) * (len(self.measure_badges) - 1)
        room = max(0.0, rect.width() - 12 - fixed) / max(1, len(self.measure_badges))
        text = joiner.join(
            f"{metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(room))} {figures}".strip()
            for name, figures in self.measure_badges)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 12))
        pill = QRectF(rect.left(), rect.top(), min(rect.width(),
                                                   p.fontMetrics().horizontalAdvance(text) + 12),
                      rect.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette.header_soft)
        p.drawRoundedRect(pill, 6, 6)
        p.setPen(self.palette.text_on(self.palette.header_soft))
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(ink)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pal = self.palette
        r = self.rect().adjusted(2, 0, -2, 0)
        p.fillRect(r, pal.selection if self.isSelected() else pal.header_fill)
        if self.editing:
            return
        icons.paint_stage_icon(p, QRectF(r.left() + 12, r.center().y() - 11, 22, 22), pal.header_soft)
        ink = pal.text_on(pal.selection) if self.isSelected() else pal.header_text
        p.setPen(ink)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        p.setFont(style.font(legible_px(pal.header_px, lod, r.height() * 0.6), bold=True))
        locked = self.board.structure_locked
        text_rect = r.adjusted(44, 4, -40 if locked else -10, -24 if self.measure_badges else -4)
        text = p.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight,
                                          int(text_rect.width()))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if self.measure_badges:
            self._paint_badge(p, ink)
        if locked:
            paint_padlock(p, self.lock_rect(), ink)
        else:
            p.fillRect(QRectF(r.right() - 4, r.top() + 18, 2, r.height() - 36), pal.header_soft)

    def update_tooltip(self) -> None:
        ids = self.board.layout.stage_ids
        index = ids.index(self.row_id) if self.row_id in ids else 0
        self.setToolTip(describe.as_tooltip(describe.stage_tooltip(
            self.name, index, len(ids), self.board.structure_locked)))


class LaneHeaderItem(_HeaderItem):
    axis = 1

    def __init__(self, board: HeaderHost, row_id: int, name: str, kind: str) -> None:
        super().__init__(board, row_id, name)
        self.kind = kind
        # The fit-to-view summary of the name, laid out once per name, size and font step
        # (never per paint): the key, the icon's place (the summary's face) and the words.
        self._small: tuple[tuple[str, float, float, int], QRectF | None, summary.Summary] | None = None

    def type(self) -> int:
        return LANE_HEADER_TYPE

    def update_tooltip(self) -> None:
        self.setToolTip(describe.as_tooltip(describe.lane_tooltip(
            self.name, self.kind, self.board.structure_locked)))

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pal = self.palette
        strong, light = pal.lane_colours(self.kind)
        r = self.rect().adjusted(0, 1, 0, -1)
        p.fillRect(r, pal.selection if self.isSelected() else strong)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        small = summary.summary_px(lod)
        if small is not None and not self.editing:
            if summary.legible(r.width(), lod):
                self._paint_small(p, r, small, strong, light)
            else:  # too narrow for a word: the lane's icon says which lane it is
                side = min(r.width(), r.height()) - 8
                icon = QRectF(r.left() + 4, r.top() + 4, side, side)
                p.fillRect(icon, light)
                icons.paint_lane_icon(p, icon.adjusted(2, 2, -2, -2), self.kind, strong)
            return
        p.fillRect(QRectF(r.left() + 8, r.top() + 10, 40, 40), light)
        icons.paint_lane_icon(p, QRectF(r.left() + 12, r.top() + 14, 32, 32), self.kind, strong)
        if self.editing:
            return
        ink = pal.text_on(pal.selection) if self.isSelected() else pal.lane_header_text
        p.setPen(ink)
        locked = self.board.structure_locked
        p.setFont(style.font(pal.header_px - 2, bold=True))
        p.drawText(r.adjusted(58, 8, -8, -8),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                   self.name)
        if locked:
            paint_padlock(p, self.lock_rect(), ink)
        if r.height() > 110 and self.name != labels.lane_kind(self.kind):
            p.setFont(style.font(14 if pal.name == "board" else 17))
            p.drawText(r.adjusted(12, 8, -8, -10),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                       labels.lane_kind(self.kind))

    def _paint_small(self, p: QPainter, r: QRectF, px: int, strong: QColor, light: QColor) -> None:
        """Fit-to-view: the name in legible letters (whole words, "…" when cut), the icon
        shrunk to one line's height in front of it, as a card's summary does."""
        pal = self.palette
        key = (self.name, r.width(), r.height(), px)
        if self._small is None or self._small[0] != key:
            built = summary.build(self.name, r.width(), r.height(), px, [], face=True)
            self._small = key, built.face, replace(built, face=None)
        _key, face, shown = self._small
        if face is not None:
            p.fillRect(face.translated(r.topLeft()), light)
            icons.paint_lane_icon(p, face.translated(r.topLeft()).adjusted(2, 2, -2, -2),
                                  self.kind, strong)
        ink = pal.text_on(pal.selection) if self.isSelected() else pal.lane_header_text
        p.save()
        p.translate(r.topLeft())
        summary.paint_words(p, shown, ink, None)
        p.restore()
        if self.board.structure_locked:
            paint_padlock(p, self.lock_rect(), ink)


class PersonaStripItem(QGraphicsItem):
    """The personas of the map above the grid: name, description, goals and frustrations."""

    palette: style.BoardPalette = style.BOARD

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._personas: list[Persona] = []
        self.setZValue(1)

    def type(self) -> int:
        return PERSONA_TYPE

    def set_personas(self, rect: QRectF, personas: list[Persona]) -> None:
        self.prepareGeometryChange()
        self._rect, self._personas = rect, personas
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def persona_slots(self) -> list[tuple[QRectF, Persona]]:
        width = min(620.0, (self._rect.width() - style.LANE_HEADER_WIDTH) / max(1, len(self._personas)))
        left = self._rect.left() + style.LANE_HEADER_WIDTH + style.GRID_GAP
        return [(QRectF(left + i * width, self._rect.top(), width - 12, self._rect.height()), persona)
                for i, persona in enumerate(self._personas)]

    def persona_at(self, pos: QPointF) -> Persona | None:
        for rect, persona in self.persona_slots():
            if rect.contains(pos):
                return persona
        return None

    @staticmethod
    def title() -> str:
        # Literal translate() calls, which the string extractor can see.
        return QCoreApplication.translate("PersonaStripItem", "Personas")

    @staticmethod
    def empty_hint() -> str:
        return QCoreApplication.translate("PersonaStripItem", "Double-click here to add a persona")

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pal = self.palette
        head = QRectF(self._rect.left(), self._rect.top(), style.LANE_HEADER_WIDTH, self._rect.height())
        p.fillRect(head, pal.header_fill)
        icons.paint_lane_icon(p, QRectF(head.left() + 14, head.top() + 14, 32, 32),
                              "customer_actions", pal.header_soft)
        p.setPen(pal.header_text)
        p.setFont(style.font(pal.header_px - 2, bold=True))
        p.drawText(head.adjusted(58, 14, -8, -8), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                   self.title())
        ink = pal.text_on(pal.paper)
        if not self._personas:
            p.setPen(pal.ink_soft)
            p.setFont(style.font(18))
            p.drawText(self._rect.adjusted(style.LANE_HEADER_WIDTH + 24, 0, 0, 0),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self.empty_hint())
            return
        for rect, persona in self.persona_slots():
            p.setPen(QPen(pal.grid_border, 1.5 if pal.name == "board" else 3.0))
            p.setBrush(QBrush(pal.paper))
            p.drawRect(rect)
            p.setPen(ink)
            p.setFont(style.font(21, bold=True))
            p.drawText(rect.adjusted(14, 8, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       persona.name)
            p.setFont(style.font(16))
            fm_height = 21
            # The persona dialog's words, so the strip and the dialog say the same thing.
            lines = [(None, persona.description),
                     (QCoreApplication.translate("PersonaDialog", "Goals"), persona.goals),
                     (QCoreApplication.translate("PersonaDialog", "Frustrations"), persona.frustrations)]
            y = rect.top() + 40
            for title, text in lines:
                if not text:
                    continue
                line = text.replace("\n", "; ")
                if title:
                    line = f"{title}: {line}"
                body = QRectF(rect.left() + 14, y, rect.width() - 24, fm_height * 2 + 2)
                p.setPen(ink if title is None else pal.ink_soft)
                elided = p.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                    int(body.width() * 2 - 40))
                p.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, elided)
                y += fm_height * 2 + 4
                if y > rect.bottom() - fm_height:
                    break
