"""The results: one Row per budgeted metric, its verdict, the printed table and results.json."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

PASS, FAIL, ERROR = "PASS", "FAIL", "ERROR"


@dataclass
class Row:
    metric: str
    unit: str  # "s", "ms", "MiB" or "%"
    ours: float | None = None
    floor: float | None = None
    max_ratio: float | None = None  # the budget as a ratio to the floor, if any
    max_value: float | None = None  # an absolute ceiling on `ours`, if any
    error: str | None = None
    details: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.floor:
            return None
        return self.ours / self.floor

    @property
    def budget(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"<= {self.max_ratio:g}x")
        if self.max_value is not None:
            parts.append(f"< {self.max_value:g} {self.unit}")
        return " and ".join(parts)

    @property
    def verdict(self) -> str:
        if self.error is not None or self.ours is None:
            return ERROR
        if self.max_ratio is not None and (self.ratio is None or self.ratio > self.max_ratio):
            return FAIL
        if self.max_value is not None and self.ours >= self.max_value:
            return FAIL
        return PASS

    def as_json(self) -> dict:
        data = asdict(self)
        data.update(ratio=self.ratio, budget=self.budget, verdict=self.verdict)
        return data


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = 3 if unit == "ms" and value < 10 else 2 if unit in ("s", "ms") else 1
    return f"{value:.{digits}f} {unit}"


def table(rows: list[Row]) -> str:
    """A Markdown table: readable on a terminal and pasteable into the README."""
    head = ["metric", "CX Workshop", "floor", "ratio", "budget", "verdict"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        verdict = row.verdict if row.error is None else f"{ERROR}: {row.error[:100]}"
        lines.append("| " + " | ".join([row.metric, _number(row.ours, row.unit),
                                        _number(row.floor, row.unit), ratio, row.budget,
                                        verdict]) + " |")
    return "\n".join(lines)


def write_json(path: Path, rows: list[Row], meta: dict) -> None:
    path.write_text(json.dumps({"meta": meta, "rows": [row.as_json() for row in rows]},
                               indent=2) + "\n")


GROWTH_COLUMNS = (
    ("edit_p95_ms", "one edit until shown, p95 (ms)"),
    ("drop_median_ms", "one-card drop, median (ms)"),
    ("delete50_document_ms", "delete 50 cards: edit (ms)"),
    ("delete50_board_ms", "delete 50 cards: until shown (ms)"),
    ("first_edit_ms", "first edit of a session (ms)"),
    ("drag_fit_p95_ms", "drag frame p95 at fit (ms)"),
)


def growth_table(growth: list[dict]) -> str:
    """Each interactive cost by the number of cards on the board (a Markdown table)."""
    head = ["cards on the board", *(f"{row['cards']:,}" for row in growth)]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for key, label in GROWTH_COLUMNS:
        lines.append("| " + " | ".join([label, *(f"{row[key]:.1f}" for row in growth)]) + " |")
    return "\n".join(lines)
