"""The issue's "done when": six participants vote, the top five cards become actions each with
an owner and a date, the app closes, a week later a follow-up marks two done and shows progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from cxworkshop.document import WorkshopDocument, new_workshop
from cxworkshop.model.records import Lane, Stage
from cxworkshop.ui.plan.action_model import DUE, OWNER
from tests.gui.test_plan_helpers import REAL_TODAY, PlanSetup, later, query

PEOPLE = ["Marco Rinaldi, Owner, Management", "Laura Bianchi, Sales manager, Sales",
          "Paolo Conti, Customer care agent, Customer care, paolo@example.it",
          "Sara Gallo, Back office, Administration", "Davide Moretti, Marketing, Communication",
          "Elena Ricci, Technician coordinator, Field service"]


def _board(path: Path) -> list[int]:
    """Ten pain points and opportunities, as the room would have written them."""
    doc = WorkshopDocument.open(path)
    try:
        stage_ids = [s.id for s in doc.rows(Stage)]
        lanes = {lane.kind: lane.id for lane in doc.rows(Lane)}
        cards = []
        for i in range(10):
            kind = "pain_point" if i % 2 == 0 else "opportunity"
            lane = lanes["pain_points" if kind == "pain_point" else "opportunities"]
            cards.append(doc.add_card(stage_ids[i % len(stage_ids)], lane, kind, f"Card {i}"))
        return cards
    finally:
        doc.close()


def test_vote_act_close_and_follow_up_a_week_later(qtbot, tmp_path: Path) -> None:
    path = new_workshop(tmp_path / "client.cxw", template="sme", lang="en", title="Client")
    cards = _board(path)

    setup = PlanSetup(qtbot, path, REAL_TODAY)
    plan = setup.plan
    dock = plan.participants_dock
    for line in PEOPLE:
        dock.quick_add.setText(line)
        dock.add_from_line()
    people = [i for (i,) in query(path, "SELECT id FROM participant ORDER BY id")]
    assert len(people) == 6
    assert query(path, "SELECT email FROM participant WHERE name = 'Paolo Conti'") == [
        ("paolo@example.it",)]

    voting = plan.voting
    voting.start_round(3, ["pain_point", "opportunity"], "What matters most")
    for turn, person in enumerate(people):
        voting.set_voter(person)
        for dot in range(3):
            assert voting.vote_on_card(cards[(turn + dot * 2) % 7])
        assert not voting.vote_on_card(cards[9])  # the fourth dot is refused
    assert sum(voting.tally().values()) == 18
    top = [card for card, _dots in voting.ranking()[:5]]
    created = voting.make_actions_from_top(5)
    assert len(created) == 5

    # Each gets an owner and a date in the table, as the room would in place.
    plan_dock = plan.action_plan_dock
    model = plan_dock.model
    for n, action_id in enumerate(created):
        row = model.row_of(action_id)
        assert model.setData(model.index(row, OWNER), people[n])
        due = later(7 + n)
        assert model.setData(model.index(row, DUE), QDate(due.year, due.month, due.day))
    assert query(path, "SELECT count(*) FROM action_item WHERE owner_id IS NOT NULL AND "
                 "due_on IS NOT NULL AND card_id IS NOT NULL") == [(5,)]
    assert sorted(c for (c,) in query(path, "SELECT card_id FROM action_item")) == sorted(top)
    assert "0 without an owner" in plan_dock.summary.text()
    setup.close()  # the app closes; everything is already in the file

    week_later = PlanSetup(qtbot, path, later(7))
    try:
        dialog = week_later.plan.follow_up_dialog()
        first, second = dialog.action_ids()[:2]
        dialog.set_review(first, status="done", note="Done on Tuesday")
        dialog.set_review(second, status="done")
        dialog.accept()
        panel = week_later.plan.progress_dock.panel
        assert (panel.overall.done, panel.overall.open, panel.overall.total) == (2, 3, 5)
        assert panel.summary.done == 2
        assert "2 done" in panel.headline.text() and "40% done" in panel.headline.text()
        assert query(path, "SELECT number FROM meeting ORDER BY number") == [(1,), (2,)]
        assert query(path, "SELECT count(*) FROM status_change sc JOIN meeting m ON "
                     "m.id = sc.meeting_id WHERE m.number = 2 AND sc.new_status = 'done'") == [(2,)]
        status_column = week_later.plan.action_plan_dock.proxy_index(first, 4)
        assert status_column.data(Qt.ItemDataRole.DisplayRole) == "Done"
    finally:
        week_later.close()
