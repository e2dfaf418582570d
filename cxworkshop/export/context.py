"""What every piece of a PDF export shares: the snapshot, the language, printable text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cxworkshop.export.data import CardInfo, WorkshopData
from cxworkshop.export.dates import long_date, short_date
from cxworkshop.export.glyphs import GlyphReport, Printable
from cxworkshop.export.options import ReportOptions
from cxworkshop.export.pdf_style import Styles, styles
from cxworkshop.i18n import ntr, tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import Channel


@dataclass
class ExportContext:
    data: WorkshopData
    lang: str
    text: Printable
    style: Styles = field(default_factory=styles)
    # Cards whose text the map had to shorten, numbered for the appendix that prints them whole.
    abbreviated: dict[int, int] = field(default_factory=dict)
    options: ReportOptions = field(default_factory=ReportOptions)

    @classmethod
    def of(cls, data: WorkshopData, lang: str | None = None,
           report: GlyphReport | None = None,
           options: ReportOptions | None = None) -> ExportContext:
        return cls(data, lang or data.language, Printable(report),
                   options=options or ReportOptions())

    @property
    def paper(self) -> str:
        """"a4", "a3" or "letter": the size of every page (maps on its landscape side)."""
        return self.options.paper

    @property
    def logo(self) -> Path | None:
        return self.options.logo

    @property
    def consultant(self) -> str:
        """Who signs the report: the name from Preferences, else the workshop's facilitator."""
        return self.options.consultant_name or self.data.facilitator

    @property
    def consultant_email(self) -> str:
        if self.options.consultant_email:
            return self.options.consultant_email
        marked = [person for person in self.data.participants if person.is_facilitator]
        named = [person for person in marked if person.name == self.consultant] or marked
        return named[0].email if named else ""

    def abbreviate(self, card: CardInfo) -> int:
        """The appendix number of `card`, printed there whole (one number per card)."""
        return self.abbreviated.setdefault(card.id, len(self.abbreviated) + 1)

    def tr(self, english: str, **params: object) -> str:
        """A translated sentence with user values filled in, ready to print."""
        return self.text(tr(english, self.lang, **params))

    def ntr(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        """A counted sentence in the form that fits `n` ("1 scheda", "2 schede")."""
        return self.text(ntr(singular, plural, n, self.lang, **params))

    def label(self, enum: type, value: str | None) -> str:
        return self.text(label(enum, value, self.lang))

    def short_date(self, day: date | datetime | None) -> str:
        return short_date(day, self.lang)

    def long_date(self, day: date | datetime | None) -> str:
        return long_date(day, self.lang)

    def page_label(self, page: int, total: int) -> str:
        return tr("Page {page} of {total}", self.lang, page=page, total=total)

    def card_meta(self, card: CardInfo) -> str:
        parts: list[str] = []
        if card.emotion is not None:
            face = "☺" if card.emotion > 0 else "☹" if card.emotion < 0 else "○"
            parts.append(f"{face} {card.emotion:+d}" if card.emotion else f"{face} 0")
        if card.channel:
            parts.append(self.label(Channel, card.channel))
        if card.votes:
            parts.append(f"● {card.votes}")
        number = self.abbreviated.get(card.id)
        if number is not None:
            parts.append(f"→ *{number}")
        return "  ·  ".join(parts)
