"""One owner's action plan as its own PDF: only their actions, with the context they need.

The page says which meeting the list speaks for (the workshop day or a later follow-up), each
action's context (detail, impact and effort, the card it came from and that card's stage), the
next meeting if one is planned, and whom to ask (the facilitator's name and e-mail).
"""

from __future__ import annotations

import io
from typing import IO

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, Person
from cxworkshop.export.fonts import BOLD
from cxworkshop.export.owner_info import (
    Contact,
    context_lines,
    meeting_sentence,
    next_meeting_sentence,
)
from cxworkshop.export.pdf_actions import stage_text
from cxworkshop.export.pdf_doc import PORTRAIT, Progress, ReportDoc, frame_size
from cxworkshop.export.pdf_report import decor, metadata_subject
from cxworkshop.export.pdf_style import DONE, MUTED, OVERDUE, OVERDUE_LIGHT
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.i18n import tr
from cxworkshop.model.enums import ActionStatus, Priority

_STATUS_COLOUR = {ActionStatus.DONE.value: DONE, ActionStatus.DROPPED.value: MUTED}


def _action_cell(ctx: ExportContext, action: ActionInfo) -> list[Paragraph]:
    style = ctx.style
    cell = [para(ctx, action.title, style.cell_bold)]
    if action.detail:
        cell.append(para(ctx, action.detail, style.cell))
    cell += [para(ctx, line, style.cell_muted) for line in context_lines(ctx.data, action, ctx.lang)]
    return cell


def owner_table(ctx: ExportContext, actions: list[ActionInfo], width: float) -> Flowable:
    """Action with its context, stage, due date, priority and status; overdue rows flagged."""
    widths = [width - 90 - 66 - 56 - 62, 90, 66, 56, 62]
    header = [ctx.tr("Action"), ctx.tr("Stage"), ctx.tr("Due"), ctx.tr("Priority"),
              ctx.tr("Status")]
    rows, extra = [], []
    for row, action in enumerate(actions, start=1):
        due = ctx.short_date(action.due_on) or "—"
        if action.is_overdue(ctx.data.today):
            due = f"{due}\n⚠ {ctx.tr('overdue')}"
            extra += [("BACKGROUND", (0, row), (-1, row), OVERDUE_LIGHT),
                      ("TEXTCOLOR", (2, row), (2, row), OVERDUE),
                      ("FONTNAME", (2, row), (2, row), BOLD)]
        colour = _STATUS_COLOUR.get(action.status)
        if colour is not None:
            extra.append(("TEXTCOLOR", (4, row), (4, row), colour))
        rows.append([_action_cell(ctx, action), para(ctx, stage_text(ctx, action), ctx.style.cell),
                     ctx.text(due), ctx.label(Priority, action.priority),
                     ctx.label(ActionStatus, action.status)])
    return data_table(header, rows, widths, extra)


def owner_story(ctx: ExportContext, owner: Person, contact: Contact | None = None) -> list[Flowable]:
    data, style = ctx.data, ctx.style
    width = frame_size(PORTRAIT, ctx.paper)[0]
    actions = data.actions_of(owner.id)
    overdue = sum(action.is_overdue(data.today) for action in actions)
    workshop = (ctx.tr("Workshop “{title}” with {client}.", title=data.display_title,
                       client=data.client) if data.client.strip()
                else ctx.tr("Workshop “{title}”.", title=data.display_title))
    story: list[Flowable] = [
        Paragraph(markup(ctx.tr("Actions for {name}", name=owner.name)), style.h1),
        Paragraph(markup(workshop + " " + ctx.text(meeting_sentence(data, ctx.lang))), style.body),
    ]
    still_open = sum(a.is_open for a in actions)
    summary = ctx.ntr("{open} open of {total}", "{open} open of {total}", still_open,
                      open=still_open, total=len(actions))
    if overdue:
        summary += ", " + ctx.ntr("{n} overdue", "{n} overdue", overdue)
    story += [Paragraph(markup(summary), style.small), Spacer(1, 10),
              owner_table(ctx, actions, width), Spacer(1, 14),
              Paragraph(markup(ctx.text(next_meeting_sentence(data, ctx.lang))), style.body)]
    contact = contact or Contact(data.facilitator)
    if contact.line():
        story.append(Paragraph(markup(ctx.tr("Questions about these actions: {contact}.",
                                             contact=contact.line())), style.body))
    return story


def render_owner(ctx: ExportContext, owner: Person, target: str | IO[bytes],
                 progress: Progress | None = None, contact: Contact | None = None) -> None:
    # Plain text in reading order: the header makes it printable (shaping it twice would put
    # right-to-left words back in typed order), and metadata readers apply bidi themselves.
    subject = tr("Actions for {name}", ctx.lang, name=owner.name)
    author = contact.name if contact is not None and contact.name else ctx.data.facilitator
    doc = ReportDoc(target, decor(ctx, has_cover=False, subject=subject), title=subject,
                    author=author, progress=progress, first=PORTRAIT,
                    paper=ctx.paper, subject=metadata_subject(ctx), lang=ctx.lang)
    doc.render(owner_story(ctx, owner, contact))


def owner_pdf_bytes(ctx: ExportContext, owner: Person, contact: Contact | None = None) -> bytes:
    buffer = io.BytesIO()
    render_owner(ctx, owner, buffer, contact=contact)
    return buffer.getvalue()
