"""The emotion curve: the average emotion of each stage, drawn as a line over the stages.

`draw_curve` draws it in a band of the journey map (as on the board); `EmotionCurve` is the
same curve as a chart of its own (with stage names), for pages that show no map.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, DONE, INK, MUTED, OVERDUE, RULE, ZEBRA
from cxworkshop.export.text import Wrapper
from cxworkshop.model import emotion as emotion_rule
from cxworkshop.model.enums import EMOTION_MAX, EMOTION_MIN

CHART_HEIGHT = 250.0
_LEFT, _BOTTOM, _TOP = 92.0, 46.0, 14.0


def stage_averages(journey: MapInfo) -> list[tuple[float | None, int]]:
    """(average emotion or None, number of emotion cards) for each stage, in stage order."""
    sums = emotion_rule.scores_by_stage(journey.cards)  # the board's rule (model.emotion)
    result: list[tuple[float | None, int]] = []
    for stage in journey.stages:
        values = sums.get(stage.id, [])
        result.append((emotion_rule.mean(values), len(values)))
    return result


def has_emotions(journey: MapInfo) -> bool:
    return any(card.emotion is not None for card in journey.cards)


def face_colour(value: float) -> colors.Color:
    return DONE if value > 0.25 else OVERDUE if value < -0.25 else MUTED


def number(value: float, lang: str) -> str:
    # A true minus sign, as on the scale (−2 … +2).
    return f"{value:+.1f}".replace(".", "," if lang == "it" else ".").replace("-", "−")


def draw_curve(canvas: Any, lang: str, points: list[tuple[float, float | None]], left: float,
               bottom: float, width: float, height: float, font: float,
               scale_x: float | None = None) -> None:
    """The curve through `points` ((x, mean or None) per stage, in order) inside the band
    (left, bottom, width, height); the −2..+2 scale is written right-aligned at `scale_x`.
    Points outside the band only steer the line to its edge (the next page carries on)."""
    span = EMOTION_MAX - EMOTION_MIN
    inner_bottom, inner = bottom + font + 1, height - 2 * font - 3

    def y_of(value: float) -> float:
        return inner_bottom + (value - EMOTION_MIN) / span * inner

    canvas.saveState()
    for level in range(EMOTION_MIN, EMOTION_MAX + 1):
        canvas.setStrokeColor(INK if level == 0 else RULE)
        canvas.setLineWidth(0.6 if level == 0 else 0.3)
        canvas.line(left, y_of(level), left + width, y_of(level))
    if scale_x is not None:
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, font)
        for level in (EMOTION_MAX, 0, EMOTION_MIN):
            canvas.drawRightString(scale_x, y_of(level) - font * 0.35,
                                   f"{level:+d}".replace("-", "−") if level else "0")
    clip = canvas.beginPath()
    clip.rect(left, bottom, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    # The line is broken where a stage has no emotion cards instead of inventing a value.
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.6)
    previous: tuple[float, float] | None = None
    for x, value in points:
        if value is None:
            previous = None
            continue
        point = (x, y_of(value))
        if previous is not None:
            canvas.line(*previous, *point)
        previous = point
    canvas.setFont(BOLD, font)
    for x, value in points:
        if value is None or not left <= x <= left + width:
            continue
        y = y_of(value)
        canvas.setFillColor(face_colour(value))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.8)
        canvas.circle(x, y, 3.2, stroke=1, fill=1)
        canvas.setFillColor(INK)
        above = value < EMOTION_MAX - 0.3
        canvas.drawString(x + 5, y + 2 if above else y - font - 1, number(value, lang))
    canvas.restoreState()


class EmotionCurve(Flowable):
    def __init__(self, ctx: ExportContext, journey: MapInfo, height: float = CHART_HEIGHT):
        super().__init__()
        self.ctx, self.journey = ctx, journey
        self.chart_height = height
        self.points = stage_averages(journey)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.chart_height

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        stages = self.journey.stages
        plot_w = self.width - _LEFT - 10
        plot_h = self.chart_height - _BOTTOM - _TOP
        step = plot_w / max(len(stages), 1)
        span = EMOTION_MAX - EMOTION_MIN

        def y_of(value: float) -> float:
            return _BOTTOM + (value - EMOTION_MIN) / span * plot_h

        canvas.saveState()
        canvas.setFillColor(ZEBRA)
        canvas.rect(_LEFT, _BOTTOM, plot_w, plot_h, stroke=0, fill=1)
        labels = {2: "Delighted", 1: "Satisfied", 0: "Neutral", -1: "Annoyed", -2: "Frustrated"}
        small = Wrapper(REGULAR, 7.5)
        for level in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = y_of(level)
            canvas.setStrokeColor(INK if level == 0 else RULE)
            canvas.setLineWidth(0.8 if level == 0 else 0.4)
            canvas.line(_LEFT, y, _LEFT + plot_w, y)
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 7.5)
            text = f"{level:+d}  " + ctx.tr(labels[level]) if level else "0  " + ctx.tr(labels[0])
            canvas.drawRightString(_LEFT - 6, y - 2.5, small.fit(text, _LEFT - 8))
        names = Wrapper(BOLD, 7.5)
        for index, stage in enumerate(stages):
            x = _LEFT + step * (index + 0.5)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(x, _BOTTOM, x, _BOTTOM + plot_h)
            # Many stages leave each name less room than its margin: never a negative width.
            lines = names.wrap(ctx.text(stage.name), max(step - 6, 1.0), max_lines=2)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 7.5)
            for number, line in enumerate(lines):
                canvas.drawCentredString(x, _BOTTOM - 12 - number * 9.5, line)
            count = self.points[index][1]
            canvas.setFont(REGULAR, 6.5)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(x, _BOTTOM - 12 - len(lines) * 9.5,
                                     ctx.ntr("{n} card", "{n} cards", count) if count else "—")
        # The line is broken where a stage has no emotion cards instead of inventing a value.
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2)
        previous: tuple[float, float] | None = None
        for index, (value, _) in enumerate(self.points):
            if value is None:
                previous = None
                continue
            point = (_LEFT + step * (index + 0.5), y_of(value))
            if previous is not None:
                canvas.line(*previous, *point)
            previous = point
        for index, (value, _) in enumerate(self.points):
            if value is None:
                continue
            x, y = _LEFT + step * (index + 0.5), y_of(value)
            canvas.setFillColor(face_colour(value))
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(1)
            canvas.circle(x, y, 4, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 7.5)
            canvas.drawCentredString(x, y + 7 if value < EMOTION_MAX - 0.3 else y - 13,
                                     number(value, ctx.lang))
        canvas.restoreState()
