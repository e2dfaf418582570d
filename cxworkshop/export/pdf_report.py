"""The full PDF report: cover, executive summary, maps, emotion curves, rankings, moments of
truth, action plan, progress, appendix. Each section heading is an entry of the outline."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import MapInfo
from cxworkshop.export.pdf_actions import plan_story
from cxworkshop.export.pdf_compare import compare_story
from cxworkshop.export.pdf_cover import cover_story
from cxworkshop.export.pdf_doc import COVER, PORTRAIT, Decor, Progress, ReportDoc
from cxworkshop.export.pdf_doc import frame_size as frame
from cxworkshop.export.pdf_map import maps_story
from cxworkshop.export.pdf_matrix import matrix_pages
from cxworkshop.export.pdf_moments import moments_story
from cxworkshop.export.pdf_outline import Bookmark, Heading, after_first_break
from cxworkshop.export.pdf_processes import processes_story
from cxworkshop.export.pdf_progress import progress_story
from cxworkshop.export.pdf_ranking import ranking_story
from cxworkshop.export.pdf_register import register_pages
from cxworkshop.export.pdf_results import results_story
from cxworkshop.export.pdf_summary import summary_story
from cxworkshop.export.rtl import has_rtl
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.i18n import tr


def decor(ctx: ExportContext, has_cover: bool = True, subject: str = "") -> Decor:
    data = ctx.data
    left = " · ".join(part for part in (data.client, subject or data.display_title) if part)
    footer = (data.display_title, ctx.consultant, ctx.consultant_email)
    return Decor(header_left=ctx.text(left), header_right=ctx.long_date(data.report_date),
                 footer_left=ctx.text(" · ".join(part for part in footer if part)),
                 page_label=ctx.page_label, has_cover=has_cover,
                 logo=str(ctx.logo) if ctx.logo is not None else None)


def _personas(ctx: ExportContext, journey: MapInfo) -> list[Flowable]:
    style = ctx.style
    story: list[Flowable] = []
    for persona in journey.personas:
        story.append(para(ctx, persona.name, style.h2))
        for caption, value in ((ctx.tr("Who"), persona.description),
                               (ctx.tr("Goals"), persona.goals),
                               (ctx.tr("Frustrations"), persona.frustrations)):
            if value and has_rtl(value):
                # Its own paragraph, so right-to-left lines wrap from their first word.
                story += [Paragraph(f"<b>{markup(caption)}:</b>", style.body), para(ctx, value, style.body)]
            elif value:
                story.append(Paragraph(f"<b>{markup(caption)}:</b> {markup(ctx.text(value))}",
                                       style.body))
    return story


def _appendix(ctx: ExportContext, width: float) -> list[Flowable]:
    if not ctx.abbreviated:
        return []
    cards = {card.id: card for journey in ctx.data.maps for card in journey.cards}
    stages = ctx.data.stages
    rows = []
    for card_id, number in sorted(ctx.abbreviated.items(), key=lambda item: item[1]):
        card = cards[card_id]
        stage = stages.get(card.stage_id)
        rows.append([f"*{number}", para(ctx, stage.name if stage else "", ctx.style.cell),
                     para(ctx, card.text, ctx.style.cell)])
    header = ["", ctx.tr("Stage"), ctx.tr("Full text")]
    return [NextPageTemplate(PORTRAIT), PageBreak(),
            Heading(ctx.tr("Cards shortened in this report"), ctx.style.h1),
            Paragraph(markup(ctx.tr("These cards were too long for the map or the tables; here "
                                    "is their full text.")), ctx.style.small), Spacer(1, 6),
            data_table(header, rows, [34, 100, width - 134])]


def report_story(ctx: ExportContext) -> list[Flowable]:
    width, height = frame(PORTRAIT, ctx.paper)
    story: list[Flowable] = [NextPageTemplate(PORTRAIT), *cover_story(ctx, width)]
    story += [PageBreak(), *summary_story(ctx, width, height)]
    personas: list[Flowable] = []
    maps = maps_story(ctx)  # every map, its emotion curve drawn on it (pdf_map)
    if maps:  # The outline: "Journey maps", each map beneath it, its pages beneath the map.
        story += after_first_break(maps, Bookmark(ctx.tr("Journey maps")))
    for journey in ctx.data.maps:
        personas += _personas(ctx, journey)
    story += compare_story(ctx)  # issue 18: current and future curves on one chart
    story += [NextPageTemplate(PORTRAIT), PageBreak()]
    if personas:
        story += [Heading(ctx.tr("Personas"), ctx.style.h1), *personas, Spacer(1, 14),
                  CondPageBreak(260)]
    story += ranking_story(ctx, width)
    story += [CondPageBreak(200), *moments_story(ctx, width)]
    story += processes_story(ctx, width)  # issue 18: touchpoints vs processes, assumptions
    story += [PageBreak(), *plan_story(ctx, width)]
    story += [CondPageBreak(220), Spacer(1, 12), *progress_story(ctx, width)]
    story += results_story(ctx, width)  # measures: baseline → latest → target (issue 17)
    story += matrix_pages(ctx)  # value/effort matrix and roadmap (issue 17)
    story += register_pages(ctx)  # channel ownership register and gap checks (issue 17)
    story += _appendix(ctx, width)
    return story


def metadata_subject(ctx: ExportContext) -> str:
    """The PDF's Subject: "Customer journey workshop · client · date", plain text in reading
    order (not shaped for printing), since PDF viewers apply bidi to metadata themselves."""
    data = ctx.data
    parts = [tr("Customer journey workshop", ctx.lang), data.client, ctx.long_date(data.report_date)]
    return " · ".join(part for part in parts if part)


def render_report(ctx: ExportContext, target: str | IO[bytes],
                  progress: Progress | None = None) -> None:
    data = ctx.data
    subject = metadata_subject(ctx)
    keywords = [tr("customer journey", ctx.lang), tr("workshop", ctx.lang),
                tr("action plan", ctx.lang), *(part for part in (data.client, data.place) if part)]
    doc = ReportDoc(target, decor(ctx), title=data.display_title,
                    author=ctx.consultant, progress=progress, first=COVER,
                    paper=ctx.paper, subject=subject, keywords=keywords, lang=ctx.lang)
    doc.render(report_story(ctx))
