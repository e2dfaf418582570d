"""One rule for a stage's emotion: the board, the slides and the PDF agree."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cxworkshop.export.data import load_workshop
from cxworkshop.export.pdf_emotion import stage_averages
from cxworkshop.model import emotion


def test_only_emotion_cards_count(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    stage_id = conn.execute("SELECT id FROM stage ORDER BY position LIMIT 1").fetchone()[0]
    # A touchpoint carrying a score must not move the stage's emotion.
    conn.execute("UPDATE card SET emotion = 2 WHERE stage_id = ? AND kind = 'touchpoint'",
                 (stage_id,))
    expected = [row[0] for row in conn.execute(
        "SELECT emotion FROM card WHERE stage_id = ? AND kind = 'emotion' AND emotion IS NOT NULL",
        (stage_id,))]
    conn.commit()
    conn.close()
    data = load_workshop(demo_file)
    journey = data.maps[0]
    average, count = stage_averages(journey)[0]
    assert count == len(expected)
    assert average == sum(expected) / len(expected)
    cards = [card for card in journey.cards if card.stage_id == stage_id]
    assert emotion.stage_emotion(cards) == average


def test_a_stage_without_emotion_cards_has_no_emotion() -> None:
    assert emotion.stage_emotion([]) is None
    assert emotion.mean([]) is None
