"""The journey against the internal processes: what the customer meets with nothing behind it.

A service blueprint pairs every touchpoint with the internal work that makes it happen. With
no explicit link between cards, the rule is per stage, as a room reads the board column by
column: a touchpoint is *unsupported* when its stage has no internal-process card, and an
internal process *supports no touchpoint* when its stage has no touchpoint. A touchpoint is
a card of kind touchpoint; an internal process is a backstage card, or any card in a
backstage or support-processes lane. Plain functions over records: the board, `check` and
the PDF all count the same way. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from cxworkshop.model.enums import CardKind, LaneKind
from cxworkshop.model.records import Card, Lane, Stage

C = TypeVar("C", bound=Card)  # a card record, or a subclass of it such as the exports' CardInfo

PROCESS_LANES = frozenset({LaneKind.BACKSTAGE.value, LaneKind.SUPPORT_PROCESSES.value})


def is_touchpoint(card: Card) -> bool:
    return card.kind == CardKind.TOUCHPOINT.value


def is_process(card: Card, lane_kinds: dict[int, str]) -> bool:
    return card.kind == CardKind.BACKSTAGE.value or lane_kinds.get(card.lane_id) in PROCESS_LANES


@dataclass(frozen=True)
class StageGaps(Generic[C]):
    """One stage's gaps: touchpoints with no process behind them, processes with no touchpoint."""

    stage: Stage
    unsupported: tuple[C, ...]
    unused_processes: tuple[C, ...]

    @property
    def empty(self) -> bool:
        return not self.unsupported and not self.unused_processes


@dataclass(frozen=True)
class ProcessGaps(Generic[C]):
    stages: tuple[StageGaps[C], ...]

    @property
    def unsupported(self) -> list[C]:
        return [card for gaps in self.stages for card in gaps.unsupported]

    @property
    def unused_processes(self) -> list[C]:
        return [card for gaps in self.stages for card in gaps.unused_processes]

    def card_ids(self) -> set[int]:
        return {card.id for card in self.unsupported + self.unused_processes}


def process_gaps(stages: Iterable[Stage], lanes: Iterable[Lane], cards: Iterable[C]) -> ProcessGaps[C]:
    """The gaps of one journey map, stage by stage in the stages' order."""
    lane_kinds = {lane.id: lane.kind for lane in lanes}
    by_stage: dict[int, list[C]] = {}
    for card in cards:
        by_stage.setdefault(card.stage_id, []).append(card)
    found: list[StageGaps[C]] = []
    for stage in sorted(stages, key=lambda s: s.position):
        cell = by_stage.get(stage.id, [])
        touchpoints = [card for card in cell if is_touchpoint(card) and not is_process(card, lane_kinds)]
        processes = [card for card in cell if is_process(card, lane_kinds)]
        found.append(StageGaps(stage, tuple(touchpoints) if not processes else (),
                               tuple(processes) if not touchpoints else ()))
    return ProcessGaps(tuple(found))
