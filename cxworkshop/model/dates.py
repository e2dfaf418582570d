"""Dates as people type them: "15/01/2027", "15/1/27", "15.01.2027", "15-01-2027", "15 1",
"15012027" or ISO "2027-01-15", read in the order of the user's locale (day first in Italian
and British English, month first in American English). Qt-free, so the rules are one place
and tested without a window.

Rules: separators are / . - or a space, mixed freely; a two-digit year is 20yy; no year means
this year; eight, six or four digits without separators are ddmmyyyy, ddmmyy or ddmm (in the
locale's day/month order), and eight digits that are no such day are read as yyyymmdd; four
digits before the first separator are always ISO year-month-day. An empty text is
"no date" (None). Anything else raises DateInputError and says why.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"
YEAR_FIRST = "ymd"
ORDERS = (DAY_FIRST, MONTH_FIRST, YEAR_FIRST)
FIRST_YEAR, LAST_YEAR = 1900, 2999  # wider than any plan; keeps typos like 20277 out

_SEPARATED = re.compile(r"^(\d{1,4})[/.\- ]+(\d{1,2})(?:[/.\- ]+(\d{1,4}))?$")
_DIGITS = re.compile(r"^\d+$")


class DateProblem(Enum):
    FORMAT = "format"  # not a date written in any of the accepted ways
    NO_SUCH_DAY = "no_such_day"  # the shape of a date, but no such day (31/02, month 13)


class DateInputError(ValueError):
    def __init__(self, text: str, problem: DateProblem) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.text = text
        self.problem = problem


def order_of_pattern(pattern: str) -> str:
    """The field order of a date pattern such as Qt's "dd/MM/yy" or "M/d/yy" ("dmy" ...)."""
    positions = {field: pattern.lower().find(field) for field in "dmy"}
    if any(at < 0 for at in positions.values()):
        return DAY_FIRST
    order = "".join(sorted(positions, key=lambda field: positions[field]))
    return order if order in ORDERS else DAY_FIRST


def _year(digits: str) -> int:
    if len(digits) == 2:
        return 2000 + int(digits)
    if len(digits) == 4:
        return int(digits)
    raise ValueError(digits)


def _make(year: int, month: int, day: int, text: str) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateInputError(text, DateProblem.NO_SUCH_DAY)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(text, DateProblem.NO_SUCH_DAY) from None


def _day_month(first: str, second: str, order: str) -> tuple[int, int]:
    """(day, month) from the two leading fields of a non-ISO date."""
    if order == MONTH_FIRST:
        return int(second), int(first)
    return int(first), int(second)


def parse_date(text: str, order: str = DAY_FIRST, today: date | None = None) -> date | None:
    """The date `text` means for a user whose locale writes dates in `order`; None if empty."""
    today = today or date.today()
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned)
    if match is not None:
        first, second, third = match.groups()
        if len(first) == 4:  # ISO, whatever the locale
            if third is None or len(third) > 2:
                raise DateInputError(text, DateProblem.FORMAT)
            return _make(int(first), int(second), int(third), text)
        if len(first) > 2:
            raise DateInputError(text, DateProblem.FORMAT)
        if order == YEAR_FIRST:
            order = DAY_FIRST  # a yyyy-mm-dd locale typing "15/01": read as people write it
        day, month = _day_month(first, second, order)
        try:
            year = today.year if third is None else _year(third)
        except ValueError:
            raise DateInputError(text, DateProblem.FORMAT) from None
        return _make(year, month, day, text)
    if _DIGITS.match(cleaned) and len(cleaned) in (4, 6, 8):
        head, rest = cleaned[:4], cleaned[4:]
        if order == YEAR_FIRST and len(cleaned) == 8:
            return _make(int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]), text)
        day, month = _day_month(head[:2], head[2:], order if order != YEAR_FIRST else DAY_FIRST)
        year = today.year if not rest else _year(rest)
        try:
            return _make(year, month, day, text)
        except DateInputError:
            if len(cleaned) != 8:
                raise
            return _make(int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]), text)  # yyyymmdd
    raise DateInputError(text, DateProblem.FORMAT)


def format_date(value: date, order: str = DAY_FIRST) -> str:
    """`value` written the way parse_date reads it back: 15/01/2027, 01/15/2027, 2027-01-15."""
    if order == YEAR_FIRST:
        return value.isoformat()
    if order == MONTH_FIRST:
        return f"{value.month:02d}/{value.day:02d}/{value.year:04d}"
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
