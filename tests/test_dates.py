from __future__ import annotations

import datetime

import pytest

from minutes_kit.dates import date_format, filename_dates, find_dates, format_date, iso_dates, title_dates

D = datetime.date
PATTERN = "{date:%m%d%Y} {meeting}.md"


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("11102021 Nimbus Open Source Community Meeting.md", None, [D(2021, 11, 10)]),
        ("0713-0715 Nimbus Meeting.md", 2021, [D(2021, 7, 13), D(2021, 7, 15)]),
        ("0722_0723 Nimbus Meeting.md", 2021, [D(2021, 7, 22), D(2021, 7, 23)]),
        ("1223_1227 Nimbus Meeting.md", 2021, [D(2021, 12, 23), D(2021, 12, 27)]),
        ("0713-0715 Nimbus Meeting.md", None, []),
        ("notes.md", 2021, []),
        ("13452021 Nimbus.md", None, []),
    ],
)
def test_filename_dates(name: str, year: int | None, expected: list[datetime.date]) -> None:
    assert filename_dates(name, PATTERN, year) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Nimbus Meeting 11/10/2021", [D(2021, 11, 10)]),
        ("07/1/2021 Nimbus Meeting", [D(2021, 7, 1)]),
        ("Nimbus Meeting 8/4/2021, 8/5/2021", [D(2021, 8, 4), D(2021, 8, 5)]),
        ("Nimbus Meeting 2021-11-10", [D(2021, 11, 10)]),
        ("Nimbus Meeting 13/45/2021", []),
        ("Nimbus design review", []),
    ],
)
def test_title_dates(title: str, expected: list[datetime.date]) -> None:
    assert [m.date for m in title_dates(title, "%m/%d/%Y")] == expected


def test_other_formats_and_helpers() -> None:
    assert date_format("{meeting} {date:%d %b %Y}") == "%d %b %Y"
    assert date_format("{meeting}") == "%m/%d/%Y"
    assert [m.date for m in find_dates("Nimbus 10 Nov 2021", "%d %b %Y")] == [D(2021, 11, 10)]
    assert filename_dates("Nimbus 2021-11-10.md", "{meeting} {date:%Y-%m-%d}.md") == [D(2021, 11, 10)]
    assert format_date(D(2021, 7, 1), "%m/%d/%Y") == "07/01/2021"
    assert iso_dates("2021-11-10") == [D(2021, 11, 10)]
