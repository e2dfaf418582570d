"""Edit operations of the channel ownership register (issue 17), on one SQLModel session.

Same contract as cxworkshop.editing.operations: plain functions run inside the transaction
WorkshopDocument opens (so each is one undo step, committed before it returns), raising
EditRejected with a translated sentence (nothing changed) on bad input. A channel used on
cards has no row until its first edit: set_channel_entry creates it in the same transaction.
No Qt here.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.operations import set_fields
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model import Channel
from cxworkshop.model.channel_register import ChannelKey
from cxworkshop.model.tables import Card, ChannelOwner, Participant

# The register's columns a user edits; `name` only on a channel added by hand.
TEXT_FIELDS = ("competences", "procedure", "scope", "response_time")
PEOPLE_FIELDS = ("owner_id", "deputy_id")


def _clean_name(session: Session, name: str, skip_id: int | None = None) -> str:
    if not isinstance(name, str) or not name.strip():
        raise EditRejected(tr("A channel needs a name; nothing was changed."))
    name = name.strip()
    if _list_channel(name):
        raise EditRejected(tr("“{name}” is one of the channels of the list: choose it on the touchpoint "
                              "cards and describe it in its own line; nothing was changed.", name=name))
    for row in session.exec(select(ChannelOwner).where(ChannelOwner.channel.is_(None))):  # type: ignore[union-attr]
        if row.id != skip_id and row.name.strip().casefold() == name.casefold():
            raise EditRejected(tr("The register already has a channel called “{name}”; nothing was "
                                  "changed.", name=name))
    return name


def _list_channel(name: str) -> bool:
    """Whether `name` is a channel of the list (its value or its label in either language): a
    line by hand called "Email" would be a second, unowned e-mail line beside the cards' one."""
    folded = name.casefold()
    return any(folded in (channel.value, label(Channel, channel, "en").casefold(),
                          label(Channel, channel, "it").casefold()) for channel in Channel)


def add_channel(session: Session, name: str) -> int:
    """A channel added by hand (one the cards do not name: "PEC", "Google reviews")."""
    row = ChannelOwner(channel=None, name=_clean_name(session, name))
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _row_for(session: Session, key: ChannelKey) -> ChannelOwner:
    """The register row of `key`, made now for a channel used on cards that has none yet."""
    if key.register_id is not None:
        row = session.get(ChannelOwner, key.register_id)
        if row is None:
            raise EditRejected(tr("That channel is no longer in the register; nothing was changed."))
        return row
    try:
        channel = Channel(key.channel or "").value
    except ValueError as exc:
        raise EditRejected(tr("{value!r} is not a channel; nothing was changed.", value=key.channel)) from exc
    found = session.exec(select(ChannelOwner).where(ChannelOwner.channel == channel)).first()
    if found is not None:
        return found
    row = ChannelOwner(channel=channel, name="")
    session.add(row)
    session.flush()
    return row


def set_channel_entry(session: Session, key: ChannelKey, **values: Any) -> int:
    """Set some of owner_id, deputy_id, competences, procedure, scope, response_time (and the
    name of a channel added by hand) on the line `key`; returns the row's id."""
    row = _row_for(session, key)
    checked: dict[str, Any] = {}
    for field, value in values.items():
        if field in PEOPLE_FIELDS:
            if value is not None and (not isinstance(value, int) or session.get(Participant, value) is None):
                raise EditRejected(tr("That participant is no longer in the workshop; nothing was changed."))
        elif field in TEXT_FIELDS:
            if not isinstance(value, str):
                raise EditRejected(tr("{value!r} is not a text; nothing was changed.", value=value))
            value = value.strip()
        elif field == "name" and row.channel is None:
            value = _clean_name(session, value, skip_id=row.id)
        else:
            raise EditRejected(f"channel_owner.{field} cannot be edited")
        checked[field] = value
    assert row.id is not None
    set_fields(session, ChannelOwner, row.id, **checked)  # the one generic setter of ORM rows
    session.flush()
    return row.id


def remove_channel(session: Session, register_id: int) -> int:
    """Remove a line of the register: a channel added by hand, or the description of a channel
    no card uses any more (a channel on cards keeps its line as long as cards use it)."""
    row = session.get(ChannelOwner, register_id)
    if row is None:
        raise EditRejected(tr("That channel is no longer in the register; nothing was changed."))
    if row.channel is not None and session.exec(select(Card.id).where(Card.channel == row.channel)).first():
        raise EditRejected(tr("Cards use this channel, so it stays in the register; clear its owner "
                              "or text instead. Nothing was changed."))
    session.delete(row)
    session.flush()
    return register_id
