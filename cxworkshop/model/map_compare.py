"""Current state against future state: which map to compare with, and stages matched across them.

Shared by the board's overlay curve, the side-by-side slides and the PDF's comparison chart, so
the three always pair the same stages. A future map is compared with the current map before it
(the one it was usually duplicated from), else the first current map; a current map with the
first future map after it, else the first future map. Stages are paired by name (ignoring case
and spaces), then the stages still unpaired by their place in the map.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from cxworkshop.model import emotion as emotion_rule
from cxworkshop.model.emotion import ScoredCard
from cxworkshop.model.enums import MapKind


class MapLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...


class StageLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...


def counterpart(maps: Sequence[MapLike], map_id: int) -> MapLike | None:
    """The map of the other kind to compare map `map_id` with (maps in tab order), or None."""
    index = next((i for i, m in enumerate(maps) if m.id == map_id), None)
    if index is None:
        return None
    wanted = MapKind.CURRENT if maps[index].kind == MapKind.FUTURE else MapKind.FUTURE
    before = [m for m in maps[:index] if m.kind == wanted]
    after = [m for m in maps[index + 1:] if m.kind == wanted]
    if wanted == MapKind.CURRENT:
        return before[-1] if before else (after[0] if after else None)
    return after[0] if after else (before[0] if before else None)


def current_and_future(maps: Sequence[MapLike], map_id: int | None = None
                       ) -> tuple[MapLike, MapLike] | None:
    """(current, future) around map `map_id` (else the first pair in the workshop), or None."""
    chosen = [m for m in maps if m.id == map_id] if map_id is not None else []
    candidates = chosen + [m for m in maps if m.kind == MapKind.CURRENT]
    for journey in candidates:
        other = counterpart(maps, journey.id)
        if other is not None:
            pair = (journey, other) if journey.kind == MapKind.CURRENT else (other, journey)
            return pair
    return None


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def match_stages(left: Sequence[StageLike], right: Sequence[StageLike]) -> list[tuple[int | None, int | None]]:
    """Pairs of indexes (left, right), in the order of `right` then the unpaired of `left`:
    same name first, then what is left paired by position."""
    by_name: dict[str, list[int]] = {}
    for index, stage in enumerate(left):
        by_name.setdefault(_key(stage.name), []).append(index)
    paired: dict[int, int] = {}  # right index -> left index
    for index, stage in enumerate(right):
        same = by_name.get(_key(stage.name))
        if same:
            paired[index] = same.pop(0)
    free_left = [i for i in range(len(left)) if i not in paired.values()]
    for index in range(len(right)):
        if index not in paired and free_left and index < len(left) and index in free_left:
            paired[index] = index
            free_left.remove(index)
    pairs: list[tuple[int | None, int | None]] = [(paired.get(i), i) for i in range(len(right))]
    pairs += [(i, None) for i in range(len(left)) if i not in paired.values()]
    return pairs


@dataclass(frozen=True)
class StagePair:
    """One row of a comparison: the stage of each map (None when that map lacks it)."""

    current: StageLike | None
    future: StageLike | None
    current_emotion: float | None
    future_emotion: float | None

    @property
    def name(self) -> str:
        stage = self.future if self.future is not None else self.current
        return stage.name if stage is not None else ""


def compare(current: Sequence[StageLike], future: Sequence[StageLike],
            cards: Iterable[ScoredCard]) -> list[StagePair]:
    """Every stage of both maps, paired, with each stage's average emotion (the board's rule)."""
    scores = emotion_rule.scores_by_stage(cards)
    pairs = []
    for left, right in match_stages(current, future):
        now = current[left] if left is not None else None
        then = future[right] if right is not None else None
        pairs.append(StagePair(now, then,
                               emotion_rule.mean(scores.get(now.id)) if now else None,
                               emotion_rule.mean(scores.get(then.id)) if then else None))
    return pairs
