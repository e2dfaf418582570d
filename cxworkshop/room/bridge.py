"""The thin Qt bridge between the room and the open workshop (QtCore only).

It lives on the facilitator's thread (the GUI thread in the window, the main thread in the
headless command): it shares the board with the phones (`Board`, read from the document and
refreshed on every change), turns the server thread's notices into a queued signal, and applies
what the facilitator reveals through WorkshopDocument's typed edits: the one writer. Nothing the
phones send reaches the file any other way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal

from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument, WorkshopFileError
from cxworkshop.model.enums import (
    DEFAULT_LANE_FOR_CARD,
    EMOTION_MAX,
    EMOTION_MIN,
    CardKind,
    LaneKind,
)
from cxworkshop.model.limits import CARD_TEXT_MAX
from cxworkshop.model.records import Card, Lane, Participant, Stage, Vote, VotingRound
from cxworkshop.room.protocol import Activity, Kind
from cxworkshop.room.server import RoomServer
from cxworkshop.room.state import Board, Contribution, Named, Room, VotableCard

# The kind a card written in a lane gets: the lane's own kind of card (a pain point in the pain
# points lane), so votes and the PDF treat phone cards exactly like the laptop's.
KIND_FOR_LANE = {lane: card for card, lane in reversed(list(DEFAULT_LANE_FOR_CARD.items()))}
_WATCHED = {"stage", "lane", "card", "participant", "voting_round", "vote", "workshop", "journey_map"}


@dataclass
class Outcome:
    """What one reveal did: cards and dots written, and the ones the document refused."""

    cards: list[int] = field(default_factory=list)
    dots: int = 0
    refused: list[str] = field(default_factory=list)


def read_board(document: WorkshopDocument, map_id: int | None = None) -> Board:
    """What the phones may see, read from the document: names, the map's stages and lanes, and
    the cards of the open voting round with each person's dots already placed on the laptop."""
    workshop = document.workshop()
    first = document.first_map()
    map_id = map_id if map_id is not None else (first.id if first else None)
    people = tuple(Named(p.id, p.name) for p in document.rows(Participant) if not p.is_department)
    if map_id is None:
        return Board(workshop.title, workshop.language, people)
    stages = document.rows(Stage, map_id=map_id)
    lanes = document.rows(Lane, map_id=map_id)
    names = {stage.id: stage.name for stage in stages}
    rounds = [r for r in document.rows(VotingRound, map_id=map_id) if r.is_open]
    round_ = rounds[-1] if rounds else None
    votable: tuple[VotableCard, ...] = ()
    used: dict[int, int] = {}
    if round_ is not None:
        kinds = set(round_.votable_kinds.split(",")) if round_.votable_kinds else None
        votable = tuple(VotableCard(c.id, c.text, c.kind, names.get(c.stage_id, ""))
                        for stage in stages for c in document.rows(Card, stage_id=stage.id)
                        if kinds is None or c.kind in kinds)
        for vote in document.rows(Vote, round_id=round_.id):
            used[vote.participant_id] = used.get(vote.participant_id, 0) + 1
    return Board(workshop.title, workshop.language, people,
                 tuple(Named(s.id, s.name) for s in stages), tuple(Named(lane.id, lane.name) for lane in lanes),
                 round_.id if round_ else None, round_.dots_per_participant if round_ else 0, votable, used)


def signed(text: str, author: str) -> str:
    """The card's text with its author's name under it; anonymous cards stay unsigned."""
    if not author:
        return text
    with_name = f"{text}\n— {author}"
    return with_name if len(with_name) <= CARD_TEXT_MAX else text


class RoomBridge(QObject):
    room_changed = Signal()  # on the facilitator's thread, after any change in the room
    _poked = Signal()  # emitted on the server's thread, delivered queued

    def __init__(self, document: WorkshopDocument, host: str = "127.0.0.1", port: int = 0,
                 allow_anonymous: bool = True, map_id: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.map_id = map_id
        self.room = Room(read_board(document, map_id), allow_anonymous=allow_anonymous)
        self.server = RoomServer(self.room, host, port)
        self._poked.connect(self.room_changed, Qt.ConnectionType.QueuedConnection)
        self.room.subscribe(self._poked.emit)
        document.changed.connect(self._document_changed)

    def open(self) -> str:
        """Start serving; the join URL (RoomServerError when the address cannot be used)."""
        return self.server.start()

    def close(self) -> None:
        """Stop the server; what is still in the inbox is dropped, never written."""
        self.server.stop()
        try:
            self.document.changed.disconnect(self._document_changed)
        except (RuntimeError, TypeError):  # already gone with the document
            pass

    @property
    def url(self) -> str:
        return self.server.url

    def set_map(self, map_id: int | None) -> None:
        """The window shows another journey map: the phones see its stages and lanes."""
        self.map_id = map_id
        self.room.set_board(read_board(self.document, map_id))

    def _document_changed(self, changes: ChangeSet) -> None:
        if _WATCHED & set(changes.tables()):
            self.room.set_board(read_board(self.document, self.map_id))

    def open_activity(self, activity: Activity, stage_id: int | None = None, lane_id: int | None = None) -> None:
        self.room.set_board(read_board(self.document, self.map_id))
        self.room.open_activity(activity, stage_id, lane_id)

    def reveal(self, ids: list[int] | None = None) -> Outcome:
        """Take these contributions (all when None) from the inbox and write them: the cards in
        one undoable step, then each dot through the voting round's own budget rules."""
        outcome = Outcome()
        taken = self.room.reveal(ids)
        cards = [item for item in taken if item.kind == Kind.CARD]
        dots = [item for item in taken if item.kind == Kind.DOT]
        if cards:
            lanes = {lane.id: lane for lane in self.document.rows(Lane)}
            try:
                outcome.cards = self.document.add_cards([self._card(item, lanes) for item in cards])
            except (EditRejected, WorkshopFileError) as exc:
                outcome.refused.append(_message(exc))
        round_id = self.room.board.round_id
        for item in dots:
            if round_id is None or item.participant_id is None or item.card_id is None:
                continue
            try:
                self.document.place_dot(round_id, item.participant_id, item.card_id)
                outcome.dots += 1
            except (EditRejected, WorkshopFileError) as exc:
                outcome.refused.append(_message(exc))
        return outcome

    def _card(self, item: Contribution, lanes: dict[int, Lane]) -> dict[str, object]:
        lane = lanes.get(item.lane_id or 0)
        try:
            kind = KIND_FOR_LANE.get(LaneKind(lane.kind), CardKind.NOTE) if lane else CardKind.NOTE
        except ValueError:
            kind = CardKind.NOTE
        return {"stage_id": item.stage_id, "lane_id": item.lane_id, "kind": kind.value,
                "text": signed(item.text, item.author)}

    def set_stage_emotion(self, stage_id: int) -> int | None:
        """An emotion card in the stage's emotions lane with the room's rounded average (None
        when no phone rated the stage); EditRejected when the map has no emotions lane."""
        counts = self.room.ratings().get(stage_id)
        if not counts or not sum(counts.values()):
            return None
        total = sum(counts.values())
        average = sum(score * n for score, n in counts.items()) / total
        score = max(EMOTION_MIN, min(EMOTION_MAX, round(average)))
        stage = self.document.row(Stage, stage_id)
        lanes = [lane for lane in self.document.rows(Lane, map_id=stage.map_id) if lane.kind == LaneKind.EMOTIONS] \
            if stage else []
        if not lanes:
            raise EditRejected(self.tr("This map has no emotions lane."))
        text = self.tr("Room: %n ratings, average %1", "", total).replace("%1", f"{average:+.1f}")
        return self.document.add_card(stage_id, lanes[0].id, CardKind.EMOTION.value, text, emotion=score)


def _message(exc: EditRejected | WorkshopFileError) -> str:
    return exc.message() if isinstance(exc, WorkshopFileError) else str(exc)
