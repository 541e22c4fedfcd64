"""Dates in titles and file names, read through the config's `title` and `filename` patterns.

A pattern such as `{meeting} {date:%m/%d/%Y}` names the date's strftime format. Real minutes bend it:
`7/8/2020` without zero padding, two dates `8/4/2020, 8/5/2020`, the date before the meeting name, and
file names such as `0713-0715 X.md` or `0722_0723 X.md` that drop the year (taken from the title).
"""

from __future__ import annotations

import datetime
import re
import string
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DIRECTIVE = re.compile(r"%-?([a-zA-Z%])")
_YEAR_CODES = frozenset("Yy")
# Between two dates of one title or file name: "8/4/2020, 8/5/2020", "0713-0715", "0722_0723", "and".
_JOIN = r"(?:\s*(?:,|&|-|_|–|\band\b)\s*)"
DEFAULT_DATE_FORMAT = "%m/%d/%Y"


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text, with its 0-based start and end offsets."""

    date: datetime.date
    start: int
    end: int


def date_format(pattern: str) -> str:
    """The strftime format of the `{date:...}` field of a pattern (the default if it has none)."""
    for _, field, spec, _ in string.Formatter().parse(pattern):
        if field == "date" and spec:
            return spec
    return DEFAULT_DATE_FORMAT


def format_date(value: datetime.date, fmt: str) -> str:
    """Format a date the way the pattern does (strftime)."""
    return value.strftime(fmt.replace("%-", "%"))


def _directive_regex(code: str, packed: bool) -> str:
    # Fields glued together without separators ("%m%d%Y") must keep their width to be readable.
    digits = {"m": 2, "d": 2, "Y": 4, "y": 2}
    if code in ("b", "B"):
        return f"(?P<{code}>[A-Za-z]{{3,9}})"
    if code in digits:
        width = digits[code]
        return f"(?P<{code}>\\d{{{width}}})" if packed or width == 4 else f"(?P<{code}>\\d{{1,2}})"
    if code == "%":
        return "%"
    return r"\S+?"


@lru_cache(maxsize=64)
def date_regex(fmt: str, *, with_year: bool = True) -> re.Pattern[str]:
    """A tolerant regex for dates in strftime format `fmt` (optionally with its year dropped)."""
    parts = _DIRECTIVE.split(fmt)
    literals, codes = parts[0::2], parts[1::2]
    packed = not any(lit for lit in literals[1:-1])
    pieces = [re.escape(literals[0])]
    for code, literal in zip(codes, literals[1:], strict=True):
        if code in _YEAR_CODES and not with_year:
            continue
        pieces.append(_directive_regex(code, packed))
        pieces.append(re.escape(literal) if (code not in _YEAR_CODES or with_year) else "")
    body = "".join(pieces)
    if not with_year:
        body = body.strip("\\/-._ ")
    return re.compile(rf"(?<![^\W_]){body}(?!\d)")


def _to_date(groups: dict[str, str | None], year: int | None) -> datetime.date | None:
    try:
        month = _month(groups)
        day = int(groups["d"] or "")
        if groups.get("Y"):
            year = int(groups["Y"] or "")
        elif groups.get("y"):
            year = 2000 + int(groups["y"] or "")
        return None if year is None else datetime.date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return None


def _month(groups: dict[str, str | None]) -> int:
    for code in ("b", "B"):
        name = groups.get(code)
        if name:
            return _MONTHS.index(name[:3].lower()) + 1
    return int(groups.get("m") or "")


def find_dates(text: str, fmt: str, year: int | None = None) -> list[DateMatch]:
    """Every date in `text` written in `fmt`; with `year`, also dates written without one."""
    found = [
        DateMatch(d, m.start(), m.end())
        for m in date_regex(fmt).finditer(text)
        if (d := _to_date(m.groupdict(), None)) is not None
    ]
    if found or year is None:
        return found
    return [
        DateMatch(d, m.start(), m.end())
        for m in date_regex(fmt, with_year=False).finditer(text)
        if (d := _to_date(m.groupdict(), year)) is not None
    ]


def title_dates(title: str, fmt: str) -> list[DateMatch]:
    """Dates in a title: in the pattern's format, else in ISO form (`2021-11-10`)."""
    return find_dates(title, fmt) or find_dates(title, "%Y-%m-%d")


def _filename_regex(pattern: str) -> re.Pattern[str] | None:
    """The file-name pattern as a regex whose `dates` group holds one or more joined dates."""
    fmt = date_format(pattern)
    full, bare = date_regex(fmt).pattern, date_regex(fmt, with_year=False).pattern
    one = f"(?:{_strip_names(full)}|{_strip_names(bare)})"
    out = []
    for literal, field, _, _ in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if field == "date":
            out.append(f"(?P<dates>{one}(?:{_JOIN}{one})*)")
        elif field is not None:
            out.append(".*?")
    if "(?P<dates>" not in "".join(out):
        return None
    return re.compile("".join(out), re.IGNORECASE)


def _strip_names(regex: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", regex)


def filename_dates(name: str, pattern: str, year: int | None = None) -> list[datetime.date]:
    """Dates in a file name per the `filename` pattern; `year` completes dates written without one."""
    regex = _filename_regex(pattern)
    match = regex.fullmatch(name) if regex else None
    if match is None:
        # Not named by the pattern (e.g. a hand-named file): only a leading date counts.
        match = re.match(rf"(?P<dates>\d{{4,8}}(?:{_JOIN}\d{{4,8}})*)\b", name)
        if match is None:
            return []
    text = match.group("dates")
    return [m.date for m in find_dates(text, date_format(pattern), year)]


def iso_dates(text: str) -> list[datetime.date]:
    """ISO dates (`2021-11-10`) in a text, such as a spec's file name."""
    return [m.date for m in find_dates(text, "%Y-%m-%d")]
