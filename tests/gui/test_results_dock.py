"""The results tracker in the window (issue 17): Plan > Results opens the dock; measures and
measurements are edited in place (one undo step each, refused values explained and nothing
changed); the trend chart places every measurement; the follow-up meeting records values; the
board shows each stage's measures under its header."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from cxworkshop.model.records import Card, Lane, Measurement, Stage
from cxworkshop.ui.results import SHORTCUT
from cxworkshop.ui.results.panel import (
    BASELINE,
    KIND,
    M_NOTE,
    M_VALUE,
    PLACE,
    TARGET,
    place_key,
    select_row,
)
from cxworkshop.ui.results.trend import LINE, TrendChart
from cxworkshop.ui.results.trend import TARGET as TARGET_COLOUR
from tests.gui import test_plan_helpers as helpers
from tests.gui.test_plan_helpers import REAL_TODAY

plan_setup = helpers.plan_setup


def _settle(qtbot) -> None:
    qtbot.wait(5)
    QApplication.processEvents()


def _measure(doc, stages, **values) -> int:
    base = {"name": "NPS", "kind": "nps", "stage_id": stages[0].id, "baseline": 32, "target": 45}
    return doc.add_measure(**{**base, **values})


def test_plan_menu_opens_the_results_dock(plan_setup, qtbot) -> None:
    plan = plan_setup.plan
    action = plan.results.act_results
    assert action.shortcut().toString() == SHORTCUT and action in plan.menu.actions()
    assert action.isEnabled()
    action.trigger()
    dock = plan.results.dock
    assert dock is not None and dock.isVisibleTo(plan_setup.window)
    assert dock.windowTitle() == "Results"


def test_measures_and_measurements_edited_in_place(plan_setup, qtbot) -> None:
    doc = plan_setup.document
    stages = doc.rows(Stage)
    dock = plan_setup.plan.results.show_results()
    panel = dock.panel
    # Add a measure from the dock: named after its kind, one undo step.
    panel.kind_choice.setCurrentIndex(panel.kind_choice.findData("complaints"))
    steps = doc.undo_stack.count()
    measure_id = panel.add_measure()
    assert doc.undo_stack.count() == steps + 1
    assert plan_setup.rows("SELECT name, kind FROM measure WHERE id = ?", measure_id) == [
        ("Complaints per month", "complaints")]
    row = [s.measure.id for s in panel.series].index(measure_id)
    # Baseline, target and place typed into the table.
    panel.table.item(row, BASELINE).setText("40")
    panel.table.item(row, TARGET).setText("12,5")
    panel.table.item(row, PLACE).setData(Qt.ItemDataRole.UserRole, place_key(stages[5].id, None))
    _settle(qtbot)
    assert plan_setup.rows("SELECT baseline, target, stage_id FROM measure WHERE id = ?",
                           measure_id) == [(40.0, 12.5, stages[5].id)]
    # A value that is not a number: a sentence, nothing written, the cell shows the file again.
    before = plan_setup.rows("SELECT * FROM measure")
    row = [s.measure.id for s in panel.series].index(measure_id)
    panel.table.item(row, TARGET).setText("soon")
    _settle(qtbot)
    assert "not a number" in panel.problem.text()
    assert plan_setup.rows("SELECT * FROM measure") == before
    row = [s.measure.id for s in panel.series].index(measure_id)
    assert panel.table.item(row, TARGET).text() == "12.5"
    # Custom without a unit is refused by the document, translated sentence shown.
    panel.table.item(row, KIND).setData(Qt.ItemDataRole.UserRole, "custom")
    _settle(qtbot)
    assert "needs a unit" in panel.problem.text()
    assert plan_setup.rows("SELECT kind FROM measure WHERE id = ?", measure_id) == [("complaints",)]

    # Measurements: typed above the table, then edited in place.
    panel.select_measure(measure_id)
    panel.taken_on.set_value(REAL_TODAY - timedelta(days=20))
    panel.value.setText("31")
    first = panel.add_measurement()
    panel.taken_on.set_value(REAL_TODAY)
    panel.value.setText("22")
    second = panel.add_measurement()
    _settle(qtbot)
    assert plan_setup.rows("SELECT id, value FROM measurement WHERE measure_id = ? ORDER BY taken_on",
                           measure_id) == [(first, 31.0), (second, 22.0)]
    assert panel.values.rowCount() == 2  # newest first
    panel.values.item(0, M_VALUE).setText("inf")
    _settle(qtbot)
    assert "not a number" in panel.problem.text()
    panel.values.item(0, M_NOTE).setText("After the new rota")
    _settle(qtbot)
    assert plan_setup.rows("SELECT note FROM measurement WHERE id = ?", second) == [
        ("After the new rota",)]
    doc.undo_stack.undo()
    _settle(qtbot)
    assert plan_setup.rows("SELECT note FROM measurement WHERE id = ?", second) == [("",)]
    # Link an action by ticking it.
    item = panel.actions_list.item(0)
    action_id = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)
    _settle(qtbot)
    assert plan_setup.rows("SELECT action_id FROM measure_action WHERE measure_id = ?",
                           measure_id) == [(action_id,)]
    assert panel.actions_list.item(0).checkState() == Qt.CheckState.Checked


def test_the_trend_chart_places_every_point(plan_setup, qtbot) -> None:
    doc = plan_setup.document
    stages = doc.rows(Stage)
    measure_id = _measure(doc, stages)
    for days, value in ((-60, 30), (-30, 38), (0, 44)):
        doc.add_measurement(measure_id, REAL_TODAY + timedelta(days=days), value)
    dock = plan_setup.plan.results.show_results()
    _settle(qtbot)
    panel = dock.panel
    panel.select_measure(measure_id)
    assert panel.chart.series is not None and panel.chart.series.measure.id == measure_id
    chart = TrendChart()  # the dock's chart, at a known size
    qtbot.addWidget(chart)
    chart.set_series(panel.chart.series)
    chart.resize(500, 260)
    geo = chart.chart_geometry()
    assert len(geo.points) == 3
    xs = [p.x() for p in geo.points]
    ys = [p.y() for p in geo.points]
    assert xs[0] == pytest.approx(geo.plot.left()) and xs[2] == pytest.approx(geo.plot.right())
    assert xs[1] == pytest.approx((xs[0] + xs[2]) / 2, abs=1)  # 30 days of 60: halfway
    assert ys[0] > ys[1] > ys[2]  # rising values go up
    assert geo.baseline_y is not None and geo.target_y is not None
    assert geo.target_y < ys[2] < geo.baseline_y < ys[0]  # 45 above 44, 32 between 30 and 38
    image = chart.grab().toImage()
    for point in geo.points:
        colour = QColor(image.pixel(QPoint(round(point.x()), round(point.y()))))
        assert colour == LINE, (point, colour.name())
    # The target's dashed line: some pixels of its colour along it, and gaps between dashes.
    y = round(geo.target_y)
    row = [QColor(image.pixel(x, y)) for x in range(int(geo.plot.left()), int(geo.plot.right()))]
    greens = sum(1 for c in row if abs(c.green() - TARGET_COLOUR.green()) < 40 and c.red() < 90)
    assert 0.3 * len(row) < greens < 0.95 * len(row)


def test_follow_up_records_measurements_with_the_meeting(plan_setup, qtbot) -> None:
    doc = plan_setup.document
    stages = doc.rows(Stage)
    nps = _measure(doc, stages)
    churn = _measure(doc, stages, name="Churn", kind="churn", baseline=8, target=4)
    plan_setup.today = REAL_TODAY  # values are read on the day of the meeting, never later
    dialog = plan_setup.plan.follow_up_dialog()
    entry = dialog.measurements_dialog()
    entry.set_value(nps, "abc")
    assert dialog.take_measurements(entry) is False
    assert "not a number" in entry.problem.text()
    entry.set_value(nps, "41")
    entry.set_value(churn, "")  # nothing new: not recorded
    assert dialog.take_measurements(entry) is True
    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1  # the meeting and its values: one step
    assert plan_setup.rows("SELECT measure_id, value, taken_on FROM measurement WHERE meeting_id = ?",
                           dialog.meeting_id) == [(nps, 41.0, plan_setup.today.isoformat())]
    doc.undo_stack.undo()
    assert plan_setup.rows("SELECT count(*) FROM measurement WHERE measure_id IN (?, ?)",
                           nps, churn) == [(0,)]
    assert plan_setup.rows("SELECT count(*) FROM meeting WHERE id = ?", dialog.meeting_id) == [(0,)]


def test_board_stage_badges(window, qtbot) -> None:
    doc = window.document
    scene = window.scene
    stages = doc.rows(Stage, map_id=scene.map_id)
    measure_id = doc.add_measure("NPS", "nps", stage_id=stages[1].id, baseline=32, target=50)
    doc.add_measurement(measure_id, date(2025, 1, 10), 45)
    header = scene.stage_items[stages[1].id]
    assert header.measure_badge == "NPS 32 → 45"
    assert scene.stage_items[stages[0].id].measure_badge == ""
    doc.undo_stack.undo()
    assert header.measure_badge == "NPS 32, target 50"
    doc.delete_measure(measure_id)
    assert header.measure_badge == ""
    doc.undo_stack.undo()
    assert header.measure_badge == "NPS 32, target 50"
    # Painted: the badge's pill (the header's soft colour) fills the strip under the name.
    def strip_pixels(parts: list[tuple[str, str]]) -> int:
        header.measure_badges = parts
        rect = header.rect()
        image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        header.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        strip = header.badge_rect()
        fill = header.palette.header_soft
        return sum(1 for x in range(int(strip.left()) + 6, int(strip.left()) + 36)
                   if QColor(image.pixel(x, int(strip.top()) + 1)) == fill)

    assert strip_pixels([("NPS", "32 → 45")]) > 20
    assert strip_pixels([]) == 0


def test_delete_key_deletes_the_measurement_not_the_board_cards(window, qtbot) -> None:
    """In the real window: Ctrl+Shift+K opens the dock; Delete in the measurements table deletes
    the selected measurement (one undo step) and leaves the board's selected cards alone."""
    doc, scene = window.document, window.scene
    stages = doc.rows(Stage, map_id=scene.map_id)
    measure_id = doc.add_measure("NPS", "nps", stage_id=stages[0].id, baseline=30, target=50)
    doc.add_measurement(measure_id, date(2025, 1, 10), 35)
    doc.add_measurement(measure_id, date(2025, 2, 10), 41)
    lanes = doc.rows(Lane, map_id=scene.map_id)
    card = doc.add_card(stages[0].id, lanes[0].id, "note", "Keep me")
    scene.select_cards([card])
    QTest.keySequence(window, QKeySequence(SHORTCUT))
    dock = window.plan.results.dock
    assert dock is not None and dock.isVisible()
    _settle(qtbot)
    panel = dock.panel
    panel.select_measure(measure_id)
    panel.values.setFocus()
    select_row(panel.values, 0)  # newest first: 10 Feb 2025
    steps = doc.undo_stack.count()
    QTest.keyClick(panel.values, Qt.Key.Key_Delete)
    _settle(qtbot)
    assert [m.value for m in doc.rows(Measurement, measure_id=measure_id)] == [35.0]
    assert doc.undo_stack.count() == steps + 1
    assert doc.row(Card, card) is not None  # the board's Delete did not fire


def test_a_closed_results_dock_reads_nothing_on_an_edit(plan_setup, qtbot, monkeypatch) -> None:
    """Every card edit of a 5,000-card board used to re-read the whole board for this dock."""
    doc = plan_setup.document
    plan_setup.plan.results.show_results()
    _settle(qtbot)
    plan_setup.plan.results.dock.hide()
    from cxworkshop.ui.results import panel as panel_module

    reads: list[int] = []
    original = panel_module.measure_series

    def counted(*args, **kwargs):  # what refresh() computes from the file
        reads.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(panel_module, "measure_series", counted)
    card = doc.rows(Card)[0]
    doc.set_card_text(card.id, card.text + " (2)")
    _settle(qtbot)
    assert reads == []  # closed: nothing read
    plan_setup.plan.results.show_results()
    assert reads == [1]  # read once, when it is opened again
