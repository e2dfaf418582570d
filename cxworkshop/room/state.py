"""The room's state: who joined, what the facilitator opened, and the inbox.

One lock guards everything: the server thread calls in for the phones, the facilitator's
thread (the GUI, or the headless command) calls in to share the board, open activities and
take what it reveals. Nothing here touches the workshop file: contributions wait in the inbox
until the facilitator takes them (`reveal`), and the caller applies them through the document.
Every method a phone reaches raises RoomError with an HTTP status and a sentence for the page.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from cxworkshop.room.protocol import (
    CARD_TEXT_LIMIT,
    CARDS_PER_DEVICE_MAX,
    DEVICES_MAX,
    EMOTIONS,
    RATE_BURST,
    RATE_PER_SECOND,
    SESSION_BYTES,
    TOKEN_BYTES,
    Activity,
    Kind,
)


class RoomError(Exception):
    """A request the room refuses: `status` is the HTTP answer, `text` the page's message key."""

    def __init__(self, status: int, text: str):
        super().__init__(text)
        self.status = status
        self.text = text


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class VotableCard:
    id: int
    text: str
    kind: str
    stage: str


@dataclass(frozen=True)
class Board:
    """What the facilitator shares with the phones, read from the document on its own thread."""

    title: str = ""
    language: str = "en"
    participants: tuple[Named, ...] = ()
    stages: tuple[Named, ...] = ()
    lanes: tuple[Named, ...] = ()
    # The open voting round of the laptop, if any: the phones vote in that round.
    round_id: int | None = None
    dots: int = 0
    votable: tuple[VotableCard, ...] = ()
    dots_on_file: dict[int, int] = field(default_factory=dict)  # participant id -> dots already placed


@dataclass
class Device:
    session: str
    participant_id: int | None  # None: anonymous
    name: str
    joined: float
    ready: bool = False
    allowance: float = RATE_BURST
    last_request: float = 0.0
    seen: float = 0.0


@dataclass(frozen=True)
class Contribution:
    id: int
    kind: Kind
    session: str
    participant_id: int | None
    author: str  # the participant's name, or "" for anonymous
    text: str = ""
    stage_id: int | None = None
    lane_id: int | None = None
    card_id: int | None = None
    at: float = 0.0


Listener = Callable[[], None]


class Room:
    def __init__(self, board: Board, allow_anonymous: bool = True, devices_max: int = DEVICES_MAX,
                 clock: Callable[[], float] = time.monotonic):
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        self.allow_anonymous = allow_anonymous
        self.devices_max = devices_max
        self._clock = clock
        self._lock = threading.Lock()
        self._board = board
        self._activity = Activity.IDLE
        self._writing_cell: tuple[int | None, int | None] = (None, None)  # (stage, lane); None: free
        self._devices: dict[str, Device] = {}
        self._removed: set[str] = set()
        self._pending: dict[int, Contribution] = {}
        self._revealed: dict[str, list[Contribution]] = {}  # session -> what reached the board
        self._ratings: dict[str, dict[int, int]] = {}  # session -> stage id -> score
        self._next_id = 1
        self.version = 0  # grows on every change: the server pushes views when it moves
        self._listeners: list[Listener] = []

    # --- listeners -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """`listener()` runs after every change, on the thread that made it, outside the lock."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        self.version += 1

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # --- the facilitator's side ----------------------------------------------------------

    def set_board(self, board: Board) -> None:
        with self._lock:
            self._board = board
            self._changed()
        self._notify()

    @property
    def board(self) -> Board:
        with self._lock:
            return self._board

    @property
    def activity(self) -> Activity:
        with self._lock:
            return self._activity

    def open_activity(self, activity: Activity, stage_id: int | None = None, lane_id: int | None = None) -> None:
        """Open an activity for every phone; the ready-check starts again."""
        with self._lock:
            self._activity = activity
            self._writing_cell = (stage_id, lane_id) if activity == Activity.WRITING else (None, None)
            for device in self._devices.values():
                device.ready = False
            self._changed()
        self._notify()

    def devices(self) -> list[Device]:
        with self._lock:
            return [replace(device) for device in self._devices.values()]

    def remove_device(self, session: str) -> bool:
        """The phone loses its session for good; what it sent stays in the inbox."""
        with self._lock:
            found = self._devices.pop(session, None) is not None
            if found:
                self._removed.add(session)
                self._ratings.pop(session, None)
                self._changed()
        if found:
            self._notify()
        return found

    def pending(self) -> list[Contribution]:
        with self._lock:
            return sorted(self._pending.values(), key=lambda item: item.id)

    def reveal(self, ids: list[int] | None = None) -> list[Contribution]:
        """Take these contributions (all when None) out of the inbox, for the caller to apply."""
        with self._lock:
            chosen = sorted(self._pending) if ids is None else [i for i in ids if i in self._pending]
            taken = [self._pending.pop(i) for i in chosen]
            for item in taken:
                self._revealed.setdefault(item.session, []).append(item)
            if taken:
                self._changed()
        if taken:
            self._notify()
        return taken

    def discard(self, ids: list[int]) -> list[Contribution]:
        """Drop contributions the facilitator does not want on the board."""
        with self._lock:
            taken = [self._pending.pop(i) for i in ids if i in self._pending]
            if taken:
                self._changed()
        if taken:
            self._notify()
        return taken

    def ratings(self) -> dict[int, dict[int, int]]:
        """stage id -> score -> how many phones gave it."""
        with self._lock:
            counts: dict[int, dict[int, int]] = {}
            for scores in self._ratings.values():
                for stage_id, score in scores.items():
                    per_stage = counts.setdefault(stage_id, dict.fromkeys(EMOTIONS, 0))
                    per_stage[score] += 1
            return counts

    def ready_count(self) -> tuple[int, int]:
        with self._lock:
            return sum(1 for d in self._devices.values() if d.ready), len(self._devices)

    # --- the phones' side ------------------------------------------------------------------

    def check_token(self, token: str) -> None:
        if not secrets.compare_digest(token.encode(), self.token.encode()):
            raise RoomError(403, "This link is not valid. Scan the code on the screen again.")

    def join(self, participant_id: int | None) -> Device:
        with self._lock:
            if participant_id is None:
                if not self.allow_anonymous:
                    raise RoomError(400, "Pick your name from the list.")
                name = ""
            else:
                person = next((p for p in self._board.participants if p.id == participant_id), None)
                if person is None:
                    raise RoomError(400, "Pick your name from the list.")
                name = person.name
            if len(self._devices) >= self.devices_max:
                raise RoomError(429, "The room is full.")
            now = self._clock()
            device = Device(secrets.token_urlsafe(SESSION_BYTES), participant_id, name, now,
                            last_request=now, seen=now)
            self._devices[device.session] = device
            self._changed()
        self._notify()
        return replace(device)

    def device(self, session: str) -> Device:
        """The phone behind `session`, charged one request against its rate; or RoomError."""
        with self._lock:
            device = self._devices.get(session)
            if device is None:
                if session in self._removed:
                    raise RoomError(403, "The facilitator removed this device from the room.")
                raise RoomError(403, "Your session has expired. Join again.")
            now = self._clock()
            device.allowance = min(RATE_BURST, device.allowance + (now - device.last_request) * RATE_PER_SECOND)
            device.last_request = now
            device.seen = now
            if device.allowance < 1.0:
                raise RoomError(429, "Too many requests: wait a moment.")
            device.allowance -= 1.0
            return replace(device)

    def write_card(self, session: str, text: str, stage_id: int | None, lane_id: int | None) -> Contribution:
        text = text.strip()
        if not text:
            raise RoomError(400, "Write something first.")
        if len(text) > CARD_TEXT_LIMIT:
            raise RoomError(413, "This card is too long.")
        if "\x00" in text:
            raise RoomError(400, "This text contains a character that cannot be saved.")
        with self._lock:
            device = self._live(session)
            if self._activity != Activity.WRITING:
                raise RoomError(409, "Writing is closed.")
            fixed_stage, fixed_lane = self._writing_cell
            stage_id = fixed_stage if fixed_stage is not None else stage_id
            lane_id = fixed_lane if fixed_lane is not None else lane_id
            if not any(s.id == stage_id for s in self._board.stages) \
                    or not any(lane.id == lane_id for lane in self._board.lanes):
                raise RoomError(400, "Choose a stage and a lane.")
            mine = sum(1 for item in self._pending.values() if item.session == session)
            if mine >= CARDS_PER_DEVICE_MAX:
                raise RoomError(429, "Too many cards waiting: ask the facilitator to reveal them.")
            item = self._add(Kind.CARD, device, text=text, stage_id=stage_id, lane_id=lane_id)
        self._notify()
        return item

    def place_dot(self, session: str, card_id: int) -> Contribution:
        with self._lock:
            device = self._live(session)
            if self._activity != Activity.VOTING or self._board.round_id is None:
                raise RoomError(409, "Voting is closed.")
            if device.participant_id is None:
                raise RoomError(403, "Anonymous participants cannot vote: dots belong to a person.")
            if not any(card.id == card_id for card in self._board.votable):
                raise RoomError(400, "This card is not part of the vote.")
            if self._dots_left(device) <= 0:
                raise RoomError(409, "No dots left.")
            item = self._add(Kind.DOT, device, card_id=card_id)
        self._notify()
        return item

    def remove_dot(self, session: str, card_id: int) -> None:
        with self._lock:
            self._live(session)
            if self._activity != Activity.VOTING:
                raise RoomError(409, "Voting is closed.")
            mine = [item for item in self._pending.values()
                    if item.session == session and item.kind == Kind.DOT and item.card_id == card_id]
            if not mine:
                raise RoomError(409, "You have no dot on this card.")
            del self._pending[mine[-1].id]
            self._changed()
        self._notify()

    def rate(self, session: str, stage_id: int, score: int) -> None:
        with self._lock:
            self._live(session)
            if self._activity != Activity.EMOTION:
                raise RoomError(409, "Rating is closed.")
            if not any(s.id == stage_id for s in self._board.stages):
                raise RoomError(400, "This stage does not exist.")
            if isinstance(score, bool) or not isinstance(score, int) or score not in EMOTIONS:
                raise RoomError(400, "A rating goes from -2 to +2.")
            self._ratings.setdefault(session, {})[stage_id] = score
            self._changed()
        self._notify()

    def set_ready(self, session: str, ready: bool) -> None:
        with self._lock:
            self._devices[self._live(session).session].ready = bool(ready)
            self._changed()
        self._notify()

    def view(self, session: str) -> dict[str, Any]:
        """Everything one phone shows, as JSON-ready data; texts stay plain text."""
        with self._lock:
            device = self._live(session)
            board = self._board
            mine = [item for item in self._pending.values() if item.session == session]
            shown = self._revealed.get(session, [])
            my_dots: dict[int, int] = {}
            for item in mine:
                if item.kind == Kind.DOT and item.card_id is not None:
                    my_dots[item.card_id] = my_dots.get(item.card_id, 0) + 1
            stage_id, lane_id = self._writing_cell
            return {
                "version": self.version,
                "name": device.name,
                "anonymous": device.participant_id is None,
                "activity": self._activity.value,
                "ready": device.ready,
                "ready_count": sum(1 for d in self._devices.values() if d.ready),
                "devices": len(self._devices),
                "stages": [{"id": s.id, "name": s.name} for s in board.stages],
                "lanes": [{"id": lane.id, "name": lane.name} for lane in board.lanes],
                "cell": {"stage_id": stage_id, "lane_id": lane_id},
                "cards": [{"id": item.id, "text": item.text, "revealed": False}
                          for item in mine if item.kind == Kind.CARD]
                + [{"id": item.id, "text": item.text, "revealed": True}
                   for item in shown if item.kind == Kind.CARD],
                "votable": [{"id": c.id, "text": c.text, "kind": c.kind, "stage": c.stage}
                            for c in board.votable] if self._activity == Activity.VOTING else [],
                "dots": board.dots,
                "dots_left": self._dots_left(device),
                "my_dots": {str(card): count for card, count in my_dots.items()},
                "ratings": {str(stage): score for stage, score in self._ratings.get(session, {}).items()},
            }

    # --- inside the lock ------------------------------------------------------------------

    def _live(self, session: str) -> Device:
        device = self._devices.get(session)
        if device is None:
            if session in self._removed:
                raise RoomError(403, "The facilitator removed this device from the room.")
            raise RoomError(403, "Your session has expired. Join again.")
        return device

    def _dots_left(self, device: Device) -> int:
        if device.participant_id is None or self._board.round_id is None:
            return 0
        pending = sum(1 for item in self._pending.values()
                      if item.kind == Kind.DOT and item.participant_id == device.participant_id)
        used = self._board.dots_on_file.get(device.participant_id, 0)
        return max(0, self._board.dots - used - pending)

    def _add(self, kind: Kind, device: Device, **values: Any) -> Contribution:
        item = Contribution(self._next_id, kind, device.session, device.participant_id, device.name,
                            at=self._clock(), **values)
        self._next_id += 1
        self._pending[item.id] = item
        self._changed()
        return item
