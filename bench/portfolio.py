"""The portfolio's budgets (issue 20), each a ratio to a bare sqlite3 floor measured in the same run.

`python bench/portfolio.py [--count 500] [--rows 2000] [--runs 5] [--keep DIR] [--no-view]`

1. Makes `--count` varied workshops (default 500) in client subfolders: eight scaled demos made
   by `cxworkshop demo` (English and Italian, 20 to 400 cards, 0 to 60 actions), each copied and
   varied with sqlite3 (client, title, meetings past and planned, statuses, owners, due dates,
   status changes), so no two rows of the portfolio are alike.
2. First full index <= 2x a bare script that lists the folder and runs the reader's own
   statements (cxworkshop.portfolio.reader: workshop, meetings, action counts, open actions with
   their owners, status changes since the previous meeting) on every file with sqlite3.
3. Re-opening with 5 of them changed <= 3x a bare script that lists and stats the files and reads
   the 5 changed ones with sqlite3. "Ours" includes listing the rows from the index.
4. The window with `--rows` workshops (default 2,000: copies of the 500) indexed from scratch:
   the longest time the event loop was blocked (budget: 100 ms, so the window stays usable) and
   the number of progress updates shown, measured in a child process with offscreen Qt.

Ours and floor alternate (ours, floor, ours, floor, ...) after a warm-up of each; figures are
medians. Exit status 0 when every row is measured; 1 with `--strict` when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from common import APP, headless_env, run_child  # noqa: E402

CLIENTS = [
    "Caffè Aurora Srl", "Banca Verde", "Ottica Lume", "Farmacia San Marco", "Hotel Belvedere",
    "Palestra Forma", "Cantina dei Colli", "Studio Dentistico Riva", "Libreria Pagina", "Autofficina Sprint",
    "Panificio Dorato", "Agenzia Viaggi Orizzonte", "Comune di Valfonda", "Scuola di Musica Aria",
    "Coop Agricola Terra", "Assicurazioni Faro", "Clinica Veterinaria Zampa", "Negozio Bici Ruota",
    "Ristorante Il Pozzo", "Tipografia Segno", "Noleggio Auto Via", "Fioreria Petalo", "Ferramenta Chiodo",
    "Boutique Seta", "Northwind Traders", "Contoso Retail", "Fabrikam Insurance", "Tailspin Travel",
    "Adventure Works", "Litware Clinics", "Proseware Bank", "Wingtip Toys", "", "Fondazione Ponte",
    "Museo Civico", "Caseificio Alpe", "Gelateria Polo", "Lavanderia Bolla", "Vivaio Germoglio", "Energia Sole",
]
SERIES = ["Customer journey", "Follow-up series", "Onboarding", "Service blueprint", "Complaints",
          "Percorso del cliente", "Rinnovi", "Assistenza"]
BASES = [(60, 9, "en"), (20, 0, "it"), (120, 20, "en"), (300, 40, "it"), (40, 5, "en"),
         (200, 30, "en"), (80, 12, "it"), (400, 60, "en")]



# --- making the workshops ---------------------------------------------------------------------

def make_bases(folder: Path, env: dict[str, str]) -> list[Path]:
    """Eight scaled demos, made by the product's own `cxworkshop demo`."""
    bases = []
    for number, (cards, actions, lang) in enumerate(BASES):
        path = folder / f"base-{number}.cxw"
        run_child([*APP, "demo", str(path), "--cards", str(cards), "--actions", str(actions),
                   "--lang", lang, "--force"], env)
        bases.append(path)
    return bases


def vary(path: Path, number: int, rng: random.Random, today: date) -> None:
    """Make the copy at `path` a workshop of its own: client, title, meetings, plan progress."""
    client = CLIENTS[number % len(CLIENTS)]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        created = datetime(2025, 1, 1) + timedelta(minutes=number * 37 + rng.randint(0, 30))
        conn.execute("UPDATE workshop SET title = ?, client = ?, created_at = ?",
                     (f"{rng.choice(SERIES)} {number // len(CLIENTS) + 1}", client,
                      created.isoformat(sep=" ")))
        first = today - timedelta(days=rng.randint(20, 160))
        conn.execute("UPDATE meeting SET held_on = ? WHERE number = 1", (first.isoformat(),))
        actions = [row[0] for row in conn.execute("SELECT id FROM action_item ORDER BY id")]
        people = [row[0] for row in conn.execute("SELECT id FROM participant ORDER BY id")]
        for action in actions:
            due = first + timedelta(days=rng.randint(-5, 90))
            owner = rng.choice(people) if people and rng.random() > 0.08 else None
            conn.execute("UPDATE action_item SET due_on = ?, owner_id = ? WHERE id = ?",
                         (due.isoformat(), owner, action))
        if rng.random() < 0.7:  # a follow-up was held: some actions moved on since the kick-off
            second = first + timedelta(days=rng.randint(7, (today - first).days))
            conn.execute("INSERT INTO meeting (number, held_on, title, notes) VALUES (2, ?, ?, '')",
                         (second.isoformat(), "Follow-up"))
            meeting = conn.execute("SELECT id FROM meeting WHERE number = 2").fetchone()[0]
            for action in actions:
                new = rng.choice(["open", "in_progress", "done", "done", "dropped", "open"])
                if new == "open":
                    continue
                conn.execute("UPDATE action_item SET status = ?, closed_in_id = ? WHERE id = ?",
                             (new, meeting if new in ("done", "dropped") else None, action))
                conn.execute(
                    "INSERT INTO status_change (action_id, meeting_id, old_status, new_status, note, "
                    "changed_at) VALUES (?, ?, 'open', ?, '', ?)",
                    (action, meeting, new, datetime.combine(second, datetime.min.time()).isoformat(sep=" ")))
        if rng.random() < 0.3:  # the next meeting is already in the calendar
            ahead = today + timedelta(days=rng.randint(1, 45))
            conn.execute("INSERT INTO meeting (number, held_on, title, notes) VALUES (9, ?, ?, '')",
                         (ahead.isoformat(), "Planned follow-up"))
        conn.execute("COMMIT")
    finally:
        conn.close()


def make_portfolio(folder: Path, count: int, bases: list[Path], seed: int = 20) -> list[Path]:
    rng = random.Random(seed)
    today = date.today()
    made = []
    for number in range(count):
        client = CLIENTS[number % len(CLIENTS)] or "no-client"
        sub = folder / "".join(ch if ch.isalnum() else "-" for ch in client.lower())
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"workshop-{number:04d}.cxw"
        shutil.copyfile(bases[number % len(bases)], path)
        vary(path, number, rng, today)
        made.append(path)
    return made


# --- the floors -------------------------------------------------------------------------------

def _list(folder: Path) -> list[Path]:
    return [Path(root, name) for root, _, names in os.walk(folder) for name in names
            if name.endswith(".cxw")]


def bare_read(path: Path) -> int:
    """The same statements as the portfolio's reader, bare: no header check, no conversion, no index."""
    from cxworkshop.portfolio import reader as r

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        got = len(conn.execute(r.WORKSHOP_SQL).fetchall())
        meetings = conn.execute(r.MEETINGS_SQL).fetchall()
        got += len(conn.execute(r.COUNTS_SQL).fetchall()) + len(conn.execute(r.OPEN_SQL).fetchall())
        if len(meetings) > 1:
            latest, previous = sorted(meetings, key=lambda m: m[1])[-2:][::-1]
            got += len(conn.execute(r.CHANGES_SQL, (latest[0], previous[2])).fetchall())
            got += conn.execute(r.OPENED_SQL, (latest[0],)).fetchone()[0]
        return got
    finally:
        conn.close()


def floor_full(folder: Path) -> None:
    for path in _list(folder):
        bare_read(path)


def floor_incremental(folder: Path, changed: list[Path]) -> None:
    for path in _list(folder):
        os.stat(path)
    for path in changed:
        bare_read(path)


# --- ours -------------------------------------------------------------------------------------

def ours_full(folder: Path, index_file: Path) -> int:
    from cxworkshop.portfolio import PortfolioIndex

    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    with PortfolioIndex(index_file) as index:
        stats = index.refresh([folder])
        rows = index.entries([folder])
    assert stats.read == len(rows), (stats, len(rows))
    return stats.read


def ours_incremental(folder: Path, index_file: Path) -> int:
    from cxworkshop.portfolio import PortfolioIndex

    with PortfolioIndex(index_file) as index:
        stats = index.refresh([folder])
        index.entries([folder])
    return stats.read


def change_some(paths: list[Path], count: int, run: int) -> list[Path]:
    """Edit `count` workshops (one action's status each), as a colleague would between openings."""
    picked = paths[run * count % len(paths):][:count]
    for path in picked:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("UPDATE action_item SET title = title || '.' WHERE id = (SELECT min(id) FROM action_item)")
        conn.execute("UPDATE workshop SET place = place || '.'")
        conn.close()
    return picked


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def alternate(ours: Callable[[], object], floor: Callable[[], object], runs: int,
              before: Callable[[int], None] | None = None) -> tuple[float, float]:
    ours_times: list[float] = []
    floor_times: list[float] = []
    for run in range(runs + 1):  # run 0 is the warm-up of both
        if before is not None:
            before(run)
        ours_time = timed(ours)
        floor_time = timed(floor)
        if run:
            ours_times.append(ours_time)
            floor_times.append(floor_time)
    return statistics.median(ours_times), statistics.median(floor_times)


# --- the window with 2,000 rows (a child process: offscreen Qt) -------------------------------

def view_child(folder: Path, index_file: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from cxworkshop.ui.portfolio_view import PortfolioWindow

    app = QApplication([])
    window = PortfolioWindow([folder], index_path=index_file)
    updates: list[int] = []
    window.progress.valueChanged.connect(updates.append)  # what the user sees move
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)

    def on_tick() -> None:
        gaps.append(clock.restart())

    tick.timeout.connect(on_tick)
    done: dict[str, float] = {}
    start = time.perf_counter()
    window.refreshed.connect(lambda stats: done.setdefault("seconds", time.perf_counter() - start))
    window.show()
    clock.start()
    tick.start()
    window.refresh()
    while "seconds" not in done:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(20):  # paint the filled table
        app.processEvents()
    window.table.viewport().repaint()
    paint = timed(lambda: window.table.viewport().repaint())
    print(json.dumps({"rows": window.model.rowCount(), "seconds": done["seconds"],
                      "max_blocked_ms": max(gaps) if gaps else 0.0, "progress_updates": len(updates),
                      "repaint_ms": paint * 1000}))
    window.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--changed", type=int, default=5)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="make the workshops here and keep them")
    parser.add_argument("--no-view", action="store_true", help="skip the window measurement")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--view-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.view_child:
        view_child(*args.view_child)
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="cxworkshop-portfolio-bench-"))
    folder = args.keep or scratch / "workshops"
    env = headless_env(scratch / "data")
    try:
        print(f"  .. making {args.count} workshops in {folder}", file=sys.stderr, flush=True)
        bases = make_bases(scratch, env)
        paths = make_portfolio(folder, args.count, bases)
        index_file = scratch / "portfolio.sqlite"
        rows = []
        ours, floor = alternate(lambda: ours_full(folder, index_file), lambda: floor_full(folder), args.runs)
        rows.append((f"First full index of {args.count} workshops", ours, floor, 2.0))
        ours_full(folder, index_file)
        changed: list[Path] = []

        def before(run: int) -> None:
            changed[:] = change_some(paths, args.changed, run)

        ours, floor = alternate(lambda: ours_incremental(folder, index_file),
                                lambda: floor_incremental(folder, changed), args.runs, before)
        rows.append((f"Re-open with {args.changed} of {args.count} changed", ours, floor, 3.0))
        missed = False
        print(f"{'measure':44} {'ours':>9} {'floor':>9} {'ratio':>7} {'budget':>7}")
        for name, ours_s, floor_s, budget in rows:
            ratio = ours_s / floor_s
            missed |= ratio > budget
            print(f"{name:44} {ours_s * 1000:7.1f}ms {floor_s * 1000:7.1f}ms {ratio:7.2f} {budget:6.1f}x"
                  f" {'ok' if ratio <= budget else 'MISSED'}")
        if not args.no_view:
            many = scratch / "many"
            for copy in range(args.rows):
                source = paths[copy % len(paths)]
                target = many / source.parent.name / f"{copy:05d}-{source.name}"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            result = run_child([sys.executable, str(Path(__file__)), "--view-child", str(many),
                                str(scratch / "view-index.sqlite")], env, timeout=600)
            view = json.loads([line for line in result.stdout.splitlines() if line.startswith("{")][-1])
            blocked_ok = view["max_blocked_ms"] <= 100 and view["progress_updates"] >= 2
            missed |= not blocked_ok
            print(f"Window with {view['rows']} rows: indexed in {view['seconds']:.1f}s, event loop blocked "
                  f"at most {view['max_blocked_ms']:.0f}ms (budget 100ms), {view['progress_updates']} "
                  f"progress updates, table repaint {view['repaint_ms']:.0f}ms "
                  f"{'ok' if blocked_ok else 'MISSED'}")
        return 1 if (missed and args.strict) else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
