"""Two sections of the report about what the map rests on.

"Journey and internal processes": per map and stage, the touchpoints with no internal process
behind them and the processes that support no touchpoint (cxworkshop.model.process_gaps, the
rule the board and `check` use). "Assumptions to verify": every card the room marked as
assumed, with its stage and lane, so the consultant knows what to check before the next
meeting; observed cards are counted by source.
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import CardInfo, MapInfo
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.tables_pdf import card_text, data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import Evidence, EvidenceSource, MapKind
from cxworkshop.model.process_gaps import process_gaps


def _map_title(ctx: ExportContext, journey: MapInfo) -> str:
    kind = ctx.label(MapKind, journey.kind)
    name = ctx.text(journey.name)
    return name if name.casefold() == kind.casefold() else f"{name} ({kind})"


def _cards_text(ctx: ExportContext, cards: tuple[CardInfo, ...]) -> str:
    return "\n".join(f"• {card_text(ctx, card)}" for card in cards) if cards else "—"


def processes_story(ctx: ExportContext, width: float) -> list[Flowable]:
    style = ctx.style
    story: list[Flowable] = [CondPageBreak(220), Heading(ctx.tr("Journey and internal processes"), style.h1),
                             Paragraph(markup(ctx.tr(
                                 "A touchpoint is flagged when its stage has no internal process card "
                                 "(backstage or support process); a process is flagged when its stage has "
                                 "no touchpoint.")), style.small), Spacer(1, 6)]
    several = len(ctx.data.maps) > 1
    for journey in ctx.data.maps:
        gaps = process_gaps(journey.stages, journey.lanes, journey.cards)
        if several:
            story.append(para(ctx, _map_title(ctx, journey), style.h2))
        rows = [[para(ctx, found.stage.name, style.cell),
                 para(ctx, _cards_text(ctx, found.unsupported), style.cell),
                 para(ctx, _cards_text(ctx, found.unused_processes), style.cell)]
                for found in gaps.stages if not found.empty]
        summary = ctx.tr("{touchpoints}; {processes}.", touchpoints=ctx.ntr(
            "{n} touchpoint with no internal process", "{n} touchpoints with no internal process",
            len(gaps.unsupported)), processes=ctx.ntr(
            "{n} internal process supporting no touchpoint",
            "{n} internal processes supporting no touchpoint", len(gaps.unused_processes)))
        story.append(Paragraph(markup(summary), style.body))
        if rows:
            header = [ctx.tr("Stage"), ctx.tr("Touchpoints with no internal process"),
                      ctx.tr("Processes supporting no touchpoint")]
            column = (width - 100) / 2
            story += [Spacer(1, 4), data_table(header, rows, [100, column, column])]
        story.append(Spacer(1, 10))
    return story + assumptions_story(ctx, width)


def assumptions_story(ctx: ExportContext, width: float) -> list[Flowable]:
    style = ctx.style
    stages = ctx.data.stages
    lanes = {lane.id: lane for journey in ctx.data.maps for lane in journey.lanes}
    assumed = [(journey, card) for journey in ctx.data.maps for card in journey.cards
               if card.evidence == Evidence.ASSUMED]
    observed = Counter(card.evidence_source or "" for journey in ctx.data.maps for card in journey.cards
                       if card.evidence == Evidence.OBSERVED)
    story: list[Flowable] = [CondPageBreak(200), Heading(ctx.tr("Assumptions to verify"), style.h1)]
    if observed:
        sources = ", ".join(f"{ctx.label(EvidenceSource, source) if source else ctx.tr('source not given')}"
                            f" {count}" for source, count in observed.most_common())
        story.append(Paragraph(markup(ctx.ntr("{n} card is marked as observed ({sources}).",
                                              "{n} cards are marked as observed ({sources}).",
                                              sum(observed.values()), sources=sources)), style.body))
    if not assumed:
        story.append(Paragraph(markup(ctx.tr("No card is marked as an assumption.")), style.body))
        return [*story, Spacer(1, 12)]
    story.append(Paragraph(markup(ctx.ntr(
        "{n} card is the room's belief, not yet seen in the data: check it before the next meeting.",
        "{n} cards are the room's belief, not yet seen in the data: check them before the next meeting.",
        len(assumed))), style.body))
    several = len(ctx.data.maps) > 1
    rows = []
    for journey, card in assumed:
        stage = stages.get(card.stage_id)
        lane = lanes.get(card.lane_id)
        where = stage.name if stage else ""
        if several:
            where = f"{journey.name} · {where}"
        rows.append([para(ctx, where, style.cell), para(ctx, lane.name if lane else "", style.cell),
                     para(ctx, card_text(ctx, card), style.cell)])
    header = [ctx.tr("Stage"), ctx.tr("Lane"), ctx.tr("Card")]
    return [*story, Spacer(1, 4), data_table(header, rows, [110, 110, width - 220]), Spacer(1, 12)]
