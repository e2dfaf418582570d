"""Board frame times, in one child process: full repaint at fit-to-view, and a card drag.

`python bench/board_frames.py FILE --repeats N` prints one JSON object. The real BoardScene and
BoardView (cxworkshop.board) and the floor scene (floors/scene_floor.py: one QGraphicsRectItem
and one QGraphicsSimpleTextItem per card, same grid, in a plain QGraphicsView) are shown side
by side at the same viewport size and fitted to view; their `viewport().repaint()` calls are
timed alternately, so machine noise falls on both. The drag presses on a card and sends mouse
moves across the board, each frame timed from the move event until the repaint it caused is
done; once at fit-to-view and once at 100% zoom.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from floors.scene_floor import build_floor_scene, read_board  # noqa: E402

VIEW_SIZE = (1920, 1080)
DRAG_STEPS = 60


def _repaint_ms(view) -> float:
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def measure_repaint(ours, floor, repeats: int) -> tuple[list[float], list[float]]:
    for _ in range(5):  # warm caches (glyphs, pens, the overview's batches) on both sides
        _repaint_ms(ours)
        _repaint_ms(floor)
    ours_ms, floor_ms = [], []
    for _ in range(repeats):
        ours_ms.append(_repaint_ms(ours))
        floor_ms.append(_repaint_ms(floor))
    return ours_ms, floor_ms


class _PaintCounter:
    """Counts the viewport's paint events, so a frame that painted nothing is noticed."""

    def __init__(self, viewport) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt naming
                if event.type() == QEvent.Type.Paint:
                    counter.paints += 1
                return False

        self.paints = 0
        self._filter = Filter()
        viewport.installEventFilter(self._filter)


def _mouse(view, kind, pos, buttons) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(pos)
    global_pos = QPointF(view.viewport().mapToGlobal(pos))
    event = QMouseEvent(kind, local, global_pos, Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _wait_for_paint(app, counter: _PaintCounter, before: int, limit_ms: int = 60) -> None:
    """Run the event loop until the viewport has painted (the platform may defer the update)."""
    from PySide6.QtCore import QEventLoop, QTimer

    app.processEvents()
    if counter.paints > before:
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(limit_ms)
    while counter.paints == before and timer.isActive():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def measure_drag(app, view, scene, start_item, end_scene_point) -> dict:
    """Press on `start_item`, move it to `end_scene_point` in DRAG_STEPS frames, release.

    A frame is the main thread's CPU time from the mouse move until the viewport has painted
    what it changed: the offscreen platform (like a real one) defers the paint to its own timer,
    and that idle wait is not work. Wall time per frame is reported alongside.
    """
    from PySide6.QtCore import QEvent, QPoint, Qt

    counter = _PaintCounter(view.viewport())
    begin = view.mapFromScene(start_item.sceneBoundingRect().center())
    end = view.mapFromScene(end_scene_point)
    app.processEvents()
    _mouse(view, QEvent.Type.MouseButtonPress, begin, Qt.MouseButton.LeftButton)
    _wait_for_paint(app, counter, counter.paints)
    cpu, wall, missed = [], [], 0
    for step in range(1, DRAG_STEPS + 1):
        pos = QPoint(round(begin.x() + (end.x() - begin.x()) * step / DRAG_STEPS),
                     round(begin.y() + (end.y() - begin.y()) * step / DRAG_STEPS))
        before = counter.paints
        cpu_start, wall_start = time.thread_time(), time.perf_counter()
        _mouse(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
        _wait_for_paint(app, counter, before)
        cpu.append((time.thread_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
        missed += counter.paints == before
    moved = start_item.pos() != start_item.home
    start = time.perf_counter()
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    app.processEvents()
    drop_ms = (time.perf_counter() - start) * 1000
    return {"p95_ms": percentile(cpu, 0.95), "median_ms": statistics.median(cpu),
            "max_ms": max(cpu), "wall_p95_ms": percentile(wall, 0.95), "frames": len(cpu),
            "frames_without_paint": missed, "card_moved": moved, "drop_ms": drop_ms,
            "zoom": view.transform().m11()}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def _card_under_mouse(view, scene):
    """The top-left-most card that a press at its centre (in view pixels) really hits."""
    visible = view.viewport().rect()
    for item in sorted(scene.cards.values(), key=lambda i: (i.pos().y(), i.pos().x())):
        centre = view.mapFromScene(item.sceneBoundingRect().center())
        if visible.contains(centre) and view.itemAt(centre) is item:
            return item
    raise RuntimeError("no card can be hit at this zoom")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtWidgets import QGraphicsView

    from cxworkshop.ui.headless import ensure_application

    app = ensure_application()
    from cxworkshop.board.scene import BoardScene
    from cxworkshop.board.view import BoardView
    from cxworkshop.document import WorkshopDocument

    folder = Path(tempfile.mkdtemp(prefix="cxbench-frames-"))
    try:
        copy = folder / "frames.cxw"
        shutil.copyfile(args.file, copy)  # the drop at the end of the drag is a real edit
        document = WorkshopDocument.open(copy)
        scene = BoardScene(document)
        ours = BoardView(scene)
        floor_scene = build_floor_scene(read_board(str(copy)))
        floor = QGraphicsView(floor_scene)
        for view in (ours, floor):
            view.resize(*VIEW_SIZE)
            view.show()
        app.processEvents()
        ours.fit()
        floor.fitInView(floor_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        app.processEvents()
        ours_ms, floor_ms = measure_repaint(ours, floor, args.repeats)
        result = {"cards": len(scene.cards), "repaint_ms": statistics.median(ours_ms),
                  "floor_repaint_ms": statistics.median(floor_ms),
                  "fit_zoom": ours.zoom(), "floor_fit_zoom": floor.transform().m11()}
        floor.close()
        grid = scene.layout.grid
        first = _card_under_mouse(ours, scene)
        result["drag_fit"] = measure_drag(app, ours, scene, first,
                                          QPointF(grid.right() - 40, grid.bottom() - 40))
        ours.show_top_left(1.0)
        app.processEvents()
        first = _card_under_mouse(ours, scene)
        target = ours.mapToScene(ours.viewport().rect().bottomRight()) - QPointF(150, 100)
        result["drag_100"] = measure_drag(app, ours, scene, first, target)
        result["drag_p95_ms"] = max(result["drag_fit"]["p95_ms"], result["drag_100"]["p95_ms"])
        ours.close()
        document.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
