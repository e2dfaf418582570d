"""The full PDF report: cover, maps, emotion curves, rankings, action plan, progress, appendix."""

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
from cxworkshop.export.pdf_cover import cover_story
from cxworkshop.export.pdf_doc import COVER, LANDSCAPE, PORTRAIT, Decor, Progress, ReportDoc
from cxworkshop.export.pdf_doc import frame_size as frame
from cxworkshop.export.pdf_emotion import CHART_HEIGHT, EmotionCurve, has_emotions
from cxworkshop.export.pdf_map import layout_for, map_story
from cxworkshop.export.pdf_progress import progress_story
from cxworkshop.export.pdf_ranking import ranking_story
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup


def decor(ctx: ExportContext, has_cover: bool = True, subject: str = "") -> Decor:
    data = ctx.data
    left = " · ".join(part for part in (data.client, subject or data.display_title) if part)
    return Decor(header_left=ctx.text(left), header_right=ctx.long_date(data.report_date),
                 footer_left=ctx.text(" · ".join(part for part in (
                     data.display_title, data.facilitator) if part)),
                 page_label=ctx.page_label, has_cover=has_cover)


def _personas(ctx: ExportContext, journey: MapInfo) -> list[Flowable]:
    style = ctx.style
    story: list[Flowable] = []
    for persona in journey.personas:
        story.append(para(ctx, persona.name, style.h2))
        for caption, value in ((ctx.tr("Who"), persona.description),
                               (ctx.tr("Goals"), persona.goals),
                               (ctx.tr("Frustrations"), persona.frustrations)):
            if value:
                story.append(Paragraph(f"<b>{markup(caption)}:</b> {markup(ctx.text(value))}",
                                       style.body))
    return story


def _emotion_story(ctx: ExportContext, journey: MapInfo, same_page: bool) -> list[Flowable]:
    """The curve of one map: under the map when there is room, else on a page of its own."""
    style = ctx.style
    story: list[Flowable] = []
    if not journey.stages:
        return story
    if same_page:
        story.append(Spacer(1, 8))
    else:
        story += [NextPageTemplate(LANDSCAPE), PageBreak()]
    story.append(Paragraph(markup(ctx.tr("Emotion curve: {name}", name=journey.name)),
                           style.h2 if same_page else style.h1))
    if has_emotions(journey):
        story += [Paragraph(markup(ctx.tr(
            "Average emotion of the cards in each stage, from −2 (frustrated) to +2 "
            "(delighted).")), style.small), Spacer(1, 6), EmotionCurve(ctx, journey)]
    else:
        story.append(Paragraph(markup(ctx.tr("No emotion cards on this map.")), style.body))
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
            Paragraph(markup(ctx.tr("Cards shortened on the map")), ctx.style.h1),
            Paragraph(markup(ctx.tr("These cards were too long for the map; here is their full "
                                    "text.")), ctx.style.small), Spacer(1, 6),
            data_table(header, rows, [34, 100, width - 134])]


def report_story(ctx: ExportContext) -> list[Flowable]:
    width = frame(PORTRAIT)[0]
    story: list[Flowable] = [NextPageTemplate(PORTRAIT), *cover_story(ctx, width)]
    personas: list[Flowable] = []
    for journey in ctx.data.maps:
        free = 0.0
        if journey.stages and journey.lanes:
            tiles, free = map_story(ctx, layout_for(ctx, journey))
            story += tiles
        story += _emotion_story(ctx, journey, same_page=free >= CHART_HEIGHT + 60)
        personas += _personas(ctx, journey)
    story += [NextPageTemplate(PORTRAIT), PageBreak()]
    if personas:
        story += [Paragraph(markup(ctx.tr("Personas")), ctx.style.h1), *personas, Spacer(1, 14),
                  CondPageBreak(260)]
    story += ranking_story(ctx, width)
    story += [PageBreak(), *plan_story(ctx, width)]
    story += [CondPageBreak(220), Spacer(1, 12), *progress_story(ctx, width)]
    story += _appendix(ctx, width)
    return story


def render_report(ctx: ExportContext, target: str | IO[bytes],
                  progress: Progress | None = None) -> None:
    data = ctx.data
    doc = ReportDoc(target, decor(ctx), title=ctx.text(data.display_title),
                    author=ctx.text(data.facilitator), progress=progress, first=COVER)
    doc.render(report_story(ctx))
