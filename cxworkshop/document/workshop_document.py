"""WorkshopDocument: the one open workshop and the only way to change it.

Every edit runs one operation in one SQLite transaction, commits before returning (the file
on disk is then complete), pushes an undo command and emits `changed` with exactly the rows it
touched, and with the object that asked for the edit (see `initiated_by`), so that a view can
skip what it has already done itself. The everyday card edits run as plain sqlite3
(cxworkshop.editing.card_edits) and never wait for the ORM; the rest are SQLModel operations
(cxworkshop.editing.operations), imported on their first use. Views read through
`row()`/`rows()`; nothing outside this package ever holds a session.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cxworkshop.document.commands import EditCommand
from cxworkshop.editing import card_edits, map_operations
from cxworkshop.editing import measure_operations as mops
from cxworkshop.editing.boundary import check_changes, number_too_large, unstorable_text
from cxworkshop.editing.changes import ChangeSet
from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.measure_operations import UNCHANGED, Unchanged
from cxworkshop.model.channel_register import ChannelKey, RegisterLine, register_lines
from cxworkshop.model.records import JourneyMap, Record, Workshop
from cxworkshop.store import BACKUP_POLICY, WorkshopFile, WorkshopFileError, open_workshop
from cxworkshop.store.errors import Reason
from cxworkshop.store.reading import read_record, read_records
from cxworkshop.store.undolog import RowChange, apply_inverse, clear, take

if TYPE_CHECKING:
    from sqlmodel import Session

Row = TypeVar("Row", bound=Record)




def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopDocument", text)


UNDO_LIMIT = 2000  # undo steps kept: far more than a workshop day makes; the oldest go first


class WorkshopDocument(QObject):
    changed = Signal(object)  # ChangeSet
    saved = Signal(object)  # datetime of the last durable write
    failed = Signal(str)  # a sentence for the user: an edit, undo or redo could not be saved
    backup_failed = Signal(str)  # the automatic backup failed; the edit itself was saved
    file_lost = Signal(str)  # the file was deleted, renamed over or overwritten: editing stopped

    def __init__(self, file: WorkshopFile, parent: QObject | None = None):
        super().__init__(parent)
        self._file = file
        self.undo_stack = QUndoStack(self)
        # Each step keeps its inverse in memory (about 0.9 KiB with Qt's command): bounded, a
        # session of any length holds a few MiB (issue 15). Set while the stack is empty.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.last_saved: datetime | None = None
        self._last_backup = 0.0 if not file.upgrade_backup else time.monotonic()
        self._initiator: object | None = None
        self._lost: str | None = None  # why editing stopped, once the file is no longer ours

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, parent: QObject | None = None) -> WorkshopDocument:
        return cls(open_workshop(path, read_only=read_only), parent)

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def read_only(self) -> bool:
        return self._file.read_only

    def close(self) -> None:
        self.undo_stack.clear()
        self._file.close()

    def save_copy(self, target: Path | str) -> Path:
        return self._file.save_copy(Path(target))

    # --- reading -----------------------------------------------------------------------

    def row(self, model: type[Row], row_id: int) -> Row | None:
        """One record (cxworkshop.model.records), read straight from the file."""
        return read_record(self._file.conn, model, row_id)

    def rows(self, model: type[Row], **filters: Any) -> list[Row]:
        """Records matching `filters` (None matches NULL), in display order: position, then id."""
        return read_records(self._file.conn, model, **filters)

    def workshop(self) -> Workshop:
        workshop = self.row(Workshop, 1)
        return workshop if workshop is not None else Workshop(1, "", "", "", "", "it",
                                                              datetime.now(UTC))

    def first_map(self) -> JourneyMap | None:
        maps = self.rows(JourneyMap)
        return maps[0] if maps else None

    # --- the edit machinery ------------------------------------------------------------

    @contextmanager
    def initiated_by(self, initiator: object) -> Iterator[None]:
        """Edits made inside this block announce `initiator` in their ChangeSet."""
        previous, self._initiator = self._initiator, initiator
        try:
            yield
        finally:
            self._initiator = previous

    def _sql_edit(self, label: str, operation: Callable[..., Any], *args: Any,
                  merge_key: tuple | None = None, **kwargs: Any) -> Any:
        """An edit in plain sqlite3 on the file's connection: same transaction rules, same undo log."""
        return self._run(label, merge_key,
                         lambda: self._sql_transaction(lambda conn: operation(conn, *args, **kwargs)))

    def _edit(self, label: str, operation: Callable[..., Any], *args: Any,
              merge_key: tuple | None = None, **kwargs: Any) -> Any:
        """An edit through the ORM (loaded on first use), in one transaction."""
        return self._run(label, merge_key,
                         lambda: self._transaction(lambda session: operation(session, *args, **kwargs)))

    def _run(self, label: str, merge_key: tuple | None,
             transaction: Callable[[], tuple[Any, list[RowChange]]]) -> Any:
        """One edit, whichever way it writes: refused when read-only or the file is gone, the
        safety backup first, every failure as one sentence, then undo and the change set."""
        if self.read_only:
            raise EditRejected(_tr("This workshop is open read-only."))
        self._ensure_file()
        self._backup_if_due(before_edit=True)
        try:
            result, rows = transaction()
        except UnicodeEncodeError as exc:  # a lone surrogate cannot even be bound
            raise unstorable_text() from exc
        except OverflowError as exc:  # an integer beyond SQLite's 64 bits
            raise number_too_large() from exc
        except sqlite3.IntegrityError as exc:
            raise EditRejected(str(exc)) from exc
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc
        finally:
            self._file.after_write()
        if rows:
            self.undo_stack.push(EditCommand(self, label, rows, merge_key))
            self._announce(rows)
        return result

    def _sql_transaction(self, work: Callable[[sqlite3.Connection], Any]
                         ) -> tuple[Any, list[RowChange]]:
        conn = self._file.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            clear(conn)
            result = work(conn)
            rows = take(conn)
            check_changes(conn, rows)  # the edit boundary: every value written, before commit
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return result, rows

    def _transaction(self, work: Callable[[Session], Any]) -> tuple[Any, list[RowChange]]:
        """The ORM's transaction; its errors come out as the sqlite3 errors beneath them."""
        from sqlalchemy.exc import SQLAlchemyError

        conn = self._file.conn
        session = self._file.session()
        try:
            session.connection()  # BEGIN IMMEDIATE
            clear(conn)
            result = work(session)
            session.flush()
            rows = take(conn)
            check_changes(conn, rows)  # the edit boundary: every value written, before commit
            session.commit()
            return result, rows
        except BaseException as exc:
            session.rollback()
            if isinstance(exc, SQLAlchemyError):
                orig = getattr(exc, "orig", None)
                raise (orig if isinstance(orig, sqlite3.Error) else sqlite3.DatabaseError(str(exc))) \
                    from exc
            raise
        finally:
            session.close()

    def replay(self, rows: list[RowChange]) -> list[RowChange]:
        """Apply the inverse of `rows` in one transaction; return the rows that invert it back."""
        conn = self._file.conn
        try:
            self._ensure_file()
        except (EditRejected, WorkshopFileError) as exc:
            if self._lost is None:
                self.failed.emit(str(exc) if isinstance(exc, EditRejected) else exc.message())
            QTimer.singleShot(0, self.undo_stack, self.undo_stack.clear)  # dropped if the stack goes first
            return rows
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                clear(conn)
                apply_inverse(conn, rows)
                inverse = take(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            error = self._write_error(exc)
            self.failed.emit(error.message())
            # The stack now disagrees with the file; the file is the truth, so history goes.
            QTimer.singleShot(0, self.undo_stack, self.undo_stack.clear)  # dropped if the stack goes first
            return rows
        finally:
            self._file.after_write()
        self._announce(inverse)
        return inverse

    @property
    def lost(self) -> str | None:
        """Why editing stopped (the file was replaced, renamed over or deleted), or None."""
        return self._lost

    def _ensure_file(self) -> None:
        """Before any write or backup: the file on disk must still be the one this window edits.

        A sync client that overwrote it, or a file renamed over it or deleted, stops editing
        for good (`file_lost`, once): writing on would mix two workshops or write nowhere.
        """
        if self._lost is None:
            try:
                self._file.before_write()
                return
            except WorkshopFileError as exc:
                if exc.reason != Reason.FILE_REPLACED:
                    raise
                self._lost = exc.message()
                self.file_lost.emit(self._lost)
        raise EditRejected(self._lost)

    def _announce(self, rows: list[RowChange]) -> None:
        self.last_saved = datetime.now()
        self._backup_if_due(before_edit=False)
        changes = ChangeSet.from_rows(rows)
        changes.initiator = self._initiator
        self.changed.emit(changes)
        self.saved.emit(self.last_saved)

    def _write_error(self, exc: Exception) -> WorkshopFileError:
        text = str(getattr(exc, "orig", None) or exc)
        if "full" in text:
            return WorkshopFileError(Reason.DISK_FULL, self.path,
                                     "{name}: the disk is full; the last change was not saved and nothing "
                                     "was lost. Free some space and try again.")
        return WorkshopFileError(Reason.WRITE_FAILED, self.path,
                                 "{name}: the change could not be saved ({detail}); nothing was changed.",
                                 detail=text[:200])

    def _backup_if_due(self, before_edit: bool) -> None:
        # The first backup of a session is taken before its first edit: the state as opened.
        if before_edit and self._last_backup:
            return
        if not before_edit and time.monotonic() - self._last_backup < BACKUP_POLICY.interval_seconds:
            return
        try:
            self._file.backup()
        except WorkshopFileError as exc:
            # The edit is saved; only the backup is missing: a warning, not "Not saved".
            self.backup_failed.emit(exc.message())
        self._last_backup = time.monotonic()

    # --- edits: workshop, maps, stages, lanes, personas ---------------------------------

    def set_workshop(self, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Edit workshop details"), ops.set_workshop, **values)

    def add_map(self, name: str, kind: str = "current") -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add journey map"), ops.add_map, name, kind)

    def rename_map(self, map_id: int, name: str) -> int:
        return self._sql_edit(_tr("Rename journey map"), map_operations.rename_map, map_id, name)

    # Several maps (issue 18): plain SQL in cxworkshop.editing.map_operations, one undo step each.

    def new_map(self, name: str, kind: str = "current", like: int | None = None) -> int:
        """A map after the others, with the stages and lanes of map `like` (no cards)."""
        return self._sql_edit(_tr("New journey map"), map_operations.new_map, name, kind, like)

    def duplicate_map_as_future(self, map_id: int, name: str) -> int:
        return self._sql_edit(_tr("Duplicate as future state"), map_operations.duplicate_map,
                              map_id, name, "future")

    def move_map(self, map_id: int, index: int) -> int:
        return self._sql_edit(_tr("Move journey map"), map_operations.move_map, map_id, index)

    def delete_map(self, map_id: int) -> int:
        return self._sql_edit(_tr("Delete journey map"), map_operations.delete_map, map_id)

    def maps(self) -> list[JourneyMap]:
        """Every journey map, in tab order."""
        return self.rows(JourneyMap)

    def add_stage(self, map_id: int, name: str, index: int | None = None, width: float = 260.0) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add stage"), ops.add_stage, map_id, name, index, width)

    def rename_stage(self, stage_id: int, name: str) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Rename stage"), ops.set_fields, tables.Stage, stage_id, name=name)

    def resize_stage(self, stage_id: int, width: float) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Resize stage"), ops.set_fields, tables.Stage, stage_id, width=width)

    def move_stage(self, stage_id: int, index: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Move stage"), ops.move_stage, stage_id, index)

    def delete_stage(self, stage_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Delete stage"), ops.delete_stage, stage_id)

    def add_lane(self, map_id: int, name: str, kind: str = "custom", index: int | None = None,
                 height: float = 150.0) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add lane"), ops.add_lane, map_id, name, kind, index, height)

    def set_lane(self, lane_id: int, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Edit lane"), ops.set_fields, tables.Lane, lane_id, **values)

    def move_lane(self, lane_id: int, index: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Move lane"), ops.move_lane, lane_id, index)

    def delete_lane(self, lane_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Delete lane"), ops.delete_lane, lane_id)

    def add_persona(self, map_id: int, name: str, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add persona"), ops.add_persona, map_id, name, **values)

    def set_persona(self, persona_id: int, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Edit persona"), ops.set_fields, tables.Persona, persona_id, **values)

    def delete_persona(self, persona_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Delete persona"), ops.delete_persona, persona_id)

    # --- edits: cards ------------------------------------------------------------------

    def add_card(self, stage_id: int, lane_id: int, kind: str = "note", text: str = "", **values: Any) -> int:
        return self._sql_edit(_tr("Add card"), card_edits.add_card, stage_id, lane_id, kind, text, **values)

    def add_cards(self, cards: list[dict[str, Any]]) -> list[int]:
        return self._sql_edit(_tr("Paste cards"), card_edits.add_cards, cards)

    def set_card_text(self, card_id: int, text: str) -> int:
        # Successive text edits of one card merge into one undo step.
        return self._sql_edit(_tr("Edit card text"), card_edits.set_card, card_id, text=text,
                              merge_key=("card-text", card_id))

    def set_card(self, card_id: int, **values: Any) -> int:
        """Kind, emotion, channel or colour of a card."""
        return self._sql_edit(_tr("Edit card"), card_edits.set_card, card_id, **values)

    def set_card_evidence(self, card_ids: list[int], evidence: str | None, source: str | None = None) -> list[int]:
        """Observed (with its source), assumed, or unmarked: one undo step for all the cards."""
        return self._sql_edit(_tr("Mark evidence"), card_edits.set_evidence, card_ids, evidence, source)

    def move_cards(self, card_ids: list[int], stage_id: int, lane_id: int, index: int | None = None) -> list[int]:
        return self._sql_edit(_tr("Move cards"), card_edits.move_cards, card_ids, stage_id, lane_id, index)

    def delete_cards(self, card_ids: list[int]) -> list[int]:
        return self._sql_edit(_tr("Delete cards"), card_edits.delete_cards, card_ids)

    # --- edits: people, meetings, actions, voting --------------------------------------

    def add_participant(self, name: str, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add participant"), ops.add_participant, name, **values)

    def set_participant(self, participant_id: int, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Edit participant"), ops.set_fields, tables.Participant, participant_id, **values)

    def remove_participant(self, participant_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Remove participant"), ops.delete_row, tables.Participant, participant_id)

    def add_meeting(self, held_on: date, title: str = "", notes: str = "") -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add meeting"), ops.add_meeting, held_on, title, notes)

    def set_meeting(self, meeting_id: int, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Edit meeting"), ops.set_fields, tables.Meeting, meeting_id, **values)

    def remove_meeting(self, meeting_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Remove meeting"), ops.delete_row, tables.Meeting, meeting_id)

    def add_action(self, title: str, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Add action"), ops.add_action, title, **values)

    def set_action(self, action_id: int, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Edit action"), ops.set_fields, tables.ActionItem, action_id, **values)

    def set_action_rating(self, action_id: int, impact: int | None, effort: int | None) -> int:
        """Impact and effort (1-5, None: not rated) together: one undo step (the value/effort matrix)."""
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Move action on the matrix"), ops.set_fields, tables.ActionItem,
                          action_id, impact=impact, effort=effort)

    def set_action_status(self, action_id: int, status: str, meeting_id: int | None = None,
                          note: str = "", **due: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Change action status"), ops.set_action_status, action_id, status,
                          meeting_id, note, **due)

    def remove_action(self, action_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Remove action"), ops.delete_row, tables.ActionItem, action_id)

    def start_round(self, map_id: int, dots_per_participant: int = 3, **values: Any) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Start voting round"), ops.start_round, map_id, dots_per_participant, **values)

    def close_round(self, round_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        from cxworkshop.model import tables
        return self._edit(_tr("Close voting round"), ops.set_fields, tables.VotingRound, round_id, is_open=False)

    def place_dot(self, round_id: int, participant_id: int, card_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Place dot"), ops.place_dot, round_id, participant_id, card_id)

    def remove_dot(self, round_id: int, participant_id: int, card_id: int) -> int:
        from cxworkshop.editing import operations as ops  # the ORM loads on first use
        return self._edit(_tr("Remove dot"), ops.remove_dot, round_id, participant_id, card_id)

    def record_follow_up(self, held_on: date, reviews: list[dict[str, Any]], title: str = "",
                         notes: str = "") -> int:
        """A follow-up meeting with the review of each action: one transaction, one undo step."""
        from cxworkshop.editing import plan_operations as plan_ops  # the ORM loads on first use
        return self._edit(_tr("Follow-up meeting"), plan_ops.record_follow_up, held_on, reviews, title, notes)

    def set_action_priorities(self, priorities: dict[int, str]) -> list[int]:
        from cxworkshop.editing import plan_operations as plan_ops  # the ORM loads on first use
        return self._edit(_tr("Set priorities from the vote"), plan_ops.set_priorities, priorities)

    def add_actions(self, actions: list[dict[str, Any]]) -> list[int]:
        from cxworkshop.editing import plan_operations as plan_ops  # the ORM loads on first use
        return self._edit(_tr("Add actions"), plan_ops.add_actions, actions)

    # --- the channel ownership register (issue 17): editing.register_operations -------------

    def add_channel(self, name: str) -> int:
        """A channel added to the register by hand (one the cards do not name)."""
        from cxworkshop.editing import register_operations as reg_ops  # the ORM loads on first use
        return self._edit(_tr("Add channel"), reg_ops.add_channel, name)

    def set_channel_entry(self, key: ChannelKey, **values: Any) -> int:
        """Owner, deputy, competences, procedure, scope, response time (or a hand-added
        channel's name) of one register line; a channel used on cards gets its row now."""
        from cxworkshop.editing import register_operations as reg_ops  # the ORM loads on first use
        return self._edit(_tr("Edit channel register"), reg_ops.set_channel_entry, key, **values)

    def remove_channel(self, register_id: int) -> int:
        from cxworkshop.editing import register_operations as reg_ops  # the ORM loads on first use
        return self._edit(_tr("Remove channel"), reg_ops.remove_channel, register_id)

    def register_lines(self) -> list[RegisterLine]:
        """The register as people read it (model.channel_register)."""
        from cxworkshop.model.records import Card, ChannelOwner
        return register_lines(self.rows(Card), self.rows(ChannelOwner))

    # --- edits: the results tracker (issue 17), plain SQL in editing.measure_operations ---

    def add_measure(self, name: str, kind: str = "custom", unit: str = "",
                    stage_id: int | None = None, card_id: int | None = None,
                    owner_id: int | None = None, baseline: float | None = None,
                    target: float | None = None) -> int:
        return self._sql_edit(_tr("Add measure"), mops.add_measure, name, kind, unit, stage_id,
                              card_id, owner_id, baseline, target)

    def set_measure(self, measure_id: int, *, name: str | Unchanged = UNCHANGED,
                    kind: str | Unchanged = UNCHANGED, unit: str | Unchanged = UNCHANGED,
                    stage_id: int | None | Unchanged = UNCHANGED,
                    card_id: int | None | Unchanged = UNCHANGED,
                    owner_id: int | None | Unchanged = UNCHANGED,
                    baseline: float | None | Unchanged = UNCHANGED,
                    target: float | None | Unchanged = UNCHANGED) -> int:
        """Change the given fields of a measure (a stage clears its touchpoint and vice versa)."""
        return self._sql_edit(_tr("Edit measure"), mops.set_measure, measure_id, name=name,
                              kind=kind, unit=unit, stage_id=stage_id, card_id=card_id,
                              owner_id=owner_id, baseline=baseline, target=target)

    def delete_measure(self, measure_id: int) -> int:
        return self._sql_edit(_tr("Delete measure"), mops.delete_measure, measure_id)

    def add_measurement(self, measure_id: int, taken_on: date, value: float,
                        meeting_id: int | None | Unchanged = UNCHANGED, note: str = "") -> int:
        """A dated value; without a meeting it joins the latest meeting held on or before then."""
        return self._sql_edit(_tr("Add measurement"), mops.add_measurement, measure_id, taken_on,
                              value, meeting_id, note)

    def set_measurement(self, measurement_id: int, *, taken_on: date | Unchanged = UNCHANGED,
                        value: float | Unchanged = UNCHANGED,
                        meeting_id: int | None | Unchanged = UNCHANGED,
                        note: str | Unchanged = UNCHANGED) -> int:
        return self._sql_edit(_tr("Edit measurement"), mops.set_measurement, measurement_id,
                              taken_on=taken_on, value=value, meeting_id=meeting_id, note=note)

    def delete_measurement(self, measurement_id: int) -> int:
        return self._sql_edit(_tr("Delete measurement"), mops.delete_measurement, measurement_id)

    def link_measure_action(self, measure_id: int, action_id: int) -> int:
        return self._sql_edit(_tr("Link action to measure"), mops.link_action, measure_id, action_id)

    def unlink_measure_action(self, measure_id: int, action_id: int) -> int:
        return self._sql_edit(_tr("Unlink action from measure"), mops.unlink_action, measure_id,
                              action_id)
