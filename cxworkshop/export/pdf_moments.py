"""Moments of truth: the cards the room marked as decisive, with what is being done about them."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, CardInfo
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_ranking import MIN_LISTED, ranked
from cxworkshop.export.tables_pdf import card_text, data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import CardKind


def emotion_text(card: CardInfo) -> str:
    """☹ −1, ○ 0, ☺ +2, or — for a card without an emotion."""
    if card.emotion is None:
        return "—"
    face = "☺" if card.emotion > 0 else "☹" if card.emotion < 0 else "○"
    return f"{face} {card.emotion:+d}".replace("-", "−") if card.emotion else f"{face} 0"


def linked_actions(ctx: ExportContext, card: CardInfo) -> list[ActionInfo]:
    return sorted((action for action in ctx.data.actions
                   if action.card is not None and action.card.id == card.id),
                  key=ActionInfo.sort_key)


def _actions_text(ctx: ExportContext, actions: list[ActionInfo]) -> str:
    if not actions:
        return "—"
    lines = []
    for action in actions:
        owner = action.owner.name if action.owner else ctx.tr("Without an owner")
        lines.append(f"• {action.title} ({owner})")
    return "\n".join(lines)


def moments_story(ctx: ExportContext, width: float) -> list[Flowable]:
    """The moments of truth, most voted first: stage, card, emotion, votes, linked actions.
    Every voted one is listed; unvoted ones only up to MIN_LISTED rows, as in the rankings."""
    style = ctx.style
    story: list[Flowable] = [Heading(ctx.tr("Moments of truth"), style.h1)]
    cards = ranked(ctx, CardKind.MOMENT_OF_TRUTH)
    if not cards:
        return [*story, Paragraph(markup(ctx.tr("No moments of truth on the map.")), style.body),
                Spacer(1, 12)]
    shown = max(MIN_LISTED, sum(card.votes > 0 for card in cards))
    hidden = len(cards) - shown
    cards = cards[:shown]
    stages = ctx.data.stages
    several_maps = len(ctx.data.maps) > 1
    rows = []
    for card in cards:
        stage = stages.get(card.stage_id)
        where = stage.name if stage else ""
        if several_maps and stage is not None:  # "Support" of the current or the future map?
            where = f"{where}\n({ctx.data.map_names.get(stage.map_id, '')})"
        rows.append([para(ctx, where, style.cell),
                     para(ctx, card_text(ctx, card), style.cell),
                     emotion_text(card), str(card.votes),
                     para(ctx, _actions_text(ctx, linked_actions(ctx, card)), style.cell)])
    header = [ctx.tr("Stage"), ctx.tr("Card"), ctx.tr("Emotion"), ctx.tr("Votes"),
              ctx.tr("Linked actions")]
    first = 110 if several_maps else 90  # room for "(Current state)" on one line
    card_width = (width - first - 50 - 40) * 0.55
    widths = [first, card_width, 50, 40, width - first - card_width - 50 - 40]
    story.append(data_table(header, rows, widths, [("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    if hidden > 0:
        story += [Spacer(1, 4), Paragraph(markup(ctx.ntr(
            "… and {n} more moment of truth without votes: see the map.",
            "… and {n} more moments of truth without votes: see the map.", hidden)), style.small)]
    return [*story, Spacer(1, 16)]
