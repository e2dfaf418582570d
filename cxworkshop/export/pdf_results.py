"""The "Results" section of the report (issue 17, Qt-free): every measure's baseline → latest →
target in a table, then per measure a small trend chart (the baseline and the target dashed,
a point per measurement by date, the latest value written) and the completed actions linked to
it. The same reading as the window's Results dock (cxworkshop.model.measures).

`results_story(ctx, width)` is one line in the full report's story and fits any other PDF of
the snapshot (a follow-up report) as well; with no measure it is empty.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_style import ACCENT, DONE, MUTED, RULE
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import ActionStatus
from cxworkshop.model.measures import Series, format_value, measure_series, unit_of, value_range

CHART_HEIGHT = 110.0
BASELINE_COLOUR = colors.HexColor("#6b6b6b")


def series_of(ctx: ExportContext) -> list[Series]:
    data = ctx.data
    cards = [card for journey in data.maps for card in journey.cards]
    return measure_series(data.measures, data.measurements, cards, data.measure_links)


def place_of(ctx: ExportContext, one: Series) -> str:
    """"Stage: Onboarding" or "Touchpoint: Free phone line" (with the map's name when several)."""
    data, m = ctx.data, one.measure
    if m.card_id is not None:
        card = next((c for journey in data.maps for c in journey.cards if c.id == m.card_id), None)
        if card is not None:
            return ctx.tr("Touchpoint: {name}", name=card.text.splitlines()[0] if card.text else "")
    stage = data.stages.get(one.stage_id) if one.stage_id is not None else None
    if stage is None:
        return "—"
    name = stage.name
    if len(data.maps) > 1:
        name = f"{data.map_names.get(stage.map_id, '')} › {name}"
    return ctx.tr("Stage: {name}", name=name)


def trend_drawing(ctx: ExportContext, one: Series, width: float,
                  height: float = CHART_HEIGHT) -> Drawing:
    """The measure's trend, as the window draws it (ui/results/trend.py)."""
    drawing = Drawing(width, height)
    m = one.measure
    values = [p.value for p in one.points]
    lines = [v for v in (m.baseline, m.target) if v is not None]
    if not values and not lines:
        drawing.add(String(width / 2, height / 2, ctx.tr("No value yet."), fontName=REGULAR,
                           fontSize=8, fillColor=MUTED, textAnchor="middle"))
        return drawing
    low, high = value_range(values + lines)
    # The dashed lines carry their values at the right: no scale numbers to misread.
    left, right, bottom, top = 12.0, width - 70.0, 16.0, height - 8.0

    def y_of(value: float) -> float:
        return bottom + (value - low) / ((high - low) or 1.0) * (top - bottom)

    drawing.add(Rect(left, bottom, right - left, top - bottom, strokeColor=RULE, fillColor=None,
                     strokeWidth=0.6))
    for value, colour, word in ((m.baseline, BASELINE_COLOUR, ctx.tr("Baseline")),
                                (m.target, DONE, ctx.tr("Target"))):
        if value is None:
            continue
        y = y_of(value)
        drawing.add(Line(left, y, right, y, strokeColor=colour, strokeWidth=1,
                         strokeDashArray=[4, 3]))
        drawing.add(String(right + 4, y - 3, f"{word} {format_value(value, ctx.lang)}",
                           fontName=REGULAR, fontSize=6.5, fillColor=colour))
    if one.points:
        first, last = one.points[0].taken_on, one.points[-1].taken_on
        days = (last - first).days
        points = [(left + ((p.taken_on - first).days / days if days else 0.5) * (right - left),
                   y_of(p.value)) for p in one.points]
        if len(points) > 1:
            drawing.add(PolyLine([c for point in points for c in point], strokeColor=ACCENT,
                                 strokeWidth=1.6))
        for x, y in points:
            drawing.add(Circle(x, y, 2.6, fillColor=ACCENT, strokeColor=None))
        x, y = points[-1]
        drawing.add(String(x + 4, y + 4, format_value(one.points[-1].value, ctx.lang),
                           fontName=BOLD, fontSize=8, fillColor=ACCENT))
        drawing.add(String(left, 3, ctx.short_date(first), fontName=REGULAR, fontSize=6.5,
                           fillColor=MUTED))
        if days:
            drawing.add(String(right, 3, ctx.short_date(last), fontName=REGULAR, fontSize=6.5,
                               fillColor=MUTED, textAnchor="end"))
    return drawing


def _summary(ctx: ExportContext, series: list[Series], width: float) -> Flowable:
    style = ctx.style
    header = [ctx.tr("Measure"), ctx.tr("Stage or touchpoint"), ctx.tr("Baseline"),
              ctx.tr("Latest"), ctx.tr("Target")]
    rows = []
    for one in series:
        m, latest = one.measure, one.latest
        latest_text = "—" if latest is None else ctx.tr(
            "{value} ({date})", value=format_value(latest.value, ctx.lang),
            date=ctx.short_date(latest.taken_on))
        rows.append([para(ctx, f"{m.name} ({unit_of(m, ctx.lang)})", style.cell_bold),
                     para(ctx, place_of(ctx, one), style.cell),
                     format_value(m.baseline, ctx.lang), para(ctx, latest_text, style.cell),
                     format_value(m.target, ctx.lang)])
    rest = width - 150 - 56 - 96 - 56
    return data_table(header, rows, [150, rest, 56, 96, 56],
                      extra=[("ALIGN", (2, 1), (4, -1), "RIGHT")])


def _actions(ctx: ExportContext, one: Series, actions: dict[int, ActionInfo]) -> list[Flowable]:
    style = ctx.style
    linked = [actions[i] for i in one.action_ids if i in actions]
    done = [a for a in linked if a.status == ActionStatus.DONE]
    if not linked:
        return [Paragraph(markup(ctx.tr("No action is linked to this measure yet.")), style.small)]
    story: list[Flowable] = [Paragraph(markup(ctx.ntr(
        "{n} completed action linked to it:", "{n} completed actions linked to it:", len(done))
        if done else ctx.tr("No linked action is completed yet.")), style.small)]
    for action in done:
        when = (ctx.tr(" (completed in meeting {number})", number=action.closed_in.number)
                if action.closed_in is not None else "")
        owner = f" — {action.owner.name}" if action.owner else ""
        story.append(Paragraph(f"✓ {markup(ctx.text(action.title + owner + when))}", style.cell))
    still = len(linked) - len(done)
    if still:  # "more" only after a list of completed ones
        sentence = ctx.ntr("{n} more linked action is still open.",
                           "{n} more linked actions are still open.", still) if done else ctx.ntr(
            "{n} linked action is still open.", "{n} linked actions are still open.", still)
        story.append(Paragraph(markup(sentence), style.small))
    return story


def measure_block(ctx: ExportContext, one: Series, width: float,
                  actions: dict[int, ActionInfo]) -> Flowable:
    style, m = ctx.style, one.measure
    latest = one.latest
    line = ctx.tr("Baseline {baseline} → latest {latest} → target {target} ({unit})",
                  baseline=format_value(m.baseline, ctx.lang),
                  latest=format_value(latest.value if latest else None, ctx.lang),
                  target=format_value(m.target, ctx.lang), unit=unit_of(m, ctx.lang))
    owner = next((p.name for p in ctx.data.participants if p.id == m.owner_id), None)
    meta = [place_of(ctx, one)] + ([ctx.tr("Owner: {name}", name=owner)] if owner else [])
    reached = one.target_reached()
    if reached:
        line = f"{line} — {ctx.tr('target reached')}"
    return KeepTogether([
        para(ctx, m.name, style.h2),
        Paragraph(markup(ctx.text(" · ".join(meta))), style.small),
        Paragraph(markup(line), style.body),
        Spacer(1, 4), trend_drawing(ctx, one, min(width, 420.0)), Spacer(1, 4),
        *_actions(ctx, one, actions), Spacer(1, 8)])


def results_story(ctx: ExportContext, width: float) -> list[Flowable]:
    """The "Results" section; nothing when the workshop tracks no measure."""
    series = series_of(ctx)
    if not series:
        return []
    style = ctx.style
    actions = {action.id: action for action in ctx.data.actions}
    story: list[Flowable] = [
        CondPageBreak(260), Spacer(1, 12), Heading(ctx.tr("Results"), style.h1),
        Paragraph(markup(ctx.tr("What moved in the numbers: each measure from its baseline to "
                                "its latest value, against its target.")), style.body),
        Spacer(1, 6), _summary(ctx, series, width), Spacer(1, 10)]
    story += [measure_block(ctx, one, width, actions) for one in series]
    return story
