"""What every measurement shares: headless child processes, their wall time and peak RSS, medians.

Nothing here imports Qt, SQLModel or reportlab: `bench/run.py` stays a light parent and every
measurement runs in a child process, so no measurement pollutes another's memory or caches.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
FLOORS = BENCH / "floors"
PYTHON = sys.executable
APP = [PYTHON, "-m", "cxworkshop.cli"]


class ChildFailed(RuntimeError):
    """A child process exited non-zero or timed out: the measurement could not be made."""


@dataclass(frozen=True)
class ChildRun:
    seconds: float  # wall time from spawn to exit, as a user waiting for it would see
    peak_rss_mib: float  # the child's maximum resident set size (ru_maxrss of that child alone)
    stdout: str


def headless_env(data_dir: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, a private data folder, this checkout first."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", CXWORKSHOP_DATA_DIR=str(data_dir),
               CXWORKSHOP_LANG="en", PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm-up runs compile bytecode once, as installs do
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def run_child(command: list[str], env: dict[str, str], timeout: float = 300.0) -> ChildRun:
    """Run `command` to completion; its own rusage comes from wait4, so siblings never mix in."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=REPO,
                                   stdin=subprocess.DEVNULL)
        timer = threading.Timer(timeout, os.kill, (process.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        if process.returncode != 0:
            detail = " | ".join(err.read().decode(errors="replace").strip().splitlines()[-3:])
            raise ChildFailed(f"exit {process.returncode}: {detail or 'no message'} "
                              f"(from: {' '.join(command[1:])})")
    # Linux reports ru_maxrss in KiB.
    return ChildRun(seconds, usage.ru_maxrss / 1024, stdout)


def run_json(command: list[str], env: dict[str, str], timeout: float = 300.0) -> dict:
    """Run a measuring child that prints one JSON object as its last line of output."""
    result = run_child(command, env, timeout)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise ChildFailed(f"{' '.join(command[1:])} printed no result")
    return json.loads(lines[-1])


def make_workshop(folder: Path, cards: int, actions: int, env: dict[str, str]) -> Path:
    """A scaled demo workshop, made by the product's own `cxworkshop demo`."""
    path = folder / f"workshop-{cards}c-{actions}a.cxw"
    run_child([*APP, "demo", str(path), "--cards", str(cards), "--actions", str(actions),
               "--lang", "en", "--force"], env)
    return path


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the value below which `fraction` of the samples fall."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def print_progress(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)
