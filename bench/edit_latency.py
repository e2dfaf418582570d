"""One durable edit through WorkshopDocument (undo command included) against the sqlite3 floor.

`python bench/edit_latency.py [COUNT] [--file FILE.cxw] [--json]`: medians over COUNT edits of
each, on two copies of the same workshop, in the same process. The two run in alternating
blocks so that a noisy neighbour slows both alike.
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

from floors.sqlite_update import FloorEditor  # noqa: E402

BLOCK = 50


class DocumentEditor:
    """The product side: `edit(n)` is one set_card_text through WorkshopDocument."""

    def __init__(self, path: Path) -> None:
        from cxworkshop.document import WorkshopDocument
        from cxworkshop.model.records import Card

        self.doc = WorkshopDocument.open(path)
        self.card_id = self.doc.rows(Card)[0].id
        self.doc.set_card(self.card_id, emotion=0)  # the session's first backup: not timed

    def edit(self, number: int) -> float:
        start = time.perf_counter()
        # Alternate two cards so successive edits do not merge: every edit is its own undo step.
        self.doc.set_card_text(self.card_id + number % 2, f"edit {number}")
        return time.perf_counter() - start

    def close(self) -> None:
        self.doc.close()


def main(count: int = 1000, template: Path | None = None) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="cxbench-edit-"))
    try:
        if template is None:
            from cxworkshop.document import new_demo

            template = new_demo(folder / "template.cxw", cards=2000, actions=300)
        ours_file, floor_file = folder / "ours.cxw", folder / "floor.cxw"
        shutil.copyfile(template, ours_file)
        shutil.copyfile(template, floor_file)
        ours, bare = DocumentEditor(ours_file), FloorEditor(str(floor_file))
        ours_times, floor_times = [], []
        try:
            for first in range(0, count, BLOCK):
                numbers = range(first, min(count, first + BLOCK))
                ours_times += [ours.edit(number) for number in numbers]
                floor_times += [bare.edit(number) for number in numbers]
        finally:
            ours.close()
            bare.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ours_ms = statistics.median(ours_times) * 1000
    floor_ms = statistics.median(floor_times) * 1000
    return {"ours_ms": ours_ms, "floor_ms": floor_ms, "ratio": ours_ms / floor_ms, "count": count}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("--file", type=Path, default=None, help="a workshop to copy (else a demo)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line")
    args = parser.parse_args()
    result = main(args.count, args.file)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"durable edit: {result['ours_ms']:.3f} ms, sqlite3 floor: {result['floor_ms']:.3f} ms,"
              f" ratio {result['ratio']:.2f}x")
