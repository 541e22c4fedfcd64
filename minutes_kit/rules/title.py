"""title: the first heading names the meeting and its date, and the date matches the file name.

The title is the first heading of the minutes. Per the config's `title` pattern (default
`{meeting} {date:%m/%d/%Y}`) it holds the meeting name (compared case-insensitively, ignoring
punctuation) and one or more dates. Real variants are accepted: the date first
(`## 07/1/2020 Nimbus ...`), no zero padding (`7/8/2020`), closing hashes, two dates
(`8/4/2020, 8/5/2020`). Every title date must be one of the dates in the file name, read through the
`filename` pattern (default `{date:%m%d%Y} {meeting}.md`) and its real variants (`0713-0715 X.md`,
`0722_0723 X.md`, where the year comes from the title). A spec's `date` must match the date in its
file name (`meetings/2021-11-10.yaml`), and an explicit spec `title` must carry one of its dates.

Options:
- `require_date` (bool, default true): a title without any date is a finding.
- `require_meeting` (bool, default true): a title without the meeting name is a finding.

Passes:  `# Nimbus Open Source Community Meeting 11/10/2021` in `11102021 Nimbus Open Source Community Meeting.md`
Fails:   the same title in `11172021 Nimbus Open Source Community Meeting.md`
         -> 1:40 `title date 11/10/2021 does not match the file name's date 11/17/2021`
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from minutes_kit.dates import date_format, filename_dates, format_date, iso_dates, title_dates
from minutes_kit.document import Document
from minutes_kit.finding import Problem

ID = "title"
SEVERITY = "error"
DESCRIPTION = "The first heading names the meeting and a date that matches the file name."
FIXABLE = False
KINDS = frozenset({"markdown", "spec"})


@dataclass(frozen=True)
class Options:
    require_date: bool = True
    require_meeting: bool = True


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def names_meeting(title: str, meeting: str) -> bool:
    """Whether the title holds the meeting name, ignoring case and punctuation."""
    wanted = _words(meeting)
    return not wanted or f" {wanted} " in f" {_words(title)} "


def _joined(dates: list[datetime.date], fmt: str) -> str:
    return ", ".join(format_date(d, fmt) for d in dates)


def _title_problems(
    line: int, column: int, title: str, meeting: str, fmt: str, options: Options
) -> Iterator[Problem]:
    if options.require_meeting and not names_meeting(title, meeting):
        yield Problem(line, column, f'title does not name the meeting "{meeting}"', text=title)
    if options.require_date and not title_dates(title, fmt):
        example = format_date(datetime.date(2021, 11, 10), fmt)
        yield Problem(line, column, f"title has no date (expected one like {example})", text=title)


def _mismatches(
    line: int, column: int, title: str, fmt: str, allowed: list[datetime.date], where: str
) -> Iterator[Problem]:
    for match in title_dates(title, fmt):
        if match.date not in allowed:
            shown = title[match.start : match.end]
            yield Problem(
                line,
                column + match.start,
                f"title date {format_date(match.date, fmt)} does not match {where} {_joined(allowed, fmt)}",
                text=shown,
            )


def _markdown(document: Document, options: Options) -> Iterator[Problem]:
    config = document.config
    if not document.headings:
        yield Problem(1, 1, "no title: the minutes should start with a heading naming the meeting and date")
        return
    heading = document.headings[0]
    fmt = date_format(config.title)
    yield from _title_problems(heading.line, heading.column, heading.text, config.meeting, fmt, options)
    found = title_dates(heading.text, fmt)
    year = found[0].date.year if found else None
    named = filename_dates(PurePath(document.path).name, config.filename, year)
    if named:
        label = "the file name's date" + ("s" if len(named) > 1 else "")
        yield from _mismatches(heading.line, heading.column, heading.text, fmt, named, label)


def _spec_dates(document: Document) -> list[datetime.date]:
    extra = dict(document.extra)
    raw = extra.get("dates", ())
    dates = []
    for value in raw if isinstance(raw, tuple) else ():
        try:
            dates.append(datetime.date.fromisoformat(str(value)))
        except ValueError:
            continue
    return dates


def _spec(document: Document, options: Options) -> Iterator[Problem]:
    config = document.config
    dates = _spec_dates(document)
    if document.spec_date and document.spec_date_position:
        named = iso_dates(PurePath(document.path).stem)
        try:
            date = datetime.date.fromisoformat(document.spec_date)
        except ValueError:
            date = None
        if named and date is not None and date not in named:
            line, column = document.spec_date_position
            yield Problem(
                line,
                column,
                f"spec date {date.isoformat()} does not match the file name's date {named[0].isoformat()}",
                text=document.spec_date,
            )
    if document.spec_title is not None:
        line, column, title = document.spec_title
        fmt = date_format(config.title)
        meeting = str(dict(document.extra).get("meeting", config.meeting))
        yield from _title_problems(line, column, title, meeting, fmt, options)
        if dates:
            yield from _mismatches(line, column, title, fmt, dates, "the spec's date" + ("s" if len(dates) > 1 else ""))


def check(document: Document, options: Options) -> Iterator[Problem]:
    if document.kind == "spec":
        yield from _spec(document, options)
    else:
        yield from _markdown(document, options)
