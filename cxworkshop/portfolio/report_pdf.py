"""The portfolio report as PDF for the consultant: every client, every workshop, overdue actions
by client and owner, next follow-ups in date order, and the files that cannot be read.

A4 landscape with the exports' fonts, colours and page furniture (cxworkshop.export), so it
looks like the workshop reports it sits next to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from cxworkshop.export.atomic import atomic_write
from cxworkshop.export.dates import long_date, short_date
from cxworkshop.export.fonts import BOLD
from cxworkshop.export.glyphs import Printable
from cxworkshop.export.pdf_doc import LANDSCAPE, Decor, ReportDoc, frame_size
from cxworkshop.export.pdf_style import ACCENT, OVERDUE, OVERDUE_LIGHT, styles
from cxworkshop.export.tables_pdf import data_table
from cxworkshop.export.text import markup
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import ActionStatus, Priority
from cxworkshop.portfolio.entries import (
    Portfolio,
    by_client,
    next_follow_ups,
    progress_text,
    totals_text,
)
from cxworkshop.portfolio.rows import ordered


class _Writer:
    def __init__(self, lang: str, today: date):
        self.lang, self.today = lang, today
        self.style = styles()
        self.printable = Printable()
        self.width = frame_size(LANDSCAPE)[0]
        self.header = ParagraphStyle("portfolio_head", self.style.cell_bold, textColor=ACCENT)
        # Section titles are kept with their table by a conditional page break, not keepWithNext:
        # that would push a table longer than a page, title and all, onto the next page.
        self.h1 = ParagraphStyle("portfolio_h1", self.style.h1, keepWithNext=0)
        self.h2 = ParagraphStyle("portfolio_h2", self.style.h2, keepWithNext=0)

    def words(self, text: str, **params: object) -> str:
        return tr(text, self.lang, **params)

    def cell(self, text: str, bold: bool = False, muted: bool = False) -> Paragraph:
        style = self.style.cell_bold if bold else self.style.cell_muted if muted else self.style.cell
        return Paragraph(markup(self.printable(text)), style)

    def head(self, *titles: str) -> list[Paragraph]:
        # Paragraphs, so that a long title wraps inside a narrow number column.
        return [Paragraph(markup(self.printable(self.words(t))), self.header) for t in titles]

    def day(self, value: date | None) -> str:
        return short_date(value, self.lang) or "—"

    def widths(self, *shares: float) -> list[float]:
        total = sum(shares)
        return [self.width * share / total for share in shares]


def build_story(portfolio: Portfolio, lang: str) -> list[Any]:
    today = portfolio.today
    w = _Writer(lang, today)
    readable, problems, overdue = portfolio.readable, portfolio.problems, portfolio.overdue
    clients = by_client(portfolio.entries)
    story: list[Any] = [
        Paragraph(markup(w.words("Portfolio")), w.style.title),
        Paragraph(markup(w.words("{totals} — {day}", totals=totals_text(
            len(readable), len(clients), len(overdue), len(problems), lang),
            day=long_date(today, lang))), w.style.subtitle),
        CondPageBreak(120),
        Paragraph(markup(w.words("Clients")), w.h1),
    ]
    rows = [[w.cell(c.client or w.words("(no client)"), bold=True), str(c.workshops), str(c.open),
             str(c.overdue), str(c.done), str(c.unowned), w.day(c.last_meeting),
             w.day(c.next_follow_up)] for c in clients]
    extra = [("TEXTCOLOR", (3, r), (3, r), OVERDUE) for r, c in enumerate(clients, 1) if c.overdue]
    extra += [("FONTNAME", (3, r), (3, r), BOLD) for r, c in enumerate(clients, 1) if c.overdue]
    story.append(data_table(w.head("Client", "Workshops", "Open actions", "Overdue actions", "Actions done",
                                   "Without an owner", "Last meeting", "Next follow-up"), rows,
                            w.widths(5, 1.5, 1.5, 1.5, 1.9, 2.2, 1.8, 1.9), extra))
    story += [Spacer(1, 10), CondPageBreak(120), Paragraph(markup(w.words("Workshops")), w.h1)]
    rows, extra = [], []
    for r, entry in enumerate(ordered(readable), 1):
        s = entry.summary
        assert s is not None
        late = entry.overdue
        rows.append([w.cell(s.client), [w.cell(s.title, bold=True), w.cell(entry.path.name, muted=True)],
                     w.day(s.last_meeting), w.day(entry.next_follow_up),
                     str(entry.open), str(late), str(s.actions_done), str(entry.unowned),
                     w.cell(progress_text(s, lang)),
                     w.cell(f"{short_date(entry.modified, lang)} {entry.modified:%H:%M}")])
        if late:
            extra += [("TEXTCOLOR", (5, r), (5, r), OVERDUE), ("FONTNAME", (5, r), (5, r), BOLD)]
    story.append(data_table(w.head("Client", "Workshop", "Last meeting", "Next follow-up", "Open actions",
                                   "Overdue actions", "Actions done", "Without an owner",
                                   "Since the previous meeting", "Last change"), rows,
                            w.widths(2.2, 3.2, 1.6, 1.6, 1.5, 1.6, 1.95, 2.2, 2.3, 1.9), extra))
    story += [Spacer(1, 10), CondPageBreak(120),
              Paragraph(markup(w.words("Overdue actions by client and owner")), w.h1)]
    if not overdue:
        story.append(Paragraph(markup(w.words("No action is overdue.")), w.style.body))
    for client in dict.fromkeys(o.client for o in overdue):
        mine = [o for o in overdue if o.client == client]
        story += [CondPageBreak(90), Paragraph(markup(w.printable(client or w.words("(no client)"))), w.h2)]
        rows = [[w.cell(o.action.owner or w.words("(no owner)"), bold=o.action.owner is None),
                 w.cell(o.action.title), w.cell(o.workshop, muted=True), w.day(o.action.due_on),
                 str((today - o.action.due_on).days) if o.action.due_on else "",
                 label(Priority, o.action.priority, lang), label(ActionStatus, o.action.status, lang)]
                for o in mine]
        extra = [("BACKGROUND", (3, 1), (4, -1), OVERDUE_LIGHT), ("TEXTCOLOR", (3, 1), (4, -1), OVERDUE)]
        story.append(data_table(w.head("Owner", "Action", "Workshop", "Due", "Days late", "Priority",
                                       "Status"), rows, w.widths(2.6, 5, 3.6, 1.5, 1.2, 1.4, 1.6), extra))
    follow = next_follow_ups(portfolio.entries)
    story += [Spacer(1, 10), CondPageBreak(120),
              Paragraph(markup(w.words("Next follow-ups in date order")), w.h1)]
    if follow:
        story.append(data_table(w.head("Date", "Client", "Workshop", "File"),
                                [[w.day(day), w.cell(e.client), w.cell(e.title), w.cell(e.path.name, muted=True)]
                                 for day, e in follow], w.widths(1.4, 3.5, 5, 4)))
    else:
        story.append(Paragraph(markup(w.words("No follow-up is planned.")), w.style.body))
    if problems:
        story += [Spacer(1, 10), CondPageBreak(120),
                  Paragraph(markup(w.words("Files that cannot be read")), w.h1),
                  Paragraph(markup(w.words("They are listed, not skipped, and were not changed.")), w.style.small)]
        story.append(data_table(w.head("File", "Reason"),
                                [[w.cell(str(e.path)), w.cell(e.problem.message(e.path.name, lang))]
                                 for e in problems if e.problem is not None], w.widths(5, 8)))
    return story


def write_pdf(portfolio: Portfolio, target: Path, lang: str) -> Path:
    """Write the portfolio report to `target` atomically."""
    decor = Decor(header_left=tr("Portfolio", lang), header_right=long_date(portfolio.today, lang),
                  footer_left="CX Workshop",
                  page_label=lambda page, total: tr("Page {page} of {total}", lang, page=page, total=total),
                  has_cover=False)
    story = build_story(portfolio, lang)

    def write(stream: Any) -> None:
        ReportDoc(stream, decor, title=tr("Portfolio", lang), author="CX Workshop", first=LANDSCAPE,
                  lang=lang).render(story)

    return atomic_write(target, write)
