"""One durable edit through WorkshopDocument (undo command included) against the sqlite3 floor.

`python bench/edit_latency.py [COUNT]`: medians over COUNT edits of each, same file, same run.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from floors.sqlite_update import measure as floor  # noqa: E402

from cxworkshop.document import WorkshopDocument, new_demo  # noqa: E402
from cxworkshop.model import Card  # noqa: E402


def measure(path: Path, count: int) -> list[float]:
    doc = WorkshopDocument.open(path)
    card_id = doc.rows(Card)[0].id
    doc.set_card(card_id, emotion=0)  # the session's first backup happens here, not in the timing
    times = []
    for number in range(count):
        start = time.perf_counter()
        # Alternate two cards so successive edits do not merge: every edit is its own undo step.
        doc.set_card_text(card_id + number % 2, f"edit {number}")
        times.append(time.perf_counter() - start)
    doc.close()
    return times


def main(count: int = 1000) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    try:
        template = new_demo(folder / "template.cxw", cards=2000, actions=300)
        ours_file, floor_file = folder / "ours.cxw", folder / "floor.cxw"
        shutil.copyfile(template, ours_file)
        shutil.copyfile(template, floor_file)
        ours = statistics.median(measure(ours_file, count)) * 1000
        bare = statistics.median(floor(str(floor_file), count)) * 1000
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"ours_ms": ours, "floor_ms": bare, "ratio": ours / bare}


if __name__ == "__main__":
    result = main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    print(f"durable edit: {result['ours_ms']:.3f} ms, sqlite3 floor: {result['floor_ms']:.3f} ms, "
          f"ratio {result['ratio']:.2f}x")
