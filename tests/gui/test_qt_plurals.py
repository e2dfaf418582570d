"""Counted phrases in the window (issue 16): "9 actions", never "9 action(s)", in English too;
"1 bollino" / "2 bollini" in Italian; the board's own counts through BoardCounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from cxworkshop.board.counts import BoardCounts
from cxworkshop.ui.translations import install_translators


@pytest.fixture
def language(qapp):
    def switch(lang: str) -> None:
        install_translators(qapp, lang)

    yield switch
    install_translators(qapp, "en")


def test_english_counts_need_the_english_catalogue(language) -> None:
    language("en")
    plan = [QCoreApplication.translate("ActionPlanDock", "%n action(s)", "", n) for n in (1, 9)]
    assert plan == ["1 action", "9 actions"]
    counts = BoardCounts()
    assert [counts.dots(n) for n in (0, 1, 2)] == ["0 dots", "1 dot", "2 dots"]
    assert counts.cards_in_cell(1).replace("%1", "Stage A") == "Stage A, 1 card"
    assert counts.actions_owned(1).replace("%1", "GB") == "1 action, owner GB"


def test_italian_counts(language) -> None:
    language("it")
    counts = BoardCounts()
    assert [counts.dots(n) for n in (0, 1, 2, 5)] == ["0 bollini", "1 bollino", "2 bollini",
                                                      "5 bollini"]
    assert counts.cards_in_cell(2).replace("%1", "Fase A") == "Fase A, 2 schede"
    assert QCoreApplication.translate("VotingPanel", "%1: %n of %2 dots left", "", 1) \
        == "%1: resta 1 bollino su %2"
    assert QCoreApplication.translate("RoomBridge", "Room: %n ratings, average %1", "", 1) \
        == "Stanza: 1 valutazione, media %1"
    assert QCoreApplication.translate("PortfolioWindow", "%n cannot be read.", "", 1) \
        == "1 non si può leggere."
