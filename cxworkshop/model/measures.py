"""The results tracker's reading of measures: units by kind, each measure's dated series, the
meeting a measurement belongs to, values as people write them, and the board's stage badges.

Shared by the window (ui/results), the board (stage header badges) and the PDF (export/
pdf_results), so all three say the same thing. Qt-free; sentences go through cxworkshop.i18n.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from cxworkshop.i18n import tr
from cxworkshop.model.enums import MeasureKind
from cxworkshop.model.records import Card, Measure, Measurement, Meeting

# English names and default units (msgids of the Qt-free catalogue).
KIND_NAMES: dict[MeasureKind, str] = {
    MeasureKind.NPS: "NPS",
    MeasureKind.CSAT: "CSAT",
    MeasureKind.CES: "CES",
    MeasureKind.COMPLAINTS: "Complaints per month",
    MeasureKind.RESPONSE_TIME: "Response time",
    MeasureKind.CHURN: "Churn",
    MeasureKind.REVIEWS: "Reviews",
    MeasureKind.CUSTOM: "Custom",
}
DEFAULT_UNITS: dict[MeasureKind, str] = {
    MeasureKind.NPS: "points",
    MeasureKind.CSAT: "%",
    MeasureKind.CES: "1-7",
    MeasureKind.COMPLAINTS: "complaints/month",
    MeasureKind.RESPONSE_TIME: "hours",
    MeasureKind.CHURN: "%",
    MeasureKind.REVIEWS: "stars",
    MeasureKind.CUSTOM: "",
}


def kind_label(kind: str, lang: str | None = None) -> str:
    try:
        return tr(KIND_NAMES[MeasureKind(kind)], lang)
    except ValueError:
        return kind


def default_unit(kind: str, lang: str | None = None) -> str:
    try:
        english = DEFAULT_UNITS[MeasureKind(kind)]
    except ValueError:
        return ""
    return tr(english, lang) if english else ""


def unit_of(measure: Measure, lang: str | None = None) -> str:
    """The unit a measure is read in: its own, else its kind's default."""
    return measure.unit or default_unit(measure.kind, lang)


def format_value(value: float | None, lang: str | None = None) -> str:
    """32, 4.5 (4,5 in Italian), -12; "—" for no value. At most two decimals, no trailing zeros."""
    if value is None:
        return "—"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if (lang or _lang()) == "it" else text


def _lang() -> str:
    from cxworkshop.i18n import user_language
    return user_language()


def parse_value(text: str) -> float | None:
    """A value as typed: "45", "4,5", "4.5", "-12", " 1 200 " ; empty is None. Raises ValueError
    for anything else, Inf and NaN included (a chart cannot place them)."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("%", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:  # 1.200,5 or 1,200.5: the last mark is the decimal one
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "")
    cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def value_range(values: list[float]) -> tuple[float, float]:
    """Low and high of the vertical axis: every value, with some room above and below."""
    low, high = min(values), max(values)
    pad = (high - low) * 0.12 if low != high else (abs(low) * 0.1 or 1.0)
    return low - pad, high + pad


def meeting_on_or_before(meetings: Iterable[Meeting], day: date) -> int | None:
    """The meeting a measurement taken on `day` belongs to: the latest one held on or before it."""
    held = [m for m in meetings if m.held_on <= day]
    if not held:
        return None
    return max(held, key=lambda m: (m.held_on, m.number)).id


@dataclass
class Series:
    """One measure with its measurements in date order, and the stage it belongs to."""

    measure: Measure
    points: list[Measurement] = field(default_factory=list)
    stage_id: int | None = None
    action_ids: list[int] = field(default_factory=list)

    @property
    def latest(self) -> Measurement | None:
        return self.points[-1] if self.points else None

    @property
    def start(self) -> float | None:
        """Where the measure started: its baseline, else its first measurement."""
        if self.measure.baseline is not None:
            return self.measure.baseline
        return self.points[0].value if self.points else None

    def target_reached(self) -> bool | None:
        """True once the latest value is at or beyond the target, in the target's direction."""
        m, latest = self.measure, self.latest
        if m.target is None or latest is None:
            return None
        start = self.start
        if start is not None and m.target < start:
            return latest.value <= m.target
        return latest.value >= m.target


def measure_series(measures: Iterable[Measure], measurements: Iterable[Measurement],
                   cards: Iterable[Card] = (), links: Iterable[tuple[int, int]] = ()) -> list[Series]:
    """Every measure with its dated values; a touchpoint's measure belongs to the card's stage.
    `links` are (measure_id, action_id) pairs."""
    stage_of_card = {card.id: card.stage_id for card in cards}
    result = {m.id: Series(m, [], m.stage_id if m.stage_id is not None
                           else stage_of_card.get(m.card_id) if m.card_id is not None else None)
              for m in measures}
    for point in measurements:
        series = result.get(point.measure_id)
        if series is not None:
            series.points.append(point)
    for measure_id, action_id in links:
        if measure_id in result:
            result[measure_id].action_ids.append(action_id)
    for series in result.values():
        series.points.sort(key=lambda p: (p.taken_on, p.id))
        series.action_ids.sort()
    return sorted(result.values(), key=lambda s: (s.measure.position, s.measure.id))


def badge_figures(series: Series, lang: str | None = None) -> str:
    """"32 → 45": where the measure started and its latest value; "32, target 45" while nothing
    was measured yet."""
    start, latest, m = series.start, series.latest, series.measure
    if latest is not None and start is not None and m.baseline is not None:
        return f"{format_value(start, lang)} → {format_value(latest.value, lang)}"
    if latest is not None:
        return format_value(latest.value, lang)
    if start is not None and m.target is not None:
        return tr("{start}, target {target}", lang, start=format_value(start, lang),
                  target=format_value(m.target, lang))
    return format_value(start, lang) if start is not None else ""


def badge_text(series: Series, lang: str | None = None) -> str:
    """"NPS 32 → 45": the measure's name and figures, as the board's stage badge says it."""
    return f"{series.measure.name} {badge_figures(series, lang)}".strip()


def stage_badges(series: Iterable[Series], lang: str | None = None) -> dict[int, list[tuple[str, str]]]:
    """stage id -> (name, figures) of each of its measures, for the stage header on the board
    (which shortens names, never figures, to fit)."""
    parts: dict[int, list[tuple[str, str]]] = {}
    for one in series:
        if one.stage_id is not None:
            parts.setdefault(one.stage_id, []).append((one.measure.name, badge_figures(one, lang)))
    return parts
