"""The timebox countdown: big digits readable from the back of the room, start / pause /
+1 minute / reset, and an end signal that is seen (the face flashes) and optionally heard.

Time is read from an injectable clock (time.monotonic by default), never counted in ticks,
so a busy event loop cannot make the timer drift and tests can drive it with a fake clock.
The timer is not part of the workshop file: it changes nothing, so there is nothing to undo.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

TICK_MS = 200
FLASH_MS = 500
FLASHES = 12  # six seconds of flashing, then it stays in the "time is up" colours


class _Digits(QLabel):
    """The big numbers: their font follows the label's size, as on a kitchen timer."""

    def __init__(self) -> None:
        super().__init__()
        # An explicit minimum keeps the growing font from pushing the layout ever larger.
        self.setMinimumSize(60, 40)

    def sizeHint(self) -> QSize:
        return QSize(360, 160)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        # "00:00" is about three em wide in a bold sans; leave a margin on every side.
        font.setPixelSize(max(16, min(int(self.height() * 0.7), int(self.width() / 3.4))))
        self.setFont(font)


class TimerWidget(QWidget):
    finished = Signal()  # the countdown reached zero
    remaining_changed = Signal(int)  # whole seconds left, when the shown number changes

    def __init__(self, clock: Callable[[], float] = time.monotonic, minutes: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.duration = float(minutes * 60)
        self._remaining = self.duration  # while paused
        self._ends_at: float | None = None  # while running
        self._flashes_left = 0
        self._shown = -1
        self.is_finished = False
        self.flash_on = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.flasher = QTimer(self)
        self.flasher.setInterval(FLASH_MS)
        self.flasher.timeout.connect(self._flash)

        self.digits = _Digits()
        self.digits.setObjectName("timer-digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.digits.setAutoFillBackground(True)
        self.digits.setAccessibleName(self.tr("Time left"))
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_font = self.caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 1.4)
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timebox length in minutes"))
        self.minutes.valueChanged.connect(self._duration_edited)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.toggle)
        self.add_button = QPushButton(self.tr("+1 min"))
        self.add_button.setToolTip(self.tr("Add a minute"))
        self.add_button.clicked.connect(self.add_minute)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.sound = QCheckBox(self.tr("Sound at the end"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.minutes)
        for widget in (self.start_button, self.add_button, self.reset_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.setMinimumSize(320, 200)
        self._render()

    # --- our API -----------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._ends_at is not None

    def remaining(self) -> float:
        if self._ends_at is None:
            return self._remaining
        return max(0.0, self._ends_at - self.clock())

    def remaining_seconds(self) -> int:
        # Rounded up: "0:01" stays on screen until the very last second has gone.
        return math.ceil(self.remaining() - 1e-9)

    def set_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)

    def start(self) -> None:
        if self.is_running:
            return
        if self.is_finished or self._remaining <= 0:
            self.reset()
        self._ends_at = self.clock() + self._remaining
        self.ticker.start()
        self._render()

    def pause(self) -> None:
        if not self.is_running:
            return
        self._remaining = self.remaining()
        self._ends_at = None
        self.ticker.stop()
        self._render()

    def toggle(self) -> None:
        if self.is_running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        """One more minute, also after the end: the room asked for it, the clock runs again."""
        if self.is_finished:
            self._stop_signal()
            self.is_finished = False
            self._remaining = 60.0
            self.start()
            return
        if self._ends_at is not None:
            self._ends_at += 60
        else:
            self._remaining += 60
        self._render()

    def reset(self) -> None:
        self.ticker.stop()
        self._stop_signal()
        self.is_finished = False
        self._ends_at = None
        self._remaining = self.duration
        self._render()

    def tick(self) -> None:
        """Read the clock and update the face; the QTimer calls it, tests may too."""
        if self.is_running and self.remaining() <= 0:
            self._finish()
        self._render()

    # --- inside ------------------------------------------------------------------------

    def _duration_edited(self, minutes: int) -> None:
        self.duration = float(minutes * 60)
        if not self.is_running and not self.is_finished:
            self._remaining = self.duration
            self._render()

    def _finish(self) -> None:
        self.ticker.stop()
        self._ends_at = None
        self._remaining = 0.0
        self.is_finished = True
        self._flashes_left = FLASHES
        self.flash_on = True
        self.flasher.start()
        if self.sound.isChecked():
            QApplication.beep()
        self.finished.emit()

    def _flash(self) -> None:
        self._flashes_left -= 1
        self.flash_on = not self.flash_on if self._flashes_left > 0 else True
        if self._flashes_left <= 0:
            self.flasher.stop()
        self._render()

    def _stop_signal(self) -> None:
        self.flasher.stop()
        self.flash_on = False
        self._flashes_left = 0

    def _render(self) -> None:
        seconds = self.remaining_seconds()
        minutes, rest = divmod(seconds, 60)
        self.digits.setText(f"{minutes}:{rest:02d}")
        if seconds != self._shown:
            self._shown = seconds
            self.remaining_changed.emit(seconds)
        if self.is_finished:
            self.caption.setText(self.tr("Time is up"))
        elif self.is_running:
            self.caption.setText(self.tr("Running"))
        else:
            self.caption.setText(self.tr("Paused") if self._remaining < self.duration
                                 else self.tr("Ready"))
        self.start_button.setText(self.tr("Pause") if self.is_running else self.tr("Start"))
        # Dark on light while counting; inverted (and flashing) when time is up, so the end is
        # seen from the back of the room even with the sound off.
        if self.is_finished and self.flash_on:
            style = "background:#b3261e; color:#ffffff;"
        elif self.is_finished:
            style = "background:#ffffff; color:#b3261e;"
        else:
            style = "background:#111111; color:#ffffff;"
        self.digits.setStyleSheet(f"QLabel#timer-digits {{{style} border-radius:6px;}}")


class TimerDock(QDockWidget):
    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Timer"), parent)
        self.setObjectName("plan-timer")
        self.timer = TimerWidget(clock)
        self.setWidget(self.timer)
