"""The timebox countdown, driven by a fake clock: start, pause, +1 minute, reset, the end."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxworkshop.ui.plan.timer import FLASHES, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_countdown_pause_add_minute_reset_and_end(qtbot, monkeypatch) -> None:
    clock = FakeClock()
    timer = TimerWidget(clock=clock, minutes=5)
    qtbot.addWidget(timer)
    assert timer.digits.text() == "5:00" and not timer.is_running
    timer.start()
    assert timer.is_running and timer.ticker.isActive()
    clock.now += 30.2
    timer.tick()
    assert timer.remaining_seconds() == 270 and timer.digits.text() == "4:30"
    timer.pause()
    clock.now += 100
    timer.tick()
    assert timer.digits.text() == "4:30" and timer.caption.text() == "Paused"
    timer.add_minute()
    assert timer.digits.text() == "5:30"
    timer.start()
    timer.add_minute()  # while running too
    clock.now += 60
    timer.tick()
    assert timer.digits.text() == "5:30"
    timer.reset()
    assert timer.digits.text() == "5:00" and not timer.is_running

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    timer.set_minutes(1)
    assert timer.digits.text() == "1:00"
    timer.sound.setChecked(True)
    timer.start()
    clock.now += 59.5
    timer.tick()
    assert timer.digits.text() == "0:01"  # the last second stays on screen until it is gone
    with qtbot.waitSignal(timer.finished, timeout=1000):
        clock.now += 1
        timer.tick()
    assert timer.is_finished and timer.digits.text() == "0:00"
    assert timer.caption.text() == "Time is up" and beeps == [1]
    assert timer.flasher.isActive() and "#b3261e" in timer.digits.styleSheet()
    for _ in range(FLASHES):
        timer._flash()
    assert not timer.flasher.isActive()  # it stops flashing but stays in the end colours
    assert "#b3261e" in timer.digits.styleSheet()
    timer.add_minute()  # "one more minute, please"
    assert timer.is_running and timer.digits.text() == "1:00" and not timer.is_finished
    timer.reset()
    assert timer.digits.text() == "1:00" and "#111111" in timer.digits.styleSheet()


def test_no_sound_unless_asked(qtbot, monkeypatch) -> None:
    clock = FakeClock()
    timer = TimerWidget(clock=clock, minutes=1)
    qtbot.addWidget(timer)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    timer.start()
    clock.now += 61
    timer.tick()
    assert timer.is_finished and beeps == []
