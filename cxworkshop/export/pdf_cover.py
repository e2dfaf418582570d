"""The cover page: workshop, client, place, date, facilitator, participants, key figures."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cxworkshop.export.context import ExportContext
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, ZEBRA
from cxworkshop.export.text import markup
from cxworkshop.model.enums import CardKind


class Band(Flowable):
    """The coloured strip across the top of the cover."""

    def __init__(self, height: float = 6):
        super().__init__()
        self.band_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.band_height

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.rect(0, 0, self.width, self.band_height, stroke=0, fill=1)


def _p(ctx: ExportContext, text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(ctx.text(text)), style)


def cover_story(ctx: ExportContext, width: float) -> list[Flowable]:
    data, style = ctx.data, ctx.style
    story: list[Flowable] = [Band(), Spacer(1, 28),
                             Paragraph(markup(ctx.tr("Customer journey workshop")), style.subtitle),
                             _p(ctx, data.display_title, style.title)]
    if data.client:
        story.append(_p(ctx, data.client, style.subtitle))
    story.append(Spacer(1, 10))

    latest = data.latest_meeting
    facts = [("Client", data.client), ("Place", data.place),
             ("Date", ctx.long_date(data.report_date)), ("Facilitator", data.facilitator)]
    if latest is not None:
        meeting = ctx.tr("Meeting {number}", number=latest.number)
        facts.append(("Meeting", f"{meeting} — {latest.title}" if latest.title else meeting))
    rows = [[_p(ctx, ctx.tr(name), style.cover_label), _p(ctx, value, style.cover_value)]
            for name, value in facts if value]
    table = Table(rows, colWidths=[110, width - 110])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [table, Spacer(1, 18), _figures(ctx, width), Spacer(1, 22)]

    people = [person for person in data.participants if not person.is_department]
    if people:
        story.append(Paragraph(markup(ctx.tr("Participants")), style.h2))
        rows = [[_p(ctx, ctx.tr("Name"), style.cell_bold), _p(ctx, ctx.tr("Role"), style.cell_bold),
                 _p(ctx, ctx.tr("Department"), style.cell_bold)]]
        rows += [[_p(ctx, person.name, style.cell), _p(ctx, person.role, style.cell),
                  _p(ctx, person.department, style.cell)] for person in people]
        participants = Table(rows, colWidths=[width * 0.36, width * 0.36, width * 0.28],
                             repeatRows=1)
        participants.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(participants)
    return story


class _Figures(Flowable):
    """Four key numbers in boxes: what the day produced at a glance."""

    def __init__(self, figures: list[tuple[str, str]]):
        super().__init__()
        self.figures = figures

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 58

    def draw(self) -> None:
        canvas = self.canv
        gap = 10
        box = (self.width - gap * (len(self.figures) - 1)) / len(self.figures)
        for index, (number, caption) in enumerate(self.figures):
            x = index * (box + gap)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.roundRect(x, 0, box, 58, 4, stroke=0, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.setFont(BOLD, 20)
            canvas.drawCentredString(x + box / 2, 28, number)
            canvas.setFillColor(INK if index else MUTED)
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 8)
            canvas.drawCentredString(x + box / 2, 12, caption)


def _figures(ctx: ExportContext, width: float) -> Flowable:
    data = ctx.data
    cards = [card for journey in data.maps for card in journey.cards]
    pains = sum(card.kind == CardKind.PAIN_POINT for card in cards)
    ideas = sum(card.kind == CardKind.OPPORTUNITY for card in cards)
    open_actions = sum(action.is_open for action in data.actions)
    return _Figures([(str(len(cards)), ctx.tr("cards on the map")),
                     (str(pains), ctx.tr("pain points")),
                     (str(ideas), ctx.tr("opportunities")),
                     (str(open_actions), ctx.tr("open actions"))])
