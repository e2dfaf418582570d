"""What an owner's PDF, e-mail and calendar share: who to ask, when we meet next, each action's context.

The facilitator's contact comes from the workshop (the participant marked as facilitator) and,
for what the workshop lacks, from the user's Preferences, which the window passes in as plain
strings (this layer never reads Qt settings). Addresses are checked before they reach a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxworkshop.export.data import ActionInfo, MeetingInfo, Person, WorkshopData
from cxworkshop.export.dates import long_date
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import CardKind

# local@domain.tld, no spaces, commas, angle brackets or quotes: anything else would split into
# two recipients or break the header, so it is left out rather than "fixed".
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")

CONTACT_MISSING = ("Set your name and e-mail in Preferences (or mark a participant with an "
                   "e-mail as facilitator): the e-mail drafts and owner PDFs have no one to "
                   "answer to.")


def one_line(text: str) -> str:
    """A line break typed into a name or title must not end the header or line it is put in."""
    return " ".join(text.split())


def valid_address(email: str) -> bool:
    return bool(_ADDRESS.match(email)) and ".." not in email and len(email) <= 254


@dataclass(frozen=True)
class Contact:
    """Who the owners answer to: the facilitator's name and a usable e-mail address (or "")."""

    name: str = ""
    email: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.name and self.email)

    def line(self) -> str:
        return " · ".join(part for part in (self.name, self.email) if part)


def facilitator_contact(data: WorkshopData, name: str = "", email: str = "") -> Contact:
    """The workshop's facilitator participant first, the Preferences' `name`/`email` for the rest.

    A participant's e-mail is only paired with that participant's name: the Preferences'
    address is used when the workshop names no facilitator, or names the same person.
    """
    person = next((p for p in data.participants if p.is_facilitator and p.name.strip()), None)
    pref_name, pref_email = one_line(name), one_line(email)
    pref_email = pref_email if valid_address(pref_email) else ""
    if person is not None:
        own = one_line(person.email)
        if valid_address(own):
            return Contact(one_line(person.name), own)
        same = not pref_name or pref_name.casefold() == one_line(person.name).casefold()
        return Contact(one_line(person.name), pref_email if same else "")
    if pref_name or pref_email:
        return Contact(pref_name or one_line(data.facilitator), pref_email)
    return Contact(one_line(data.facilitator), "")


def held_meeting(data: WorkshopData) -> MeetingInfo | None:
    """The latest meeting held on or before today: what the owner's actions were agreed at."""
    held = [m for m in data.meetings if m.held_on <= data.today]
    return held[-1] if held else None


def next_meeting(data: WorkshopData) -> MeetingInfo | None:
    """The first meeting dated after today (as the portfolio finds it), if one is planned."""
    ahead = sorted((m for m in data.meetings if m.held_on > data.today), key=lambda m: m.held_on)
    return ahead[0] if ahead else None


def meeting_sentence(data: WorkshopData, lang: str) -> str:
    """Which meeting the list speaks for, by its own title and date: the latest one held.

    Never "the workshop date": after a follow-up, that date is the follow-up's, and the
    first meeting is not always the workshop (interviews may come first)."""
    meeting = held_meeting(data)
    if meeting is None:
        return tr("Situation on {date}.", lang, date=long_date(data.today, lang))
    when = long_date(meeting.held_on, lang)
    if meeting.title.strip():
        return tr("Situation after the meeting “{title}” on {date}.", lang,
                  title=one_line(meeting.title), date=when)
    return tr("Situation after the meeting on {date}.", lang, date=when)


def next_meeting_sentence(data: WorkshopData, lang: str) -> str:
    meeting = next_meeting(data)
    if meeting is None:
        return tr("No next meeting is planned yet.", lang)
    when = long_date(meeting.held_on, lang)
    if meeting.title.strip():
        return tr("Next meeting: {date}, “{title}”.", lang, date=when, title=one_line(meeting.title))
    return tr("Next meeting: {date}.", lang, date=when)


def rating_text(action: ActionInfo, lang: str) -> str:
    """"Impact 4/5 · effort 2/5", or "" when neither was rated."""
    parts = []
    if action.impact is not None:
        parts.append(tr("impact {value}/5", lang, value=action.impact))
    if action.effort is not None:
        parts.append(tr("effort {value}/5", lang, value=action.effort))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def card_text(data: WorkshopData, action: ActionInfo, lang: str, limit: int = 300) -> str:
    """The card the action came from, with its kind and stage: “…” (Pain point, Consideration)."""
    card = action.card
    if card is None or not card.text.strip():
        return ""
    text = one_line(card.text)
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    where = [label(CardKind, card.kind, lang)]
    stage = data.stages.get(card.stage_id)
    if stage is not None and stage.name.strip():
        where.append(one_line(stage.name))
    return tr("From the card “{card}” ({where})", lang, card=text, where=", ".join(where))


def context_lines(data: WorkshopData, action: ActionInfo, lang: str) -> list[str]:
    """The action's context in plain lines: its rating, then the card it came from."""
    return [line for line in (rating_text(action, lang), card_text(data, action, lang)) if line]


def open_actions(data: WorkshopData, owner: Person) -> list[ActionInfo]:
    return [action for action in data.actions_of(owner.id) if action.is_open]
