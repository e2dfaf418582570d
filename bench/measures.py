"""The measurements behind each budget row; every one runs CX Workshop and its floor in children.

Runs of the product and of its floor alternate (product, floor, product, floor, ...) after one
untimed warm-up of each, so a noisy neighbour on a shared machine slows both sides alike; each
figure is a median, and each verdict a ratio of medians taken in the same run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from common import APP, BENCH, FLOORS, PYTHON, ChildRun, median, print_progress, run_child, run_json
from report import Row


@dataclass(frozen=True)
class Context:
    env: dict[str, str]
    folder: Path  # scratch space of this run
    small: Path  # the 300-card workshop
    large: Path  # the 2,000-card, 300-action workshop
    quick: bool

    def repeats(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def _alternate(ours: list[str], floor: list[str], ctx: Context, repeats: int,
               timeout: float = 300.0) -> tuple[list[ChildRun], list[ChildRun]]:
    run_child(ours, ctx.env, timeout)  # warm-up: bytecode, page cache, font cache
    run_child(floor, ctx.env, timeout)
    ours_runs, floor_runs = [], []
    for _ in range(repeats):
        ours_runs.append(run_child(ours, ctx.env, timeout))
        floor_runs.append(run_child(floor, ctx.env, timeout))
    return ours_runs, floor_runs


def cold_start(ctx: Context) -> list[Row]:
    """`cxworkshop screenshot` (process start to PNG written) against the bare scene floor."""
    repeats = ctx.repeats(7, 3)
    rows = []
    for cards, path in ((300, ctx.small), (2000, ctx.large)):
        print_progress(f"cold start, {cards} cards, {repeats} runs of each")
        out_ours, out_floor = ctx.folder / f"ours-{cards}.png", ctx.folder / f"floor-{cards}.png"
        ours, floor = _alternate(
            [*APP, "screenshot", str(path), str(out_ours), "--size", "1920x1080"],
            [PYTHON, str(FLOORS / "scene_floor.py"), str(path), str(out_floor),
             "--size", "1920x1080"], ctx, repeats)
        details = {"runs": repeats, "ours_s": [r.seconds for r in ours],
                   "floor_s": [r.seconds for r in floor]}
        rows.append(Row(f"cold start to a painted board, {cards:,} cards", "s",
                        median(details["ours_s"]), median(details["floor_s"]), max_ratio=2.5,
                        details=details))
        if cards == 2000:
            rss = {"ours_mib": [r.peak_rss_mib for r in ours],
                   "floor_mib": [r.peak_rss_mib for r in floor]}
            rows.append(Row("peak RSS, 2,000-card board", "MiB", median(rss["ours_mib"]),
                            median(rss["floor_mib"]), max_ratio=2.0, details=rss))
    return rows


def edit_latency(ctx: Context) -> list[Row]:
    """One durable edit through WorkshopDocument, undo command included (median of 1,000)."""
    count, repeats = ctx.repeats(1000, 300), ctx.repeats(3, 1)
    print_progress(f"durable edit, {repeats} x {count} edits of each")
    results = [run_json([PYTHON, str(BENCH / "edit_latency.py"), str(count), "--file",
                         str(ctx.large), "--json"], ctx.env) for _ in range(repeats)]
    ours = median([r["ours_ms"] for r in results])
    floor = median([r["floor_ms"] for r in results])
    return [Row(f"one durable edit + undo command (median of {count:,})", "ms", ours, floor,
                max_ratio=50.0, details={"runs": results})]


def board_frames(ctx: Context) -> list[Row]:
    """Full repaint at fit-to-view against the floor scene's, and a card drag's frame times."""
    repeats = ctx.repeats(3, 1)
    print_progress(f"repaint and drag, {repeats} children")
    results = [run_json([PYTHON, str(BENCH / "board_frames.py"), str(ctx.large), "--repeats",
                         str(ctx.repeats(60, 30))], ctx.env) for _ in range(repeats)]
    repaint = median([r["repaint_ms"] for r in results])
    floor = median([r["floor_repaint_ms"] for r in results])
    drag = median([r["drag_p95_ms"] for r in results])
    return [Row("full repaint, 2,000-card board at fit-to-view", "ms", repaint, floor,
                max_ratio=2.0, max_value=16.0, details={"runs": results}),
            Row("drag one card across the 2,000-card board, frame p95", "ms", drag,
                max_value=16.0, details={"runs": [{k: r[k] for k in ("drag_fit", "drag_100")}
                                                  for r in results]})]


def export_pdf(ctx: Context) -> list[Row]:
    """`cxworkshop export --pdf` of the 2,000-card, 300-action workshop against bare reportlab."""
    repeats = ctx.repeats(5, 2)
    print_progress(f"export --pdf, {repeats} runs of each")
    ours, floor = _alternate(
        [*APP, "export", str(ctx.large), "--pdf", str(ctx.folder / "ours.pdf")],
        [PYTHON, str(FLOORS / "pdf_floor.py"), str(ctx.large), str(ctx.folder / "floor.pdf")],
        ctx, repeats)
    details = {"runs": repeats, "ours_s": [r.seconds for r in ours],
               "floor_s": [r.seconds for r in floor],
               "ours_peak_rss_mib": median([r.peak_rss_mib for r in ours])}
    return [Row("export --pdf, 2,000 cards + 300 actions", "s", median(details["ours_s"]),
                median(details["floor_s"]), max_ratio=3.0, details=details)]


def edit_memory(ctx: Context) -> list[Row]:
    """RSS growth over a long session, measured from the 1,000th edit to the last."""
    edits = ctx.repeats(10_000, 3_000)
    print_progress(f"{edits:,} edits in one session")
    result = run_json([PYTHON, str(BENCH / "edit_memory.py"), str(ctx.large), "--edits",
                       str(edits), "--no-scene"], ctx.env, timeout=900)
    return [Row(f"{edits:,} edits in one session: RSS growth after the first 1,000", "%",
                result["growth"] * 100, max_value=10.0, details=result)]


ALL = (cold_start, edit_latency, board_frames, export_pdf, edit_memory)
