"""Duplicate as future state never gives two maps one name (issue 18 review): on the demo, which
already has "Situazione futura", duplicating "Situazione attuale" made a second tab of that name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cxworkshop.editing.map_operations import future_name
from tests.gui.conftest import open_window


def test_future_name_avoids_the_names_taken() -> None:
    assert future_name("Situazione attuale", "it") == "Situazione futura"
    assert future_name("Situazione attuale", "it", ["Situazione attuale", "situazione futura"]) \
        == "Situazione futura 2"
    assert future_name("Current state", "en", ["Future state", "Future state 2"]) == "Future state 3"
    assert future_name("Onboarding", "en", ["Onboarding"]) == "Onboarding — future"
    long = "x" * 200
    assert len(future_name(long, "en", [future_name(long, "en")])) <= 200
    assert future_name(long, "en", [future_name(long, "en")]) != future_name(long, "en")


def test_duplicating_the_current_demo_map_gives_a_new_name(qtbot, demo_file: Path) -> None:
    window = open_window(qtbot, demo_file)
    try:
        if window.scene.map_id != window.document.maps()[0].id:
            window.maps.choose(window.document.maps()[0].id)
        window.maps.act_future.trigger()
        conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
        try:
            names = [n for (n,) in conn.execute("SELECT name FROM journey_map ORDER BY position")]
        finally:
            conn.close()
        assert len(names) == 3 and len(set(names)) == 3, names
        assert window.maps.tabs.tabText(1).startswith("Situazione futura 2")
    finally:
        window.close()
