"""Workshop fixtures for the export tests, and the tests of the export snapshot itself.

The builders write rows straight through SQLModel (no Qt, no document layer) so the whole
export suite runs headless and fast; other test_export_* modules import them from here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from cxworkshop.export.data import load_workshop
from cxworkshop.model import (
    ActionItem,
    Card,
    JourneyMap,
    Lane,
    Meeting,
    Participant,
    Stage,
    StatusChange,
    Vote,
    VotingRound,
    Workshop,
)
from cxworkshop.store import create_workshop

TODAY = date(2026, 11, 23)

HOSTILE = [
    "R&D < 5%",
    "<b>",
    "<img src=\"http://example.com/x.png\"/>",
    "<para><font color='red'>unbalanced",
    "&amp; &nbsp; </i></b> ]]>",
    "Supercalifragilistichespiralidoso" * 6,
]
UNICODE = ["Perché è già così: 5 € al mese", "“virgolette” ‘curve’ — trattino", "Ελληνικά αβγ",
           "Кириллица жук"]
EMOJI = "Cliente felice 👍"

STAGES_IT = ["Scoperta", "Valutazione", "Sottoscrizione", "Attivazione", "Primo utilizzo",
             "Fatturazione", "Assistenza", "Rinnovo"]
STAGES_EN = ["Discovery", "Evaluation", "Subscription", "Activation", "First use", "Billing",
             "Support", "Renewal"]
LANES = [("customer_actions", "Azioni del cliente", "Customer actions"),
         ("touchpoints", "Punti di contatto", "Touchpoints"),
         ("emotions", "Emozioni", "Emotions"),
         ("pain_points", "Criticità", "Pain points"),
         ("opportunities", "Opportunità", "Opportunities"),
         ("backstage", "Processi interni", "Backstage")]
KIND_OF_LANE = {"customer_actions": "customer_action", "touchpoints": "touchpoint",
                "emotions": "emotion", "pain_points": "pain_point",
                "opportunities": "opportunity", "backstage": "backstage"}
PEOPLE = [("Giulia Bianchi", "Responsabile marketing", "Marketing", "giulia.bianchi@example.it"),
          ("Marco Rossi", "Customer care", "Assistenza", "marco.rossi@example.it"),
          ("Francesca Nicolò", "Amministrazione", "Amministrazione", ""),
          ("Luca D'Amico", "IT", "Sistemi informativi", "luca.damico@example.it"),
          ("Ufficio commerciale", "", "Vendite", "vendite@example.it")]
SENTENCE_IT = ("il cliente non trova il prezzo del piano annuale e chiama il numero verde; la "
               "fattura arriva in ritardo e il rinnovo automatico sorprende chi non legge la "
               "mail di conferma")
WORDS_IT = SENTENCE_IT.split(" ")


def populate(lang: str = "it", cards: int = 60, actions: int = 12, hostile: bool = False,
             unowned: int = 0, seed: int = 7) -> Callable[[Session], None]:
    """A populate function for create_workshop: a subscription-service journey."""

    def fill(session: Session) -> None:
        rng = random.Random(seed)
        session.add(Workshop(id=1, title="Percorso abbonati" if lang == "it" else "Subscriber journey",
                             client="Caffè Aurora S.r.l.", place="Bergamo",
                             facilitator="Elena Conti", language=lang))
        first = Meeting(number=1, held_on=TODAY - timedelta(days=28), title="Kick-off")
        second = Meeting(number=2, held_on=TODAY, title="Revisione")
        journey = JourneyMap(name="Situazione attuale" if lang == "it" else "Current state")
        session.add_all([first, second, journey])
        people = [Participant(name=n, role=r, department=d, email=e, is_department=(i == 4))
                  for i, (n, r, d, e) in enumerate(PEOPLE)]
        session.add_all(people)
        session.flush()
        stage_names = STAGES_IT if lang == "it" else STAGES_EN
        stages = [Stage(map_id=journey.id, position=i, name=name) for i, name in enumerate(stage_names)]
        lanes = [Lane(map_id=journey.id, position=i, name=it if lang == "it" else en, kind=kind)
                 for i, (kind, it, en) in enumerate(LANES)]
        session.add_all(stages + lanes)
        session.flush()
        extra = (HOSTILE + UNICODE + [EMOJI]) if hostile else []
        rows: list[Card] = []
        positions: dict[tuple[int, int], int] = {}
        for index in range(cards):
            stage = stages[index % len(stages)]
            lane = lanes[(index // len(stages)) % len(lanes)]
            kind = KIND_OF_LANE[lane.kind]
            text = extra[index] if index < len(extra) else " ".join(
                rng.sample(WORDS_IT, rng.randint(3, 14)))
            position = positions.get((stage.id, lane.id), 0)
            positions[(stage.id, lane.id)] = position + 1
            rows.append(Card(stage_id=stage.id, lane_id=lane.id, position=position, kind=kind,
                             text=text, emotion=rng.randint(-2, 2) if kind == "emotion" else None,
                             meeting_id=first.id))
        session.add_all(rows)
        session.flush()
        voting = VotingRound(map_id=journey.id, meeting_id=first.id, title="Priorità")
        session.add(voting)
        session.flush()
        votable = [card for card in rows if card.kind in ("pain_point", "opportunity")]
        for person in people:
            for card in rng.sample(votable, min(3, len(votable))):
                session.add(Vote(round_id=voting.id, participant_id=person.id, card_id=card.id))
        action_texts = extra + [f"Azione {n}: " + " ".join(rng.sample(WORDS_IT, 6))
                                for n in range(actions)]
        for index in range(actions + unowned):
            owner = None if index >= actions else people[index % len(people)]
            card = rows[index % len(rows)] if rows and index % 3 else None
            action = ActionItem(
                title=action_texts[index] if index < len(action_texts) else f"Azione {index}",
                detail=" ".join(rng.sample(WORDS_IT, 8)),
                owner_id=owner.id if owner else None,
                due_on=TODAY + timedelta(days=rng.randint(-10, 40)),
                priority=rng.choice(["low", "medium", "high", "urgent"]),
                status=rng.choice(["open", "open", "in_progress", "done"]) if owner else "open",
                card_id=card.id if card else None,
                stage_id=card.stage_id if card else stages[index % len(stages)].id,
                opened_in_id=first.id)
            session.add(action)
            session.flush()
            if action.status != "open":
                session.add(StatusChange(action_id=action.id, meeting_id=second.id,
                                         old_status="open", new_status=action.status,
                                         changed_at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC)))
                if action.status == "done":
                    action.closed_in_id = second.id

    return fill


def make_workshop(path: Path, **options) -> Path:
    return create_workshop(path, populate=populate(**options))


def test_snapshot_reads_everything_read_only(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.cxw", cards=40, actions=10, unowned=2)
    before = path.read_bytes()
    data = load_workshop(path, today=TODAY)
    assert path.read_bytes() == before
    assert data.client == "Caffè Aurora S.r.l." and data.language == "it"
    assert sum(len(journey.cards) for journey in data.maps) == 40
    assert len(data.actions) == 12 and len(data.unowned()) == 2
    assert data.latest_meeting.number == 2 and data.previous_meeting.number == 1
    assert all(action.owner is not None for owner in data.owners()
               for action in data.actions_of(owner.id))
