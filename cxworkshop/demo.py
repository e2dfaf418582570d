"""Build the demo workshop (Caffè Aurora), optionally scaled to N cards and M actions for benchmarks."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import cycle

from sqlmodel import Session, select

from cxworkshop.demo_content import (
    ACTIONS,
    CELLS,
    EVIDENCE,
    FUTURE_CELLS,
    MEASURE_DAYS,
    MEASURES,
    PARTICIPANTS,
    RATINGS,
)
from cxworkshop.editing import measure_operations
from cxworkshop.editing import operations as ops
from cxworkshop.model import Card, CardKind, Channel, Lane, LaneKind, Priority, Stage, VotingRound
from cxworkshop.templates import populate_map, populate_template

MAX_CARDS = 10_000  # the benchmarks go up to 10,000 cards (issue 15)
MAX_ACTIONS = 5000

_KIND_FOR_LANE = {
    LaneKind.CUSTOMER_ACTIONS: CardKind.CUSTOMER_ACTION, LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.THOUGHTS: CardKind.QUOTE, LaneKind.EMOTIONS: CardKind.EMOTION,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT, LaneKind.MOMENTS_OF_TRUTH: CardKind.MOMENT_OF_TRUTH,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY, LaneKind.BACKSTAGE: CardKind.BACKSTAGE,
}


def populate_demo(session: Session, lang: str = "it", cards: int | None = None,
                  actions: int | None = None, today: date | None = None) -> None:
    """Write the whole demo workshop into an empty, freshly created file."""
    today = today or date.today()
    it = lang == "it"
    title = ("Percorso del cliente: abbonamento caffè per uffici" if it
             else "Customer journey: office coffee subscription")
    map_id = populate_template(session, "sme", lang, title=title, client="Caffè Aurora Srl",
                               facilitator="Giulia Ferri", place="Bergamo")
    ops.add_persona(session, map_id, "Chiara, office manager" if it else "Chiara, office manager",
                    description=("38 anni, gestisce un ufficio di 25 persone" if it
                                 else "38, runs an office of 25 people"),
                    goals="Caffè sempre disponibile, zero pensieri" if it else "Coffee always there, no hassle",
                    frustrations=("Richiamare tre volte per un guasto" if it
                                  else "Calling three times about a fault"))
    meeting_id = ops.add_meeting(session, today, "Workshop iniziale" if it else "Kick-off workshop")
    stages = list(session.exec(select(Stage).where(Stage.map_id == map_id).order_by(Stage.position)))
    lanes = {LaneKind(lane.kind): lane for lane in
             session.exec(select(Lane).where(Lane.map_id == map_id).order_by(Lane.position))}
    base = [(stage_index, kind, entry) for (stage_index, kind), entries in CELLS.items() for entry in entries]
    wanted = len(base) if cards is None else cards
    card_ids: dict[tuple[int, LaneKind], list[int]] = {}
    for number, (stage_index, kind, (text_it, text_en, extra)) in zip(range(wanted), cycle(base), strict=False):
        text = text_it if it else text_en
        if number >= len(base):
            text = f"{text} ({number // len(base) + 1})"
        card_kind = _KIND_FOR_LANE[kind]
        card_id = ops.add_card(
            session, stages[stage_index].id, lanes[kind].id, card_kind.value, text,
            emotion=extra if card_kind is CardKind.EMOTION and isinstance(extra, int) else None,
            channel=extra.value if isinstance(extra, Channel) else None, meeting_id=meeting_id)
        card_ids.setdefault((stage_index, kind), []).append(card_id)
    people = [ops.add_participant(session, name, role=role[0 if it else 1], department=dept[0 if it else 1],
                                  email=email, is_department=is_dept, is_facilitator=is_facilitator)
              for name, role, dept, email, is_dept, is_facilitator in PARTICIPANTS]
    _register(session, lang, people)  # the channel ownership register (issue 17)
    wanted_actions = len(ACTIONS) if actions is None else actions
    for number, (titles, owner, days, priority, link) in zip(range(wanted_actions), cycle(ACTIONS),
                                                             strict=False):
        title = titles[0 if it else 1]
        if number >= len(ACTIONS):
            title = f"{title} ({number // len(ACTIONS) + 1})"
        linked = card_ids.get((link[0], LaneKind.PAIN_POINTS), []) if link else []
        linked_id = linked[link[1] % len(linked)] if linked else None
        ops.add_action(session, title, owner_id=people[owner], due_on=today + timedelta(days=days),
                       priority=Priority(priority).value, card_id=linked_id,
                       stage_id=stages[link[0]].id if link else None, impact=RATINGS[number % len(RATINGS)][0],
                       effort=RATINGS[number % len(RATINGS)][1], opened_in_id=meeting_id)
    _vote(session, map_id, meeting_id, people, card_ids, "Priorità" if it else "Priorities")
    for (stage_index, kind, index), (evidence, source) in EVIDENCE.items():
        marked = card_ids.get((stage_index, kind), [])
        if index < len(marked):
            ops.set_fields(session, Card, marked[index], evidence=evidence, evidence_source=source)
    if cards is None:  # a demo scaled for the benchmarks holds exactly `cards` cards, on one map
        _future_state(session, lang, meeting_id)
    _results(session, lang, stages, card_ids, people, today)


def _results(session: Session, lang: str, stages: list[Stage],
             card_ids: dict[tuple[int, LaneKind], list[int]], people: list[int], today: date) -> None:
    """The measures the room chose, their values so far and the actions meant to move them."""
    conn = ops.connection(session)
    # The interviews that gave the measures their starting values, four weeks before the
    # kick-off: meeting number 1, the kick-off number 2 (it keeps its id: what it holds stays put).
    conn.execute("UPDATE meeting SET number = number + 1")
    conn.execute("INSERT INTO meeting(number, held_on, title, notes) VALUES (1, ?, ?, '')",
                 ((today + timedelta(days=MEASURE_DAYS[0])).isoformat(),
                  "Interviste e dati di partenza" if lang == "it" else "Interviews and baseline data"))
    actions = [row[0] for row in conn.execute("SELECT id FROM action_item ORDER BY id")]
    for names, kind, units, where, owner, baseline, target, values, linked in MEASURES:
        stage_id, card_id = None, None
        if isinstance(where, int):
            stage_id = stages[where].id
        else:
            touchpoints = card_ids.get((where[0], LaneKind.TOUCHPOINTS), [])
            card_id = touchpoints[where[1] % len(touchpoints)] if touchpoints else None
            if card_id is None:
                stage_id = stages[where[0]].id  # a scaled demo without that touchpoint: its stage
        measure_id = measure_operations.add_measure(
            conn, names[0 if lang == "it" else 1], kind, units[0 if lang == "it" else 1], stage_id,
            card_id, people[owner], baseline, target)
        for days, value in zip(MEASURE_DAYS, values, strict=True):
            measure_operations.add_measurement(conn, measure_id, today + timedelta(days=days), value)
        for index in linked:
            if index < len(actions):
                measure_operations.link_action(conn, measure_id, actions[index])


def _future_state(session: Session, lang: str, meeting_id: int) -> None:
    """The future-state map the room designed, with a better emotion curve (issue 18)."""
    map_id = populate_map(session, "future", lang)
    stages = list(session.exec(select(Stage).where(Stage.map_id == map_id).order_by(Stage.position)))
    lanes = {LaneKind(lane.kind): lane for lane in
             session.exec(select(Lane).where(Lane.map_id == map_id).order_by(Lane.position))}
    for (stage_index, kind), entries in FUTURE_CELLS.items():
        for text_it, text_en, extra in entries:
            card_kind = _KIND_FOR_LANE[kind]
            ops.add_card(session, stages[stage_index].id, lanes[kind].id, card_kind.value,
                         text_it if lang == "it" else text_en,
                         emotion=extra if card_kind is CardKind.EMOTION and isinstance(extra, int) else None,
                         channel=extra.value if isinstance(extra, Channel) else None, meeting_id=meeting_id)


def _vote(session: Session, map_id: int, meeting_id: int, people: list[int],
          card_ids: dict[tuple[int, LaneKind], list[int]], title: str) -> None:
    """A closed dot-voting round on pain points and opportunities, as the room would have done."""
    votable = [card for (_, kind), ids in sorted(card_ids.items()) if kind in (LaneKind.PAIN_POINTS,
                                                                            LaneKind.OPPORTUNITIES)
               for card in ids[:1]]
    if not votable:
        return
    kinds = [CardKind.PAIN_POINT.value, CardKind.OPPORTUNITY.value]
    round_id = ops.start_round(session, map_id, 3, title, kinds, meeting_id)
    for person_index, person in enumerate(people[1:7]):
        for dot in range(3):
            ops.place_dot(session, round_id, person, votable[(person_index * 2 + dot * 3) % len(votable)])
    ops.set_fields(session, VotingRound, round_id, is_open=False)


def _register(session: Session, lang: str, people: list[int]) -> None:
    """Every channel of the demo described, two deliberately without an owner (issue 17)."""
    from cxworkshop.demo_content import REGISTER
    from cxworkshop.editing import register_operations as reg_ops
    from cxworkshop.model.channel_register import ChannelKey

    pick = 0 if lang == "it" else 1
    for channel, owner, deputy, competences, procedure, scope, response_time in REGISTER:
        key = (ChannelKey(channel=channel.value) if isinstance(channel, Channel)
               else ChannelKey(register_id=reg_ops.add_channel(session, channel[pick])))
        reg_ops.set_channel_entry(session, key, owner_id=people[owner] if owner is not None else None,
                                  deputy_id=people[deputy] if deputy is not None else None,
                                  competences=competences[pick], procedure=procedure[pick],
                                  scope=scope[pick], response_time=response_time[pick])
