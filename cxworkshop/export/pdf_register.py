"""The channel ownership register and the gap checks, as pages of the full report (issue 17).

One table (who owns each channel, with deputy, competences, scope, procedure and response
time), then the gaps: a count per kind and, under each kind that has some, what they are
about. Read from the export snapshot only; the checks are model.gaps, the words gap_text.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from cxworkshop.export.context import ExportContext
from cxworkshop.export.fonts import BOLD, register_fonts
from cxworkshop.export.gap_text import KIND_TITLES, count_text, snapshot_input
from cxworkshop.export.pdf_doc import PORTRAIT
from cxworkshop.export.pdf_doc import frame_size as frame
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.channel_register import RegisterLine, register_lines
from cxworkshop.model.enums import Channel
from cxworkshop.model.gaps import Gap, GapKind, count_by_kind, find_gaps

ITEMS_PER_KIND = 40  # a long list says "and N more" instead of filling pages


def channel_name(ctx: ExportContext, line: RegisterLine) -> str:
    return ctx.label(Channel, line.channel) if line.channel else ctx.text(line.name)


def _register_table(ctx: ExportContext, lines: list[RegisterLine], width: float) -> Flowable:
    style = ctx.style
    people = {person.id: person.name for person in ctx.data.participants}
    rows = []
    for line in lines:
        owner = people.get(line.owner_id) if line.owner_id is not None else None
        deputy = people.get(line.deputy_id) if line.deputy_id is not None else None
        who = [f"<b>{markup(ctx.text(owner))}</b>" if owner else f"<i>{markup(ctx.tr('Without an owner'))}</i>"]
        if deputy:
            who.append(markup(ctx.tr("Deputy: {name}", name=deputy)))
        name = [f"<b>{markup(channel_name(ctx, line))}</b>"]
        if line.cards:
            name.append(markup(ctx.ntr("{n} card", "{n} cards", line.cards)))
        rows.append([Paragraph("<br/>".join(name), style.cell), Paragraph("<br/>".join(who), style.cell),
                     para(ctx, line.competences, style.cell), para(ctx, line.scope, style.cell),
                     para(ctx, line.procedure, style.cell), para(ctx, line.response_time, style.cell)])
    header = [ctx.tr("Channel"), ctx.tr("Owner"), ctx.tr("Competences"), ctx.tr("Scope"),
              ctx.tr("Procedure"), ctx.tr("Response time")]
    # Each narrow column at least as wide as its heading ("Tempo di risposta"), which never wraps.
    register_fonts()
    fixed = [max(least, stringWidth(title, BOLD, 8.5) + 14)
             for least, title in zip((66, 84, 80, 68, 60), (*header[:4], header[5]), strict=True)]
    widths = [*fixed[:4], width - sum(fixed), fixed[4]]
    return data_table(header, rows, widths)


def gap_item(ctx: ExportContext, gap: Gap, lines: dict, stages: dict[int, str]) -> str:
    """One gap in words (user text escaped): the channel, the card and its stage, the action,
    or the stage and its departments."""
    stage = stages.get(gap.stage_id) if gap.stage_id is not None else None
    where = f"{markup(ctx.text(stage))}: " if stage else ""
    if gap.kind == GapKind.CHANNEL_WITHOUT_OWNER:
        line = lines.get(gap.channel)
        return markup(channel_name(ctx, line)) if line is not None else markup(ctx.text(gap.subject))
    if gap.kind == GapKind.ACTION_WITHOUT_DUE_DATE:
        return markup(ctx.text(gap.subject))
    if gap.kind == GapKind.HANDOFF_BETWEEN_DEPARTMENTS:
        return f"{where}{markup(ctx.text(' → '.join(gap.departments)))}"
    text = " ".join(gap.subject.split())
    if gap.kind == GapKind.TOUCHPOINT_WITHOUT_PROCEDURE and gap.channel is not None:
        text = f"{text} ({ctx.label(Channel, gap.channel.channel)})"
    return f"{where}{markup(ctx.text(text))}"


def gaps_story(ctx: ExportContext, lines: list[RegisterLine]) -> list[Flowable]:
    style = ctx.style
    story: list[Flowable] = [Heading(ctx.tr("Gaps"), style.h1),
                             Paragraph(markup(ctx.tr("Advice, not errors: what the plan and the register "
                                                     "leave without someone in charge.")), style.small),
                             Spacer(1, 6)]
    gaps = find_gaps(snapshot_input(ctx.data))
    if not gaps:
        return [*story, Paragraph(markup(ctx.tr("No gaps found.")), style.body)]
    counts = count_by_kind(gaps)
    story += [Paragraph("• " + markup(ctx.text(count_text(kind, n, ctx.lang))), style.body)
              for kind, n in counts.items()]
    by_key = {line.key: line for line in lines}
    several = len(ctx.data.maps) > 1  # then a stage says which map it is on
    stages = {stage.id: f"{journey.name} · {stage.name}" if several else stage.name
              for journey in ctx.data.maps for stage in journey.stages}
    for kind, n in counts.items():
        if not n:
            continue
        story += [CondPageBreak(80), Paragraph(markup(ctx.tr(KIND_TITLES[kind])), style.h2)]
        shown = [gap for gap in gaps if gap.kind == kind][:ITEMS_PER_KIND]
        story += [Paragraph("• " + gap_item(ctx, gap, by_key, stages), style.cell) for gap in shown]
        if n > len(shown):
            story.append(Paragraph(markup(ctx.ntr("… and {n} more", "… and {n} more", n - len(shown))),
                                   style.small))
    return story


def register_pages(ctx: ExportContext) -> list[Flowable]:
    """The register and the gaps, from a new portrait page (one line in the report's story)."""
    width, _height = frame(PORTRAIT, ctx.paper)
    style = ctx.style
    cards = [card for journey in ctx.data.maps for card in journey.cards]
    lines = register_lines(cards, ctx.data.channel_owners)
    story: list[Flowable] = [NextPageTemplate(PORTRAIT), PageBreak(),
                             Heading(ctx.tr("Channel ownership register"), style.h1),
                             Paragraph(markup(ctx.tr("Who answers for each channel the customer uses, with "
                                                     "which competences and procedure, and how fast.")),
                                       style.small), Spacer(1, 6)]
    if lines:
        story.append(_register_table(ctx, lines, width))
    else:
        story.append(Paragraph(markup(ctx.tr("No channels yet: set the channel of the touchpoint cards, "
                                             "or add one in the channel register.")), style.body))
    return [*story, Spacer(1, 14), CondPageBreak(160), *gaps_story(ctx, lines)]
