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
    big: Path | None = None  # the 5,000-card, 300-action workshop (the interactive budgets)
    huge: Path | None = None  # the 10,000-card, 2,000-action workshop

    def boards(self) -> list[tuple[int, Path]]:
        """Every workload by its number of cards, for the growth table."""
        return [(300, self.small), (2000, self.large),
                *((n, path) for n, path in ((5000, self.big), (10000, self.huge)) if path)]

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
    repeats = ctx.repeats(5, 2)
    rows = []
    for cards, path in ((300, ctx.small), (2000, ctx.large), (10000, ctx.huge)):
        if path is None:
            continue
        print_progress(f"cold start, {cards} cards, {repeats} runs of each")
        out_ours, out_floor = ctx.folder / f"ours-{cards}.png", ctx.folder / f"floor-{cards}.png"
        ours, floor = _alternate(
            [*APP, "screenshot", str(path), str(out_ours), "--size", "1920x1080"],
            [PYTHON, str(FLOORS / "scene_floor.py"), str(path), str(out_floor),
             "--size", "1920x1080"], ctx, repeats)
        details = {"runs": repeats, "ours_s": [r.seconds for r in ours],
                   "floor_s": [r.seconds for r in floor]}
        rows.append(Row(f"cold start to a painted board, {cards:,} cards", "s",
                        median(details["ours_s"]), median(details["floor_s"]),
                        max_ratio=1.5 if cards == 10000 else 2.5, details=details))
        if cards >= 2000:
            rss = {"ours_mib": [r.peak_rss_mib for r in ours],
                   "floor_mib": [r.peak_rss_mib for r in floor]}
            rows.append(Row(f"peak RSS, {cards:,}-card board", "MiB", median(rss["ours_mib"]),
                            median(rss["floor_mib"]), max_ratio=1.5 if cards == 10000 else 2.0,
                            details=rss))
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


def _frames(ctx: Context, path: Path, repeats: int) -> list[dict]:
    return [run_json([PYTHON, str(BENCH / "board_frames.py"), str(path), "--repeats",
                      str(ctx.repeats(60, 30))], ctx.env) for _ in range(repeats)]


def board_frames(ctx: Context) -> list[Row]:
    """Full repaint at fit-to-view against the floor scene's, and a card drag's frame times."""
    repeats = ctx.repeats(3, 1)
    print_progress(f"repaint and drag, {repeats} children")
    results = _frames(ctx, ctx.large, repeats)
    repaint = median([r["repaint_ms"] for r in results])
    floor = median([r["floor_repaint_ms"] for r in results])
    drag = median([r["drag_p95_ms"] for r in results])
    rows = [Row("full repaint, 2,000-card board at fit-to-view", "ms", repaint, floor,
                max_ratio=2.0, max_value=16.0, details={"runs": results}),
            Row("drag one card across the 2,000-card board, frame p95", "ms", drag,
                max_value=16.0, details={"runs": [{k: r[k] for k in ("drag_fit", "drag_100")}
                                                  for r in results]})]
    for cards, path in ((5000, ctx.big), (10000, ctx.huge)):
        if path is None:
            continue
        print_progress(f"drag at fit-to-view, {cards:,} cards, {repeats} children")
        runs = _frames(ctx, path, repeats)
        rows.append(Row(f"drag frame p95 at fit-to-view, {cards:,} cards", "ms",
                        median([r["drag_fit"]["p95_ms"] for r in runs]), max_value=16.0,
                        details={"runs": [r["drag_fit"] for r in runs]}))
    return rows


def _edits(ctx: Context, path: Path, what: str, repeats: int) -> dict:
    return run_json([PYTHON, str(BENCH / "board_edits.py"), str(path), "--what", what,
                     "--repeats", str(repeats)], ctx.env)


def board_edits(ctx: Context) -> list[Row]:
    """Everyday edits on the 5,000-card board in the real window, each until the board shows it."""
    big = ctx.big or ctx.large
    cards = 5000 if ctx.big else 2000
    edits = ctx.repeats(60, 40)  # p95 of fewer edits is just the slowest one
    print_progress(f"one edit until shown, {cards:,} and 300 cards ({edits} edits each)")
    ours, small = _edits(ctx, big, "edit", edits), _edits(ctx, ctx.small, "edit", edits)
    rows = [Row(f"one edit until the board shows it, {cards:,} cards, p95 (floor: at 300)", "ms",
                ours["p95_ms"], small["p95_ms"], max_ratio=3.0, max_value=16.0,
                details={"ours": ours, "at_300": small})]
    print_progress(f"one-card drops, {cards:,} cards")
    drops = _edits(ctx, big, "drop", ctx.repeats(30, 10))
    rows.append(Row(f"one-card drop, {cards:,} cards (median; p95 {drops['p95_ms']:.0f} ms)", "ms",
                    drops["median_ms"], max_value=30.0, details=drops))
    print_progress(f"delete 50 cards, {cards:,} cards")
    deleted = _edits(ctx, big, "delete", ctx.repeats(7, 3))
    rows.append(Row(f"delete 50 cards, {cards:,} cards (board shows it in "
                    f"{deleted['board_ms']:.0f} ms)", "ms", deleted["ours_ms"], deleted["floor_ms"],
                    max_ratio=3.0, details=deleted))
    firsts = ctx.repeats(5, 2)
    print_progress(f"first edit of a session, {firsts} fresh windows")
    first = [_edits(ctx, big, "first-edit", 1) for _ in range(firsts)]
    rows.append(Row(f"first edit of a session, after the window is painted, {cards:,} cards", "ms",
                    median([r["first_edit_ms"] for r in first]), max_value=80.0,
                    details={"runs": first}))
    print_progress(f"first stage or lane edit of a session, {firsts} fresh windows")
    structure = [_edits(ctx, big, "first-structure-edit", 1) for _ in range(firsts)]
    rows.append(Row(f"first lane edit of a session (ORM warmed after the first paint), {cards:,} "
                    "cards", "ms", median([r["first_structure_edit_ms"] for r in structure]),
                    max_value=80.0, details={"runs": structure}))
    print_progress(f"typing into a card, {cards:,} cards")
    typing = _edits(ctx, big, "typing", ctx.repeats(6, 3))
    rows.append(Row(f"typing into a card, {cards:,} cards: longest frame", "ms", typing["max_ms"],
                    max_value=16.0, details=typing))
    return rows


def growth(ctx: Context) -> list[dict]:
    """How the interactive costs grow with the board: one child per measure and size."""
    table = []
    for cards, path in ctx.boards():
        print_progress(f"growth: {cards:,} cards")
        edit = _edits(ctx, path, "edit", 30)
        drop = _edits(ctx, path, "drop", 15)
        deleted = _edits(ctx, path, "delete", 3)
        first = _edits(ctx, path, "first-edit", 1)
        frames = _frames(ctx, path, 1)[0]
        table.append({"cards": cards, "edit_p95_ms": edit["p95_ms"], "edit_median_ms": edit["median_ms"],
                      "drop_median_ms": drop["median_ms"], "drop_p95_ms": drop["p95_ms"],
                      "delete50_document_ms": deleted["ours_ms"], "delete50_board_ms": deleted["board_ms"],
                      "first_edit_ms": first["first_edit_ms"], "drag_fit_p95_ms": frames["drag_fit"]["p95_ms"]})
    return table


def export_pdf(ctx: Context) -> list[Row]:
    """`cxworkshop export --pdf` against a bare reportlab script drawing the same content."""
    repeats = ctx.repeats(5, 2)
    rows = []
    for label, path, budget in (("2,000 cards + 300 actions", ctx.large, 3.0),
                                ("10,000 cards + 2,000 actions", ctx.huge, 1.0)):
        if path is None:
            continue
        print_progress(f"export --pdf, {label}, {repeats} runs of each")
        ours, floor = _alternate(
            [*APP, "export", str(path), "--pdf", str(ctx.folder / "ours.pdf")],
            [PYTHON, str(FLOORS / "pdf_floor.py"), str(path), str(ctx.folder / "floor.pdf")],
            ctx, repeats)
        details = {"runs": repeats, "ours_s": [r.seconds for r in ours],
                   "floor_s": [r.seconds for r in floor],
                   "ours_peak_rss_mib": median([r.peak_rss_mib for r in ours])}
        rows.append(Row(f"export --pdf, {label}", "s", median(details["ours_s"]),
                        median(details["floor_s"]), max_ratio=budget, details=details))
    return rows


def edit_memory(ctx: Context) -> list[Row]:
    """RSS growth over a long session, measured from the 1,000th edit to the last."""
    edits = ctx.repeats(10_000, 3_000)
    print_progress(f"{edits:,} edits in one session")
    result = run_json([PYTHON, str(BENCH / "edit_memory.py"), str(ctx.large), "--edits",
                       str(edits), "--no-scene"], ctx.env, timeout=900)
    return [Row(f"{edits:,} edits in one session: RSS growth after the first 1,000", "%",
                result["growth"] * 100, max_value=10.0, details=result)]


def room_load(ctx: Context) -> list[Row]:
    """Room mode (issue 19): 40 phones on loopback, each writing 10 cards and placing 3 dots at
    once against the Room dock of the real window (bench/room_load.py)."""
    print_progress("room: 40 phones x 10 cards and 3 dots")
    result = run_json([PYTHON, str(BENCH / "room_load.py"), "--json"], ctx.env, timeout=300)
    return [Row("room: cards lost of 400 sent by 40 phones", "cards", result["lost"], max_value=1,
                details=result),
            Row("room: phone request latency p95 (40 phones at once)", "ms", result["p95_ms"],
                max_value=200.0, details=result),
            Row("room: window frame p95 while the phones' cards arrive", "ms", result["frame_p95_ms"],
                max_value=16.0, details=result)]


ALL = (cold_start, edit_latency, board_frames, board_edits, export_pdf, edit_memory, room_load)
