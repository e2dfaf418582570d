"""Dot voting on one laptop: a round, turns, the budget enforced, the tally and ranking checked
against the file, priorities and actions from the ranking."""

from __future__ import annotations

from cxworkshop.ui.plan.voting import StartRoundDialog
from tests.gui import test_plan_helpers as helpers

plan_setup = helpers.plan_setup  # the shared fixture, under its own name here


def test_round_budget_tally_and_ranking(plan_setup) -> None:
    setup = plan_setup
    panel = setup.plan.voting
    active = []
    panel.voting_active_changed.connect(active.append)
    tallies = []
    panel.tally_changed.connect(tallies.append)
    # The demo's closed round is shown first and cannot take dots.
    assert panel.current_round().is_open is False
    assert sum(panel.tally().values()) == 18
    assert not panel.vote_on_card(1)

    round_id = panel.start_round(2, ["pain_point"], "Biggest pains")
    assert setup.rows("SELECT dots_per_participant, votable_kinds, is_open FROM voting_round "
                      "WHERE id = ?", round_id) == [(2, "pain_point", 1)]
    assert panel.voting_active and active[-1] is True
    pains = [c for (c,) in setup.rows("SELECT id FROM card WHERE kind = 'pain_point' ORDER BY id")]
    other = setup.rows("SELECT id FROM card WHERE kind = 'touchpoint'")[0][0]
    voters = [panel.voter_combo.itemData(i) for i in range(panel.voter_combo.count())]
    assert len(voters) == 7  # the department does not vote

    assert panel.vote_on_card(pains[0]) and panel.vote_on_card(pains[0])
    assert not panel.vote_on_card(pains[1])  # budget of two spent
    assert "no dots left" in panel.message.text()
    assert "0 of 2 dots left" in panel.dots_left.text()
    assert panel.unvote_card(pains[0])  # right-click takes one back
    assert panel.vote_on_card(pains[1])
    panel.next_voter()
    assert panel.current_voter_id() == voters[1]
    assert not panel.vote_on_card(other)  # touchpoints are not part of this vote
    assert "not part of the vote" in panel.message.text()
    assert panel.vote_on_card(pains[1]) and panel.vote_on_card(pains[2])
    panel.set_voter(voters[2])
    assert panel.vote_on_card(pains[1])

    in_file = dict(setup.rows("SELECT card_id, count(*) FROM vote WHERE round_id = ? "
                              "GROUP BY card_id", round_id))
    assert panel.tally() == in_file == {pains[0]: 1, pains[1]: 3, pains[2]: 1}
    assert tallies[-1] == in_file
    per_voter = dict(setup.rows("SELECT participant_id, count(*) FROM vote WHERE round_id = ? "
                                "GROUP BY participant_id", round_id))
    assert per_voter == {voters[0]: 2, voters[1]: 2, voters[2]: 1}
    assert panel.ranking() == [(pains[1], 3), (pains[0], 1), (pains[2], 1)]
    assert panel.ranking_table.item(0, 3).text() == "3"
    assert panel.ranking_table.item(2, 0).text() == "2"  # ties share a place

    # The ranking sets the priorities of the actions linked to the voted cards.
    linked = dict(setup.rows("SELECT card_id, id FROM action_item WHERE card_id IN (?, ?, ?)",
                             *pains[:3]))
    changed = panel.set_priorities_from_ranking()
    for card_id, priority in ((pains[1], "urgent"), (pains[0], "high"), (pains[2], "high")):
        if card_id in linked:
            assert setup.rows("SELECT priority FROM action_item WHERE id = ?",
                              linked[card_id]) == [(priority,)]
    assert set(changed) <= set(linked.values())

    panel.close_current_round()
    assert setup.rows("SELECT is_open FROM voting_round WHERE id = ?", round_id) == [(0,)]
    assert not panel.voting_active
    assert not panel.vote_on_card(pains[0])
    # Undo reopens the round with its dots (rounds are kept in the file).
    setup.document.undo_stack.undo()
    assert panel.current_round().is_open


def test_start_round_dialog_and_actions_from_top_cards(plan_setup) -> None:
    setup = plan_setup
    panel = setup.plan.voting
    dialog = StartRoundDialog(2)
    assert set(dialog.votable_kinds()) == {"pain_point", "opportunity"}
    dialog.dots.setValue(1)
    dialog.kind_boxes["pain_point"].setChecked(False)
    panel.ask_round = lambda _number: dialog
    round_id = panel.start_round_interactive()
    assert setup.rows("SELECT dots_per_participant, votable_kinds FROM voting_round WHERE id = ?",
                      round_id) == [(1, "opportunity")]
    opportunities = [c for (c,) in setup.rows(
        "SELECT id FROM card WHERE kind = 'opportunity' AND id NOT IN (SELECT card_id FROM "
        "action_item WHERE card_id IS NOT NULL) ORDER BY id")]
    for i in range(panel.voter_combo.count()):
        panel.set_voter(panel.voter_combo.itemData(i))
        assert panel.vote_on_card(opportunities[i % 3])
    steps = setup.document.undo_stack.count()
    created = panel.make_actions_from_top(2)
    assert len(created) == 2
    assert setup.document.undo_stack.count() == steps + 1
    rows = setup.rows("SELECT card_id, priority, owner_id FROM action_item WHERE id IN (?, ?) "
                      "ORDER BY id", *created)
    assert [r[0] for r in rows] == [c for c, _d in panel.ranking()[:2]]
    assert rows[0][1] == "urgent" and all(r[2] is None for r in rows)
    assert panel.make_actions_from_top(2) == []  # they have actions already
