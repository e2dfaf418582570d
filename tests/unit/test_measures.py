"""The results tracker's edits (issue 17): measures, dated measurements and linked actions, each
one undo step, each checked in the file on disk (reopened); bad values refused with a sentence
and nothing changed."""

from __future__ import annotations

import math
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument, new_workshop
from cxworkshop.model import limits
from cxworkshop.model.measures import (
    badge_text,
    default_unit,
    format_value,
    measure_series,
    meeting_on_or_before,
    parse_value,
    stage_badges,
    unit_of,
)
from cxworkshop.model.records import Card, Lane, Measure, MeasureAction, Measurement, Meeting, Stage
from tests.conftest import sha256


@pytest.fixture
def doc(tmp_path: Path):
    document = WorkshopDocument.open(new_workshop(tmp_path / "results.cxw", "sme", "en"))
    yield document
    document.close()


def _disk(path: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _reopened(path: Path, model, **filters):
    again = WorkshopDocument.open(path, read_only=True)
    try:
        return again.rows(model, **filters)
    finally:
        again.close()


def _first_stage(doc: WorkshopDocument) -> Stage:
    return doc.rows(Stage)[0]


def test_add_edit_delete_a_measure_durable_and_undoable(doc: WorkshopDocument) -> None:
    stage = _first_stage(doc)
    owner = doc.add_participant("Laura Bianchi")
    steps = doc.undo_stack.count()
    measure_id = doc.add_measure("NPS", "nps", stage_id=stage.id, owner_id=owner, baseline=32,
                                 target=45)
    assert doc.undo_stack.count() == steps + 1
    [saved] = _reopened(doc.path, Measure)
    assert (saved.name, saved.kind, saved.unit, saved.stage_id, saved.owner_id, saved.baseline,
            saved.target) == ("NPS", "nps", "", stage.id, owner, 32.0, 45.0)
    assert unit_of(saved, "en") == "points" and unit_of(saved, "it") == "punti"

    doc.set_measure(measure_id, name="NPS after delivery", target=50.5, baseline=None)
    assert _disk(doc.path, "SELECT name, baseline, target FROM measure") == [
        ("NPS after delivery", None, 50.5)]
    assert doc.undo_stack.count() == steps + 2
    doc.undo_stack.undo()
    assert _disk(doc.path, "SELECT name, baseline, target FROM measure") == [("NPS", 32.0, 45.0)]
    doc.undo_stack.redo()
    assert _disk(doc.path, "SELECT name, target FROM measure") == [("NPS after delivery", 50.5)]

    doc.delete_measure(measure_id)
    assert _reopened(doc.path, Measure) == []
    doc.undo_stack.undo()
    assert [m.name for m in _reopened(doc.path, Measure)] == ["NPS after delivery"]


def test_a_measure_belongs_to_a_stage_or_a_touchpoint(doc: WorkshopDocument) -> None:
    stage = _first_stage(doc)
    lanes = {lane.kind: lane.id for lane in doc.rows(Lane, map_id=stage.map_id)}
    touchpoint = doc.add_card(stage.id, lanes["touchpoints"], "touchpoint", "Free phone line",
                              channel="phone")
    pain = doc.add_card(stage.id, lanes["pain_points"], "pain_point", "Long wait")
    measure_id = doc.add_measure("Response time", "response_time", stage_id=stage.id)
    doc.set_measure(measure_id, card_id=touchpoint)  # the touchpoint replaces the stage
    assert _disk(doc.path, "SELECT stage_id, card_id FROM measure") == [(None, touchpoint)]
    with pytest.raises(EditRejected, match="touchpoint card only"):
        doc.set_measure(measure_id, card_id=pain)
    with pytest.raises(EditRejected, match="not both"):
        doc.add_measure("Calls", "custom", "calls", stage_id=stage.id, card_id=touchpoint)
    series = measure_series(doc.rows(Measure), doc.rows(Measurement), doc.rows(Card))
    assert series[0].stage_id == stage.id  # a touchpoint's measure is shown on its stage


@pytest.mark.parametrize("values, words", [
    ({"baseline": math.inf}, "not a valid measurement value"),
    ({"target": math.nan}, "not a valid measurement value"),
    ({"target": 10 * limits.MEASURE_VALUE_MAX}, "not a valid measurement value"),
    ({"baseline": "32"}, "not a valid measurement value"),
    ({"baseline": True}, "not a valid measurement value"),
    ({"name": "  "}, "needs a name"),
    ({"kind": "happiness"}, "not a kind of measure"),
    ({"kind": "custom"}, "needs a unit"),
    ({"name": "x" * (limits.NAME_MAX + 1)}, "too long"),
])
def test_bad_measure_values_are_refused_and_nothing_changes(doc: WorkshopDocument, values,
                                                              words) -> None:
    measure_id = doc.add_measure("CSAT", "csat", baseline=70, target=80)
    before, steps = sha256(doc.path), doc.undo_stack.count()
    with pytest.raises(EditRejected, match=words):
        doc.set_measure(measure_id, **values)
    with pytest.raises(EditRejected, match=words):
        doc.add_measure(**{"name": "Churn", "kind": "churn", **values})
    assert sha256(doc.path) == before and doc.undo_stack.count() == steps


def test_refusals_are_translated(doc: WorkshopDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    measure_id = doc.add_measure("NPS", "nps")
    with pytest.raises(EditRejected) as refused:
        doc.add_measurement(measure_id, date(2025, 1, 10), math.inf)
    assert "non è un valore valido" in str(refused.value)
    with pytest.raises(EditRejected) as refused:
        doc.add_measure("Giorni", "custom")
    assert "unità" in str(refused.value)


def test_a_measurement_after_today_is_refused(doc: WorkshopDocument) -> None:
    """A slip of the year (2030 for 2025) would stay the measure's "latest" value for good."""
    from datetime import timedelta

    measure_id = doc.add_measure("NPS", "nps")
    reading = doc.add_measurement(measure_id, date.today(), 30)  # today is fine
    before, steps = sha256(doc.path), doc.undo_stack.count()
    with pytest.raises(EditRejected, match="after today"):
        doc.add_measurement(measure_id, date.today() + timedelta(days=1), 31)
    with pytest.raises(EditRejected, match="after today"):
        doc.set_measurement(reading, taken_on=date(2030, 1, 1))
    assert sha256(doc.path) == before and doc.undo_stack.count() == steps


def test_measurements_join_the_meeting_of_their_date(doc: WorkshopDocument) -> None:
    kickoff = doc.add_meeting(date(2025, 1, 10), "Kick-off")
    follow_up = doc.add_meeting(date(2025, 2, 10), "Follow-up")
    measure_id = doc.add_measure("Complaints", "complaints", baseline=40, target=15)
    before = doc.add_measurement(measure_id, date(2025, 1, 2), 41)  # before every meeting
    first = doc.add_measurement(measure_id, date(2025, 1, 20), 30, note="After the new rota")
    second = doc.add_measurement(measure_id, date(2025, 2, 10), 22)
    rows = {m.id: m for m in _reopened(doc.path, Measurement)}
    assert rows[before].meeting_id is None
    assert (rows[first].meeting_id, rows[first].value, rows[first].note) == (kickoff, 30.0,
                                                                            "After the new rota")
    assert rows[second].meeting_id == follow_up
    assert meeting_on_or_before(doc.rows(Meeting), date(2025, 2, 9)) == kickoff
    # An explicit meeting wins; a new date without one moves it to that date's meeting.
    doc.set_measurement(first, meeting_id=follow_up)
    assert _disk(doc.path, "SELECT meeting_id FROM measurement WHERE id = ?", first) == [(follow_up,)]
    doc.set_measurement(first, taken_on=date(2025, 1, 15), value=-3.5)
    assert _disk(doc.path, "SELECT taken_on, value, meeting_id FROM measurement WHERE id = ?",
                 first) == [("2025-01-15", -3.5, kickoff)]
    steps = doc.undo_stack.count()
    doc.delete_measurement(second)
    assert doc.undo_stack.count() == steps + 1
    assert len(_reopened(doc.path, Measurement)) == 2
    doc.undo_stack.undo()
    assert len(_reopened(doc.path, Measurement)) == 3
    # Deleting the measure takes its measurements with it; undo brings them all back.
    doc.delete_measure(measure_id)
    assert _disk(doc.path, "SELECT count(*) FROM measurement") == [(0,)]
    doc.undo_stack.undo()
    assert _disk(doc.path, "SELECT count(*) FROM measurement") == [(3,)]


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 2e12, "45", None])
def test_bad_measurements_are_refused(doc: WorkshopDocument, value) -> None:
    measure_id = doc.add_measure("NPS", "nps")
    good = doc.add_measurement(measure_id, date(2025, 1, 10), 30)
    before, steps = sha256(doc.path), doc.undo_stack.count()
    with pytest.raises(EditRejected, match="not a valid measurement value"):
        doc.add_measurement(measure_id, date(2025, 1, 11), value)
    with pytest.raises(EditRejected, match="not a valid measurement value"):
        doc.set_measurement(good, value=value)
    with pytest.raises(EditRejected, match="date it was taken"):
        doc.add_measurement(measure_id, "2025-01-12", 3)  # type: ignore[arg-type]
    with pytest.raises(EditRejected, match="no longer exists"):
        doc.add_measurement(measure_id + 99, date(2025, 1, 12), 3)
    assert sha256(doc.path) == before and doc.undo_stack.count() == steps


def test_link_and_unlink_actions(doc: WorkshopDocument) -> None:
    measure_id = doc.add_measure("Complaints", "complaints")
    action = doc.add_action("Name an owner for every complaint")
    steps = doc.undo_stack.count()
    doc.link_measure_action(measure_id, action)
    doc.link_measure_action(measure_id, action)  # twice: still one link, no second step
    assert doc.undo_stack.count() == steps + 1
    assert [(link.measure_id, link.action_id) for link in _reopened(doc.path, MeasureAction)] == [
        (measure_id, action)]
    doc.unlink_measure_action(measure_id, action)
    assert _reopened(doc.path, MeasureAction) == []
    doc.undo_stack.undo()
    assert len(_reopened(doc.path, MeasureAction)) == 1
    with pytest.raises(EditRejected, match="no longer exists"):
        doc.link_measure_action(measure_id, action + 50)


def test_the_measure_limit_holds(doc: WorkshopDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MEASURES_MAX", 2)
    doc.add_measure("A", "nps")
    doc.add_measure("B", "nps")
    with pytest.raises(EditRejected, match="at most 2 measures"):
        doc.add_measure("C", "nps")


def test_values_read_and_written_as_people_do() -> None:
    assert [parse_value(t) for t in ("45", " 4,5 ", "-12.25", "1.200,5", "1,200.5", "87%", "")] == [
        45.0, 4.5, -12.25, 1200.5, 1200.5, 87.0, None]
    for bad in ("abc", "inf", "nan", "4,5,6"):
        with pytest.raises(ValueError):
            parse_value(bad)
    assert format_value(32.0, "en") == "32" and format_value(4.5, "it") == "4,5"
    assert format_value(-0.001, "en") == "0" and format_value(None, "en") == "—"
    assert default_unit("complaints", "en") == "complaints/month"
    assert default_unit("ces", "it") == "1-7"


def test_stage_badges(doc: WorkshopDocument) -> None:
    stages = doc.rows(Stage)
    nps = doc.add_measure("NPS", "nps", stage_id=stages[0].id, baseline=32, target=50)
    doc.add_measurement(nps, date(2025, 1, 10), 38)
    doc.add_measurement(nps, date(2025, 2, 10), 45)
    doc.add_measure("CSAT", "csat", stage_id=stages[0].id, baseline=70, target=85)
    doc.add_measure("Churn", "churn", stage_id=stages[1].id)
    series = measure_series(doc.rows(Measure), doc.rows(Measurement), doc.rows(Card))
    assert badge_text(series[0], "en") == "NPS 32 → 45"
    badges = stage_badges(series, "en")
    assert badges == {stages[0].id: [("NPS", "32 → 45"), ("CSAT", "70, target 85")],
                      stages[1].id: [("Churn", "")]}
    assert badge_text(series[1], "it") == "CSAT 70, obiettivo 85"
    assert series[0].target_reached() is False
