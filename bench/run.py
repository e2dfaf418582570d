"""The performance budgets of CX Workshop, each a ratio to a floor measured in the same run.

`python bench/run.py [--quick] [--strict] [--only NAME] [--no-growth] [--out FILE]` makes its
workloads with `cxworkshop demo` (300 cards; 2,000 cards and 300 actions; 5,000 cards and 300
actions; 10,000 cards and 2,000 actions), measures every budget row in child processes
(headless: offscreen Qt, a private data folder), prints the table and, for a full run, the
growth table (each interactive cost at 300, 2,000, 5,000 and 10,000 cards), and writes
bench/results.json. `--quick` is the CI smoke check: fewer runs, no 10,000-card board and no
growth table, about three minutes.
The exit status is 0 when every row was measured, whatever the verdicts, unless `--strict`
(then 1 when a row misses its budget); 2 when a measurement could not be made at all.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measures  # noqa: E402
from common import BENCH, ChildFailed, headless_env, make_workshop, print_progress  # noqa: E402
from report import ERROR, FAIL, Row, growth_table, table, write_json  # noqa: E402

NAMES = {measure.__name__: measure for measure in measures.ALL}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke check for CI")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument("--only", action="append", choices=sorted(NAMES),
                        help="run only this measurement (repeatable)")
    parser.add_argument("--no-growth", action="store_true", help="skip the growth table")
    parser.add_argument("--out", type=Path, default=BENCH / "results.json")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    started, clock = datetime.now(UTC), time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="cxbench-"))
    rows: list[Row] = []
    growth: list[dict] = []
    try:
        env = headless_env(folder / "data")
        print_progress("making the workloads with `cxworkshop demo`")
        context = measures.Context(env, folder, make_workshop(folder, 300, 9, env),
                                   make_workshop(folder, 2000, 300, env), args.quick,
                                   big=make_workshop(folder, 5000, 300, env),
                                   huge=None if args.quick else make_workshop(folder, 10000, 2000, env))
        for name in args.only or list(NAMES):
            try:
                rows += NAMES[name](context)
            except ChildFailed as exc:
                rows.append(Row(name.replace("_", " "), "-", error=str(exc)))
        if not (args.quick or args.only or args.no_growth):
            try:
                growth = measures.growth(context)
            except ChildFailed as exc:
                print(f"growth table: {exc}", file=sys.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - clock
    meta = {"started": started.isoformat(timespec="seconds"), "seconds": round(seconds, 1),
            "quick": args.quick, "python": platform.python_version(),
            "machine": f"{platform.machine()}, {_cpus()} CPUs", "command": " ".join(sys.argv)}
    print(table(rows))
    if growth:
        print("\n" + growth_table(growth))
        meta["growth"] = growth
    print(f"\n{len(rows)} rows in {seconds:.0f} s ({'quick' if args.quick else 'full'} run, "
          f"{meta['started']}); written to {args.out}")
    write_json(args.out, rows, meta)
    verdicts = {row.verdict for row in rows}
    if ERROR in verdicts:
        return 2
    return 1 if args.strict and FAIL in verdicts else 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    raise SystemExit(main())
