"""Words for what the board shows: item tooltips and the view's accessible description.

QGraphicsItems have no accessibility interface, so each card and header carries its full
text as a tooltip, and the view's accessibleDescription names the current cell and card
("Stage Purchase, lane Pain points, card 2 of 3: ...") for screen readers.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cxworkshop.board import evidence_mark, labels
from cxworkshop.board.counts import BoardCounts
from cxworkshop.model import CardKind

if TYPE_CHECKING:
    from cxworkshop.board.scene import BoardScene
    from cxworkshop.model.records import Card


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardDescribe", text)


_COUNTS = BoardCounts()


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def card_summary(data: Card, badge: tuple[str, int] | None = None, dots: int = 0,
                 channel_owner: str = "") -> str:
    """Kind, channel (and its owner), emotion, actions, dots and the whole text, in plain words."""
    facts = [labels.card_kind(data.kind)]
    if data.channel:
        facts.append(_fill(tr("channel %1"), labels.channel(data.channel)))
    if channel_owner:
        facts.append(_fill(tr("channel owner %1"), channel_owner))
    if data.kind == CardKind.EMOTION or data.emotion is not None:
        facts.append(_fill(tr("emotion %1"), labels.emotion(data.emotion)))
    if badge:
        initials, count = badge
        if "?" in initials:
            facts.append(_COUNTS.actions_one_unowned(count))
        else:
            facts.append(_fill(_COUNTS.actions_owned(count), initials))
    if dots > 0:
        facts.append(_COUNTS.dots(dots))
    evidence = evidence_mark.describe(data.evidence, data.evidence_source)
    if evidence:
        facts.append(evidence)
    text = data.text.strip() or tr("(empty)")
    return f"{', '.join(facts)}: {text}"


def as_tooltip(text: str) -> str:
    """Tooltips guess rich text; card text with '<' must show as typed."""
    if "<" in text or "&" in text:
        return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
    return text


def stage_tooltip(name: str, index: int, count: int, locked: bool) -> str:
    text = _fill(tr("Stage %1 of %2: %3"), index + 1, count, name)
    return text + (" " + tr("(locked)") if locked else "")


def lane_tooltip(name: str, kind: str, locked: bool) -> str:
    kind_name = labels.lane_kind(kind)
    text = _fill(tr("Lane: %1"), name)
    if kind_name and kind_name != name:
        text += f" ({kind_name})"
    return text + (" " + tr("(locked)") if locked else "")


def board_description(scene: BoardScene) -> str:
    """Where the keyboard is: the current cell, and the card in it that is selected."""
    selected = scene.selected_cards()
    header = scene.selected_header()
    if len(selected) > 1:
        return _fill(tr("%1 cards selected"), len(selected))
    if header is not None and not selected:
        return header.toolTip()
    cell = selected[0].cell if selected else scene.current_cell
    if cell is None or cell[0] not in scene.stages or cell[1] not in scene.lanes:
        return tr("No cell selected")
    where = _fill(tr("Stage %1, lane %2"), scene.stages[cell[0]].name, scene.lanes[cell[1]].name)
    stack = scene.cells.get(cell, [])
    if selected and selected[0] in stack:
        item = selected[0]
        return _fill(tr("%1, card %2 of %3: %4"), where, stack.index(item) + 1, len(stack),
                     item.summary())
    return _fill(_COUNTS.cards_in_cell(len(stack)), where)
