"""The emotion curve: the average emotion of each stage, drawn as a line over the stages."""

from __future__ import annotations

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
                                     ctx.tr("{count} cards", count=count) if count else "—")
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
            canvas.setFillColor(DONE if value > 0.25 else OVERDUE if value < -0.25 else MUTED)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(1)
            canvas.circle(x, y, 4, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 7.5)
            canvas.drawCentredString(x, y + 7 if value < EMOTION_MAX - 0.3 else y - 13,
                                     f"{value:+.1f}".replace(".", "," if ctx.lang == "it" else "."))
        canvas.restoreState()
