"""The plan's arithmetic (cxworkshop.model.progress): pure functions on plain rows, no Qt."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace as Row

from cxworkshop.model.progress import (
    UNOWNED_INITIALS,
    action_badges,
    changes_since_previous,
    dots_used,
    initials,
    is_overdue,
    overall_progress,
    priorities_from_ranking,
    progress_by_owner,
    ranking,
    summarise_changes,
    tally,
)

TODAY = date(2026, 3, 10)


def action(id: int, owner: int | None, status: str = "open", due: date | None = None,
           card: int | None = None, opened_in: int | None = 1) -> Row:
    return Row(id=id, owner_id=owner, status=status, due_on=due, card_id=card,
               opened_in_id=opened_in)


PEOPLE = [Row(id=1, name="Marco Rinaldi"), Row(id=2, name="Customer care"), Row(id=3, name="Elena")]


def test_overdue_needs_an_open_action_and_a_past_date() -> None:
    assert is_overdue(action(1, 1, due=TODAY - timedelta(days=1)), TODAY)
    assert not is_overdue(action(1, 1, due=TODAY), TODAY)
    assert not is_overdue(action(1, 1, status="done", due=TODAY - timedelta(days=9)), TODAY)
    assert not is_overdue(action(1, 1, due=None), TODAY)
    assert is_overdue(action(1, 1, status="in_progress", due=date(2020, 1, 1)), TODAY)


def test_progress_per_owner_and_overall() -> None:
    late = TODAY - timedelta(days=2)
    actions = [action(1, 1, "done"), action(2, 1, "open", late), action(3, 2, "in_progress"),
               action(4, None, "open", late), action(5, 2, "dropped")]
    per_owner = progress_by_owner(actions, PEOPLE, TODAY, unowned_name="No owner")
    assert [(p.owner_id, p.name, p.done, p.open, p.overdue, p.total) for p in per_owner] == [
        (1, "Marco Rinaldi", 1, 1, 1, 2), (2, "Customer care", 0, 1, 0, 2),
        (None, "No owner", 0, 1, 1, 1)]
    overall = overall_progress(actions, TODAY)
    assert (overall.total, overall.done, overall.open, overall.overdue, overall.dropped) == (5, 1, 3, 2, 1)
    assert overall.done_share == 1 / 4  # dropped actions are not work still to do


def test_initials_and_badges_flag_unowned_actions() -> None:
    assert initials("Marco Rinaldi") == "MR"
    assert initials("Elena") == "EL"
    assert initials("Anna Maria de Luca") == "AL"
    assert initials("  ") == UNOWNED_INITIALS
    actions = [action(1, 1, card=10), action(2, 2, card=10), action(3, None, card=11),
               action(4, 3, card=None), action(5, 1, card=12), action(6, 1, card=12),
               action(7, 3, card=10)]
    assert action_badges(actions, PEOPLE) == {10: ("MR·CC+1", 3), 11: ("?", 1), 12: ("MR", 2)}


def test_changes_since_previous_meeting() -> None:
    meetings = [Row(id=1, number=1, held_on=date(2026, 3, 1)),
                Row(id=2, number=2, held_on=date(2026, 3, 8))]
    at = datetime(2026, 3, 5, 12, tzinfo=UTC)
    changes = [
        Row(id=1, action_id=1, meeting_id=1, old_status="open", new_status="in_progress",
            old_due_on=None, new_due_on=None, changed_at=at - timedelta(days=4)),
        Row(id=2, action_id=1, meeting_id=2, old_status="in_progress", new_status="done",
            old_due_on=None, new_due_on=None, changed_at=at + timedelta(days=3)),
        Row(id=3, action_id=2, meeting_id=None, old_status="open", new_status="open",
            old_due_on=date(2026, 3, 9), new_due_on=date(2026, 3, 20), changed_at=at),
        Row(id=4, action_id=3, meeting_id=2, old_status="open", new_status="in_progress",
            old_due_on=None, new_due_on=None, changed_at=at + timedelta(days=3)),
    ]
    picked = changes_since_previous(meetings, changes)
    assert [c.id for c in picked] == [3, 2, 4]
    actions = [action(1, 1, "done"), action(2, 1), action(3, 2, "in_progress"),
               action(4, 2, opened_in=2)]
    summary = summarise_changes(picked, actions, latest_meeting_id=2)
    assert (summary.done, summary.started, summary.rescheduled, summary.opened) == (1, 1, 1, 1)
    assert changes_since_previous(meetings[:1], changes) == []


def test_tally_ranking_and_priorities() -> None:
    votes = [Row(card_id=c, participant_id=p) for c, p in
             [(5, 1), (5, 2), (5, 3), (7, 1), (7, 2), (9, 3), (8, 1), (8, 2)]]
    assert tally(votes) == {5: 3, 7: 2, 9: 1, 8: 2}
    assert dots_used(votes, 1) == 3
    ranked = ranking(tally(votes))
    assert ranked == [(5, 3), (7, 2), (8, 2), (9, 1)]
    assert priorities_from_ranking(ranked) == {5: "urgent", 7: "high", 8: "high", 9: "low"}
    assert priorities_from_ranking([]) == {}


def test_figures_match_the_demo_file(demo_template: Path) -> None:
    """The demo's nine owned actions and its closed round, read with plain sqlite3."""
    db = sqlite3.connect(f"file:{demo_template}?mode=ro", uri=True)
    try:
        actions = [Row(id=i, owner_id=o, status=s, due_on=date.fromisoformat(d) if d else None,
                       card_id=c, opened_in_id=m) for i, o, s, d, c, m in db.execute(
            "SELECT id, owner_id, status, due_on, card_id, opened_in_id FROM action_item")]
        people = [Row(id=i, name=n) for i, n in db.execute("SELECT id, name FROM participant")]
        votes = [Row(card_id=c, participant_id=p) for c, p in
                 db.execute("SELECT card_id, participant_id FROM vote")]
    finally:
        db.close()
    today = min(a.due_on for a in actions)
    overall = overall_progress(actions, today)
    assert (overall.total, overall.open, overall.done, overall.overdue) == (9, 9, 0, 0)
    assert sum(p.total for p in progress_by_owner(actions, people, today)) == 9
    assert all(p.owner_id is not None for p in progress_by_owner(actions, people, today))
    assert sum(tally(votes).values()) == 18  # six voters, three dots each
    badges = action_badges(actions, people)
    assert sum(count for _i, count in badges.values()) == sum(1 for a in actions if a.card_id)


def test_times_from_the_file_are_utc_and_dated_in_the_local_zone(monkeypatch) -> None:
    import time
    from datetime import UTC, datetime

    from cxworkshop.model.progress import local_date
    from cxworkshop.model.records import StatusChange

    row = StatusChange.from_row((1, 1, None, "open", "done", None, None, "", "2026-11-23 23:30:00"))
    assert row.changed_at == datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    try:
        # 23:30 UTC is already the 24th in Rome, whether or not the moment carries its zone.
        assert local_date(row.changed_at) == local_date(row.changed_at.replace(tzinfo=None))
        assert local_date(row.changed_at).day == 24
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
