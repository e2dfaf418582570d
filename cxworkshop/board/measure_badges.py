"""The stage headers' measure badges ("NPS 32 → 45", issue 17), read once per refresh.

The scene asks for them when it loads a map and when an edit touches measures, measurements,
stages or a card a measure is tied to; each header keeps its text and paints it (grid_items).
"""

from __future__ import annotations

from cxworkshop.document import WorkshopDocument
from cxworkshop.model.measures import measure_series, stage_badges
from cxworkshop.model.records import Card, Measure, Measurement


def read_badges(document: WorkshopDocument) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
    """stage id -> (name, figures) of its measures, and the ids of the cards measures are tied to (a move of one
    of those cards moves its badge)."""
    measures = document.rows(Measure)
    if not measures:
        return {}, set()
    cards = {m.card_id for m in measures if m.card_id is not None}
    rows = [card for card in (document.row(Card, i) for i in cards) if card is not None]
    series = measure_series(measures, document.rows(Measurement), rows)
    return stage_badges(series), cards


def wants_badges(tables: set[str], card_ids: set[int], measure_cards: set[int]) -> bool:
    """Whether an edit that touched `tables` (and the cards `card_ids`) changes any badge."""
    return bool(tables & {"measure", "measurement", "stage"}) or bool(card_ids & measure_cards)
