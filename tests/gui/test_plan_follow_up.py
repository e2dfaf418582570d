"""A follow-up meeting a week later: statuses and dates change, the history records them with
the new meeting, and the progress figures match what the file says."""

from __future__ import annotations

from cxworkshop.model.progress import OPEN_STATUSES
from tests.gui import test_plan_helpers as helpers
from tests.gui.test_plan_helpers import later

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here


def test_follow_up_records_history_and_progress(plan_setup) -> None:
    setup = plan_setup
    setup.today = later(7)
    dialog = setup.plan.follow_up_dialog()
    ids = dialog.action_ids()
    assert len(ids) == 9  # every open action is up for review
    done_a, done_b, moved, started = ids[0], ids[1], ids[2], ids[3]
    dialog.set_review(done_a, status="done", note="Owner named for every complaint")
    dialog.set_review(done_b, status="done")
    dialog.set_review(moved, due_on=later(30), note="Waiting for the supplier")
    dialog.set_review(started, status="in_progress")
    stack = setup.document.undo_stack
    steps = stack.count()
    dialog.accept()
    meeting_id = dialog.meeting_id
    assert setup.rows("SELECT number, held_on, title FROM meeting WHERE id = ?", meeting_id) == [
        (3, later(7).isoformat(), "Follow-up meeting 3")]  # after the demo's interviews, kick-off
    history = setup.rows("SELECT action_id, meeting_id, old_status, new_status, new_due_on, note "
                         "FROM status_change ORDER BY action_id")
    assert {h[0] for h in history} == {done_a, done_b, moved, started}
    assert all(h[1] == meeting_id for h in history)
    by_action = {h[0]: h for h in history}
    assert by_action[done_a][3] == "done" and by_action[done_a][5].startswith("Owner named")
    assert by_action[moved][2:5] == ("open", "open", later(30).isoformat())
    assert setup.rows("SELECT closed_in_id FROM action_item WHERE id IN (?, ?)", done_a,
                      done_b) == [(meeting_id,), (meeting_id,)]
    assert stack.count() == steps + 1  # the whole meeting is one undo step

    # Progress, against the file.
    panel = setup.plan.progress_dock.panel
    statuses = dict(setup.rows("SELECT status, count(*) FROM action_item GROUP BY status"))
    overdue = setup.rows("SELECT count(*) FROM action_item WHERE status IN ('open', "
                         "'in_progress') AND due_on < ?", later(7).isoformat())[0][0]
    assert panel.overall.done == statuses.get("done", 0) == 2
    assert panel.overall.open == sum(statuses.get(s, 0) for s in OPEN_STATUSES) == 7
    assert panel.overall.overdue == overdue
    for figures in panel.per_owner:
        done, total = setup.rows("SELECT sum(status = 'done'), count(*) FROM action_item "
                                 "WHERE owner_id = ?", figures.owner_id)[0]
        assert (figures.done, figures.total) == (done, total)
    assert (panel.summary.done, panel.summary.started, panel.summary.rescheduled) == (2, 1, 1)
    assert panel.since.rowCount() == 4
    assert "2 done, 1 started" in panel.since_title.text()
    assert "2 done" in panel.headline.text()
    # The plan's status column shows the new state; undo takes the whole meeting back.
    stack.undo()
    assert setup.rows("SELECT count(*) FROM meeting") == [(2,)]
    assert setup.rows("SELECT count(*) FROM status_change") == [(0,)]
    assert panel.overall.done == 0
    stack.redo()
    assert setup.rows("SELECT count(*) FROM status_change WHERE meeting_id = ?", meeting_id) == [(4,)]


def test_untouched_rows_are_not_recorded_and_cancel_changes_nothing(plan_setup) -> None:
    setup = plan_setup
    dialog = setup.plan.follow_up_dialog()
    assert dialog.reviews() == []
    dialog.reject()
    assert setup.rows("SELECT count(*) FROM meeting") == [(2,)]
    dialog = setup.plan.follow_up_dialog()
    dialog.set_review(dialog.action_ids()[0], note="Looked at it")
    assert dialog.reviews() == [{"action_id": dialog.action_ids()[0], "status": "open",
                                 "note": "Looked at it"}]
