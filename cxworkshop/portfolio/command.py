"""`cxworkshop portfolio FOLDER... [--pdf OUT] [--xlsx OUT] [--csv OUT]`: the portfolio headless.

Refreshes the index for the given folders (and any .cxw files named directly), prints one
line per workshop, the per-client summary and the files that cannot be read (with the
reason), then writes the reports asked for. No Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cxworkshop.i18n import tr
from cxworkshop.portfolio.entries import Entry, Portfolio, by_client
from cxworkshop.portfolio.index import PortfolioIndex, RefreshStats
from cxworkshop.portfolio.rows import columns, ordered, row_values, text_value

_SHOWN = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)  # the terminal leaves out the file path and the problem
_WIDTH = {0: 22, 1: 34}


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def table_text(entries: Sequence[Entry], lang: str) -> list[str]:
    """The workshop table as aligned lines for a terminal."""
    titles = [title for title, _ in columns(lang)]
    rows = [[text_value(v, lang) for v in row_values(e, lang)] for e in ordered(entries)
            if e.summary is not None]
    widths = {i: max([len(titles[i]), *(len(r[i]) for r in rows)]) for i in _SHOWN}
    widths.update({i: min(widths[i], w) for i, w in _WIDTH.items()})
    lines = ["  ".join(_fit(titles[i], widths[i]).ljust(widths[i]) for i in _SHOWN).rstrip()]
    lines += ["  ".join(_fit(r[i], widths[i]).ljust(widths[i]) for i in _SHOWN).rstrip() for r in rows]
    return lines


def report_lines(portfolio: Portfolio, stats: RefreshStats, lang: str) -> list[str]:
    readable, problems = portfolio.readable, portfolio.problems
    clients = by_client(portfolio.entries)
    lines = [tr("Portfolio: {workshops} workshops, {clients} clients, {overdue} overdue actions, "
                "{problems} files that cannot be read", lang, workshops=len(readable),
                clients=len(clients), overdue=len(portfolio.overdue),
                problems=len(problems)), ""]
    if readable:
        lines += [*table_text(portfolio.entries, lang), ""]
        lines.append(tr("By client:", lang))
        for c in clients:
            lines.append("  " + tr("{client}: {workshops} workshops, {open} open, {overdue} overdue, "
                                   "{unowned} without an owner", lang,
                                   client=c.client or tr("(no client)", lang), workshops=c.workshops,
                                   open=c.open, overdue=c.overdue, unowned=c.unowned))
        lines.append("")
    if problems:
        lines.append(tr("Files that cannot be read (listed, not changed):", lang))
        lines += [f"  {e.path}: {e.problem.message(e.path.name, lang)}" for e in problems if e.problem]
        lines.append("")
    lines.append(tr("Index: {files} files, {read} read now, {renamed} renamed, {removed} removed", lang,
                    files=stats.files, read=stats.read, renamed=stats.renamed, removed=stats.removed))
    return lines


def path_problem(paths: Sequence[Path], outputs: Sequence[Path | None], lang: str) -> str | None:
    """Why the command cannot run (a missing input, an output in a missing folder), or None.

    A typo must not create folders anywhere, nor read an empty portfolio as if it were one."""
    for path in paths:
        if not path.exists():
            return tr("{path} does not exist; name a folder of workshops or a .cxw file", lang, path=path)
    for target in outputs:
        if target is not None and not target.parent.is_dir():
            return tr("the folder {folder} does not exist; create it first or choose another one", lang,
                      folder=target.parent)
    return None


def run_portfolio(paths: Sequence[Path], pdf: Path | None, xlsx: Path | None, csv: Path | None,
                  lang: str, today: date | None = None) -> int:
    """Refresh, print and write the reports; the paths were checked with path_problem()."""
    today = today or date.today()
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    with PortfolioIndex() as index:
        stats = index.refresh(folders, files, today=today)
        portfolio = index.portfolio(folders, files, today)
    print("\n".join(report_lines(portfolio, stats, lang)))
    written: list[Path] = []
    if pdf is not None:
        from cxworkshop.portfolio.report_pdf import write_pdf

        written.append(write_pdf(portfolio, pdf, lang))
    if xlsx is not None:
        from cxworkshop.portfolio.report_tables import write_xlsx

        written.append(write_xlsx(portfolio, xlsx, lang))
    if csv is not None:
        from cxworkshop.portfolio.report_tables import write_csv

        written.append(write_csv(portfolio, csv, lang))
    for path in written:
        print(tr("Wrote {path}", lang, path=path))
    sys.stdout.flush()
    return 0
