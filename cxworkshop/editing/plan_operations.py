"""Edit operations of the action plan that must be one transaction: a whole follow-up review,
priorities set from a voting ranking, several actions made from cards at once.

Same contract as cxworkshop.editing.operations: plain functions on one session, run inside
the transaction WorkshopDocument opens, raising EditRejected (nothing changed) on bad input.
No Qt here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from cxworkshop.editing import operations as ops
from cxworkshop.editing.operations import EditRejected
from cxworkshop.model import ActionItem, Priority

_UNCHANGED = object()


def record_follow_up(session: Session, held_on: date, reviews: list[dict[str, Any]],
                     title: str = "", notes: str = "") -> int:
    """Open a new meeting and record the review of each action in it; returns the meeting id.

    Each review is {"action_id", "status", "note"?, "due_on"?}: a missing "due_on" keeps the
    date. Every review is written to the history, even one that only adds a note, because
    "we looked at it and nothing moved" is what the next meeting wants to know.
    """
    seen: set[int] = set()
    for review in reviews:
        if review["action_id"] in seen:
            raise EditRejected(f"action {review['action_id']} is reviewed twice")
        seen.add(review["action_id"])
    meeting_id = ops.add_meeting(session, held_on, title, notes)
    for review in reviews:
        due = review.get("due_on", _UNCHANGED)
        extra = {} if due is _UNCHANGED else {"due_on": due}
        ops.set_action_status(session, review["action_id"], review["status"], meeting_id,
                              review.get("note", ""), **extra)
    return meeting_id


def set_priorities(session: Session, priorities: dict[int, str]) -> list[int]:
    """Set the priority of several actions at once (from a voting ranking)."""
    for action_id, priority in priorities.items():
        try:
            Priority(priority)
        except ValueError as exc:
            raise EditRejected(f"{priority!r} is not a valid priority") from exc
        ops.set_fields(session, ActionItem, action_id, priority=priority)
    return list(priorities)


def add_actions(session: Session, actions: list[dict[str, Any]]) -> list[int]:
    """Several actions in one step, e.g. the top cards of a voting round."""
    return [ops.add_action(session, **action) for action in actions]

