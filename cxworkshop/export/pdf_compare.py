"""The report's "Current vs future" page: both emotion curves on one chart, stages paired.

Shown when the workshop has a current and a future map (cxworkshop.model.map_compare pairs
them and their stages, as the board's overlay and the side-by-side slides do). The current
state is a grey dashed line, the future state the report's accent colour; each curve carries
its map's name in the legend, and each stage's two scores sit under its name.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_doc import LANDSCAPE
from cxworkshop.export.pdf_emotion import face_colour, number
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_style import ACCENT, INK, MUTED, RULE, ZEBRA
from cxworkshop.export.text import Wrapper, markup
from cxworkshop.model.enums import EMOTION_MAX, EMOTION_MIN, MapKind
from cxworkshop.model.map_compare import StagePair, compare, current_and_future

CHART_HEIGHT = 360.0
CURRENT_INK = colors.HexColor("#5b6b8c")
_LEFT, _BOTTOM, _TOP = 70.0, 58.0, 34.0


class CompareChart(Flowable):
    """Two curves over the paired stages: current (dashed) and future (solid)."""

    def __init__(self, ctx: ExportContext, current: MapInfo, future: MapInfo,
                 pairs: list[StagePair]) -> None:
        super().__init__()
        self.ctx, self.current, self.future, self.pairs = ctx, current, future, pairs

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, CHART_HEIGHT

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        plot_w = self.width - _LEFT - 10
        plot_h = CHART_HEIGHT - _BOTTOM - _TOP
        step = plot_w / max(len(self.pairs), 1)
        span = EMOTION_MAX - EMOTION_MIN

        def y_of(value: float) -> float:
            return _BOTTOM + (value - EMOTION_MIN) / span * plot_h

        canvas.saveState()
        canvas.setFillColor(ZEBRA)
        canvas.rect(_LEFT, _BOTTOM, plot_w, plot_h, stroke=0, fill=1)
        for level in range(EMOTION_MIN, EMOTION_MAX + 1):
            canvas.setStrokeColor(INK if level == 0 else RULE)
            canvas.setLineWidth(0.8 if level == 0 else 0.4)
            canvas.line(_LEFT, y_of(level), _LEFT + plot_w, y_of(level))
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 8)
            canvas.drawRightString(_LEFT - 6, y_of(level) - 2.5,
                                   f"{level:+d}".replace("-", "−") if level else "0")
        names = Wrapper(BOLD, 7.5)
        for index, pair in enumerate(self.pairs):
            x = _LEFT + step * (index + 0.5)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(x, _BOTTOM, x, _BOTTOM + plot_h)
            lines = names.wrap(ctx.text(pair.name), max(step - 6, 1.0), max_lines=2)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 7.5)
            for row, line in enumerate(lines):
                canvas.drawCentredString(x, _BOTTOM - 12 - row * 9.5, line)
            scores = " → ".join("—" if value is None else number(value, ctx.lang)
                                for value in (pair.current_emotion, pair.future_emotion))
            canvas.setFont(REGULAR, 7)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(x, _BOTTOM - 12 - len(lines) * 9.5, scores)
        for values, ink, dashed in (
                ([p.current_emotion for p in self.pairs], CURRENT_INK, True),
                ([p.future_emotion for p in self.pairs], ACCENT, False)):
            self._curve(values, ink, dashed, step, y_of)
        self._legend(plot_w)
        canvas.restoreState()

    def _curve(self, values: list[float | None], ink: colors.Color, dashed: bool, step: float,
               y_of: Callable[[float], float]) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ink)
        canvas.setLineWidth(2)
        if dashed:
            canvas.setDash(6, 4)
        previous: tuple[float, float] | None = None
        for index, value in enumerate(values):
            if value is None:
                previous = None  # a stage without emotion cards breaks the line
                continue
            point = (_LEFT + step * (index + 0.5), y_of(value))
            if previous is not None:
                canvas.line(*previous, *point)
            previous = point
        canvas.setDash()
        for index, value in enumerate(values):
            if value is None:
                continue
            x, y = _LEFT + step * (index + 0.5), y_of(value)
            canvas.setStrokeColor(face_colour(value))
            canvas.setFillColor(colors.white if dashed else face_colour(value))
            canvas.setLineWidth(1.6)
            canvas.circle(x, y, 4, stroke=1, fill=1)
        canvas.restoreState()

    def _legend(self, plot_w: float) -> None:
        canvas, ctx = self.canv, self.ctx
        top = CHART_HEIGHT - 14
        x = _LEFT
        for journey, ink, dashed in ((self.current, CURRENT_INK, True),
                                     (self.future, ACCENT, False)):
            kind = ctx.label(MapKind, journey.kind)
            name = ctx.text(journey.name)
            label = name if kind.casefold() in name.casefold() else f"{name} ({kind})"
            canvas.setStrokeColor(ink)
            canvas.setLineWidth(2)
            if dashed:
                canvas.setDash(6, 4)
            canvas.line(x, top + 3, x + 26, top + 3)
            canvas.setDash()
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 8.5)
            canvas.drawString(x + 32, top, label)
            x += 32 + canvas.stringWidth(label, BOLD, 8.5) + 24
            if x > _LEFT + plot_w:
                break


def compare_story(ctx: ExportContext) -> list[Flowable]:
    """The page comparing the current and future curves, or nothing without both maps."""
    maps = ctx.data.maps
    pair = current_and_future(maps)
    if pair is None:
        return []
    current = next(m for m in maps if m.id == pair[0].id)
    future = next(m for m in maps if m.id == pair[1].id)
    if not current.stages and not future.stages:
        return []
    pairs = compare(current.stages, future.stages, [*current.cards, *future.cards])
    style = ctx.style
    return [NextPageTemplate(LANDSCAPE), PageBreak(),
            Heading(ctx.tr("Current vs future: {current} and {future}",
                           current=current.name, future=future.name), style.h1),
            Paragraph(markup(ctx.tr(
                "Average emotion per stage on both maps, from −2 (frustrated) to +2 (delighted); "
                "stages are matched by name, else by position.")), style.small),
            Spacer(1, 8), CompareChart(ctx, current, future, pairs)]
