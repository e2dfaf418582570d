"""The follow-up agenda: what the next meeting must go through, read from one workshop file.

Qt-free. `load_agenda(path)` reads the file read-only; `build_agenda(...)` is the pure part
(tested on crafted snapshots). The PDF is export/pdf_agenda.py; `agenda_text()` is the same
content as plain text, for the follow-up dialog's preview.

Definitions (the last meeting is the latest one recorded):
- open actions by owner (alphabetical, nobody last), each with the card it came from;
- at the last meeting: the status changes recorded in it (its review, when it was a follow-up);
- since the last meeting: status changes made outside any meeting on or after its date, and
  actions created after its date; cards have no date, so the new cards are those recorded in
  the last meeting when it was a follow-up (it recorded status changes);
- overdue: open actions whose due date is before today;
- carried over N times: open actions whose due date a status change moved N times
  (model.matrix.carried_over);
- measures to update: measures with nothing measured after the last meeting (the values read
  at that meeting are the ones this meeting updates), or never measured, once the file has
  measures (schema version 3).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cxworkshop.export.data import (
    ActionInfo,
    CardInfo,
    MeetingInfo,
    Person,
    StatusStep,
    WorkshopData,
    read_snapshot,
)
from cxworkshop.export.dates import short_date
from cxworkshop.i18n import ntr, tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import ActionStatus
from cxworkshop.model.matrix import carried_over
from cxworkshop.model.progress import local_date
from cxworkshop.model.records import ActionItem, Measure, Measurement, Participant
from cxworkshop.store import open_workshop
from cxworkshop.store.reading import read_records


@dataclass(frozen=True)
class AgendaAction:
    action: ActionInfo
    carried_over: int
    overdue: bool


@dataclass(frozen=True)
class MeasureDue:
    """A measure to bring up to date: its name, where it belongs, and its latest reading."""

    name: str
    owner: str
    latest_on: date | None


@dataclass
class Agenda:
    data: WorkshopData
    last_meeting: MeetingInfo | None
    groups: list[tuple[Person | None, list[AgendaAction]]]
    overdue: list[AgendaAction]
    carried: list[AgendaAction]  # carried over at least once, most carried first
    at_last: list[tuple[ActionInfo, StatusStep]]
    since: list[tuple[ActionInfo, StatusStep]]
    new_actions: list[ActionInfo]
    new_cards: list[CardInfo] = field(default_factory=list)  # recorded at the last follow-up
    measures: list[MeasureDue] = field(default_factory=list)
    measures_known: bool = False  # the file can hold measures (schema 3)

    @property
    def next_number(self) -> int:
        return (self.last_meeting.number + 1) if self.last_meeting is not None else 1

    @property
    def open_count(self) -> int:
        return sum(len(items) for _, items in self.groups)


def build_agenda(data: WorkshopData, created: dict[int, date],
                 measures: list[MeasureDue] | None = None) -> Agenda:
    """The agenda of `data`; `created` is action_id -> the local day the action was created."""
    today = data.today
    last = data.latest_meeting
    moved = carried_over(step for action in data.actions for step in action.history)
    open_items = [AgendaAction(a, moved.get(a.id, 0), a.is_overdue(today))
                  for a in data.actions if a.is_open]
    groups: list[tuple[Person | None, list[AgendaAction]]] = []
    for owner in sorted({i.action.owner for i in open_items if i.action.owner},
                        key=lambda p: (p.name.casefold(), p.id)):
        mine = [i for i in open_items if i.action.owner == owner]
        groups.append((owner, sorted(mine, key=lambda i: i.action.sort_key())))
    nobody = [i for i in open_items if i.action.owner is None]
    if nobody:
        groups.append((None, sorted(nobody, key=lambda i: i.action.sort_key())))
    overdue = sorted((i for i in open_items if i.overdue),
                     key=lambda i: (i.action.due_on or date.max, i.action.id))
    carried = sorted((i for i in open_items if i.carried_over),
                     key=lambda i: (-i.carried_over, i.action.id))
    at_last: list[tuple[ActionInfo, StatusStep]] = []
    since: list[tuple[ActionInfo, StatusStep]] = []
    new_actions: list[ActionInfo] = []
    if last is not None:
        for action in data.actions:
            for step in action.history:
                if step.meeting_id == last.id:
                    at_last.append((action, step))
                elif step.meeting_id is None and local_date(step.changed_at) >= last.held_on:
                    since.append((action, step))
        new_actions = sorted((a for a in data.actions
                              if created.get(a.id, date.min) > last.held_on),
                             key=lambda a: a.id)
    # Cards carry no date, only the meeting they were recorded in: those of the last meeting,
    # when it was a follow-up (it reviewed actions); a first workshop's cards are not "new".
    new_cards = ([card for journey in data.maps for card in journey.cards
                  if last is not None and card.meeting_id == last.id] if at_last else [])
    order = lambda pair: (pair[1].changed_at, pair[1].id)  # noqa: E731
    return Agenda(data, last, groups, overdue, carried, sorted(at_last, key=order),
                  sorted(since, key=order), new_actions, new_cards, measures or [],
                  measures is not None)


def _created(conn: sqlite3.Connection) -> dict[int, date]:
    return {row.id: local_date(row.created_at) for row in read_records(conn, ActionItem)}


def read_measures(conn: sqlite3.Connection, since: date | None) -> list[MeasureDue] | None:
    """Measures with no measurement after `since` (or none at all); None when the file
    has no measures (before schema version 3). Read-only use of the measure records."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"measure", "measurement"} <= tables:
        return None
    names = {p.id: p.name for p in read_records(conn, Participant)}
    latest: dict[int, date] = {}
    for reading in read_records(conn, Measurement):
        if reading.measure_id not in latest or reading.taken_on > latest[reading.measure_id]:
            latest[reading.measure_id] = reading.taken_on
    due = []
    for measure in sorted(read_records(conn, Measure), key=lambda m: (m.position, m.id)):
        latest_on = latest.get(measure.id)
        if latest_on is None or since is None or latest_on <= since:
            owner = names.get(measure.owner_id, "") if measure.owner_id is not None else ""
            due.append(MeasureDue(measure.name, owner, latest_on))
    return due


def load_agenda(path: Path | str, today: date | None = None) -> Agenda:
    """Open `path` read-only and build its agenda. Raises store.WorkshopFileError."""
    workshop_file = open_workshop(Path(path), read_only=True)
    try:
        conn = workshop_file.conn
        data = read_snapshot(conn, workshop_file.path, today)
        last = data.latest_meeting
        measures = read_measures(conn, last.held_on if last is not None else None)
        return build_agenda(data, _created(conn), measures)
    finally:
        workshop_file.close()


# --- the agenda as text (the follow-up dialog's preview) ------------------------------------

def _due(action: ActionInfo, lang: str) -> str:
    return short_date(action.due_on, lang) if action.due_on else tr("no due date", lang)


def action_line(item: AgendaAction, lang: str) -> str:
    action = item.action
    parts = [action.title, tr("due {date}", lang, date=_due(action, lang))]
    if item.overdue:
        parts.append(tr("OVERDUE", lang))
    if item.carried_over:
        parts.append(ntr("carried over {n} time", "carried over {n} times", item.carried_over,
                         lang))
    line = " — ".join(parts)
    if action.card is not None and action.card.text:
        line += "\n    " + tr("from the card “{card}”", lang, card=" ".join(action.card.text.split()))
    return line


def change_line(action: ActionInfo, step: StatusStep, lang: str) -> str:
    old = label(ActionStatus, step.old_status, lang) if step.old_status else "—"
    new = label(ActionStatus, step.new_status, lang)
    text = f"{action.title}: {old} → {new}"
    if step.new_due_on != step.old_due_on and step.new_due_on is not None:
        text += " " + tr("(due {date})", lang, date=short_date(step.new_due_on, lang))
    if step.note:
        text += f" — {step.note}"
    return text


def agenda_text(agenda: Agenda, lang: str) -> str:
    """The agenda in plain text, in `lang`, sections in the PDF's order."""
    lines = [tr("Agenda of follow-up meeting {number}", lang, number=agenda.next_number)]
    last = agenda.last_meeting
    if last is not None:
        lines.append(tr("Last meeting: {title}, {date}", lang, title=last.title or str(last.number),
                        date=short_date(last.held_on, lang)))
    lines.append("")
    lines.append(tr("1. Open actions by owner", lang))
    if not agenda.groups:
        lines.append("  " + tr("No action is open.", lang))
    for owner, items in agenda.groups:
        lines.append("  " + (owner.name if owner else tr("Without an owner", lang)))
        lines += ["  • " + action_line(item, lang) for item in items]
    lines += ["", tr("2. What changed since the last meeting", lang)]
    changed = False
    if agenda.at_last:
        changed = True
        lines.append("  " + tr("Recorded at the last meeting:", lang))
        lines += ["  • " + change_line(a, s, lang) for a, s in agenda.at_last]
    if agenda.since:
        changed = True
        lines.append("  " + tr("Changed after it:", lang))
        lines += ["  • " + change_line(a, s, lang) for a, s in agenda.since]
    if agenda.new_actions:
        changed = True
        lines.append("  " + tr("New actions:", lang))
        lines += ["  • " + a.title for a in agenda.new_actions]
    if agenda.new_cards:
        changed = True
        lines.append("  " + tr("New cards:", lang))
        lines += ["  • " + " ".join(c.text.split()) for c in agenda.new_cards]
    if not changed:
        lines.append("  " + tr("Nothing changed since the last meeting.", lang))
    lines += ["", tr("3. Overdue", lang)]
    lines += ["  • " + action_line(item, lang) for item in agenda.overdue] or \
        ["  " + tr("Nothing is overdue.", lang)]
    lines += ["", tr("4. Carried over", lang)]
    lines += ["  • " + action_line(item, lang) for item in agenda.carried] or \
        ["  " + tr("No due date was moved.", lang)]
    if agenda.measures_known:
        lines += ["", tr("5. Measures to update", lang)]
        lines += ["  • " + measure_line(m, lang) for m in agenda.measures] or \
            ["  " + tr("Every measure is up to date.", lang)]
    return "\n".join(lines)


def measure_line(measure: MeasureDue, lang: str) -> str:
    latest = (tr("last measured {date}", lang, date=short_date(measure.latest_on, lang))
              if measure.latest_on else tr("never measured", lang))
    owner = f" ({measure.owner})" if measure.owner else ""
    return f"{measure.name}{owner} — {latest}"


__all__ = ["Agenda", "AgendaAction", "MeasureDue", "agenda_text", "build_agenda",
           "load_agenda"]
