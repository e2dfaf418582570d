"""The one rule for a stage's emotion, shared by the board, the slides and the PDF.

A stage's emotion is the mean score of its emotion cards; other cards never count, even if
they carry a score. A stage without emotion cards has no emotion (None), not a neutral 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from cxworkshop.model.enums import CardKind


class ScoredCard(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def stage_id(self) -> int: ...
    @property
    def emotion(self) -> int | None: ...


def scores_by_stage(cards: Iterable[ScoredCard]) -> dict[int, list[int]]:
    """The emotion cards' scores of each stage."""
    scores: dict[int, list[int]] = {}
    for card in cards:
        if card.kind == CardKind.EMOTION and card.emotion is not None:
            scores.setdefault(card.stage_id, []).append(card.emotion)
    return scores


def mean(scores: list[int] | None) -> float | None:
    return sum(scores) / len(scores) if scores else None


def stage_emotion(cards: Iterable[ScoredCard]) -> float | None:
    """The emotion of one stage, given its cards."""
    return mean([score for values in scores_by_stage(cards).values() for score in values])
