"""The one-page executive summary right after the cover: what a manager reads and nothing else.

The journey in one picture (stages in order under a small emotion curve), the key figures,
the most voted pain points and moments of truth, and the five most important actions with
their owners. Everything is cut to fit: the section is shrunk onto one page whatever the size
of the workshop.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_cover import Figures
from cxworkshop.export.pdf_emotion import stage_averages
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_ranking import ranked
from cxworkshop.export.pdf_style import ACCENT, DONE, MUTED, OVERDUE, RULE, ZEBRA
from cxworkshop.export.tables_pdf import card_text, data_table, para
from cxworkshop.export.text import Wrapper, markup
from cxworkshop.model.enums import EMOTION_MAX, EMOTION_MIN, ActionStatus, CardKind, Priority
from cxworkshop.model.progress import PRIORITY_RANK

TOP = 5
SUMMARY_TEXT_MAX = 140  # characters of a card in the summary (the full text is elsewhere)
MAX_STRIPS = 3  # maps drawn as a journey strip; more are named below the last strip


def top_actions(ctx: ExportContext, limit: int = TOP) -> list[ActionInfo]:
    """The most important actions: open first, then priority, impact, the linked card's
    votes, and the soonest due date."""
    def key(action: ActionInfo) -> tuple:
        votes = action.card.votes if action.card is not None else 0
        return (not action.is_open, PRIORITY_RANK.get(action.priority, 9), -(action.impact or 0),
                -votes, action.due_on or date.max, action.id)

    return sorted(ctx.data.actions, key=key)[:limit]


class JourneyStrip(Flowable):
    """A map's stages as a row of chevrons, the average emotion drawn as a line above them."""

    CURVE, CHEVRON = 46.0, 30.0

    def __init__(self, ctx: ExportContext, journey: MapInfo):
        super().__init__()
        self.ctx, self.journey = ctx, journey
        self.points = stage_averages(journey)
        self.has_curve = any(value is not None for value, _ in self.points)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.CHEVRON + (self.CURVE + 6 if self.has_curve else 0) + 14
        return self.width, self.height

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        stages = self.journey.stages
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 9)
        title = Wrapper(BOLD, 9).fit(ctx.text(self.journey.name), self.width)
        canvas.drawString(0, self.height - 9, title)
        step = self.width / max(len(stages), 1)
        tip = min(8.0, step / 4)
        room = max(step - 2 * tip - 4, 1.0)
        size = _name_size([ctx.text(stage.name) for stage in stages], room)
        names = Wrapper(BOLD, size)
        for index, stage in enumerate(stages):
            x = index * step
            path = canvas.beginPath()
            path.moveTo(x, 0)
            path.lineTo(x + step - 2, 0)
            path.lineTo(x + step - 2 + tip, self.CHEVRON / 2)
            path.lineTo(x + step - 2, self.CHEVRON)
            path.lineTo(x, self.CHEVRON)
            if index:
                path.lineTo(x + tip, self.CHEVRON / 2)
            path.close()
            canvas.setFillColor(ACCENT)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, size)
            lines = names.wrap(ctx.text(stage.name), room, max_lines=2)
            top = self.CHEVRON / 2 + (len(lines) - 1) * (size + 1) / 2 - size * 0.35
            for number, line in enumerate(lines):
                canvas.drawCentredString(x + (step + tip) / 2 - 1, top - number * (size + 1), line)
        if self.has_curve:
            self._curve(step)
        canvas.restoreState()

    def _curve(self, step: float) -> None:
        canvas = self.canv
        bottom = self.CHEVRON + 6
        span = EMOTION_MAX - EMOTION_MIN

        def y_of(value: float) -> float:
            return bottom + (value - EMOTION_MIN) / span * self.CURVE

        canvas.setFillColor(ZEBRA)
        canvas.rect(0, bottom, self.width, self.CURVE, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, y_of(0), self.width, y_of(0))
        canvas.setFont(REGULAR, 6)
        canvas.setFillColor(MUTED)
        canvas.drawString(2, y_of(EMOTION_MAX) - 7, "+2")
        canvas.drawString(2, y_of(EMOTION_MIN) + 2, "−2")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.5)
        previous: tuple[float, float] | None = None
        for index, (value, _count) in enumerate(self.points):
            if value is None:
                previous = None  # no emotion cards here: the line breaks, nothing invented
                continue
            point = (step * (index + 0.5), y_of(value))
            if previous is not None:
                canvas.line(*previous, *point)
            previous = point
        for index, (value, _count) in enumerate(self.points):
            if value is None:
                continue
            canvas.setFillColor(DONE if value > 0.25 else OVERDUE if value < -0.25 else MUTED)
            canvas.circle(step * (index + 0.5), y_of(value), 2.6, stroke=0, fill=1)


def _name_size(names: list[str], room: float) -> float:
    """The largest size (7 pt down to 5) at which every word of every stage name fits its
    chevron, so that no word is broken in two; long names still wrap between words."""
    words = [word for name in names for word in name.split()]
    for size in (7.0, 6.5, 6.0, 5.5, 5.0):
        measure = Wrapper(BOLD, size)
        if all(measure.width(word) <= room for word in words):
            return size
    return 5.0


def _figures(ctx: ExportContext) -> Figures:
    data = ctx.data
    cards = sum(len(journey.cards) for journey in data.maps)
    open_count = sum(action.is_open for action in data.actions)
    done = sum(action.status == ActionStatus.DONE for action in data.actions)
    owners = len(data.owners())
    return Figures([(str(cards), ctx.ntr("card on the map", "cards on the map", cards)),
                    (str(open_count), ctx.ntr("open action", "open actions", open_count)),
                    (str(done), ctx.ntr("action done", "actions done", done)),
                    (str(owners), ctx.ntr("owner", "owners", owners))], height=46)


def _cards_table(ctx: ExportContext, kind: str, width: float) -> Flowable | None:
    cards = ranked(ctx, kind)[:TOP]
    if not cards:
        return None
    style, stages = ctx.style, ctx.data.stages
    maps = ctx.data.map_names if len(ctx.data.maps) > 1 else {}
    rows = []
    for rank, card in enumerate(cards, start=1):
        stage = stages.get(card.stage_id)
        where = stage.name if stage else ""
        if stage is not None and stage.map_id in maps:  # which map, when there are several
            where = f"{where} ({maps[stage.map_id]})"
        rows.append([str(rank), para(ctx, card_text(ctx, card, SUMMARY_TEXT_MAX, appendix=False),
                                     style.cell),
                     para(ctx, where, style.cell), str(card.votes)])
    header = ["#", ctx.tr("Card"), ctx.tr("Stage"), ctx.tr("Votes")]
    return data_table(header, rows, [18, width - 18 - 150 - 40, 150, 40],
                      [("ALIGN", (3, 0), (3, -1), "RIGHT")])


def _actions_table(ctx: ExportContext, width: float) -> Flowable | None:
    actions = top_actions(ctx)
    if not actions:
        return None
    style = ctx.style
    rows = []
    for rank, action in enumerate(actions, start=1):
        owner = action.owner.name if action.owner else ctx.tr("Without an owner")
        title = action.title if len(action.title) <= SUMMARY_TEXT_MAX else \
            action.title[:SUMMARY_TEXT_MAX].rstrip() + "…"
        rows.append([str(rank), para(ctx, title, style.cell_bold), para(ctx, owner, style.cell),
                     ctx.short_date(action.due_on) or "—", ctx.label(Priority, action.priority)])
    header = ["#", ctx.tr("Action"), ctx.tr("Owner"), ctx.tr("Due"), ctx.tr("Priority")]
    return data_table(header, rows, [18, width - 18 - 120 - 62 - 58, 120, 62, 58])


def summary_story(ctx: ExportContext, width: float, height: float) -> list[Flowable]:
    """The summary page, shrunk if need be so that it never runs onto a second page."""
    style = ctx.style
    data = ctx.data
    body: list[Flowable] = [Heading(ctx.tr("Executive summary"), style.h1)]
    line = " · ".join(part for part in (data.client, data.display_title,
                                        ctx.long_date(data.report_date)) if part)
    body += [para(ctx, line, style.small), Spacer(1, 8), _figures(ctx), Spacer(1, 10)]
    journeys = [journey for journey in data.maps if journey.stages]
    if journeys:
        body.append(Paragraph(markup(ctx.tr("The journey")), style.h3))
        for journey in journeys[:MAX_STRIPS]:
            body += [JourneyStrip(ctx, journey), Spacer(1, 6)]
        if len(journeys) > MAX_STRIPS:
            others = ", ".join(journey.name for journey in journeys[MAX_STRIPS:])
            body.append(para(ctx, ctx.tr("Also mapped: {names}", names=others), style.small))
    for kind, title in ((CardKind.PAIN_POINT, ctx.tr("Top pain points")),
                        (CardKind.MOMENT_OF_TRUTH, ctx.tr("Moments of truth"))):
        table = _cards_table(ctx, kind, width)
        if table is not None:
            body += [Paragraph(markup(title), style.h3), table, Spacer(1, 4)]
    body.append(Paragraph(markup(ctx.tr("The five most important actions")), style.h3))
    actions = _actions_table(ctx, width)
    body.append(actions if actions is not None else
                Paragraph(markup(ctx.tr("No actions were agreed.")), style.body))
    return [KeepInFrame(width, height, body, mode="shrink")]

