"""What the slides show, read from the workshop document (records), never from the board scene.

One `DeckContent` is a snapshot of one journey map: its stages with their non-empty lanes and
cards, each stage's average emotion (the board's rule: the mean score of the stage's emotion
cards), the dots of the voting round on show (the open one, else the latest) and the action
plan with owners and due dates. The window rebuilds it whenever the document changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cxworkshop.document import WorkshopDocument
from cxworkshop.model import emotion as emotion_rule
from cxworkshop.model.map_compare import current_and_future, match_stages
from cxworkshop.model.progress import OPEN_STATUSES
from cxworkshop.model.records import (
    ActionItem,
    Card,
    JourneyMap,
    Lane,
    Participant,
    Stage,
    Vote,
    VotingRound,
)


@dataclass(frozen=True)
class CardContent:
    id: int
    kind: str
    text: str
    emotion: int | None
    votes: int = 0
    owners: tuple[str, ...] = ()  # owners of the actions made from this card


@dataclass(frozen=True)
class BandContent:
    """One non-empty lane of one stage."""

    lane_id: int
    name: str
    kind: str
    cards: tuple[CardContent, ...]


@dataclass(frozen=True)
class StageContent:
    id: int
    number: int  # 1-based, in board order
    name: str
    bands: tuple[BandContent, ...]
    emotion: float | None  # the average score of the stage's emotion cards

    @property
    def card_count(self) -> int:
        return sum(len(band.cards) for band in self.bands)


@dataclass(frozen=True)
class RankedCard:
    card: CardContent
    stage: str
    lane: str


@dataclass(frozen=True)
class ActionContent:
    id: int
    title: str
    owner: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class ComparePair:
    current: StageContent | None
    future: StageContent | None

    @property
    def name(self) -> str:
        stage = self.future if self.future is not None else self.current
        return stage.name if stage is not None else ""

    @property
    def key_stage(self) -> int:
        """The id the pair's slides are known by: the future stage's, else the current's."""
        stage = self.future if self.future is not None else self.current
        return stage.id if stage is not None else 0

    def holds(self, stage_id: int | None) -> bool:
        return stage_id is not None and stage_id in {
            s.id for s in (self.current, self.future) if s is not None}


@dataclass(frozen=True)
class CompareContent:
    current_name: str
    future_name: str
    pairs: tuple[ComparePair, ...]


@dataclass
class DeckContent:
    title: str
    map_name: str
    stages: list[StageContent] = field(default_factory=list)
    round_title: str = ""
    round_open: bool = False
    tally: dict[int, int] = field(default_factory=dict)  # card id -> dots
    actions: list[ActionContent] = field(default_factory=list)
    compare: CompareContent | None = None  # today | tomorrow, with a current and a future map

    def ranking(self) -> list[RankedCard]:
        """Cards with dots, most dots first (ties: board order)."""
        ranked = [RankedCard(card, stage.name, band.name)
                  for stage in self.stages for band in stage.bands for card in band.cards
                  if card.votes > 0]
        return sorted(ranked, key=lambda r: -r.card.votes)

    @property
    def dots(self) -> int:
        return sum(self.tally.values())


def _round(document: WorkshopDocument, map_id: int) -> VotingRound | None:
    rounds = document.rows(VotingRound, map_id=map_id)
    open_rounds = [r for r in rounds if r.is_open]
    if open_rounds:
        return open_rounds[-1]
    return max(rounds, key=lambda r: r.id) if rounds else None


def read_compare(document: WorkshopDocument, map_id: int | None) -> CompareContent | None:
    """The stages of the current and the future map paired (shown map first), or None."""
    pair = current_and_future(document.maps(), map_id)
    if pair is None:
        return None
    current, future = (read_deck(document, journey.id, with_compare=False) for journey in pair)
    pairs = tuple(ComparePair(current.stages[a] if a is not None else None,
                              future.stages[b] if b is not None else None)
                  for a, b in match_stages(current.stages, future.stages))
    return CompareContent(current.map_name, future.map_name, pairs)


def read_deck(document: WorkshopDocument, map_id: int | None,
              with_compare: bool = True) -> DeckContent:
    workshop = document.workshop()
    journey = document.row(JourneyMap, map_id) if map_id is not None else None
    deck = DeckContent(title=workshop.title or "", map_name=journey.name if journey else "")
    if journey is None:
        return deck
    voting = _round(document, journey.id)
    if voting is not None:
        deck.round_title, deck.round_open = voting.title or "", bool(voting.is_open)
        for vote in document.rows(Vote, round_id=voting.id):
            deck.tally[vote.card_id] = deck.tally.get(vote.card_id, 0) + 1
    people = {p.id: p.name for p in document.rows(Participant)}
    stages = document.rows(Stage, map_id=journey.id)
    stage_ids = {s.id for s in stages}
    owners: dict[int, list[str]] = {}
    for action in document.rows(ActionItem):
        owner = people.get(action.owner_id, "") if action.owner_id is not None else ""
        linked = action.stage_id in stage_ids or action.card_id is not None
        if not linked and action.stage_id is not None:
            continue  # an action of another map
        deck.actions.append(ActionContent(action.id, action.title, owner, action.due_on,
                                          action.status))
        if action.card_id is not None and owner and action.status in OPEN_STATUSES:
            owners.setdefault(action.card_id, []).append(owner)
    lanes = document.rows(Lane, map_id=journey.id)
    cards_by_cell: dict[tuple[int, int], list[Card]] = {}
    by_stage: dict[int, list[Card]] = {}
    for card in document.rows(Card):
        cards_by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
        by_stage.setdefault(card.stage_id, []).append(card)
    for number, stage in enumerate(stages, start=1):
        bands = []
        for lane in lanes:
            cards = tuple(CardContent(c.id, c.kind, c.text or "", c.emotion,
                                      deck.tally.get(c.id, 0), tuple(owners.get(c.id, ())))
                          for c in cards_by_cell.get((stage.id, lane.id), []))
            if cards:
                bands.append(BandContent(lane.id, lane.name, lane.kind, cards))
        deck.stages.append(StageContent(stage.id, number, stage.name, tuple(bands),
                                        # the one rule of the board, slides and PDF
                                        emotion_rule.stage_emotion(by_stage.get(stage.id, []))))
    deck.actions.sort(key=lambda a: (a.status not in OPEN_STATUSES, a.due_on is None,
                                     a.due_on or date.max, a.id))
    if with_compare:
        deck.compare = read_compare(document, journey.id)
    return deck
