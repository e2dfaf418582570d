"""The presentation window: full screen, no chrome, one slide at a time, keys for the room.

Keys (a presenter remote sends Page Up / Page Down):

    Right, Down, Page Down, Space    next slide       Left, Up, Page Up, Backspace   previous
    Home, End                        first, last      1..9 (two digits: 1 then 2)    stage N
    O   overview (again: back)       Z, Enter   the current stage   V  votes    P  action plan
    C   today | tomorrow: the stage on the current and the future map side by side (again: back)
    T   start / pause the timer      L   facilitator lock           Ctrl+Plus/Minus  type size
    Esc leave (F5 comes back to the same slide)

Slides are built from the document for the window's size and rebuilt when the document
changes. The facilitator lock is the board scene's (the session's): L toggles it here and
leaving the presentation keeps it. Every connection to the timer, the voting panel, the
document and the scene is undone when the window closes, so a closed window never hears them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cxworkshop.board.scene import BoardScene
from cxworkshop.document import WorkshopDocument
from cxworkshop.ui.presentation.content import DeckContent, read_deck
from cxworkshop.ui.presentation.deck import ResumePoints, build_deck, find_slide, first_of
from cxworkshop.ui.presentation.footer import FooterState
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.palette import PALETTES, palette
from cxworkshop.ui.presentation.render import paint_slide

DIGIT_WINDOW_MS = 900  # a second digit within this time makes a two-digit stage number


class TimerSource(Protocol):
    """cxworkshop.ui.plan.timer.TimerWidget, as the presentation uses it."""

    remaining_changed: SignalInstance
    finished: SignalInstance
    is_finished: bool
    duration: float

    @property
    def is_running(self) -> bool: ...

    def remaining_seconds(self) -> int: ...

    def toggle(self) -> None: ...


class VotingSource(Protocol):
    """cxworkshop.ui.plan.voting.VotingPanel, as the presentation uses it."""

    tally_changed: SignalInstance
    voting_active_changed: SignalInstance

    @property
    def voting_active(self) -> bool: ...


class SlideCanvas(QWidget):
    """Paints the current slide and its footer; takes the keys."""

    def __init__(self, presenter: PresentationWindow) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Presentation slide"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.presenter.paint(painter)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.presenter.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.presenter.invalidate()


class PresentationWindow(QWidget):
    """Full-screen slides of one journey map; `closed` is emitted when it is left."""

    closed = Signal()
    slide_changed = Signal(int)  # index of the slide shown

    def __init__(self, scene: BoardScene, document: WorkshopDocument | None = None,
                 palette_name: str = "projector_light", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentation"))
        self.scene = scene
        self.document = document or scene.document
        self.map_id = scene.map_id
        self.palette_name = palette_name if palette_name in PALETTES else "projector_light"
        self.palette_ = palette(self.palette_name)
        self.type_scale = 1.0
        self._content: DeckContent | None = None
        self._slides: list[Slide] = []
        self._built_for: tuple[int, int, float] | None = None
        self._index = 0
        self._key: SlideKey | None = ResumePoints.get(self._place())
        self._back_to: SlideKey | None = None  # where O, V, P return to
        self._last_stage: int | None = None
        self._digits = ""
        self._digit_clock = QElapsedTimer()
        self._timer_source: TimerSource | None = None
        self._timer_used = False  # T was pressed here: a paused timer stays in the footer
        self._voting_source: VotingSource | None = None
        self._voting_live = False
        self._links: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self.view = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._link(self.document.changed, self._document_changed)
        self._link(scene.structure_lock_changed, self._lock_changed)

    def _place(self) -> str:
        return f"{self.document.path}#{self.map_id}"

    def set_map(self, map_id: int | None) -> None:
        """Present another journey map (the window's tabs): at the slide last shown of it."""
        if map_id == self.map_id:
            return
        if self._slides:
            ResumePoints.set(self._place(), self.current_slide().key)
        self.map_id = map_id
        self._key, self._back_to, self._last_stage = ResumePoints.get(self._place()), None, None
        self._slides, self._index = [], 0
        self._document_changed()

    def _link(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._links.append((signal, slot))

    def _unlink(self) -> None:
        links, self._links = self._links, []
        for signal, slot in links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # the sender has gone already: nothing left to hear

    # --- showing and leaving -------------------------------------------------------------

    def present(self, screen_name: str = "") -> None:
        """Full screen on the screen called `screen_name` (default: the parent's, or the first)."""
        screens = QGuiApplication.screens()
        screen = next((s for s in screens if s.name() == screen_name and screen_name), None)
        parent = self.parentWidget()
        if screen is None and parent is not None:
            screen = parent.screen()
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        self.close()

    def closeEvent(self, event) -> None:
        if self._slides:
            ResumePoints.set(self._place(), self.current_slide().key)
        self._unlink()
        super().closeEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()  # Esc comes back to the board, ready for F5 again
        self.closed.emit()

    # --- the deck ------------------------------------------------------------------------

    def frame(self) -> SlideFrame:
        size = self.view.size()
        width, height = (size.width(), size.height()) if size.height() > 100 else (1280, 720)
        return SlideFrame(width, height, self.type_scale)

    def invalidate(self) -> None:
        """Lay the slides out again (a resize or type size), keeping the slide shown."""
        self._built_for = None
        self.view.update()

    def _document_changed(self, _changes: object = None) -> None:
        self._content = None
        self.invalidate()

    def _ensure_fresh(self) -> None:
        frame = self.frame()
        wanted = (round(frame.width), round(frame.height), frame.type_scale)
        if self._content is not None and self._built_for == wanted:
            return
        key = self._slides[self._index].key if self._slides else self._key
        if self._content is None:
            self._content = read_deck(self.document, self.map_id)
        self._slides = build_deck(self._content, frame)
        self._built_for = wanted
        found = find_slide(self._slides, key)
        self._index = found if found is not None else min(self._index, len(self._slides) - 1)
        self._remember()

    @property
    def content(self) -> DeckContent:
        self._ensure_fresh()
        assert self._content is not None
        return self._content

    @property
    def slides(self) -> list[Slide]:
        self._ensure_fresh()
        return self._slides

    @property
    def tally(self) -> dict[int, int]:
        """Dots per card in the round on show (the open one, else the latest)."""
        return dict(self.content.tally)

    def slide_count(self) -> int:
        return len(self.slides)

    def current_index(self) -> int:
        self._ensure_fresh()
        return self._index

    def current_slide(self) -> Slide:
        return self.slides[self._index]

    def stage_count(self) -> int:
        return len(self.content.stages)

    def current_stage_index(self) -> int | None:
        """0-based index of the stage on show, or None on the overview, votes and plan."""
        stage_id = self.current_slide().key.stage_id
        ids = [s.id for s in self.content.stages]
        return ids.index(stage_id) if stage_id in ids else None

    def _remember(self) -> None:
        if not self._slides:
            return
        key = self._slides[self._index].key
        self._key = key
        if key.kind == SlideKind.STAGE:
            self._last_stage = key.stage_id
        ResumePoints.set(self._place(), key)

    def go_to(self, index: int) -> None:
        slides = self.slides
        self._index = max(0, min(index, len(slides) - 1))
        self._remember()
        self.view.setAccessibleDescription(self.current_slide().title)
        self.view.update()
        self.slide_changed.emit(self._index)

    def next_slide(self) -> None:
        self.go_to(self.current_index() + 1)

    def previous_slide(self) -> None:
        self.go_to(self.current_index() - 1)

    def go_to_stage(self, index: int) -> None:
        """The first slide of stage `index` (0-based); out of range: nothing happens."""
        stages = self.content.stages
        if 0 <= index < len(stages):
            found = first_of(self.slides, SlideKind.STAGE, stages[index].id)
            if found is not None:
                self.go_to(found)

    def _toggle(self, kind: SlideKind) -> None:
        current = self.current_slide().key
        if current.kind == kind and self._back_to is not None:
            back = find_slide(self.slides, self._back_to)
            self._back_to = None
            self.go_to(back if back is not None else 0)
            return
        found = first_of(self.slides, kind)
        if found is not None:
            if current.kind != kind:
                self._back_to = current
            self.go_to(found)

    def show_overview(self) -> None:
        self._toggle(SlideKind.OVERVIEW)

    def show_votes(self) -> None:
        self._toggle(SlideKind.VOTES)

    def show_plan(self) -> None:
        self._toggle(SlideKind.PLAN)

    def show_compare(self) -> None:
        """C: the side-by-side slide of the stage on show (today | tomorrow), or back."""
        slides = self.slides
        current = self.current_slide().key
        if current.kind == SlideKind.COMPARE:
            self._toggle(SlideKind.COMPARE)
            return
        compare = self.content.compare
        if compare is None:
            return
        stage_id = current.stage_id if current.stage_id is not None else self._last_stage
        pair = next((p for p in compare.pairs if p.holds(stage_id)), None)
        found = first_of(slides, SlideKind.COMPARE, pair.key_stage if pair else None)
        if found is None:
            found = first_of(slides, SlideKind.COMPARE)
        if found is not None:
            self._back_to = current
            self.go_to(found)

    def show_stage(self) -> None:
        """Z: from the overview, votes or plan to the stage last shown (else the first)."""
        if self.current_slide().key.kind == SlideKind.STAGE:
            return
        found = first_of(self.slides, SlideKind.STAGE, self._last_stage)
        if found is None:
            found = first_of(self.slides, SlideKind.STAGE)
        if found is not None:
            self.go_to(found)

    def change_type_size(self, factor: float) -> None:
        self.type_scale = max(0.6, min(2.0, self.type_scale * factor))
        self.invalidate()

    # --- palette, lock, timer, votes -----------------------------------------------------

    def apply_palette(self, name: str) -> None:
        self.palette_name = name if name in PALETTES else "projector_light"
        self.palette_ = palette(self.palette_name)
        self.view.update()

    @property
    def locked(self) -> bool:
        return self.scene.structure_locked

    def set_locked(self, locked: bool) -> None:
        self.scene.set_structure_locked(locked)
        self.view.update()

    def toggle_lock(self) -> None:
        self.set_locked(not self.locked)

    def _lock_changed(self, _locked: bool) -> None:
        self.view.update()

    def attach_timer(self, timer: TimerSource) -> None:
        """The timer (ui.plan.timer.TimerWidget) shows in the footer; T starts and pauses it."""
        self._timer_source = timer
        self._link(timer.remaining_changed, self._timer_changed)
        self._link(timer.finished, self._timer_changed)

    def _timer_changed(self, _seconds: int = 0) -> None:
        self.view.update()

    def toggle_timer(self) -> None:
        if self._timer_source is not None:
            self._timer_used = True
            self._timer_source.toggle()
            self.view.update()

    def timer_text(self) -> str:
        timer = self._timer_source
        if timer is None:
            return ""
        if timer.is_finished:
            return self.tr("Time is up")
        seconds = max(0, timer.remaining_seconds())
        if not (timer.is_running or self._timer_used or seconds < round(timer.duration)):
            return ""  # not started: nothing to show
        minutes, secs = divmod(seconds, 60)
        clock = f"{minutes:02d}:{secs:02d}"
        return (self.tr("Time %1") if timer.is_running else self.tr("Paused %1")).replace(
            "%1", clock)

    def attach_voting(self, panel: VotingSource) -> None:
        """A voting round in the panel: the footer counts the dots as they are placed."""
        self._voting_source = panel
        self._voting_live = panel.voting_active
        self._link(panel.voting_active_changed, self._voting_active_changed)
        self._link(panel.tally_changed, self._tally_changed)

    def _voting_active_changed(self, active: bool) -> None:
        self._voting_live = bool(active)
        self._document_changed()

    def _tally_changed(self, _tally: object) -> None:
        self._document_changed()

    def show_tally(self, tally: dict[int, int] | None) -> None:
        """A round is being voted (a dict) or not (None): the footer says so."""
        self._voting_live = tally is not None
        self._document_changed()

    def tally_text(self) -> str:
        content = self.content
        if not content.tally and not self._voting_live:
            return ""
        text = self.tr("Votes: %1 · voting") if self._voting_live else self.tr("Votes: %1")
        return text.replace("%1", str(content.dots))

    # --- painting ------------------------------------------------------------------------

    def footer_state(self) -> FooterState:
        slide = self.current_slide()
        key = slide.key
        if key.kind == SlideKind.STAGE:
            stage = self.current_stage_index() or 0
            where = self.tr("Stage %1 of %2").replace("%1", str(stage + 1)).replace(
                "%2", str(self.stage_count()))
        elif key.kind == SlideKind.OVERVIEW:
            where = self.tr("Overview")
        else:
            where = slide.title
        timer = self.timer_text()
        return FooterState(
            where=where, position=f"{self._index + 1}/{len(self._slides)}",
            lock=self.tr("Locked") if self.locked else "", timer=timer,
            timer_alert=bool(self._timer_source and self._timer_source.is_finished),
            tally=self.tally_text(),
            hints=self.tr("← → slides · 1-9 stage · O overview · V votes · P plan · "
                          "T timer · L lock · Esc") if self.content.compare is None else
            self.tr("← → slides · 1-9 stage · O overview · C today|tomorrow · V votes · "
                    "P plan · T timer · L lock · Esc"))

    def paint(self, painter: QPainter) -> None:
        self._ensure_fresh()
        paint_slide(painter, self.current_slide(), self.palette_, self.footer_state())

    def slide_texts(self) -> list[str]:
        """What the slide on show says, footer included (accessibility, translation checks)."""
        state = self.footer_state()
        return [*self.current_slide().texts(), state.where, state.lock, state.timer,
                state.tally, state.hints]

    # --- keys ----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        K = Qt.Key
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key == K.Key_Equal):
            self.change_type_size(1.15)
            return True
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.change_type_size(1 / 1.15)
            return True
        if mods & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if K.Key_0 <= key <= K.Key_9:
            self._digit(key - K.Key_0)
            return True
        actions: dict[Qt.Key, Callable[[], None]] = {
            K.Key_Right: self.next_slide, K.Key_Down: self.next_slide,
            K.Key_PageDown: self.next_slide, K.Key_Space: self.next_slide,
            K.Key_Left: self.previous_slide, K.Key_Up: self.previous_slide,
            K.Key_PageUp: self.previous_slide, K.Key_Backspace: self.previous_slide,
            K.Key_Home: lambda: self.go_to(0), K.Key_End: lambda: self.go_to(len(self.slides) - 1),
            K.Key_O: self.show_overview, K.Key_Z: self.show_stage, K.Key_Return: self.show_stage,
            K.Key_Enter: self.show_stage, K.Key_V: self.show_votes, K.Key_P: self.show_plan,
            K.Key_C: self.show_compare,
            K.Key_T: self.toggle_timer, K.Key_L: self.toggle_lock, K.Key_Escape: self.leave,
        }
        action = actions.get(K(key)) if key in {k.value for k in actions} else None
        if action is None:
            return False
        action()
        return True

    def _digit(self, digit: int) -> None:
        recent = self._digit_clock.isValid() and self._digit_clock.elapsed() < DIGIT_WINDOW_MS
        combined = f"{self._digits}{digit}" if recent else str(digit)
        if recent and int(combined) > self.stage_count():
            combined = str(digit)  # "2" then "9" with 7 stages: stage 9 does not exist
        self._digits = combined
        self._digit_clock.start()
        self.go_to_stage(int(combined) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Presentation"))
            self._document_changed()
        super().changeEvent(event)
