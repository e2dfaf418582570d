"""MeasurementsDialog: one value per measure, typed at a follow-up meeting (Follow-up meeting >
Enter measurements…). The dialog only collects the values; the follow-up records them with its
meeting once the meeting exists, so the meeting and its measurements are one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.model.measures import Series, format_value, parse_value, unit_of


class MeasurementsDialog(QDialog):
    def __init__(self, series: list[Series], values: dict[int, float] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter measurements"))
        self.series = series
        self.fields: dict[int, QLineEdit] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Measure"), self.tr("Latest"), self.tr("Target"),
                                        self.tr("New value"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, one in enumerate(series, start=1):
            m = one.measure
            latest = one.latest
            grid.addWidget(QLabel(self.tr("%1 (%2)").replace("%1", m.name).replace("%2", unit_of(m))),
                           row, 0)
            grid.addWidget(QLabel(format_value(latest.value if latest else None)), row, 1)
            grid.addWidget(QLabel(format_value(m.target)), row, 2)
            field = QLineEdit()
            field.setAccessibleName(self.tr("New value of %1").replace("%1", m.name))
            if values and m.id in values:
                field.setText(format_value(values[m.id]))
            self.fields[m.id] = field
            grid.addWidget(field, row, 3)
        intro = QLabel(self.tr("Type the values measured since the previous meeting; leave a "
                               "field empty when there is nothing new. They are recorded with "
                               "this meeting.") if series else
                       self.tr("No measure yet: add them in Plan > Results."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def set_value(self, measure_id: int, text: str) -> None:
        self.fields[measure_id].setText(text)

    def values(self) -> dict[int, float] | None:
        """measure id -> value typed; None (with the reason shown) if a field is not a number."""
        result: dict[int, float] = {}
        for one in self.series:
            field = self.fields[one.measure.id]
            try:
                value = parse_value(field.text())
            except ValueError:
                self.problem.setText(self.tr("“%1” is not a number: type it as 45, 4.5 or -12.")
                                     .replace("%1", field.text().strip()))
                field.setFocus()
                field.selectAll()
                return None
            if value is not None:
                result[one.measure.id] = value
        return result

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()
