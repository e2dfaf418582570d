"""The footer under every slide: where we are, the facilitator lock, the timer, the votes
and the keys, in large white type on black (so it reads the same in both palettes)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from cxworkshop.ui.presentation.frame import SlideFrame
from cxworkshop.ui.presentation.palette import ProjectorPalette


@dataclass(frozen=True)
class FooterState:
    where: str  # "Stage 3 of 7" or the slide's name
    position: str  # "4/12"
    lock: str = ""  # shown while the structure is locked
    timer: str = ""  # "05:00", "Time is up"; empty when no timer runs
    timer_alert: bool = False
    tally: str = ""  # "Votes: 18"
    hints: str = ""


def draw_footer(painter: QPainter, frame: SlideFrame, palette: ProjectorPalette,
                state: FooterState) -> None:
    rect = frame.footer_rect
    painter.save()
    painter.fillRect(rect, palette.footer)
    painter.setFont(frame.footer_font())
    metrics = QFontMetricsF(painter.font())
    pad = frame.margin
    gap = metrics.horizontalAdvance("  ")
    centre = int(Qt.AlignmentFlag.AlignVCenter)
    # Right to left: the position, the votes, the timer, the lock; what is left: where we are.
    right = rect.right() - pad
    for text, alert in ((state.position, False), (state.tally, False),
                        (state.timer, state.timer_alert), (state.lock, True)):
        if not text:
            continue
        width = metrics.horizontalAdvance(text) + gap
        box = QRectF(right - width, rect.top() + rect.height() * 0.12, width,
                     rect.height() * 0.76)
        if alert:
            painter.fillRect(box, palette.alert)
            painter.setPen(palette.alert_ink)
        else:
            painter.setPen(palette.footer_ink)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        right = box.left() - gap
    left = rect.left() + pad
    painter.setPen(palette.footer_ink)
    where = metrics.elidedText(state.where, Qt.TextElideMode.ElideRight, max(0.0, right - left))
    painter.drawText(QRectF(left, rect.top(), right - left, rect.height()), centre, where)
    used = metrics.horizontalAdvance(where) + gap * 2
    if state.hints and left + used + metrics.horizontalAdvance(state.hints) < right:
        painter.drawText(QRectF(left + used, rect.top(), right - left - used, rect.height()),
                         centre, state.hints)
    painter.restore()
