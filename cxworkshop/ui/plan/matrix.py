"""The value/effort matrix and the roadmap, in one dock of the plan (Plan > Value/effort matrix,
Ctrl+Shift+X; Plan > Roadmap, Ctrl+Shift+J).

The matrix is a 5x5 grid — effort 1-5 left to right, impact 5-1 top to bottom — split into the
four quadrants of model.matrix (quick wins, big bets, fill-ins, money pits). Each action is a
chip: the owner's initials, the title, and the dots its card received. Actions without an
impact or an effort wait in the "Not yet rated" column on the right.

Moving a chip — dragged with the mouse to another cell, or selected (click, Tab) and moved
with the arrow keys — sets its impact and effort through WorkshopDocument.set_action_rating:
one undo step. While the workshop is read-only or the board is locked (Board > Lock stages
and lanes) the move is refused with a status message and the chip snaps back.

Chip text is 15 px whatever the screen, so a 1280x720 projector still reads it from the room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.matrix import (
    HIGH_FROM,
    SCALE,
    PlanItem,
    Quadrant,
    by_cell,
    clamp,
    plan_items,
    quadrant,
    roadmap,
    unrated,
)
from cxworkshop.model.records import ActionItem, Card, Participant, Vote
from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.edits import PlanEdits

CHIP_PX = 15  # chip text, in pixels: legible from the back of the room at 1280x720
LABEL_PX = 17
CHIP_H = 26
CHIP_H2 = 46  # a chip with its title on two lines, when its cell has the room
AXIS_W = 36
ASIDE_W = 230  # the "Not yet rated" column; narrower while nothing waits there
ASIDE_EMPTY_W = 150
DETAIL_H = 28  # the selected chip in full, under the grid
# Card edits are not watched: typing on the board must not re-read the matrix (the chips show
# no card text; a tooltip's card text may lag until the next plan edit).
_WATCHED = {"action_item", "participant", "vote"}

QUADRANT_FILL = {Quadrant.QUICK_WIN: "#e3f4e6", Quadrant.BIG_BET: "#e3ecf8",
                 Quadrant.FILL_IN: "#f1f2f4", Quadrant.MONEY_PIT: "#fbe9e7"}
QUADRANT_INK = {Quadrant.QUICK_WIN: "#1e6b22", Quadrant.BIG_BET: "#1d4e89",
                Quadrant.FILL_IN: "#4a5562", Quadrant.MONEY_PIT: "#a11d12"}


def quadrant_name(quadrant: Quadrant) -> str:
    names = {Quadrant.QUICK_WIN: QApplication.translate("ValueMatrix", "Quick wins"),
             Quadrant.BIG_BET: QApplication.translate("ValueMatrix", "Big bets"),
             Quadrant.FILL_IN: QApplication.translate("ValueMatrix", "Fill-ins"),
             Quadrant.MONEY_PIT: QApplication.translate("ValueMatrix", "Money pits")}
    return names[quadrant]


def chip_font(bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(CHIP_PX)
    font.setBold(bold)
    return font


def read_items(document: WorkshopDocument) -> list[PlanItem]:
    actions = document.rows(ActionItem)
    # Only the cards the actions came from: a 10,000-card board is not read for nine chips.
    cards = [card for card_id in {a.card_id for a in actions if a.card_id is not None}
             if (card := document.row(Card, card_id)) is not None]
    return plan_items(actions, document.rows(Participant), document.rows(Vote), cards)


@dataclass
class _Drag:
    action_id: int
    start: QPoint
    at: QPoint | None = None  # None until the press moved far enough to be a drag


class _PlanView(QWidget):
    """A view of the plan that follows the document's edits, read again only when shown."""

    document: WorkshopDocument
    _stale = False

    def _follow(self, document: WorkshopDocument) -> None:
        # Read when first shown: a workshop opens without paying for a dock nobody opened.
        self._stale = True
        document.changed.connect(self._on_changed)

    def ensure_fresh(self) -> None:
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables() & _WATCHED:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # read again when shown: a hidden view costs no edit anything

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure_fresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError


class ValueMatrix(_PlanView):
    """The 5x5 value/effort grid with its chips and the "Not yet rated" column."""

    message = Signal(str)  # why a move was refused, for the status bar

    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self.locked = False
        self.items: list[PlanItem] = []
        self.selected: int | None = None
        self._chips: dict[int, QRect] = {}
        # cell -> "+3 more" at its bottom right, or "+3" in the given place beside its one chip
        self._overflow: dict[tuple[int, int], tuple[str, QRect | None]] = {}
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        # Small enough that every dock open still fits 1024x600; the menu opens it large.
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Value/effort matrix"))
        self._follow(document)

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.items = read_items(self.document)
        if self.selected is not None and all(i.id != self.selected for i in self.items):
            self.selected = None
        self._layout()
        self.update()

    def item(self, action_id: int) -> PlanItem | None:
        return next((i for i in self.items if i.id == action_id), None)

    # --- geometry ----------------------------------------------------------------------

    def _aside_width(self) -> int:
        return ASIDE_W if unrated(self.items) else ASIDE_EMPTY_W

    def grid_rect(self) -> QRect:
        return QRect(AXIS_W, 4, max(self.width() - AXIS_W - self._aside_width() - 12, 100),
                     max(self.height() - 4 - AXIS_W - DETAIL_H, 100))

    def aside_rect(self) -> QRect:
        grid = self.grid_rect()
        return QRect(grid.right() + 10, grid.top(), self._aside_width(), grid.height())

    def detail_rect(self) -> QRect:
        grid = self.grid_rect()
        return QRect(4, grid.bottom() + AXIS_W, self.width() - 8, DETAIL_H)

    def cell_rect(self, impact: int, effort: int) -> QRect:
        grid = self.grid_rect()
        width, height = grid.width() / 5, grid.height() / 5
        left = grid.left() + round((effort - 1) * width)
        top = grid.top() + round((5 - impact) * height)
        return QRect(left, top, round(width), round(height))

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(impact, effort) of the cell under `point`, or None outside the grid."""
        grid = self.grid_rect()
        if not grid.contains(point):
            return None
        effort = clamp(1 + int((point.x() - grid.left()) * 5 / grid.width()))
        impact = clamp(5 - int((point.y() - grid.top()) * 5 / grid.height()))
        return impact, effort

    def chip_rect(self, action_id: int) -> QRect | None:
        return self._chips.get(action_id)

    def chip_at(self, point: QPoint) -> int | None:
        return next((aid for aid, rect in self._chips.items() if rect.contains(point)), None)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self._layout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _layout(self) -> None:
        """Where each chip goes: stacked in its cell; what does not fit is counted as "+n"."""
        self._chips.clear()
        self._overflow.clear()
        label = QFontMetrics(self._label_font()).height() + 6
        for (impact, effort), found in by_cell(self.items).items():
            area = self.cell_rect(impact, effort).adjusted(3, 3, -3, -3)
            # The corner cells carry the quadrant's name: chips start clear of it.
            if effort in (1, 5) and impact == 5:
                area.setTop(area.top() + label)
            elif effort in (1, 5) and impact == 1:
                area.setBottom(area.bottom() - label)
            self._stack((impact, effort), area, found)
        aside = self.aside_rect().adjusted(4, LABEL_PX + 14, -4, -4)
        self._stack((0, 0), aside, unrated(self.items))

    @staticmethod
    def _label_font() -> QFont:
        font = chip_font(bold=True)
        font.setPixelSize(LABEL_PX)
        return font

    def _stack(self, key: tuple[int, int], area: QRect, found: list[PlanItem]) -> None:
        tall = len(found) * (CHIP_H2 + 2) <= area.height() and key != (0, 0)
        height = CHIP_H2 if tall else CHIP_H
        room = max(area.height() // (height + 2), 1)
        # The last line says "+n more"; with one line only, the chip keeps it and "+n" goes beside.
        shown = found if len(found) <= room else found[:max(room - 1, 1)]
        if self.selected is not None and len(shown) < len(found):
            chosen = next((i for i in found if i.id == self.selected), None)
            if chosen is not None and chosen not in shown:
                shown = [*shown[:-1], chosen] if shown else [chosen]
        width = area.width()
        if len(shown) < len(found):
            # One line only: the chip keeps it, and a bare "+n" goes beside it.
            beside = room == 1
            more = self.more_text(len(found) - len(shown), beside)
            place = None
            if beside:
                width = max(width - QFontMetrics(chip_font(bold=True)).horizontalAdvance(more) - 12,
                            40)
                place = QRect(area.left() + width, area.top(), area.width() - width, height)
            self._overflow[key] = (more, place)
        for index, item in enumerate(shown):
            self._chips[item.id] = QRect(area.left(), area.top() + index * (height + 2),
                                         width, height)

    def more_text(self, count: int, beside: bool = False) -> str:
        """What a cell says of the chips it has no room for ("+3" alone beside a chip)."""
        return f"+{count}" if beside else self.tr("+%1 more").replace("%1", str(count))

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_grid(painter)
        self._paint_aside(painter)
        self._paint_detail(painter)
        for item in self.items:
            rect = self._chips.get(item.id)
            if rect is not None and not (self._drag and self._drag.at and self._drag.action_id == item.id):
                self._paint_chip(painter, item, rect)
        for key, (more, place) in self._overflow.items():
            area = (self.cell_rect(*key) if key != (0, 0) else self.aside_rect())
            painter.setFont(chip_font(bold=True))
            painter.setPen(QColor("#4a5562"))
            if place is not None:
                painter.drawText(place, Qt.AlignmentFlag.AlignCenter, more)
                continue
            painter.drawText(area.adjusted(0, 0, -8, -4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             more)
        if self._drag is not None and self._drag.at is not None:
            dragged = self.item(self._drag.action_id)
            if dragged is not None:
                rect = QRect(0, 0, min(220, self.grid_rect().width() // 5), CHIP_H)
                rect.moveCenter(self._drag.at)
                painter.setOpacity(0.85)
                self._paint_chip(painter, dragged, rect)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        for impact in SCALE:
            for effort in SCALE:
                quadrant = _quadrant_of(impact, effort)
                painter.fillRect(self.cell_rect(impact, effort), QColor(QUADRANT_FILL[quadrant]))
        grid = self.grid_rect()
        painter.setPen(QPen(QColor("#cbd2d9"), 1))
        for n in range(1, 5):
            x = self.cell_rect(1, n + 1).left()
            y = self.cell_rect(n, 1).top()
            painter.drawLine(x, grid.top(), x, grid.bottom())
            painter.drawLine(grid.left(), y, grid.right(), y)
        # The quadrant boundaries, thick: between 2 and 3 on both scales.
        painter.setPen(QPen(QColor("#1f2933"), 3))
        split_x = self.cell_rect(1, HIGH_FROM).left()
        split_y = self.cell_rect(HIGH_FROM, 1).bottom()
        painter.drawLine(split_x, grid.top(), split_x, grid.bottom())
        painter.drawLine(grid.left(), split_y, grid.right(), split_y)
        painter.setPen(QPen(QColor("#1f2933"), 1.5))
        painter.drawRect(grid)
        # Quadrant names, in their colour, at each quadrant's outer corner.
        painter.setFont(self._label_font())
        corners = ((Quadrant.QUICK_WIN, self.cell_rect(5, 1), Qt.AlignmentFlag.AlignLeft),
                   (Quadrant.BIG_BET, self.cell_rect(5, 5), Qt.AlignmentFlag.AlignRight),
                   (Quadrant.FILL_IN, self.cell_rect(1, 1), Qt.AlignmentFlag.AlignLeft),
                   (Quadrant.MONEY_PIT, self.cell_rect(1, 5), Qt.AlignmentFlag.AlignRight))
        for quadrant, cell, side in corners:
            self._corner_label(painter, quadrant, cell, side,
                               quadrant in (Quadrant.QUICK_WIN, Quadrant.BIG_BET))
        # Axes: effort under the grid, impact along its left side (read bottom to top).
        painter.setPen(QColor("#1f2933"))
        painter.setFont(chip_font(bold=True))
        for effort in SCALE:
            cell = self.cell_rect(1, effort)
            painter.drawText(QRect(cell.left(), grid.bottom() + 2, cell.width(), AXIS_W - 6),
                             Qt.AlignmentFlag.AlignCenter, str(effort))
        for impact in SCALE:
            cell = self.cell_rect(impact, 1)
            painter.drawText(QRect(16, cell.top(), AXIS_W - 18, cell.height()),
                             Qt.AlignmentFlag.AlignCenter, str(impact))
        painter.setFont(chip_font())
        # Between the numbers 4 and 5, clear of both (they are centred in their cells).
        between = self.cell_rect(1, 5).left()
        painter.drawText(QRect(between - 80, grid.bottom() + 2, 160, AXIS_W - 6),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Effort →"))
        painter.save()
        painter.translate(0, grid.bottom())
        painter.rotate(-90)
        painter.drawText(QRect(0, 0, grid.height(), 16), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Impact →"))
        painter.restore()

    def _corner_label(self, painter: QPainter, quadrant: Quadrant, cell: QRect,
                      side: Qt.AlignmentFlag, top: bool) -> None:
        """The quadrant's name in a tag on the outer corner of its corner cell."""
        text = quadrant_name(quadrant)
        metrics = QFontMetrics(painter.font())
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        left = cell.left() + 2 if side == Qt.AlignmentFlag.AlignLeft else cell.right() - width - 1
        y = cell.top() + 2 if top else cell.bottom() - height - 1
        tag = QRect(left, y, width, height)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor(QUADRANT_INK[quadrant]), 1.5))
        painter.drawRoundedRect(QRectF(tag), 4, 4)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_aside(self, painter: QPainter) -> None:
        aside = self.aside_rect()
        painter.fillRect(aside, QColor("#f5f7fa"))
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(aside.adjusted(0, 0, -1, -1))
        painter.setFont(self._label_font())
        painter.setPen(QColor("#1f2933"))
        painter.drawText(aside.adjusted(6, 4, -4, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap,
                         self.tr("Not yet rated (%1)").replace("%1", str(len(unrated(self.items)))))

    def _paint_detail(self, painter: QPainter) -> None:
        """The selected action in full, for the room: the chips only have room for a start."""
        item = self.item(self.selected) if self.selected is not None else None
        painter.setPen(QColor("#1f2933"))
        painter.setFont(chip_font())
        text = (self.detail_text(item) if item is not None else
                self.tr("Drag an action to another cell, or select it (click, Tab) and move it "
                        "with the arrow keys."))
        rect = self.detail_rect()
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight,
                                                                 rect.width()))

    def detail_text(self, item: PlanItem) -> str:
        parts = [item.title, item.owner_name or texts.no_owner_text()]
        if item.impact is not None and item.effort is not None:
            parts.append(self.tr("impact %1, effort %2").replace("%1", str(item.impact))
                         .replace("%2", str(item.effort)))
        else:
            parts.append(self.tr("not yet rated"))
        if item.votes:
            parts.append(f"● {item.votes}")
        return " — ".join(parts)

    def _paint_chip(self, painter: QPainter, item: PlanItem, rect: QRect) -> None:
        selected = item.id == self.selected
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#1d4e89") if selected else QColor("#9aa5b1"),
                            3 if selected else 1))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        inner = rect.adjusted(6, 0, -6, 0)
        tall = rect.height() >= CHIP_H2
        # Initials and dots sit on the first line (the whole chip when it has one line).
        head = QRect(inner.left(), inner.top() + 1, inner.width(), CHIP_H2 // 2) if tall else inner
        bold, plain = chip_font(bold=True), chip_font()
        left = inner.left()
        painter.setFont(bold)
        initials = item.owner_initials or "?"
        painter.setPen(QColor("#1d4e89") if item.owner_initials else QColor("#b42318"))
        width = QFontMetrics(bold).horizontalAdvance(initials)
        painter.drawText(QRect(left, head.top(), width, head.height()),
                         Qt.AlignmentFlag.AlignVCenter, initials)
        left += width + 6
        votes = f"● {item.votes}" if item.votes else ""
        right = inner.right()
        if votes:
            votes_w = QFontMetrics(bold).horizontalAdvance(votes)
            painter.setPen(QColor("#a16207"))
            painter.drawText(QRect(right - votes_w, head.top(), votes_w, head.height()),
                             Qt.AlignmentFlag.AlignVCenter, votes)
            right -= votes_w + 6
        painter.setFont(plain)
        painter.setPen(QColor("#1f2933") if item.is_open else QColor("#7b8794"))
        title = item.title if item.is_open else f"✓ {item.title}"
        metrics = QFontMetrics(plain)
        if not tall:
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(right - left, 10))
            painter.drawText(QRect(left, inner.top(), right - left, inner.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            return
        # Two lines: the first beside the initials, the second the chip's whole width.
        line = CHIP_H2 // 2
        first, rest = _first_line(title, metrics, max(right - left, 10))
        painter.drawText(QRect(left, head.top(), right - left, line),
                         Qt.AlignmentFlag.AlignVCenter, first)
        painter.drawText(QRect(inner.left(), inner.top() + line - 2, inner.width(), line),
                         Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(rest, Qt.TextElideMode.ElideRight, inner.width()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.chip_at(event.pos())
            item = self.item(found) if found is not None else None
            if item is not None:
                QToolTip.showText(event.globalPos(), self.describe(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, item: PlanItem) -> str:
        lines = [item.title]
        lines.append(self.tr("Owner: %1").replace("%1", item.owner_name or texts.no_owner_text()))
        if item.impact is not None and item.effort is not None:
            lines.append(self.tr("Impact %1, effort %2").replace("%1", str(item.impact))
                         .replace("%2", str(item.effort)))
        if item.card_text:
            lines.append(self.tr("Card: %1").replace("%1", item.card_text))
        if item.votes:
            lines.append(self.tr("Dots on its card: %1").replace("%1", str(item.votes)))
        return "\n".join(lines)

    # --- moving a chip: the one edit -----------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self.locked = bool(locked)

    def move_to(self, action_id: int, impact: int, effort: int) -> bool:
        """Give the action this impact and effort (one undo step); refused while locked."""
        item = self.item(action_id)
        if item is None or (item.impact, item.effort) == (impact, effort):
            return False
        if self.locked:
            self.message.emit(self.tr("The board is locked (Board > Lock stages and lanes): "
                                      "unlock it to move actions on the matrix."))
            self.update()  # the chip snaps back
            return False
        done = self.edits.attempt(self.document.set_action_rating, action_id, clamp(impact),
                                  clamp(effort)) is not None
        if done:
            self.message.emit(self.tr("%1: impact %2, effort %3").replace("%1", item.title)
                              .replace("%2", str(clamp(impact))).replace("%3", str(clamp(effort))))
        self.update()
        return done

    def select(self, action_id: int | None) -> None:
        self.selected = action_id
        self._layout()
        self.update()

    def _ordered(self) -> list[int]:
        """Chips in reading order: the grid row by row from the top left, then the unrated."""
        rated = sorted((i for i in self.items if i.quadrant is not None),
                       key=lambda i: (-(i.impact or 0), i.effort or 0, not i.is_open, i.id))
        return [i.id for i in rated] + [i.id for i in unrated(self.items)]

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        # Tab walks the chips; past the last (or before the first) it leaves the matrix.
        order = self._ordered()
        if order and self.hasFocus():
            index = order.index(self.selected) if self.selected in order else -1
            nxt = index + 1 if forward else (index - 1 if index >= 0 else len(order) - 1)
            if 0 <= nxt < len(order):
                self.select(order[nxt])
                return True
            self.select(None)
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0)}
        step = steps.get(Qt.Key(event.key()))
        item = self.item(self.selected) if self.selected is not None else None
        if step is None or item is None:
            super().keyPressEvent(event)
            return
        if item.impact is None or item.effort is None:
            # An unrated action enters the matrix in its middle, 3 and 3.
            self.move_to(item.id, HIGH_FROM, HIGH_FROM)
        else:
            self.move_to(item.id, clamp(item.impact + step[0]), clamp(item.effort + step[1]))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        found = self.chip_at(event.position().toPoint())
        self.select(found)
        self._drag = _Drag(found, event.position().toPoint()) if found is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        drag = self._drag
        if drag is None:
            return
        point = event.position().toPoint()
        if drag.at is None and (point - drag.start).manhattanLength() < \
                QApplication.startDragDistance():
            return
        drag.at = point
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        drag, self._drag = self._drag, None
        if drag is None or drag.at is None:
            return
        target = self.cell_at(event.position().toPoint())
        if target is not None:
            self.move_to(drag.action_id, *target)
        self.update()


def _first_line(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """The words of `text` that fit in `width`, and the rest (a word too long is elided)."""
    words = text.split()
    taken: list[str] = []
    for word in words:
        if metrics.horizontalAdvance(" ".join([*taken, word])) > width:
            break
        taken.append(word)
    if not taken:  # the first word alone is too long: the title goes on the second line
        return "", text
    return " ".join(taken), " ".join(words[len(taken):])


def _quadrant_of(impact: int, effort: int) -> Quadrant:
    found = quadrant(impact, effort)
    assert found is not None
    return found


class RoadmapView(_PlanView):
    """Owners down, months across (from the earliest open due date), each action in its month."""

    def __init__(self, document: WorkshopDocument, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Roadmap"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        font = chip_font()
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(chip_font(bold=True))
        self.table.verticalHeader().setFont(chip_font(bold=True))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.undated = QLabel()
        self.undated.setWordWrap(True)
        self.undated.setFont(chip_font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undated)
        self._follow(document)

    def refresh(self) -> None:
        self._stale = False
        plan = roadmap(read_items(self.document))
        today = self.today()
        self.plan = plan
        self.table.clear()
        self.table.setColumnCount(len(plan.months))
        self.table.setRowCount(len(plan.rows))
        locale = self.locale()
        self.table.setHorizontalHeaderLabels(
            [locale.toString(texts.to_qdate(month), "MMMM yyyy").capitalize() for month in plan.months])
        self.table.setVerticalHeaderLabels([owner or texts.no_owner_text() for owner, _ in plan.rows])
        for row, (_owner, columns) in enumerate(plan.rows):
            for column, found in enumerate(columns):
                if not found:
                    continue
                lines = []
                late = False
                for item in found:
                    overdue = item.is_overdue(today)
                    late = late or overdue
                    mark = "⚠ " if overdue else ""
                    lines.append(f"{mark}{item.title} ({texts.short_date(item.due_on)})")
                cell = QTableWidgetItem("\n".join(lines))
                if late:
                    cell.setBackground(QColor("#fdecea"))
                    cell.setForeground(QColor("#a11d12"))
                    cell.setToolTip(self.tr("⚠ overdue"))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if plan.is_empty:
            self.undated.setText(self.tr("No open action has a due date."))
        elif plan.undated:
            self.undated.setText(self.tr("Without a due date: %1").replace(
                "%1", "; ".join(item.title for item in plan.undated)))
        else:
            self.undated.clear()
        self.undated.setVisible(bool(self.undated.text()))

    def cell_text(self, owner: str, month: date) -> str:
        """What the roadmap shows for `owner` in `month` (tests and accessibility)."""
        row = next((r for r, (name, _) in enumerate(self.plan.rows) if name == owner), None)
        column = next((c for c, m in enumerate(self.plan.months) if m == month.replace(day=1)), None)
        if row is None or column is None:
            return ""
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""


class PriorityDock(QDockWidget):
    """The dock holding both views, as two tabs."""

    MATRIX, ROADMAP = 0, 1

    def __init__(self, document: WorkshopDocument, edits: PlanEdits, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Matrix and roadmap"), parent)
        self.setObjectName("plan-matrix")
        self.matrix = ValueMatrix(document, edits)
        self.roadmap = RoadmapView(document, today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matrix, self.tr("Value/effort matrix"))
        self.tabs.addTab(self.roadmap, self.tr("Roadmap"))
        self.setWidget(self.tabs)

    def show_tab(self, index: int) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(index)
        self.matrix.ensure_fresh()  # also when the window itself is not on screen yet
        self.roadmap.ensure_fresh()
        (self.matrix if index == self.MATRIX else self.roadmap.table).setFocus()
