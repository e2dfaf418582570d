"""The follow-up agenda as a PDF (Qt-free): `cxworkshop agenda FILE OUT.pdf` and the follow-up
dialog's "Print agenda…" both call write_agenda().

Sections, in the order a meeting goes through them: open actions by owner (with the card each
came from), what changed since the last meeting, overdue actions, actions carried over, and the
measures to update. The content is export/agenda.py's, the same as the dialog's text preview.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from cxworkshop.export.agenda import Agenda, AgendaAction, change_line, load_agenda, measure_line
from cxworkshop.export.atomic import atomic_write
from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, StatusStep
from cxworkshop.export.glyphs import GlyphReport
from cxworkshop.export.pdf_doc import PORTRAIT, Decor, ReportDoc, frame_size
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_style import OVERDUE
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import ActionStatus
from cxworkshop.model.progress import local_date


def _notes(ctx: ExportContext, item: AgendaAction) -> str:
    parts = []
    if item.overdue:
        parts.append("⚠ " + ctx.tr("overdue"))
    if item.carried_over:
        parts.append(ctx.ntr("carried over {n} time", "carried over {n} times", item.carried_over))
    return "\n".join(parts)


def _action_cell(ctx: ExportContext, action: ActionInfo) -> list[Paragraph]:
    cell = [para(ctx, action.title, ctx.style.cell_bold)]
    if action.card is not None and action.card.text:
        cell.append(para(ctx, ctx.tr("Card: “{card}”", card=action.card.text), ctx.style.cell_muted))
    return cell


def _actions_table(ctx: ExportContext, items: list[AgendaAction], width: float,
                   with_owner: bool) -> Flowable:
    late = ParagraphStyle("late", ctx.style.cell_bold, textColor=OVERDUE)
    header = [ctx.tr("Action")]
    widths = [width - 70 - 80 - 110 - (100 if with_owner else 0)]
    if with_owner:
        header.append(ctx.tr("Owner"))
        widths.append(100)
    header += [ctx.tr("Due"), ctx.tr("Status"), ctx.tr("Notes")]
    widths += [70, 80, 110]
    rows = []
    for item in items:
        action = item.action
        row: list[object] = [_action_cell(ctx, action)]
        if with_owner:
            row.append(para(ctx, action.owner.name if action.owner else ctx.tr("Without an owner"),
                            ctx.style.cell))
        row += [para(ctx, ctx.short_date(action.due_on) or "—", late if item.overdue else ctx.style.cell),
                ctx.label(ActionStatus, action.status),
                para(ctx, _notes(ctx, item), late if item.overdue else ctx.style.cell)]
        rows.append(row)
    return data_table(header, rows, widths)


def _changes_table(ctx: ExportContext, changes: list[tuple[ActionInfo, StatusStep]],
                   width: float, held_on: date | None = None) -> Flowable:
    """`held_on`: the meeting the changes were recorded in, whose date is when they happened
    (a review typed in the day after still belongs to the meeting); else the local day of each."""
    rows = [[para(ctx, change_line(action, step, ctx.lang), ctx.style.cell),
             para(ctx, action.owner.name if action.owner else ctx.tr("Without an owner"),
                  ctx.style.cell),
             ctx.short_date(held_on or local_date(step.changed_at))] for action, step in changes]
    return data_table([ctx.tr("Change"), ctx.tr("Owner"), ctx.tr("When")], rows,
                      [width - 110 - 70, 110, 70])


def agenda_story(ctx: ExportContext, agenda: Agenda) -> list[Flowable]:
    style = ctx.style
    width = frame_size(PORTRAIT, ctx.paper)[0]
    story: list[Flowable] = [Paragraph(markup(ctx.tr("Agenda of follow-up meeting {number}",
                                                     number=agenda.next_number)), style.title)]
    lines = [ctx.text(ctx.data.display_title)]
    last = agenda.last_meeting
    if last is not None:
        lines.append(ctx.tr("Last meeting: {title}, {date}", title=last.title or str(last.number),
                            date=ctx.long_date(last.held_on)))
    lines.append(ctx.tr("Prepared on {date}", date=ctx.long_date(ctx.data.today)))
    story += [Paragraph(markup(line), style.body) for line in lines]
    story.append(Spacer(1, 10))

    story.append(Heading(ctx.tr("1. Open actions by owner"), style.h1))
    if not agenda.groups:
        story.append(Paragraph(markup(ctx.tr("No action is open.")), style.body))
    for owner, items in agenda.groups:
        name = owner.name if owner else ctx.tr("Without an owner")
        story += [CondPageBreak(90), Heading(ctx.text(name), style.h2, level=1),
                  _actions_table(ctx, items, width, with_owner=False), Spacer(1, 6)]

    story += [CondPageBreak(120), Heading(ctx.tr("2. What changed since the last meeting"), style.h1)]
    if agenda.at_last:
        story += [Paragraph(markup(ctx.tr("Recorded at the last meeting:")), style.h2),
                  _changes_table(ctx, agenda.at_last, width,
                                 last.held_on if last is not None else None)]
    if agenda.since:
        story += [Paragraph(markup(ctx.tr("Changed after it:")), style.h2),
                  _changes_table(ctx, agenda.since, width)]
    if agenda.new_actions:
        story.append(Paragraph(markup(ctx.tr("New actions:")), style.h2))
        story += [Paragraph("• " + markup(ctx.text(a.title)), style.body) for a in agenda.new_actions]
    if agenda.new_cards:
        story.append(Paragraph(markup(ctx.tr("New cards:")), style.h2))
        story += [Paragraph("• " + markup(ctx.text(c.text)), style.body) for c in agenda.new_cards]
    if not (agenda.at_last or agenda.since or agenda.new_actions or agenda.new_cards):
        story.append(Paragraph(markup(ctx.tr("Nothing changed since the last meeting.")), style.body))

    story += [CondPageBreak(120), Heading(ctx.tr("3. Overdue"), style.h1)]
    story.append(_actions_table(ctx, agenda.overdue, width, with_owner=True) if agenda.overdue
                 else Paragraph(markup(ctx.tr("Nothing is overdue.")), style.body))
    story += [CondPageBreak(120), Heading(ctx.tr("4. Carried over"), style.h1)]
    story.append(_actions_table(ctx, agenda.carried, width, with_owner=True) if agenda.carried
                 else Paragraph(markup(ctx.tr("No due date was moved.")), style.body))
    if agenda.measures_known:
        story += [CondPageBreak(120), Heading(ctx.tr("5. Measures to update"), style.h1)]
        story += [Paragraph("• " + markup(ctx.text(measure_line(m, ctx.lang))), style.body)
                  for m in agenda.measures] or \
            [Paragraph(markup(ctx.tr("Every measure is up to date.")), style.body)]
    return story


def render_agenda(ctx: ExportContext, agenda: Agenda, target: str | IO[bytes]) -> None:
    data = ctx.data
    decor = Decor(header_left=ctx.text(" · ".join(p for p in (data.client, data.display_title) if p)),
                  header_right=ctx.long_date(data.today),
                  footer_left=ctx.tr("Agenda of follow-up meeting {number}", number=agenda.next_number),
                  page_label=ctx.page_label, has_cover=False)
    doc = ReportDoc(target, decor, title=ctx.tr("Agenda of follow-up meeting {number}",
                                                number=agenda.next_number),
                    author=ctx.text(data.facilitator), first=PORTRAIT, paper=ctx.paper,
                    lang=ctx.lang)
    doc.render(agenda_story(ctx, agenda))


def write_agenda(source: Path | str, out: Path | str, lang: str | None = None,
                 today: date | None = None) -> tuple[Path, GlyphReport]:
    """Read `source` read-only and write its agenda to `out` atomically (the previous file is
    kept if anything fails). Raises store.WorkshopFileError and OSError."""
    agenda = load_agenda(source, today)
    glyphs = GlyphReport()
    ctx = ExportContext.of(agenda.data, lang, glyphs)
    return atomic_write(Path(out), lambda stream: render_agenda(ctx, agenda, stream)), glyphs
