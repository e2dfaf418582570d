"""The channel ownership register as people read it: one line per channel (issue 17).

A line exists for every channel the cards use (the `channel` of any card, in the order of the
Channel enum) and for every row of the channel_owner table (a channel added by hand, known by
its name, after the others, in the order they were added). A channel used on cards has no row
until its first edit (editing.register_operations creates it then). Pure functions over records,
no Qt, no session: the window, `cxworkshop check` and the PDF read the same lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cxworkshop.model.enums import Channel
from cxworkshop.model.records import Card, ChannelOwner, Participant


@dataclass(frozen=True, slots=True)
class ChannelKey:
    """Which line of the register: a Channel value, or (a channel added by hand) the row's id.

    A channel used on cards may have a row already; its key still names the channel, so the
    line keeps its key from before its first edit to after it.
    """

    channel: str | None = None
    register_id: int | None = None


@dataclass(frozen=True, slots=True)
class RegisterLine:
    key: ChannelKey
    row: ChannelOwner | None  # None: a channel used on cards that nobody has described yet
    cards: int  # how many cards use the channel (0 for a channel added by hand)

    @property
    def channel(self) -> str | None:
        return self.key.channel

    @property
    def name(self) -> str:
        """The name of a channel added by hand ("" for a Channel value: its label is translated)."""
        return self.row.name if self.row is not None and self.channel is None else ""

    @property
    def owner_id(self) -> int | None:
        return self.row.owner_id if self.row is not None else None

    @property
    def deputy_id(self) -> int | None:
        return self.row.deputy_id if self.row is not None else None

    @property
    def competences(self) -> str:
        return self.row.competences if self.row is not None else ""

    @property
    def procedure(self) -> str:
        return self.row.procedure if self.row is not None else ""

    @property
    def scope(self) -> str:
        return self.row.scope if self.row is not None else ""

    @property
    def response_time(self) -> str:
        return self.row.response_time if self.row is not None else ""

    @property
    def by_hand(self) -> bool:
        return self.channel is None


_ORDER = {channel.value: number for number, channel in enumerate(Channel)}


def register_lines(cards: Iterable[Card], rows: Iterable[ChannelOwner]) -> list[RegisterLine]:
    """Every line of the register: the channels on cards and in the table, then those by hand."""
    rows = list(rows)
    used = Counter(card.channel for card in cards if card.channel)
    by_channel = {row.channel: row for row in rows if row.channel is not None}
    by_hand = [row for row in rows if row.channel is None]
    channels = sorted(set(used) | set(by_channel), key=lambda value: (_ORDER.get(value, 99), value))
    lines = [RegisterLine(ChannelKey(channel=value), by_channel.get(value), used.get(value, 0))
             for value in channels]
    lines += [RegisterLine(ChannelKey(register_id=row.id), row, 0)
              for row in sorted(by_hand, key=lambda row: row.id)]
    return lines


def owner_names(rows: Iterable[ChannelOwner], participants: Iterable[Participant]) -> dict[str, str]:
    """Channel value -> its owner's name, for the channels whose owner is set."""
    return {channel: full for channel, (_short, full) in card_owners(rows, participants).items()}


def card_owners(rows: Iterable[ChannelOwner],
                participants: Iterable[Participant]) -> dict[str, tuple[str, str]]:
    """Channel value -> (short_name, whole name) of its owner, for the board's touchpoint cards.
    Computed once per refresh of the board, never per card."""
    names = {person.id: (short_name(person), person.name) for person in participants}
    return {row.channel: names[row.owner_id] for row in rows
            if row.channel is not None and row.owner_id is not None and row.owner_id in names}


def short_name(person: Participant) -> str:
    """The owner as a touchpoint card shows it, where room is short: "Davide M." for a person,
    a department's whole name ("Customer care")."""
    words = person.name.split()
    if person.is_department or len(words) < 2:
        return person.name.strip()
    return f"{words[0]} {words[-1][:1]}."


def department_of(person: Participant) -> str:
    """The department a participant answers for: a department is itself, a person belongs to
    the one written in their `department` ("" when none is written)."""
    return (person.name if person.is_department else person.department).strip()
