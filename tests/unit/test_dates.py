"""Dates typed as Italian, British and American users type them (cxworkshop.model.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from cxworkshop.model.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    YEAR_FIRST,
    DateInputError,
    DateProblem,
    format_date,
    order_of_pattern,
    parse_date,
)

TODAY = date(2026, 12, 1)
JAN_15 = date(2027, 1, 15)


@pytest.mark.parametrize("text", ["15/01/2027", "15/1/27", "15.01.2027", "15-01-2027",
                                  "2027-01-15", "2027/1/15", " 15 / 01 / 2027 ", "15/01-27",
                                  "15012027", "150127", "20270115"])
def test_day_first_users(text: str) -> None:
    assert parse_date(text, DAY_FIRST, TODAY) == JAN_15


@pytest.mark.parametrize("text", ["01/15/2027", "1/15/27", "2027-01-15", "01152027"])
def test_month_first_users(text: str) -> None:
    assert parse_date(text, MONTH_FIRST, TODAY) == JAN_15


def test_year_first_locale_reads_iso_and_day_first() -> None:
    assert parse_date("2027-01-15", YEAR_FIRST, TODAY) == JAN_15
    assert parse_date("20270115", YEAR_FIRST, TODAY) == JAN_15
    assert parse_date("15/01/2027", YEAR_FIRST, TODAY) == JAN_15


def test_no_year_is_this_year_and_empty_is_no_date() -> None:
    assert parse_date("15/1", DAY_FIRST, TODAY) == date(2026, 1, 15)
    assert parse_date("1501", DAY_FIRST, TODAY) == date(2026, 1, 15)
    assert parse_date("  ", DAY_FIRST, TODAY) is None


@pytest.mark.parametrize(("text", "problem"), [
    ("31/02/2027", DateProblem.NO_SUCH_DAY), ("15/13/2027", DateProblem.NO_SUCH_DAY),
    ("00/01/2027", DateProblem.NO_SUCH_DAY), ("15/01/0027", DateProblem.NO_SUCH_DAY),
    ("15/01/202", DateProblem.FORMAT), ("15/01/20277", DateProblem.FORMAT),
    ("tomorrow", DateProblem.FORMAT), ("15", DateProblem.FORMAT), ("123/01/2027", DateProblem.FORMAT),
    ("2027-01", DateProblem.FORMAT), ("1501202", DateProblem.FORMAT), ("15//", DateProblem.FORMAT),
])
def test_what_is_not_a_date_says_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date(text, DAY_FIRST, TODAY)
    assert caught.value.problem is problem
    assert caught.value.text == text


def test_format_reads_back_and_patterns_give_the_order() -> None:
    for order in (DAY_FIRST, MONTH_FIRST, YEAR_FIRST):
        assert parse_date(format_date(JAN_15, order), order, TODAY) == JAN_15
    assert format_date(JAN_15) == "15/01/2027"
    assert order_of_pattern("dd/MM/yy") == DAY_FIRST  # it_IT, en_GB
    assert order_of_pattern("M/d/yy") == MONTH_FIRST  # en_US
    assert order_of_pattern("yyyy-MM-dd") == YEAR_FIRST
    assert order_of_pattern("dd.MM.yy") == DAY_FIRST
