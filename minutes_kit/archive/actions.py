"""Action items across meetings: found in Markdown minutes and in specs, followed by a stable id.

An item is seen once per meeting that mentions it. Sightings with the same normalised text (or the
same carried `id`) are one item; its id is a short hash of that text and the first meeting's date,
so carrying it forward week after week keeps the id.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes_kit.archive.sightings import Sighting, as_date
from minutes_kit.config import CONFIG_NAMES, Config
from minutes_kit.errors import MinutesKitError

UNASSIGNED = "UNASSIGNED"
_MARKUP = re.compile(r"[*_`~]+")


@dataclass
class Action:
    """An action item followed across meetings."""

    id: str
    text: str
    owners: tuple[str, ...]
    since: datetime.date
    path: str
    line: int
    status: str = "open"
    last: datetime.date | None = None
    meetings: list[datetime.date] = field(default_factory=list)
    open_for: int = 1

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `--format json`."""
        return {
            "id": self.id, "text": self.text, "owners": list(self.owners), "status": self.status,
            "since": self.since.isoformat(), "last_seen": (self.last or self.since).isoformat(),
            "source": f"{self.path}:{self.line}", "meetings": [d.isoformat() for d in self.meetings],
            "open_for_meetings": self.open_for,
        }  # fmt: skip


def normalise(text: str) -> str:
    """The text an item is recognised by across meetings: no markup, case or spacing differences."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip(" .;,:").casefold()


def action_id(text: str, since: datetime.date) -> str:
    """Stable id: a short hash of the normalised text and the date of the meeting that raised it."""
    return hashlib.sha1(f"{normalise(text)}|{since.isoformat()}".encode()).hexdigest()[:8]


# -- Across meetings ------------------------------------------------------------------------------


def follow(sightings: Iterable[Sighting], meetings: Iterable[datetime.date]) -> list[Action]:
    """Merge sightings into items (oldest first) with ids, status and how many meetings each was open."""
    ordered = sorted(sightings, key=lambda s: (s.date, s.path, s.line))
    by_text: dict[str, str] = {}
    actions: dict[str, Action] = {}
    for seen in ordered:
        key = normalise(seen.text)
        # A carried id wins once known; otherwise the same text means the same item.
        known = seen.id if seen.id in actions else None
        ident = known or by_text.get(key) or seen.id or action_id(seen.text, seen.since or seen.date)
        by_text.setdefault(key, ident)
        action = actions.get(ident)
        if action is None:
            since = seen.since or seen.date
            action = actions[ident] = Action(ident, seen.text, seen.owners, since, seen.path, seen.line)
        action.owners = seen.owners or action.owners
        action.status = "done" if seen.done else "open"
        action.last = seen.date
        if seen.date not in action.meetings:
            action.meetings.append(seen.date)
    dates = sorted(set(meetings))
    for action in actions.values():
        end = action.last if action.status == "done" else (dates[-1] if dates else action.last)
        action.open_for = max(1, sum(1 for d in dates if action.since <= d <= (end or action.since)))
    return sorted(actions.values(), key=lambda a: (a.since, a.path, a.line))


# -- Meetings of a repository ---------------------------------------------------------------------

_SKIP = frozenset({"node_modules", "venv", "site-packages", "__pycache__"})
_SUFFIXES = (".md", ".yaml", ".yml")


@dataclass(frozen=True)
class Meeting:
    """One meeting file: its date, whether it is a spec, and the action items it mentions."""

    date: datetime.date
    path: Path
    is_spec: bool
    sightings: tuple[Sighting, ...]


def _files(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """(file, named explicitly) for the Markdown and YAML files under the paths."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                hidden = any(part.startswith(".") or part in _SKIP for part in parts)
                if child.suffix in _SUFFIXES and child.name not in CONFIG_NAMES and not hidden and child.is_file():
                    yield child, False
        elif path.is_file():
            yield path, True
        else:
            raise MinutesKitError("no such file or folder", path)


def _spec_meeting(path: Path, text: str, config: Config) -> Meeting | None:
    from minutes_kit.archive.sightings import spec_sightings
    from minutes_kit.yamlio import load

    data = load(text, path)
    day = as_date(data.get("date")) if isinstance(data, dict) else None
    if day is None:
        return None
    return Meeting(day, path, True, tuple(spec_sightings(data, day, str(path), config)))


def read_meeting(path: Path, config: Config) -> Meeting | None:
    """The meeting a file records, or None when it is not meeting minutes (no date anywhere)."""
    from minutes_kit.archive.importer import meeting_dates
    from minutes_kit.archive.outline import parse_outline
    from minutes_kit.archive.sightings import markdown_sightings
    from minutes_kit.files import read_source

    text = read_source(path, allow_empty=True).text
    if path.suffix != ".md":
        return _spec_meeting(path, text, config)
    nodes = parse_outline(text)
    dates = meeting_dates(nodes, path, config)
    if not dates:
        return None
    return Meeting(dates[0], path, False, tuple(markdown_sightings(nodes, dates[0], str(path), config)))


def find_meetings(paths: Iterable[Path], config: Config) -> list[Meeting]:
    """The meetings under the paths, oldest first; a spec wins over Markdown minutes of the same date."""
    seen: set[Path] = set()
    meetings: list[Meeting] = []
    for path, explicit in _files(paths):
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        meeting = read_meeting(path, config)
        if meeting is None and explicit:
            raise MinutesKitError("no meeting date in this file (title, file name or spec `date`)", path)
        if meeting is not None:
            meetings.append(meeting)
    with_spec = {m.date for m in meetings if m.is_spec}
    kept = [m for m in meetings if m.is_spec or m.date not in with_spec]
    return sorted(kept, key=lambda m: (m.date, str(m.path)))


def default_paths(config: Config) -> list[Path]:
    """Where `actions` looks without arguments: the specs folder and the repository's Markdown."""
    return [path for path in (config.specs_dir, config.base) if path.is_dir()]


def collect(meetings: Sequence[Meeting]) -> list[Action]:
    """Every action item of the meetings, followed across them."""
    return follow((s for m in meetings for s in m.sightings), (m.date for m in meetings))


def open_actions_before(date: datetime.date, config: Config, folder: Path) -> list[dict[str, Any]]:
    """The open action items of the latest meeting before `date`, as spec `actions` entries to carry."""
    paths = [p for p in (folder, config.base) if p.is_dir()]
    meetings = [m for m in find_meetings(paths, config) if m.date < date]
    if not meetings:
        return []
    latest = meetings[-1].date
    carried = []
    for action in collect(meetings):
        if action.status == "open" and latest in action.meetings:
            entry: dict[str, Any] = {"text": action.text}
            if action.owners:
                entry["owners"] = action.owners[0] if len(action.owners) == 1 else list(action.owners)
            entry.update(since=action.since.isoformat(), id=action.id, status="open")
            carried.append(entry)
    return carried


def canonical(name: str, config: Config) -> str:
    """A roster name for a name or alias (case-insensitive); the name itself when not on the roster."""
    folded = name.casefold()
    for person in config.people:
        if folded in {n.casefold() for n in person.names} or folded == person.name.split()[0].casefold():
            return person.name
    return name


def by_owner(actions: Iterable[Action], config: Config) -> list[tuple[str, list[Action]]]:
    """Items grouped by person (an item with two owners under both), UNASSIGNED last, oldest first."""
    groups: dict[str, list[Action]] = {}
    for action in actions:
        owners = dict.fromkeys(canonical(name, config) for name in action.owners) or {UNASSIGNED: None}
        for owner in owners:
            groups.setdefault(owner, []).append(action)
    order = sorted(groups, key=lambda name: (name == UNASSIGNED, name.casefold()))
    return [(name, groups[name]) for name in order]
