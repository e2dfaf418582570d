"""PlanEdits: every change the plan's views make, through WorkshopDocument, one undo step each.

A refused edit (EditRejected) or a failed write (WorkshopFileError) becomes a sentence on the
`message` signal instead of an exception or a modal box, so a click during a meeting never
stops the room. Multi-row edits (a follow-up review, priorities from a ranking, actions from
the top cards) use the document's one-transaction edits (record_follow_up,
set_action_priorities, add_actions); several single edits made together are grouped in one
undo macro with `one_step`.

Views call the document's typed methods through `attempt`, e.g.
`edits.attempt(document.place_dot, round_id, participant_id, card_id)`: "go to definition"
and a rename reach the document, and mypy checks the arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cxworkshop.document import EditRejected, WorkshopDocument, WorkshopFileError
from cxworkshop.model.records import ActionItem, Card, Meeting

P = ParamSpec("P")
R = TypeVar("R")


def attempt_edit(document: WorkshopDocument, report: Callable[[str], object],
                 edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
    """edit(*args, **kwargs), a method of `document`; None, with the reason given to `report`,
    if the file is read-only, the edit is refused or the write failed."""
    if document.read_only:
        report(QCoreApplication.translate("PlanEdits", "This workshop is open read-only."))
        return None
    try:
        return edit(*args, **kwargs)
    except EditRejected as exc:
        report(str(exc))
    except WorkshopFileError as exc:
        report(exc.message())
    return None


class PlanEdits(QObject):
    message = Signal(str)  # a sentence for the status bar: why an edit did not happen

    def __init__(self, document: WorkshopDocument, today: Callable[[], date] = date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today

    # --- plumbing ----------------------------------------------------------------------

    def attempt(self, edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """edit(*args, **kwargs), a method of self.document; None with a message if refused."""
        return attempt_edit(self.document, self.message.emit, edit, *args, **kwargs)

    @contextmanager
    def one_step(self, label: str) -> Iterator[None]:
        stack = self.document.undo_stack
        stack.beginMacro(label)
        try:
            yield
        finally:
            stack.endMacro()

    # --- reads the edits need ----------------------------------------------------------

    def current_meeting_id(self, today: date) -> int | None:
        """The meeting a change made now belongs to: the latest one, if it is held today."""
        meetings = sorted(self.document.rows(Meeting), key=lambda m: m.number)
        if meetings and meetings[-1].held_on == today:
            return meetings[-1].id
        return None

    def latest_meeting_id(self) -> int | None:
        meetings = sorted(self.document.rows(Meeting), key=lambda m: m.number)
        return meetings[-1].id if meetings else None

    def _opening_meeting(self) -> int | None:
        """The meeting new actions are opened in. A workshop without meetings gets its first
        one (today) so that the next follow-up has something to compare with."""
        latest = self.latest_meeting_id()
        if latest is None:
            latest = self.attempt(self.document.add_meeting, self.today(), self.tr("Workshop"))
        return latest

    # --- actions -----------------------------------------------------------------------

    def action_from_card_fields(self, card_id: int) -> dict[str, Any] | None:
        card = self.document.row(Card, card_id)
        if card is None:
            self.message.emit(self.tr("That card no longer exists."))
            return None
        first_line = next((line.strip() for line in card.text.splitlines() if line.strip()), "")
        title = first_line[:120] or self.tr("Action on card %1").replace("%1", str(card_id))
        return {"title": title, "card_id": card_id}

    def add_action(self, title: str, **fields: Any) -> int | None:
        if self.latest_meeting_id() is not None or self.document.read_only:
            fields.setdefault("opened_in_id", self.latest_meeting_id())
            return self.attempt(self.document.add_action, title, **fields)
        with self.one_step(self.tr("Add action")):
            fields.setdefault("opened_in_id", self._opening_meeting())
            return self.attempt(self.document.add_action, title, **fields)

    def add_actions(self, actions: list[dict[str, Any]]) -> list[int]:
        if not actions or self.document.read_only:
            return []
        with self.one_step(self.tr("Add actions")):
            opened_in = self._opening_meeting()
            actions = [{"opened_in_id": opened_in, **fields} for fields in actions]
            result = self.attempt(self.document.add_actions, actions)
        return result or []

    def set_action(self, action_id: int, **fields: Any) -> bool:
        return self.attempt(self.document.set_action, action_id, **fields) is not None

    def set_status(self, action_id: int, status: str, today: date, note: str = "") -> bool:
        action = self.document.row(ActionItem, action_id)
        if action is None or action.status == status:
            return False
        return self.attempt(self.document.set_action_status, action_id, status,
                            self.current_meeting_id(today), note) is not None

    def set_priorities(self, priorities: dict[int, str]) -> bool:
        if not priorities:
            return False
        return bool(self.attempt(self.document.set_action_priorities, priorities))

    def record_follow_up(self, held_on: date, reviews: list[dict[str, Any]],
                         title: str = "") -> int | None:
        """A new meeting on `held_on` and every review recorded in it; the meeting's id."""
        return self.attempt(self.document.record_follow_up, held_on, reviews, title)
