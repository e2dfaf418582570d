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

from cxworkshop.i18n import ntr, tr
from cxworkshop.portfolio.entries import Entry, Portfolio, by_client, totals_text
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
    lines = [tr("Portfolio: {totals}", lang, totals=totals_text(
        len(readable), len(clients), len(portfolio.overdue), len(problems), lang)), ""]
    if readable:
        lines += [*table_text(portfolio.entries, lang), ""]
        lines.append(tr("By client:", lang))
        for c in clients:
            lines.append("  " + tr("{client}: {workshops}, {open}, {overdue}, {unowned}", lang,
                                   client=c.client or tr("(no client)", lang),
                                   workshops=ntr("{n} workshop", "{n} workshops", c.workshops, lang),
                                   open=ntr("{n} open", "{n} open", c.open, lang),
                                   overdue=ntr("{n} overdue", "{n} overdue", c.overdue, lang),
                                   unowned=ntr("{n} without an owner", "{n} without an owner",
                                               c.unowned, lang)))
        lines.append("")
    if problems:
        lines.append(tr("Files that cannot be read (listed, not changed):", lang))
        lines += [f"  {e.path}: {e.problem.message(e.path.name, lang)}" for e in problems if e.problem]
        lines.append("")
    lines.append(tr("Index: {files}, {read}, {renamed}, {removed}", lang,
                    files=ntr("{n} file", "{n} files", stats.files, lang),
                    read=ntr("{n} read now", "{n} read now", stats.read, lang),
                    renamed=ntr("{n} renamed", "{n} renamed", stats.renamed, lang),
                    removed=ntr("{n} removed", "{n} removed", stats.removed, lang)))
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
