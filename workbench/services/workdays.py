"""Working-day arithmetic for step deadlines, and month arithmetic for re-review dates."""

from __future__ import annotations

import calendar
from collections.abc import Set
from datetime import date, timedelta


def is_working_day(day: date, holidays: Set[date] = frozenset(),
                   extra_workdays: Set[date] = frozenset()) -> bool:
    """Mon-Fri, minus declared holidays, plus weekend days declared as worked (调休)."""
    if day in extra_workdays:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: Set[date] = frozenset(),
                     extra_workdays: Set[date] = frozenset()) -> date:
    """The day ``days`` working days after ``start`` (the start day itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current, holidays, extra_workdays):
            remaining -= 1
    return current


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
