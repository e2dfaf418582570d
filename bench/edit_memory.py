"""Memory over a long session: RSS while N edits go through WorkshopDocument with the board open.

`python bench/edit_memory.py FILE --edits N` copies FILE, opens it as the window would (the
document plus a BoardScene listening to its changes), applies N edits of the kinds a workshop
makes (card text, emotion and colour, moves within a cell), every one its own undo step, and
prints one JSON line: the RSS after the first 1,000 edits (the baseline), at the end, the growth
between them, and what the undo stack holds by then (commands and bytes of stored undo SQL), so
a growth can be explained rather than guessed at.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BASELINE_EDITS = 1000


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _undo_bytes(stack) -> tuple[int, int]:
    """(row changes, bytes) of undo data kept by the stack's commands.

    Counts lists of RowChange (their inverse SQL) and packed blobs (their length) alike, so
    the figure stays comparable if cxworkshop.document.commands changes how it stores them.
    """
    rows = size = 0
    for index in range(stack.count()):
        command = stack.command(index)
        for name in ("_forward", "_backward", "_undo", "_redo"):
            value = getattr(command, name, None)
            if isinstance(value, bytes):
                size += len(value)
            elif isinstance(value, list):
                rows += len(value)
                size += sum(len(repr(change.values)) for change in value)
    return rows, size


def run(path: Path, edits: int, with_scene: bool) -> dict:
    from cxworkshop.ui.headless import ensure_application

    app = ensure_application()
    from cxworkshop.document import WorkshopDocument
    from cxworkshop.model.records import Card

    document = WorkshopDocument.open(path)
    scene = None
    if with_scene:
        from cxworkshop.board.scene import BoardScene

        scene = BoardScene(document)
    cards = document.rows(Card)
    cells: dict[tuple[int, int], list[int]] = {}
    for card in cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card.id)
    movable = [(cell, ids) for cell, ids in cells.items() if len(ids) > 1]
    samples: list[tuple[int, float]] = []
    baseline = None
    start = time.perf_counter()
    for number in range(edits):
        card = cards[(number * 7) % len(cards)]
        kind = number % 10
        if kind < 7:
            document.set_card_text(card.id, f"{card.text[:40]} · edit {number}")
        elif kind < 9:
            document.set_card(card.id, colour=("#ffe08a", "#c8f0d0", None)[number % 3])
        else:
            (stage_id, lane_id), ids = movable[number % len(movable)]
            document.move_cards([ids[number % len(ids)]], stage_id, lane_id, 0)
        app.processEvents()
        done = number + 1
        if done in (BASELINE_EDITS, edits) or done % 1000 == 0:
            gc.collect()
            samples.append((done, rss_mib()))
            if done == BASELINE_EDITS:
                baseline = samples[-1][1]
    seconds = time.perf_counter() - start
    gc.collect()
    final = rss_mib()
    undo_rows, undo_bytes = _undo_bytes(document.undo_stack)
    result = {"edits": edits, "with_scene": scene is not None, "seconds": seconds,
              "baseline_mib": baseline, "final_mib": final,
              "growth": (final - baseline) / baseline if baseline else None,
              "samples": samples, "undo_commands": document.undo_stack.count(),
              "undo_rows": undo_rows, "undo_sql_bytes": undo_bytes}
    document.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--no-scene", action="store_true", help="the document alone")
    args = parser.parse_args(argv)
    if args.edits <= BASELINE_EDITS:
        parser.error(f"--edits must be above {BASELINE_EDITS}, the baseline")
    folder = Path(tempfile.mkdtemp(prefix="cxbench-memory-"))
    try:
        copy = folder / "memory.cxw"
        shutil.copyfile(args.file, copy)
        result = run(copy, args.edits, not args.no_scene)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
