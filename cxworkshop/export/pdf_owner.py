"""One owner's action plan as its own PDF: only their actions, with the context they need."""

from __future__ import annotations

import io
from typing import IO

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import Person
from cxworkshop.export.pdf_actions import action_table
from cxworkshop.export.pdf_doc import PORTRAIT, Progress, ReportDoc, frame_size
from cxworkshop.export.pdf_report import decor
from cxworkshop.export.text import markup


def owner_story(ctx: ExportContext, owner: Person) -> list[Flowable]:
    data, style = ctx.data, ctx.style
    width = frame_size(PORTRAIT)[0]
    actions = data.actions_of(owner.id)
    overdue = sum(action.is_overdue(data.today) for action in actions)
    story: list[Flowable] = [
        Paragraph(markup(ctx.tr("Actions for {name}", name=owner.name)), style.h1),
        Paragraph(markup(ctx.tr("From the workshop “{title}” with {client}, {date}.",
                                title=data.display_title, client=data.client or "—",
                                date=ctx.long_date(data.report_date))), style.body),
    ]
    summary = ctx.tr("{open} open of {total}", open=sum(a.is_open for a in actions),
                     total=len(actions))
    if overdue:
        summary += ", " + ctx.tr("{count} overdue", count=overdue)
    story += [Paragraph(markup(summary), style.small), Spacer(1, 10),
              action_table(ctx, actions, width)]
    if data.facilitator:
        story += [Spacer(1, 14), Paragraph(markup(ctx.tr(
            "Questions about these actions: {name}, facilitator of the workshop.",
            name=data.facilitator)), style.small)]
    return story


def render_owner(ctx: ExportContext, owner: Person, target: str | IO[bytes],
                 progress: Progress | None = None) -> None:
    subject = ctx.tr("Actions for {name}", name=owner.name)
    doc = ReportDoc(target, decor(ctx, has_cover=False, subject=subject), title=subject,
                    author=ctx.text(ctx.data.facilitator), progress=progress, first=PORTRAIT)
    doc.render(owner_story(ctx, owner))


def owner_pdf_bytes(ctx: ExportContext, owner: Person) -> bytes:
    buffer = io.BytesIO()
    render_owner(ctx, owner, buffer)
    return buffer.getvalue()
