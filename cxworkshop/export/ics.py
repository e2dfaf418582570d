"""Reminders without a server: one iCalendar file (RFC 5545) per owner.

Each open action with a due date is a whole-day VEVENT on that day (free time, a reminder the
day before, the action, its context and the workshop in the description): Google Calendar and
Outlook import events but not to-dos. An open action without a due date is a VTODO, for the
task lists that read them. The next planned meeting is a whole-day VEVENT too.
UIDs are made from the action's (or meeting's) id and the workshop's identity (the moment the
file was created, which never changes), so importing a newer export updates the same entries
instead of adding duplicates. Written with the `icalendar` library.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from cxworkshop.export.data import ActionInfo, MeetingInfo, Person, WorkshopData
from cxworkshop.export.owner_info import (
    Contact,
    context_lines,
    next_meeting,
    one_line,
    open_actions,
)
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import ActionStatus, Priority

PRODID = "-//CX Workshop//Action reminders//EN"
# RFC 5545 PRIORITY: 1 highest, 9 lowest, 0 undefined.
_PRIORITY = {Priority.URGENT.value: 1, Priority.HIGH.value: 3, Priority.MEDIUM.value: 5,
             Priority.LOW.value: 9}
_STATUS = {ActionStatus.IN_PROGRESS.value: "IN-PROCESS"}


def workshop_identity(data: WorkshopData) -> str:
    """A short, stable id of the workshop: the same file exported twice gives the same UIDs."""
    seed = data.created_at.isoformat()
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def action_uid(data: WorkshopData, action: ActionInfo) -> str:
    return f"action-{action.id}-{workshop_identity(data)}@cxworkshop"


def meeting_uid(data: WorkshopData, meeting: MeetingInfo) -> str:
    return f"meeting-{meeting.id}-{workshop_identity(data)}@cxworkshop"


def _workshop_line(data: WorkshopData, lang: str) -> str:
    if data.client.strip():
        return tr("Workshop “{title}” with {client}.", lang, title=one_line(data.display_title),
                  client=one_line(data.client))
    return tr("Workshop “{title}”.", lang, title=one_line(data.display_title))


def _description(data: WorkshopData, action: ActionInfo, lang: str, contact: Contact) -> str:
    lines = [action.title.strip()]
    if action.detail.strip():
        lines.append(action.detail.strip())
    lines += context_lines(data, action, lang)
    lines += ["", _workshop_line(data, lang)]
    if contact.line():
        lines.append(tr("Questions about these actions: {contact}.", lang, contact=contact.line()))
    return "\n".join(lines)


def owner_calendar(data: WorkshopData, owner: Person, lang: str,
                   contact: Contact | None = None, stamp: datetime | None = None) -> bytes:
    """The owner's .ics: an event per dated open action (a to-do for an undated one) and an
    event for the next meeting, if planned."""
    from icalendar import Alarm, Calendar, Event, Todo

    contact = contact or Contact(one_line(data.facilitator))
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", one_line(tr("Actions for {name}", lang, name=owner.name)))
    for action in open_actions(data, owner):
        entry = Event() if action.due_on is not None else Todo()
        entry.add("uid", action_uid(data, action))
        entry.add("dtstamp", stamp)
        entry.add("summary", one_line(action.title) or tr("(untitled action)", lang))
        entry.add("description", _description(data, action, lang, contact))
        entry.add("priority", _PRIORITY.get(action.priority, 0))
        entry.add("categories", [one_line(label(Priority, action.priority, lang))])
        if action.due_on is None:
            entry.add("status", _STATUS.get(action.status, "NEEDS-ACTION"))
        else:
            entry.add("dtstart", action.due_on)
            entry.add("dtend", action.due_on + timedelta(days=1))
            entry.add("transp", "TRANSPARENT")  # a deadline, not time taken in the calendar
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", one_line(action.title))
            alarm.add("trigger", timedelta(days=-1))  # the day before the due date
            entry.add_component(alarm)
        calendar.add_component(entry)
    meeting = next_meeting(data)
    if meeting is not None:
        event = Event()
        event.add("uid", meeting_uid(data, meeting))
        event.add("dtstamp", stamp)
        title = one_line(meeting.title) or tr("Next meeting", lang)
        event.add("summary", f"{title} – {one_line(data.display_title)}")
        event.add("dtstart", meeting.held_on)
        event.add("dtend", meeting.held_on + timedelta(days=1))
        event.add("description", _workshop_line(data, lang))
        if data.place.strip():
            event.add("location", one_line(data.place))
        calendar.add_component(event)
    return calendar.to_ical()
