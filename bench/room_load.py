"""Room load (issue 19): simulated phones on loopback write cards and vote at once.

`python bench/room_load.py [--phones 40] [--cards 10]` makes a demo workshop, opens a voting
round, opens a room on 127.0.0.1 (never another address), lets every phone join, write its
cards and place its dots concurrently (one thread and one keep-alive connection per phone, as a
phone's browser has), then reveals everything through the document and counts the cards in the
file. Prints one budget row: cards lost (must be 0) and the p95 request latency (budget 200 ms).
Bounded: each phone makes at most cards + dots + 2 requests, and the whole run stops after
`--deadline` seconds. tests/unit/test_room_load.py runs a smaller version without timing.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"
P95_BUDGET_MS = 200.0
FRAME_BUDGET_MS = 16.0  # the window's event loop keeps drawing while the cards arrive


class Phone:
    """One simulated phone: its own connection, its own session, the page's JSON requests."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        if parts.hostname not in (LOOPBACK, "localhost", "::1"):
            raise ValueError("simulated phones only ever talk to loopback")
        self.base = parts.path
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        self.session = ""
        self.latencies: list[float] = []

    def request(self, method: str, path: str, body: object = None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json"}
        if self.session:
            headers["X-Room-Session"] = self.session
        data = None if body is None else json.dumps(body).encode()
        start = time.perf_counter()
        self.connection.request(method, self.base + path, body=data, headers=headers)
        response = self.connection.getresponse()
        raw = response.read()
        self.latencies.append(time.perf_counter() - start)
        try:
            payload = json.loads(raw) if raw else {}
        except ValueError:
            payload = {}
        return response.status, payload

    def join(self, participant_id: int | None) -> dict:
        status, payload = self.request("POST", "api/join", {"participant_id": participant_id})
        if status != 201:
            raise RuntimeError(f"join answered {status}: {payload}")
        self.session = payload["session"]
        return payload["view"]

    def close(self) -> None:
        self.connection.close()


@dataclass
class LoadResult:
    sent: int = 0
    accepted: int = 0
    dots: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)

    def p95_ms(self) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def join_all(url: str, people: list[int]) -> list[Phone]:
    """One phone per participant, joined before the rush (as people do when they scan the code)."""
    phones = [Phone(url) for _ in people]
    for phone, participant_id in zip(phones, people, strict=True):
        phone.join(participant_id)
    return phones


def simulate(phones: list[Phone], stage_id: int, lane_id: int, cards: int,
             vote_cards: list[int], dots: int, deadline: float = 60.0) -> LoadResult:
    """Every phone at once writes `cards` cards, then places `dots` dots on `vote_cards`."""
    result = LoadResult()
    lock = threading.Lock()
    start = threading.Barrier(len(phones))
    stop_at = time.monotonic() + deadline

    def one(index: int, phone: Phone) -> None:
        accepted = placed = 0
        phone.latencies = []
        try:
            start.wait(timeout=deadline)
            for n in range(cards):
                if time.monotonic() > stop_at:
                    break
                status, payload = phone.request("POST", "api/card", {
                    "text": f"phone {index} card {n}", "stage_id": stage_id, "lane_id": lane_id})
                if status == 201:
                    accepted += 1
                else:
                    with lock:
                        result.errors.append(f"card {index}/{n}: {status} {payload}")
            for n in range(dots):
                if not vote_cards or time.monotonic() > stop_at:
                    break
                card_id = vote_cards[(index + n) % len(vote_cards)]
                status, payload = phone.request("POST", "api/dot", {"card_id": card_id})
                if status == 201:
                    placed += 1
                else:
                    with lock:
                        result.errors.append(f"dot {index}/{n}: {status} {payload}")
        except Exception as exc:  # counted, never hidden: the row reports it
            start.abort()
            with lock:
                result.errors.append(f"phone {index}: {type(exc).__name__}: {exc}")
        finally:
            with lock:
                result.sent += cards
                result.accepted += accepted
                result.dots += placed
                result.latencies += phone.latencies

    threads = [threading.Thread(target=one, args=(i, phone), daemon=True) for i, phone in enumerate(phones)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.1, stop_at - time.monotonic() + 5))
    return result


def phase(url: str, sessions: list[str], stage_id: int, lane_id: int, cards: int,
          vote_cards: list[int], dots: int, deadline: float) -> LoadResult:
    """One phase of `simulate` for phones that already joined (their sessions), run in a child
    process: the phones are other devices, they must not share the window's interpreter."""
    phones = []
    for session in sessions:
        phone = Phone(url)
        phone.session = session
        phones.append(phone)
    try:
        return simulate(phones, stage_id, lane_id, cards, vote_cards, dots, deadline)
    finally:
        for phone in phones:
            phone.close()


def _elsewhere(*args: object) -> LoadResult:
    """`phase(*args)` in a fresh child process (spawned: nothing of Qt is inherited)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(phase, *args).result()


def _in_background(work, app) -> tuple[object, list[float]]:
    """Run `work()` in a thread while this (the GUI) thread spins Qt's event loop with a 4 ms
    timer; (its result, the gaps between ticks in seconds): a gap is a frame the board could
    not draw."""
    from PySide6.QtCore import QEventLoop, QTimer

    done: list[object] = []
    thread = threading.Thread(target=lambda: done.append(work()), daemon=True)
    gaps: list[float] = []
    last = [time.perf_counter()]
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if not thread.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(4)
    timer.timeout.connect(tick)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    thread.join()
    return done[0], gaps


def run(phones: int, cards: int, folder: Path, deadline: float = 60.0
        ) -> tuple[LoadResult, int, int, list[float]]:
    """(load result, cards revealed into the file, dots revealed into the file, GUI gaps): the
    room is opened from the real main window's Room dock, on loopback, with the board shown."""
    from PySide6.QtWidgets import QApplication

    from cxworkshop.document import new_demo
    from cxworkshop.model.records import Card, Lane, Stage, Vote
    from cxworkshop.room.protocol import Activity
    from cxworkshop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    path = new_demo(folder / "room-load.cxw", "en")
    window = MainWindow()
    window.resize(1280, 720)
    window.open_path(path)
    window.show()
    document = window.document
    assert document is not None
    panel = window.room_ui.panel
    try:
        first = document.first_map()
        assert first is not None
        stage = document.rows(Stage, map_id=first.id)[0]
        lane = next(lane for lane in document.rows(Lane, map_id=first.id) if lane.kind == "pain_points")
        people = [document.add_participant(f"Phone {n}") for n in range(phones)]
        round_id = document.start_round(first.id, 3, title="Room load", votable_kinds=["pain_point"])
        targets = [c.id for c in document.rows(Card, lane_id=lane.id)][:5]
        before = len(document.rows(Card))
        window.room_ui.show()
        url = panel.open_room()
        assert url is not None and panel.bridge is not None
        phones_ = join_all(url, people)
        sessions = [phone.session for phone in phones_]
        for phone in phones_:
            phone.close()
        panel.open_activity(Activity.WRITING, stage.id, lane.id)
        result, gaps = _in_background(
            lambda: _elsewhere(url, sessions, stage.id, lane.id, cards, [], 0, deadline), app)
        assert isinstance(result, LoadResult)
        panel.reveal(None)
        panel.open_voting()
        votes, more = _in_background(
            lambda: _elsewhere(url, sessions, stage.id, lane.id, 0, targets, 3, deadline), app)
        assert isinstance(votes, LoadResult)
        result.dots = votes.dots
        result.errors += votes.errors
        result.latencies += votes.latencies
        panel.reveal(None)
        written = len(document.rows(Card)) - before
        dots_written = len(document.rows(Vote, round_id=round_id))
        return result, written, dots_written, gaps + more
    finally:
        panel.end_room()
        window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--cards", type=int, default=10)
    parser.add_argument("--deadline", type=float, default=60.0)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cxroom-") as folder:
        started = time.perf_counter()
        result, written, dots, gaps = run(args.phones, args.cards, Path(folder), args.deadline)
        seconds = time.perf_counter() - started
    lost = result.sent - written
    p95 = result.p95_ms()
    frames = sorted(gaps)
    frame_p95 = 1000 * frames[int(0.95 * (len(frames) - 1))] if frames else 0.0
    frame_max = 1000 * frames[-1] if frames else 0.0
    verdict = "ok" if (lost == 0 and not result.errors and p95 < P95_BUDGET_MS
                       and frame_p95 < FRAME_BUDGET_MS) else "FAIL"
    print(f"room load: {args.phones} phones x {args.cards} cards + 3 dots | cards sent {result.sent}, "
          f"in the file {written}, lost {lost} | dots {dots} | requests {len(result.latencies)}, "
          f"p95 {p95:.1f} ms (budget {P95_BUDGET_MS:.0f} ms) | window frames while they arrive: p95 "
          f"{frame_p95:.1f} ms, longest {frame_max:.1f} ms (budget {FRAME_BUDGET_MS:.0f} ms) | "
          f"{seconds:.1f} s | {verdict}")
    for error in result.errors[:5]:
        print("  " + error)
    if args.json:
        print(json.dumps({"phones": args.phones, "cards": args.cards, "sent": result.sent, "written": written,
                          "lost": lost, "dots": dots, "requests": len(result.latencies), "p95_ms": p95,
                          "frame_p95_ms": frame_p95, "frame_max_ms": frame_max, "seconds": seconds,
                          "errors": result.errors[:5]}))
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
