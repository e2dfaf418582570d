"""The cover page: logo, workshop, client, place, date, facilitator, participants, key figures."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from cxworkshop.export.context import ExportContext
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, ACCENT_LIGHT, MUTED, RULE, ZEBRA
from cxworkshop.export.tables_pdf import para
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
    return para(ctx, text, style)  # user text: right-to-left lines wrap from their first word


LOGO_BOX = (170.0, 60.0)  # the most room the consultant's logo takes on the cover


def logo_image(path: str, box: tuple[float, float]) -> Image:
    """The logo scaled to fit `box`, keeping its proportions, at the left."""
    image = Image(path)
    scale = min(box[0] / image.imageWidth, box[1] / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


def cover_story(ctx: ExportContext, width: float) -> list[Flowable]:
    data, style = ctx.data, ctx.style
    story: list[Flowable] = [Band()]
    if ctx.logo is not None:  # no logo, no empty box
        story += [Spacer(1, 16), logo_image(str(ctx.logo), LOGO_BOX)]
    story += [Spacer(1, 28),
                             Paragraph(markup(ctx.tr("Customer journey workshop")), style.subtitle),
                             _p(ctx, data.display_title, style.title)]
    if data.client:
        story.append(_p(ctx, data.client, style.subtitle))
    story.append(Spacer(1, 10))

    latest = data.latest_meeting
    consultant = " · ".join(part for part in (ctx.consultant, ctx.consultant_email) if part)
    facts = [("Client", data.client), ("Place", data.place),
             ("Date", ctx.long_date(data.report_date)), ("Facilitator", consultant)]
    if latest is not None:
        meeting = ctx.tr("Meeting {number}", number=latest.number)
        facts.append(("Meeting", f"{meeting} — {latest.title}" if latest.title else meeting))
    rows = [[_p(ctx, ctx.tr(name), style.cover_label), _p(ctx, value, style.cover_value)]
            for name, value in facts if value]
    table = Table(rows, colWidths=[110, width - 110])
    # Every table names our font: reportlab's default would add an unused, unembedded Helvetica.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
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
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(participants)
    return story


class Figures(Flowable):
    """Four key numbers in boxes: what the day produced at a glance."""

    def __init__(self, figures: list[tuple[str, str]], height: float = 58):
        super().__init__()
        self.figures = figures
        self.box_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.box_height

    def draw(self) -> None:
        canvas = self.canv
        gap = 10
        box = (self.width - gap * (len(self.figures) - 1)) / len(self.figures)
        for index, (number, caption) in enumerate(self.figures):
            x = index * (box + gap)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.roundRect(x, 0, box, self.box_height, 4, stroke=0, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.setFont(BOLD, 20)
            canvas.drawCentredString(x + box / 2, max(24.0, self.box_height - 30), number)
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 8)
            canvas.drawCentredString(x + box / 2, 12, caption)


def _figures(ctx: ExportContext, width: float) -> Flowable:
    data = ctx.data
    cards = [card for journey in data.maps for card in journey.cards]
    pains = sum(card.kind == CardKind.PAIN_POINT for card in cards)
    ideas = sum(card.kind == CardKind.OPPORTUNITY for card in cards)
    open_actions = sum(action.is_open for action in data.actions)
    return Figures([(str(len(cards)), ctx.ntr("card on the map", "cards on the map", len(cards))),
                    (str(pains), ctx.ntr("pain point", "pain points", pains)),
                    (str(ideas), ctx.ntr("opportunity", "opportunities", ideas)),
                    (str(open_actions), ctx.ntr("open action", "open actions", open_actions))])
