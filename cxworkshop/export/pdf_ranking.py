"""Pain points and opportunities ranked by the dots the room gave them."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import CardInfo
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.tables_pdf import card_text, data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import CardKind

RANKED_KINDS = ((CardKind.PAIN_POINT, "Pain points by votes", "No pain points on the map.",
                 ("… and {n} more pain point without votes: see the map.",
                  "… and {n} more pain points without votes: see the map.")),
                (CardKind.OPPORTUNITY, "Opportunities by votes", "No opportunities on the map.",
                 ("… and {n} more opportunity without votes: see the map.",
                  "… and {n} more opportunities without votes: see the map.")))
# Every voted card is listed; unvoted ones only until the list has this many rows, because
# on a large board hundreds of unranked cards would bury the ranking.
MIN_LISTED = 30


def ranked(ctx: ExportContext, kind: str) -> list[CardInfo]:
    """Cards of `kind`, most voted first, then in map order (stage, lane, position)."""
    order: dict[int, tuple] = {}
    cards: list[CardInfo] = []
    for map_index, journey in enumerate(ctx.data.maps):
        stage_pos = {stage.id: stage.position for stage in journey.stages}
        lane_pos = {lane.id: lane.position for lane in journey.lanes}
        for card in journey.cards:
            if card.kind == kind:
                order[card.id] = (map_index, stage_pos.get(card.stage_id, 0),
                                  lane_pos.get(card.lane_id, 0), card.position)
                cards.append(card)
    return sorted(cards, key=lambda card: (-card.votes, order[card.id]))


def ranking_story(ctx: ExportContext, width: float) -> list[Flowable]:
    style = ctx.style
    stages = ctx.data.stages
    several_maps = len(ctx.data.maps) > 1
    map_names = ctx.data.map_names
    story: list[Flowable] = []
    for kind, title, empty, more in RANKED_KINDS:
        story.append(Heading(ctx.tr(title), style.h1))
        cards = ranked(ctx, kind)
        if not cards:
            story += [Paragraph(markup(ctx.tr(empty)), style.body), Spacer(1, 12)]
            continue
        shown = max(MIN_LISTED, sum(card.votes > 0 for card in cards))
        hidden = len(cards) - shown
        cards = cards[:shown]
        rows = []
        for rank, card in enumerate(cards, start=1):
            stage = stages.get(card.stage_id)
            where = stage.name if stage else ""
            if several_maps and stage is not None:
                where = f"{where}\n({map_names.get(stage.map_id, '')})"
            rows.append([str(rank), para(ctx, card_text(ctx, card), style.cell),
                         para(ctx, where, style.cell), str(card.votes)])
        header = ["#", ctx.tr("Card"), ctx.tr("Stage"), ctx.tr("Votes")]
        story += [data_table(header, rows, [24, width - 24 - 110 - 46, 110, 46],
                             [("ALIGN", (3, 0), (3, -1), "RIGHT"),
                              ("ALIGN", (0, 1), (0, -1), "RIGHT")])]
        if hidden > 0:
            story += [Spacer(1, 4), Paragraph(markup(ctx.ntr(*more, hidden)), style.small)]
        story.append(Spacer(1, 16))
    return story
