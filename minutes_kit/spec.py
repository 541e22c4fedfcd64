"""Meeting specs: the YAML a scribe writes, loaded and validated against `schemas/meeting.schema.json`."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_kit.errors import MinutesKitError

SCHEMA_NAME = "meeting.schema.json"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Spec:
    """One validated meeting spec; `data` is plain JSON-like data with dates as ISO strings."""

    data: dict[str, Any]
    path: Path | None
    date: datetime.date
    dates: tuple[datetime.date, ...]
    meeting: str | None

    def meeting_name(self, default: str) -> str:
        """The spec's own meeting name, else `default` (the config's)."""
        return self.meeting if self.meeting is not None else default


def parse_date(value: str, path: str | Path | None = None) -> datetime.date:
    """A strict ISO `YYYY-MM-DD` date, or a one-line error naming the value."""
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise MinutesKitError(f"invalid date {value!r}: expected a real date as YYYY-MM-DD", path)


def _where(path: str | Path | None) -> str | Path:
    return path if path is not None else "<spec>"


def _validate(data: Any, text: str, where: str | Path) -> None:
    import json

    from minutes_kit import cache
    from minutes_kit.resources import schema

    schema_doc = schema(SCHEMA_NAME)
    # A pre-commit run re-reads unchanged specs: remember texts that validated and skip jsonschema's import.
    key = f"valid/{cache.digest('spec-valid', text, json.dumps(schema_doc, sort_keys=True))}"
    if cache.read(key) is not None:
        return
    from minutes_kit.schema_check import first_error

    error = first_error(data, schema_doc, where)
    if error is not None:
        raise error
    cache.write(key, b"ok")


def load_spec_text(text: str, path: str | Path | None = None) -> Spec:
    """Parse and validate spec text; schema errors raise `MinutesKitError` at line:col."""
    from minutes_kit.yamlio import load, to_plain

    where = _where(path)
    if not text.strip():
        raise MinutesKitError("empty spec: expected at least `date: YYYY-MM-DD`", where)
    data = load(text, where)
    if not isinstance(data, dict):
        raise MinutesKitError("a meeting spec must be a mapping (e.g. `date: 2021-11-10`)", where, 1, 1)
    _validate(data, text, where)
    plain: dict[str, Any] = to_plain(data)
    first = parse_date(plain["date"], where)
    more = tuple(parse_date(value, where) for value in plain.get("dates", []))
    return Spec(
        data=plain,
        path=Path(path) if path is not None else None,
        date=first,
        dates=(first, *(d for d in more if d != first)),
        meeting=plain.get("meeting"),
    )


def load_spec(path: str | Path) -> Spec:
    """Read, parse and validate a spec file."""
    from minutes_kit.files import read_source

    return load_spec_text(read_source(path).text, path)
