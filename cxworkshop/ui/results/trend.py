"""TrendChart: one measure's values by date, drawn with QPainter (PySide6-Essentials has no
QtCharts): the baseline and the target as dashed lines, a point per measurement placed by its
date, a line through them, and the latest value written next to its point.

The geometry is computed apart from painting (`chart_geometry()`), so a test can check where every
point goes, and the painting reads the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxworkshop.model.measures import Series, format_value, value_range
from cxworkshop.ui.plan import texts

LINE = QColor("#1f5f9f")
BASELINE = QColor("#6b6b6b")
TARGET = QColor("#1b7a3d")
GRID = QColor("#d9d9d9")
POINT_RADIUS = 4.5


@dataclass
class ChartGeometry:
    """Where everything goes in widget coordinates; empty when there is nothing to draw."""

    plot: QRectF = field(default_factory=QRectF)
    points: list[QPointF] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)
    baseline_y: float | None = None
    target_y: float | None = None
    low: float = 0.0
    high: float = 1.0

    def y_of(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.plot.bottom() - (value - self.low) / span * self.plot.height()


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series | None = None
        self.lang: str | None = None
        self.setMinimumSize(200, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Trend of the measure"))

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_series(self, series: Series | None) -> None:
        self.series = series
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        s = self.series
        if s is None:
            return self.tr("No measure selected.")
        latest = s.latest
        return (self.tr("Baseline %1, latest %2, target %3; measurements: %4.")
                .replace("%1", format_value(s.measure.baseline))
                .replace("%2", format_value(latest.value if latest else None))
                .replace("%3", format_value(s.measure.target))
                .replace("%4", str(len(s.points))))

    # --- geometry ---------------------------------------------------------------------

    def geometry_in(self, rect: QRectF) -> ChartGeometry:
        s = self.series
        if s is None:
            return ChartGeometry()
        values = [p.value for p in s.points]
        lines = [v for v in (s.measure.baseline, s.measure.target) if v is not None]
        if not values and not lines:
            return ChartGeometry()
        low, high = value_range(values + lines)
        # The dashed lines say their values at the right: room for those, and for the dates.
        plot = rect.adjusted(14, 14, -96, -26)
        geo = ChartGeometry(plot=plot, values=values, dates=[p.taken_on for p in s.points],
                            low=low, high=high)
        if s.measure.baseline is not None:
            geo.baseline_y = geo.y_of(s.measure.baseline)
        if s.measure.target is not None:
            geo.target_y = geo.y_of(s.measure.target)
        if geo.dates:
            first, last = geo.dates[0], geo.dates[-1]
            days = (last - first).days
            for day, value in zip(geo.dates, values, strict=True):
                share = (day - first).days / days if days else 0.5
                geo.points.append(QPointF(plot.left() + share * plot.width(), geo.y_of(value)))
        return geo

    def chart_geometry(self) -> ChartGeometry:
        return self.geometry_in(QRectF(self.rect()))

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        geo = self.chart_geometry()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        p.setFont(small)
        if geo.plot.isEmpty():
            p.setPen(BASELINE)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.describe()
                       if self.series is None else self.tr("No values yet: enter a baseline, a "
                                                           "target or a measurement."))
            p.end()
            return
        plot = geo.plot
        p.setPen(QPen(GRID, 1))
        p.drawRect(plot)
        m = self.series.measure if self.series is not None else None
        if m is not None:
            self._dashed(p, geo, geo.baseline_y, BASELINE, self.tr("Baseline %1")
                         .replace("%1", format_value(m.baseline)))
            self._dashed(p, geo, geo.target_y, TARGET, self.tr("Target %1")
                         .replace("%1", format_value(m.target)))
        if geo.points:
            p.setPen(QPen(LINE, 2.2))
            for a, b in zip(geo.points, geo.points[1:], strict=False):
                p.drawLine(a, b)
            p.setBrush(LINE)
            for point in geo.points:
                p.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)
            last = geo.points[-1]
            bold = QFont(small)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(LINE)
            label = format_value(geo.values[-1])
            p.drawText(QRectF(last.x() + 7, last.y() - 20, 64, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            p.setFont(small)
            p.setPen(BASELINE)
            bottom = QRectF(plot.left() - 30, plot.bottom() + 4, plot.width() + 60, 18)
            p.drawText(bottom.adjusted(30, 0, 0, 0), Qt.AlignmentFlag.AlignLeft,
                       texts.short_date(geo.dates[0]))
            if len(geo.dates) > 1:
                p.drawText(bottom, Qt.AlignmentFlag.AlignRight, texts.short_date(geo.dates[-1]))
        p.end()

    @staticmethod
    def _dashed(p: QPainter, geo: ChartGeometry, y: float | None, colour: QColor, word: str) -> None:
        if y is None:
            return
        pen = QPen(colour, 1.6, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(geo.plot.left(), y), QPointF(geo.plot.right(), y))
        p.drawText(QRectF(geo.plot.right() + 4, y - 8, 92, 16),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
