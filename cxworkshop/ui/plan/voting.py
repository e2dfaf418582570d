"""Dot voting on one laptop: the facilitator starts a round (votable card kinds, dots per
person), participants take turns (pick who is voting, then click cards on the board), the
budget is enforced by the document, and the tally shows as a ranking that can set action
priorities or become actions. Rounds are kept in the file and can be reopened for reading.

The board owns clicks on cards: it calls vote_on_card(card_id) / unvote_card(card_id) while
`voting_active` is true, and repaints its dot counts from `tally_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.board import labels
from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model import CardKind
from cxworkshop.model.progress import dots_used, priorities_from_ranking, ranking, tally
from cxworkshop.model.records import ActionItem, Card, Participant, Vote, VotingRound
from cxworkshop.ui.plan.dialog_keys import enter_presses
from cxworkshop.ui.plan.edits import PlanEdits

DEFAULT_KINDS = (CardKind.PAIN_POINT, CardKind.OPPORTUNITY)
_WATCHED = {"voting_round", "vote", "participant", "card", "action_item"}


class StartRoundDialog(QDialog):
    """Title, dots per participant and which kinds of card can receive dots."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a voting round"))
        self.title = QLineEdit(self.tr("Vote %1").replace("%1", str(number)))
        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        kinds = QGroupBox(self.tr("Cards that can receive dots"))
        grid = QGridLayout(kinds)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(CardKind):
            box = QCheckBox(labels.card_kind(kind.value))
            box.setChecked(kind in DEFAULT_KINDS)
            self.kind_boxes[kind.value] = box
            grid.addWidget(box, i // 2, i % 2)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Dots per participant"), self.dots)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kinds)
        layout.addWidget(buttons)
        enter_presses(self, start)

    def votable_kinds(self) -> list[str]:
        # None ticked means every kind, as in the file (an empty list).
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]


class VotingPanel(QWidget):
    tally_changed = Signal(object)  # dict card_id -> dots of the shown round (int keys: not a QVariantMap)
    voting_active_changed = Signal(bool)  # a round is open and someone is voting
    actions_created = Signal(list)  # action ids made from the ranking

    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 today: Callable[[], date] = date.today, map_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self.today = today
        first = document.first_map()
        self.map_id = map_id if map_id is not None else (first.id if first else None)
        self._votes: list[Vote] = []
        self._active = False
        self.ask_round: Callable[[int], StartRoundDialog | None] = self._ask_round

        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Voting round"))
        self.round_combo.activated.connect(lambda _i: self.refresh())
        self.start_button = QPushButton(self.tr("Start round…"))
        self.start_button.clicked.connect(lambda: self.start_round_interactive())
        self.close_button = QPushButton(self.tr("Close round"))
        self.close_button.clicked.connect(self.close_current_round)
        self.round_info = QLabel()
        self.round_info.setWordWrap(True)
        self.voter_combo = QComboBox()
        self.voter_combo.setAccessibleName(self.tr("Who is voting"))
        self.voter_combo.currentIndexChanged.connect(lambda _i: self._update_voter())
        self.next_button = QPushButton(self.tr("Next voter"))
        self.next_button.clicked.connect(self.next_voter)
        self.dots_left = QLabel()
        big = self.dots_left.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.dots_left.setFont(big)
        self.budgets = QLabel()
        self.budgets.setWordWrap(True)
        self.ranking_table = QTableWidget(0, 4)
        self.ranking_table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Card"),
                                                      self.tr("Kind"), self.tr("Dots")])
        self.ranking_table.verticalHeader().hide()
        self.ranking_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_table.setTabKeyNavigation(False)  # read-only: Tab goes on to the buttons
        self.ranking_table.setAccessibleName(self.tr("Ranking"))
        header = self.ranking_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 50)
        self.top_n.setValue(5)
        self.top_n.setAccessibleName(self.tr("How many of the top cards"))
        self.to_actions_button = QPushButton(self.tr("Make actions from the top cards"))
        self.to_actions_button.clicked.connect(lambda: self.make_actions_from_top(self.top_n.value()))
        self.priorities_button = QPushButton(self.tr("Set priorities from ranking"))
        self.priorities_button.setToolTip(self.tr(
            "Actions linked to voted cards get a priority by quarter of the ranking: "
            "urgent, high, medium, low"))
        self.priorities_button.clicked.connect(self.set_priorities_from_ranking)
        self.message = QLabel()
        self.message.setWordWrap(True)
        edits.message.connect(self.message.setText)

        round_row = QHBoxLayout()
        round_row.addWidget(self.round_combo, 1)
        round_row.addWidget(self.start_button)
        round_row.addWidget(self.close_button)
        voter_row = QHBoxLayout()
        voter_row.addWidget(QLabel(self.tr("Voting now:")))
        voter_row.addWidget(self.voter_combo, 1)
        voter_row.addWidget(self.next_button)
        top_row = QHBoxLayout()
        top_row.addWidget(self.top_n)
        top_row.addWidget(self.to_actions_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(round_row)
        layout.addWidget(self.round_info)
        layout.addLayout(voter_row)
        layout.addWidget(self.dots_left)
        layout.addWidget(self.budgets)
        layout.addWidget(self.ranking_table, 1)
        layout.addLayout(top_row)
        layout.addWidget(self.priorities_button)
        layout.addWidget(self.message)
        self._fill_rounds()
        self._fill_voters()
        self.refresh()
        document.changed.connect(self._on_changed)

    # --- state -------------------------------------------------------------------------

    def current_round(self) -> VotingRound | None:
        round_id = self.round_combo.currentData()
        return self.document.row(VotingRound, round_id) if round_id is not None else None

    def current_voter_id(self) -> int | None:
        return self.voter_combo.currentData()

    def set_voter(self, participant_id: int) -> None:
        at = self.voter_combo.findData(participant_id)
        if at >= 0:
            self.voter_combo.setCurrentIndex(at)

    def next_voter(self) -> None:
        count = self.voter_combo.count()
        if count:
            self.voter_combo.setCurrentIndex((self.voter_combo.currentIndex() + 1) % count)

    @property
    def voting_active(self) -> bool:
        return self._active

    def tally(self) -> dict[int, int]:
        """card_id -> dots in the shown round."""
        return tally(self._votes)

    def ranking(self) -> list[tuple[int, int]]:
        """(card_id, dots), most dots first."""
        return ranking(self.tally())

    def dots_left_for(self, participant_id: int) -> int:
        voting = self.current_round()
        if voting is None:
            return 0
        return voting.dots_per_participant - dots_used(self._votes, participant_id)

    # --- refresh -----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        tables = changes.tables()
        if "voting_round" in tables:
            self._fill_rounds(select=next(iter(changes.inserted.get("voting_round", ())), None))
        if "participant" in tables:
            self._fill_voters()
        if tables & _WATCHED == {"card"} and not changes.ids("card") & {v.card_id for v in self._votes}:
            return  # cards nobody voted for: nothing this panel shows changed (issue 15)
        if tables & _WATCHED:
            self.refresh()

    def set_map(self, map_id: int | None) -> None:
        """The window shows another journey map: its rounds are listed and new ones start on it."""
        if map_id == self.map_id:
            return
        self.map_id = map_id
        self._fill_rounds()
        self.refresh()

    def _fill_rounds(self, select: int | None = None) -> None:
        current = select if select is not None else self.round_combo.currentData()
        # A round belongs to one map: only the shown map's rounds (its cards are on the board).
        rounds = (self.document.rows(VotingRound, map_id=self.map_id) if self.map_id is not None
                  else self.document.rows(VotingRound))
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for number, voting in enumerate(rounds, start=1):
            state = self.tr("open") if voting.is_open else self.tr("closed")
            name = voting.title or self.tr("Vote %1").replace("%1", str(number))
            self.round_combo.addItem(f"{name} ({state})", voting.id)
        at = self.round_combo.findData(current) if current is not None else -1
        if at < 0:
            # Prefer the round still open, else the latest one.
            open_rounds = [i for i, r in enumerate(rounds) if r.is_open]
            at = open_rounds[-1] if open_rounds else len(rounds) - 1
        self.round_combo.setCurrentIndex(at)
        self.round_combo.blockSignals(False)

    def _fill_voters(self) -> None:
        current = self.voter_combo.currentData()
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        # Departments own actions but do not vote: the people in the room do.
        for person in self.document.rows(Participant):
            if not person.is_department:
                self.voter_combo.addItem(person.name, person.id)
        at = self.voter_combo.findData(current) if current is not None else 0
        self.voter_combo.setCurrentIndex(max(at, 0) if self.voter_combo.count() else -1)
        self.voter_combo.blockSignals(False)

    def refresh(self) -> None:
        voting = self.current_round()
        self._votes = self.document.rows(Vote, round_id=voting.id) if voting else []
        writable = not self.document.read_only
        is_open = voting is not None and voting.is_open
        self.start_button.setEnabled(writable and self.map_id is not None)
        self.close_button.setEnabled(writable and is_open)
        self.voter_combo.setEnabled(is_open)
        self.next_button.setEnabled(is_open)
        if voting is None:
            self.round_info.setText(self.tr("No voting round yet. Start one to let the room "
                                            "choose what matters most."))
        else:
            kinds = [labels.card_kind(k) for k in voting.votable_kinds.split(",") if k]
            self.round_info.setText(self.tr("%n dots each · votable: %1 · %2", "",
                                            voting.dots_per_participant)
                                    .replace("%2", self.tr("open") if is_open else self.tr("closed"))
                                    .replace("%1", ", ".join(kinds) or self.tr("every card")))
        self._fill_ranking()
        self._update_voter()
        self.to_actions_button.setEnabled(writable and bool(self._votes))
        self.priorities_button.setEnabled(writable and bool(self._votes))
        self.tally_changed.emit(self.tally())

    def _update_voter(self) -> None:
        voting = self.current_round()
        voter = self.current_voter_id()
        is_open = voting is not None and voting.is_open
        if voting is not None and voting.is_open and voter is not None:
            self.dots_left.setText(self.tr("%1: %n of %2 dots left", "", self.dots_left_for(voter))
                                   .replace("%2", str(voting.dots_per_participant))
                                   .replace("%1", self.voter_combo.currentText()))
        else:
            self.dots_left.setText("")
        if voting is not None:
            # No-break spaces keep each "name used/budget" on one line when the list wraps.
            used = [f"{self.voter_combo.itemText(i)} "
                    f"{dots_used(self._votes, self.voter_combo.itemData(i))}"
                    f"/{voting.dots_per_participant}".replace(" ", "\u00a0")
                    for i in range(self.voter_combo.count())]
            self.budgets.setText(" · ".join(used))
        else:
            self.budgets.setText("")
        active = is_open and voter is not None and not self.document.read_only
        if active != self._active:
            self._active = active
            self.voting_active_changed.emit(active)

    def _fill_ranking(self) -> None:
        ranked = self.ranking()
        # Only the ranked cards: reading every card of a big board on each refresh was slow.
        cards = {card_id: self.document.row(Card, card_id) for card_id, _ in ranked}
        self.ranking_table.setRowCount(len(ranked))
        place, previous = 0, None
        for row, (card_id, dots) in enumerate(ranked):
            if dots != previous:
                place, previous = row + 1, dots  # ties share a place
            card = cards.get(card_id)
            values = [str(place), " ".join(card.text.split()) if card else "",
                      labels.card_kind(card.kind) if card else "", str(dots)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, card_id)
                if column in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.ranking_table.setItem(row, column, item)

    # --- rounds ------------------------------------------------------------------------

    def _ask_round(self, number: int) -> StartRoundDialog | None:
        dialog = StartRoundDialog(number, self)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def start_round_interactive(self) -> int | None:
        dialog = self.ask_round(self.round_combo.count() + 1)
        if dialog is None:
            return None
        return self.start_round(dialog.dots.value(), dialog.votable_kinds(),
                                dialog.title.text().strip())

    def start_round(self, dots_per_participant: int, votable_kinds: list[str],
                    title: str = "") -> int | None:
        """Open a new round (closing any round still open: the room votes on one thing)."""
        if self.map_id is None:
            return None
        still_open = [r.id for r in self.document.rows(VotingRound, is_open=True)]
        with self.edits.one_step(self.tr("Start voting round")):
            for round_id in still_open:
                self.edits.attempt(self.document.close_round, round_id)
            new_id = self.edits.attempt(self.document.start_round, self.map_id,
                                        dots_per_participant, title=title,
                                        votable_kinds=votable_kinds,
                                        meeting_id=self.edits.current_meeting_id(self.today()))
        if new_id is not None:
            self._fill_rounds(select=new_id)
            self.refresh()
            if self.voter_combo.count():
                self.voter_combo.setCurrentIndex(0)
        return new_id

    def close_current_round(self) -> None:
        voting = self.current_round()
        if voting is not None and voting.is_open:
            self.edits.attempt(self.document.close_round, voting.id)

    # --- the board's slots --------------------------------------------------------------

    def vote_on_card(self, card_id: int) -> bool:
        """The current voter puts a dot on the card; False (with a message) if refused."""
        voting, voter = self.current_round(), self.current_voter_id()
        if voting is None or not voting.is_open:
            self.message.setText(self.tr("Start a voting round first."))
            return False
        if voter is None:
            self.message.setText(self.tr("Choose who is voting first."))
            return False
        if self.dots_left_for(voter) <= 0:
            # Said here in the user's words; the document refuses it too.
            self.message.setText(self.tr("%1 has no dots left.")
                                 .replace("%1", self.voter_combo.currentText()))
            return False
        placed = self.edits.attempt(self.document.place_dot, voting.id, voter, card_id) is not None
        if placed:
            self.message.clear()
        return placed

    def unvote_card(self, card_id: int) -> bool:
        """Take back one of the current voter's dots from the card."""
        voting, voter = self.current_round(), self.current_voter_id()
        if voting is None or not voting.is_open or voter is None:
            return False
        removed = self.edits.attempt(self.document.remove_dot, voting.id, voter,
                                      card_id) is not None
        if removed:
            self.message.clear()
        return removed

    # --- from ranking to plan -----------------------------------------------------------

    def set_priorities_from_ranking(self) -> dict[int, str]:
        """Priorities of the actions linked to voted cards; returns action_id -> priority."""
        by_card = priorities_from_ranking(self.ranking())
        changes = {a.id: by_card[a.card_id] for a in self.document.rows(ActionItem)
                   if a.card_id in by_card and a.priority != by_card[a.card_id]}
        if not changes:
            self.message.setText(self.tr("The priorities already follow the ranking."))
            return {}
        if self.edits.set_priorities(changes):
            self.message.setText(self.tr("%n action(s) got a priority from the ranking.", "",
                                         len(changes)))
        return changes

    def make_actions_from_top(self, count: int) -> list[int]:
        """An action for each of the top `count` cards that has none yet, prioritised by rank."""
        ranked = self.ranking()[:count]
        by_card = priorities_from_ranking(self.ranking())
        linked = {a.card_id for a in self.document.rows(ActionItem) if a.card_id is not None}
        fields = []
        for card_id, _dots in ranked:
            if card_id in linked:
                continue
            made = self.edits.action_from_card_fields(card_id)
            if made is not None:
                made["priority"] = by_card[card_id]
                fields.append(made)
        if not fields:
            self.message.setText(self.tr("The top cards already have actions."))
            return []
        ids = self.edits.add_actions(fields)
        if ids:
            self.message.setText(self.tr("%n new action(s): give each an owner and a due date.",
                                         "", len(ids)))
            self.actions_created.emit(ids)
        return ids


class VotingDock(QDockWidget):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dot voting"), parent)
        self.setObjectName("plan-voting")
        self.panel = VotingPanel(document, edits, today)
        self.setWidget(self.panel)
