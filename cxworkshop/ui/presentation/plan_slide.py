"""The action plan slide: owner, action and due date of every action, open work first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from cxworkshop.model.progress import OPEN_STATUSES
from cxworkshop.ui.plan.texts import short_date
from cxworkshop.ui.presentation.content import ActionContent, DeckContent
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.text_flow import wrap

MAX_LINES = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def due_text(action: ActionContent) -> str:
    return short_date(action.due_on) or "—"


@dataclass(frozen=True)
class PlanRow:
    action: ActionContent
    owner: tuple[str, ...]
    title: tuple[str, ...]
    due: str
    top: float
    height: float


@dataclass(frozen=True)
class Columns:
    owner: QRectF
    title: QRectF
    due: QRectF


def _columns(frame: SlideFrame) -> Columns:
    body, gap = frame.body, frame.gap
    metrics = QFontMetricsF(frame.card_font())
    due_w = max(metrics.horizontalAdvance("00/00/0000"),
                QFontMetricsF(frame.label_font()).horizontalAdvance(_tr("Due"))) + gap * 2
    owner_w = body.width() * 0.24
    return Columns(QRectF(body.left(), 0, owner_w - gap * 2, 0),
                   QRectF(body.left() + owner_w, 0, body.width() - owner_w - due_w - gap * 2, 0),
                   QRectF(body.right() - due_w, 0, due_w, 0))


class PlanSlide(Slide):
    kind = SlideKind.PLAN

    def __init__(self, frame: SlideFrame, rows: list[PlanRow], part: int, parts: int) -> None:
        title = _tr("Action plan")
        if parts > 1:
            title = f"{title} ({part + 1}/{parts})"
        super().__init__(frame, SlideKey(SlideKind.PLAN, None, part), title)
        self.rows = rows
        self.columns = _columns(frame)

    def headers(self) -> tuple[str, str, str]:
        return _tr("Owner"), _tr("Action"), _tr("Due")

    def texts(self) -> list[str]:
        return [self.title, *self.headers(),
                *(" ".join((*r.owner, *r.title, r.due)) for r in self.rows)] + (
            [] if self.rows else [_tr("No actions yet")])

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        super().draw(painter, palette)
        frame, body, gap = self.frame, self.frame.body, self.frame.gap
        label = QFontMetricsF(frame.label_font())
        metrics = QFontMetricsF(frame.card_font())
        if not self.rows:
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink_soft)
            painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), _tr("No actions yet"))
            return
        painter.setFont(frame.label_font())
        painter.setPen(palette.ink)
        for column, header in zip((self.columns.owner, self.columns.title, self.columns.due),
                                  self.headers(), strict=True):
            painter.drawText(QPointF(column.left(), body.top() + label.ascent()), header)
        line_y = body.top() + label.height() + gap / 2
        painter.setPen(QPen(palette.ink, max(2.0, frame.unit * 0.08)))
        painter.drawLine(QPointF(body.left(), line_y), QPointF(body.right(), line_y))
        for index, row in enumerate(self.rows):
            if index % 2:
                painter.fillRect(QRectF(body.left(), row.top - gap, body.width(),
                                        row.height + gap * 2), palette.band)
            closed = row.action.status not in OPEN_STATUSES
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink_soft if closed else palette.ink)
            for column, lines in ((self.columns.owner, row.owner),
                                  (self.columns.title, row.title),
                                  (self.columns.due, (row.due,))):
                y = row.top + metrics.ascent()
                for line in lines:
                    painter.drawText(QPointF(column.left(), y), line)
                    y += metrics.lineSpacing()


def build_plan_slides(frame: SlideFrame, deck: DeckContent) -> list[PlanSlide]:
    body, gap = frame.body, frame.gap
    metrics = QFontMetricsF(frame.card_font())
    label = QFontMetricsF(frame.label_font())
    columns = _columns(frame)
    first_top = body.top() + label.height() + gap * 2
    pages: list[list[PlanRow]] = [[]]
    top = first_top
    for action in deck.actions:
        owner = tuple(wrap(action.owner or "—", metrics, columns.owner.width(), 2))
        title = tuple(wrap(action.title, metrics, columns.title.width(), MAX_LINES))
        height = max(len(owner), len(title)) * metrics.lineSpacing()
        if top + height > body.bottom() and pages[-1]:
            pages.append([])
            top = first_top
        pages[-1].append(PlanRow(action, owner, title, due_text(action), top, height))
        top += height + gap * 2
    return [PlanSlide(frame, rows, part, len(pages)) for part, rows in enumerate(pages)]
