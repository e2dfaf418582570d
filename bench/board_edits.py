"""Everyday edits on a big board, in one child process: each timed until the board has painted it.

`python bench/board_edits.py FILE --what WHAT [--repeats N]` prints one JSON object.

- `edit`: the real window (MainWindow: board, plan panels, inspector) on FILE at fit-to-view;
  one card's text is changed through the board's own typed call (scene.attempt(...)), and the
  frame is the main thread's CPU time from the call until the viewport has painted it.
- `first-edit`: the same, for the first edit of the session, once the window has painted
  (run it in a fresh child per sample).
- `drop`: one card dragged with the mouse into another cell at fit-to-view; the frame is
  the button's release until the board has painted the move (one durable edit).
- `delete`: 50 cards spread over the board deleted in one edit (one undo step) through a
  WorkshopDocument, against the floor: a bare sqlite3 DELETE of the same rows on a copy, with
  the same pragmas and the same undo-log triggers, committed (floors/sqlite_delete.py); and
  the same edit in the window, until the board has painted it.
- `first-structure-edit`: the first edit of a session that goes through the ORM (a lane
  renamed), once the window has painted and the ORM warm-up that the window starts after its
  first paint has finished (cxworkshop.app.warm_up_after_first_paint); the card edit that
  takes the session's backup comes first, untimed. `--no-warm-up` shows the cost without it.
- `typing`: the in-place editor open on a card; every key press and every save on a typing
  pause is a frame, timed from the key event until the viewport has painted it.

The frame clock is the one of board_frames.py: CPU time of the main thread, so that the idle
wait for the platform's paint timer (and neighbours on a shared machine) is not counted.
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

from board_frames import _mouse, _PaintCounter, _wait_for_paint, percentile  # noqa: E402

VIEW_SIZE = (1920, 1080)


def _window(path: Path):
    from cxworkshop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*VIEW_SIZE)
    if not window.open_path(path):
        raise SystemExit(f"cannot open {path}")
    window.show()
    return window


def _settle(app, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _frame(app, counter: _PaintCounter, action) -> float:
    """CPU ms of the main thread from `action()` until the viewport has painted."""
    before = counter.paints
    start = time.thread_time()
    action()
    _wait_for_paint(app, counter, before, limit_ms=200)
    return (time.thread_time() - start) * 1000


def _visible_cards(window) -> list:
    view, scene = window.view, window.scene
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return [i for i in scene.cards.values() if shown.contains(i.sceneBoundingRect())]


def _set_text(scene, card_id: int, text: str):
    return lambda: scene.attempt(scene.document.set_card_text, card_id, text)


def measure_edit(app, window, repeats: int) -> dict:
    scene = window.scene
    counter = _PaintCounter(window.view.viewport())
    cards = _visible_cards(window)
    times = []
    for number in range(repeats):
        item = cards[(number * 37) % len(cards)]
        # Same length, new words: the card keeps its height, as most edits do.
        text = item.data_.text[:-3] + f"{number % 1000:03d}"
        times.append(_frame(app, counter, _set_text(scene, item.card_id, text)))
    return {"p95_ms": percentile(times, 0.95), "median_ms": statistics.median(times),
            "max_ms": max(times), "edits": len(times), "cards": len(scene.cards)}


def measure_first_edit(app, window) -> dict:
    scene = window.scene
    counter = _PaintCounter(window.view.viewport())
    item = _visible_cards(window)[0]
    wall = time.perf_counter()
    cpu = _frame(app, counter, _set_text(scene, item.card_id, item.data_.text + " !"))
    return {"first_edit_ms": cpu, "wall_ms": (time.perf_counter() - wall) * 1000,
            "orm_loaded": "sqlalchemy" in sys.modules, "cards": len(scene.cards)}


def measure_first_structure_edit(app, window, warmed: bool) -> dict:
    from cxworkshop.document.warm_up import warm_up_orm

    scene = window.scene
    wait = time.perf_counter()
    if warmed:
        warm_up_orm().join()  # started by the window's first paint; normally done long before
    waited_ms = (time.perf_counter() - wait) * 1000
    loaded = "sqlalchemy" in sys.modules
    scene.attempt(scene.document.set_card, next(iter(scene.cards)), colour=None)  # the backup
    _settle(app)
    counter = _PaintCounter(window.view.viewport())
    lane_id = scene.layout.lane_ids[0]
    name = scene.lanes[lane_id].name + " !"
    wall = time.perf_counter()
    cpu = _frame(app, counter, lambda: scene.change_structure(scene.document.set_lane, lane_id, name=name))
    assert scene.lanes[lane_id].name == name
    return {"first_structure_edit_ms": cpu, "wall_ms": (time.perf_counter() - wall) * 1000,
            "warm_up": warmed, "orm_loaded_before": loaded, "joined_ms": waited_ms,
            "cards": len(scene.cards)}


def measure_drop(app, window, repeats: int) -> dict:
    """Drag one card into another cell with the mouse; the frame is the release until painted."""
    from PySide6.QtCore import QEvent, Qt

    scene, view = window.scene, window.view
    counter = _PaintCounter(view.viewport())
    layout = scene.layout
    times, moved = [], 0
    for number in range(repeats):
        # At fit-to-view a card is a few pixels: press where one is, and drag whichever it is.
        shown = _visible_cards(window)
        begin = view.mapFromScene(shown[number * 97 % len(shown)].sceneBoundingRect().center())
        item = scene.card_at(view.mapToScene(begin))
        if item is None:
            continue
        target = (layout.stage_ids[(number * 3 + 1) % len(layout.stage_ids)],
                  layout.lane_ids[(number * 5 + 2) % len(layout.lane_ids)])
        end = view.mapFromScene(layout.cell_rect(*target).center())
        _mouse(view, QEvent.Type.MouseButtonPress, begin, Qt.MouseButton.LeftButton)
        for step in range(1, 6):
            _mouse(view, QEvent.Type.MouseMove, begin + (end - begin) * step / 5, Qt.MouseButton.LeftButton)
            app.processEvents()
        dragged = scene.dragging_cards()  # the card under that pixel, maybe not `item`
        times.append(_frame(app, counter, lambda end=end: _mouse(
            view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)))
        moved += bool(dragged) and all(i.cell == target for i in dragged)
        _settle(app, 0.05)
    return {"p95_ms": percentile(times, 0.95), "median_ms": statistics.median(times),
            "max_ms": max(times), "drops": len(times), "moved": moved, "cards": len(scene.cards)}


def measure_delete(app, window, path: Path, repeats: int) -> dict:
    """50 cards in one edit, three ways on copies in the same state: through a WorkshopDocument
    alone (durable, with its undo command: the budget row), the bare sqlite3 floor, and in the
    window until the board has painted it (reported beside it)."""
    from floors.sqlite_delete import delete_rows

    from cxworkshop.document import WorkshopDocument

    scene = window.scene
    counter = _PaintCounter(window.view.viewport())
    document_ms, floor_ms, board_ms = [], [], []
    for number in range(repeats):
        ids = sorted(scene.cards)[number::max(1, len(scene.cards) // 50)][:50]
        floor_copy, ours_copy = path.with_name(f"floor-{number}.cxw"), path.with_name(f"ours-{number}.cxw")
        shutil.copyfile(path, floor_copy)
        shutil.copyfile(path, ours_copy)
        floor_ms.append(delete_rows(floor_copy, ids) * 1000)
        document = WorkshopDocument.open(ours_copy)
        document.set_card(ids[-1], colour=None)  # the session's first backup: not timed
        start = time.perf_counter()
        document.delete_cards(ids)
        document_ms.append((time.perf_counter() - start) * 1000)
        document.close()
        board_ms.append(_frame(app, counter, lambda ids=ids: scene.attempt(scene.document.delete_cards, ids)))
        for copy in (floor_copy, ours_copy):
            copy.unlink()
        assert not set(ids) & set(scene.cards)
    return {"ours_ms": statistics.median(document_ms), "floor_ms": statistics.median(floor_ms),
            "board_ms": statistics.median(board_ms), "runs_ours_ms": document_ms,
            "runs_floor_ms": floor_ms, "runs_board_ms": board_ms, "cards": len(scene.cards)}


def measure_typing(app, window, words: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from cxworkshop.board.editor import LIVE_DELAY_MS

    scene, view = window.scene, window.view
    counter = _PaintCounter(view.viewport())
    item = _visible_cards(window)[len(_visible_cards(window)) // 2]
    view.show_top_left(1.0)
    view.centerOn(item)
    _settle(app)
    scene.start_edit_card(item)
    _settle(app)
    keys, saves = [], []
    for word in range(words):
        for char in f" word{word}":
            keys.append(_frame(app, counter, lambda c=char: QTest.keyClick(view.viewport(), c)))
        # A pause in typing: the editor saves the text so far (one durable edit).
        time.sleep(LIVE_DELAY_MS / 1000 + 0.05)
        before = counter.paints
        start = time.thread_time()
        _wait_for_paint(app, counter, before, limit_ms=300)
        saves.append((time.thread_time() - start) * 1000)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    _settle(app)
    frames = keys + saves
    return {"max_ms": max(frames), "p95_ms": percentile(frames, 0.95),
            "key_median_ms": statistics.median(keys), "save_max_ms": max(saves),
            "frames": len(frames), "saved": scene.cards[item.card_id].data_.text.endswith(f"word{words - 1}"),
            "cards": len(scene.cards)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--what", choices=("edit", "first-edit", "first-structure-edit", "drop",
                                           "delete", "typing"), required=True)
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--no-warm-up", action="store_true",
                        help="first-structure-edit: without the ORM warm-up after the first paint")
    args = parser.parse_args(argv)

    from cxworkshop.ui.headless import ensure_application

    app = ensure_application()
    folder = Path(tempfile.mkdtemp(prefix="cxbench-edits-"))
    try:
        copy = folder / "edits.cxw"
        shutil.copyfile(args.file, copy)
        window = _window(copy)
        if args.what == "first-structure-edit" and not args.no_warm_up:
            from cxworkshop.app import warm_up_after_first_paint

            warm_up_after_first_paint(window)  # as the window's entry point does
        _settle(app, 0.5)
        window.view.fit()
        _settle(app, 0.5)
        if args.what == "first-edit":
            result = measure_first_edit(app, window)
        elif args.what == "first-structure-edit":
            result = measure_first_structure_edit(app, window, not args.no_warm_up)
        else:
            window.scene.attempt(window.scene.document.set_card, next(iter(window.scene.cards)),
                                 colour=None)  # the session's first backup: not timed
            _settle(app)
            if args.what == "edit":
                result = measure_edit(app, window, args.repeats)
            elif args.what == "drop":
                result = measure_drop(app, window, args.repeats)
            elif args.what == "delete":
                result = measure_delete(app, window, copy, args.repeats)
            else:
                result = measure_typing(app, window, args.repeats)
        window.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
