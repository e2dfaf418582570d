"""The emotion curve: the average emotion of each stage, drawn as a line over the stages.

`draw_curve` draws it in a band of the journey map (as on the board) and of the map's overview.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors

from cxworkshop.export.data import MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, DONE, INK, MUTED, OVERDUE, RULE
from cxworkshop.export.text import Wrapper
from cxworkshop.model import emotion as emotion_rule
from cxworkshop.model.enums import EMOTION_MAX, EMOTION_MIN


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
               values: bool = True) -> None:
    """The curve through `points` ((x, mean or None) per stage, in order) inside the band
    (left, bottom, width, height), its −2..+2 scale written at the band's left edge.
    Points outside the band only steer the line to its edge (the next page carries on);
    `values`: write each point's average next to it (not when stages are too narrow)."""
    span = EMOTION_MAX - EMOTION_MIN
    inner_bottom, inner = bottom + font + 1, height - 2 * font - 3

    def y_of(value: float) -> float:
        return inner_bottom + (value - EMOTION_MIN) / span * inner

    canvas.saveState()
    marks = {level: f"{level:+d}".replace("-", "−") if level else "0"
             for level in (EMOTION_MAX, 0, EMOTION_MIN)}
    scale_width = max(Wrapper(REGULAR, font).width(mark) for mark in marks.values()) + 5
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, font)
    for level, mark in marks.items():
        canvas.drawRightString(left + scale_width - 3, y_of(level) - font * 0.35, mark)
    for level in range(EMOTION_MIN, EMOTION_MAX + 1):
        canvas.setStrokeColor(INK if level == 0 else RULE)
        canvas.setLineWidth(0.6 if level == 0 else 0.3)
        canvas.line(left + scale_width, y_of(level), left + width, y_of(level))
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
        if values:
            canvas.setFillColor(INK)
            above = value < EMOTION_MAX - 0.3
            canvas.drawString(x + 5, y + 2 if above else y - font - 1, number(value, lang))
    canvas.restoreState()
