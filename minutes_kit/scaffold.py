"""Building the next meeting's spec from the config and the latest earlier meeting."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from minutes_kit.config import Config

REVIEW_TITLE = "Review of Action Items"
DEFAULT_SECTION: dict[str, Any] = {"title": "Topics", "style": "label", "topics": []}
_DATE_KEYS = frozenset({"date", "due", "since"})
HELP = """\
# A topic or item is a plain string, or a mapping with text, owners, links and child items:
#   - text: Storage scaling test
#     owners: [Mara Quist, Tobias Renn]
#     items: ["Mara: first run finished", {text: Write the report, items: [draft, review]}]
# Action items: `actions: [{text: ..., owners: ..., due: YYYY-MM-DD, status: open|done}]`.
"""


def spec_files(folder: Path) -> list[tuple[datetime.date, Path]]:
    """The specs in a folder named by their ISO date (`2021-11-10.yaml`), oldest first."""
    found = []
    for path in folder.glob("*.y*ml"):
        try:
            found.append((datetime.date.fromisoformat(path.stem), path))
        except ValueError:
            continue
    return sorted(found)


def latest_before(day: datetime.date, folder: Path) -> Path | None:
    """The newest spec dated before `day`, if any."""
    earlier = [path for when, path in spec_files(folder) if when < day]
    return earlier[-1] if earlier else None


def _empty_topic(topic: str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(topic, str):
        return {"text": topic, "items": []}
    kept = {key: topic[key] for key in ("text", "owners") if key in topic}
    return {**kept, "items": []}


def _empty_section(raw: Mapping[str, Any]) -> dict[str, Any]:
    section = {key: raw[key] for key in ("title", "style", "level") if key in raw}
    if "topics" in raw or not any(key in raw for key in ("bullets", "actions")):
        section["topics"] = [_empty_topic(topic) for topic in raw.get("topics", [])]
    for key in ("bullets", "actions"):
        if key in raw:
            section[key] = []
    return section


def _title_key(section: Mapping[str, Any]) -> str | None:
    title = section.get("title")
    return str(title).strip().casefold() if title else None


def _sections(config: Config, previous: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    # Standing sections first, in the config's order; the previous meeting's own sections follow.
    sections: list[dict[str, Any]] = [{"title": title, "topics": []} for title in config.sections]
    index = {_title_key(section): n for n, section in enumerate(sections)}
    for raw in (previous or {}).get("sections", []):
        emptied = _empty_section(raw)
        key = _title_key(emptied)
        if key is not None and key in index:
            sections[index[key]] = emptied
        else:
            sections.append(emptied)
    return sections or [dict(DEFAULT_SECTION)]


def _carry(sections: list[dict[str, Any]], carried: Sequence[Mapping[str, Any]]) -> None:
    review_key = REVIEW_TITLE.casefold()
    review = next((s for s in sections if _title_key(s) == review_key), None)
    if review is None:
        review = {"title": REVIEW_TITLE}
        sections.insert(0, review)
    seen: set[str] = set()
    actions = []
    for action in carried:
        key = str(action.get("id") or action.get("text", "")).casefold()
        if key not in seen:
            seen.add(key)
            actions.append(dict(action))
    review["actions"] = actions


def new_spec_data(
    day: datetime.date,
    config: Config,
    previous: Mapping[str, Any] | None = None,
    carried: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """The pre-filled spec for `day`: meeting, attendees, standing sections, the previous meeting's
    section and topic titles with their items emptied, and any carried-over action items."""
    attendees = list(config.attendees) or list((previous or {}).get("attendees", []))
    sections = _sections(config, previous)
    if carried:
        _carry(sections, carried)
    return {"meeting": config.meeting, "date": day.isoformat(), "attendees": attendees, "sections": sections}


def _yaml_dates(node: Any, key: str | None = None) -> Any:
    # ISO strings under date keys become dates so the YAML shows them unquoted, as a scribe types them.
    if isinstance(node, dict):
        return {k: _yaml_dates(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_yaml_dates(v) for v in node]
    if key in _DATE_KEYS and isinstance(node, str):
        try:
            return datetime.date.fromisoformat(node)
        except ValueError:
            return node
    return node


def schema_hint() -> str:
    """The `yaml-language-server` modeline pointing editors at the packaged meeting schema."""
    from minutes_kit.resources import schema_path

    return f"# yaml-language-server: $schema={schema_path('meeting.schema.json').resolve().as_uri()}\n"


def spec_text(data: Mapping[str, Any]) -> str:
    """Spec data as the YAML file `new` writes: schema hint, a short how-to, then the data."""
    from minutes_kit.yamlio import dump

    return schema_hint() + HELP + dump(_yaml_dates(dict(data)))
