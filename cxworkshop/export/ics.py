"""Reminders without a server: one iCalendar file (RFC 5545) per owner.

Each open action is a VTODO (DUE on its due date, a reminder the day before, the action, its
context and the workshop in the description); the next planned meeting is a whole-day VEVENT.
UIDs are made from the action's (or meeting's) id and the workshop's identity (the moment the
file was created, which never changes), so importing a newer export updates the same entries
instead of adding duplicates. Written with the `icalendar` library.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from cxworkshop.export.data import ActionInfo, MeetingInfo, Person, WorkshopData
from cxworkshop.export.labels import label
from cxworkshop.export.owner_info import (
    Contact,
    context_lines,
    next_meeting,
    one_line,
    open_actions,
)
from cxworkshop.i18n import tr
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
    """The owner's .ics: a VTODO per open action and a VEVENT for the next meeting, if planned."""
    from icalendar import Alarm, Calendar, Event, Todo

    contact = contact or Contact(one_line(data.facilitator))
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", one_line(tr("Actions for {name}", lang, name=owner.name)))
    for action in open_actions(data, owner):
        todo = Todo()
        todo.add("uid", action_uid(data, action))
        todo.add("dtstamp", stamp)
        todo.add("summary", one_line(action.title) or tr("(untitled action)", lang))
        todo.add("description", _description(data, action, lang, contact))
        todo.add("status", _STATUS.get(action.status, "NEEDS-ACTION"))
        todo.add("priority", _PRIORITY.get(action.priority, 0))
        todo.add("categories", [one_line(label(Priority, action.priority, lang))])
        if action.due_on is not None:
            todo.add("due", action.due_on)
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", one_line(action.title))
            # The day before the due date (RELATED=END: relative to DUE, not to a start).
            alarm.add("trigger", timedelta(days=-1), parameters={"RELATED": "END"})
            todo.add_component(alarm)
        calendar.add_component(todo)
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
