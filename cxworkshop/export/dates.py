"""Dates as the workshop's language writes them: 23/11/2026 and 23 novembre 2026 in Italian."""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = {
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def short_date(day: date | datetime | None, lang: str) -> str:
    """Numeric date for tables: 23/11/2026 (Italian) or 23 Nov 2026 (English, unambiguous)."""
    if day is None:
        return ""
    if lang == "it":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"


def long_date(day: date | datetime | None, lang: str) -> str:
    """Date in words for covers and letters: 23 novembre 2026 / 23 November 2026."""
    if day is None:
        return ""
    months = _MONTHS["it" if lang == "it" else "en"]
    # Italian writes the first of the month as an ordinal: "1° dicembre", never "1 dicembre".
    number = "1°" if lang == "it" and day.day == 1 else str(day.day)
    return f"{number} {months[day.month - 1]} {day.year}"


def excel_date_format(lang: str) -> str:
    """Number format for date cells in XLSX exports."""
    return "DD/MM/YYYY" if lang == "it" else "DD MMM YYYY"
