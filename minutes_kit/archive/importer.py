"""Existing Markdown minutes -> meeting spec data, so that rendering the spec gives the minutes back.

Everything the spec can express is recognised (title and dates, license header, sections as headings,
bold labels or none, numbered topics, bullets nested to any depth, owners in parentheses, trailing
links, task-list action items); everything else stays as the line's own text, so no word is lost.
"""

from __future__ import annotations

import datetime
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_kit.archive.lines import NAMES, split_links, split_owners, split_speaker
from minutes_kit.archive.outline import Node, parse_outline
from minutes_kit.config import Config
from minutes_kit.errors import MinutesKitError

_LABEL = re.compile(r"^\*\*(?P<title>[^*\n]+)\*\*$")
_TASK = re.compile(
    r"^\[(?P<box>[ x])\] (?P<text>.+?)(?: \(due (?P<due>\d{4}-\d{2}-\d{2})\))?"
    rf"(?: \((?P<owners>{NAMES})\))?$"
)


@dataclass(frozen=True)
class Imported:
    """A spec built from Markdown, with what was recognised along the way."""

    data: dict[str, Any]
    date: datetime.date
    owners: tuple[str, ...]
    speakers: tuple[str, ...]
    links: int
    actions: int


@dataclass
class _Seen:
    owners: list[str]
    speakers: list[str]
    links: int = 0
    actions: int = 0


def _names(value: list[str]) -> str | list[str]:
    return value[0] if len(value) == 1 else value


class _Builder:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.seen = _Seen([], [])

    def item(self, node: Node) -> str | dict[str, Any]:
        parts: list[str] = []
        children: list[str | dict[str, Any]] = []
        numbered: bool | None = None
        for child in node.children:
            if child.kind == "list":
                numbered = child.ordered if numbered is None else numbered
                children.extend(self.item(grandchild) for grandchild in child.children)
            else:
                parts.append(child.text)
        return self.line("\n".join(parts), children, bool(numbered))

    def line(self, text: str, children: list[str | dict[str, Any]], numbered: bool) -> str | dict[str, Any]:
        found, _ = split_speaker(text, self.config)
        if found:
            self.seen.speakers.append(found)
        rest, owners = split_owners(text, self.config)
        rest, links = split_links(rest)
        self.seen.owners.extend(owners)
        self.seen.links += len(links)
        if not (owners or links or children):
            return text
        data: dict[str, Any] = {"text": rest}
        if links:
            data["links"] = links
        if owners:
            data["owners"] = _names(owners)
        if children:
            data["items"] = children
            if numbered:
                data["numbered"] = True
        return data

    def actions(self, node: Node) -> list[dict[str, Any]] | None:
        """A flat list of `[ ] ...` task items as spec actions, when they render back identically."""
        found = []
        for item in node.children:
            match = _TASK.match(item.children[0].text) if len(item.children) == 1 else None
            if match is None or item.children[0].kind != "paragraph":
                return None
            action: dict[str, Any] = {"text": match.group("text")}
            if match.group("due"):
                action["due"] = match.group("due")
            if match.group("owners"):
                action["owners"] = _names(match.group("owners").split("/"))
            if match.group("box") == "x":
                action["status"] = "done"
            found.append(action)
        self.seen.actions += len(found)
        return found


def _new_section(node: Node) -> dict[str, Any]:
    if node.kind == "heading":
        section: dict[str, Any] = {"title": node.text}
        if node.level != 2:
            section["level"] = node.level
        return section
    return {"title": _LABEL.match(node.text).group("title"), "style": "label"}  # type: ignore[union-attr]


def _place_list(section: dict[str, Any], node: Node, builder: _Builder) -> bool:
    """Put a list into the section if the template would render it at this point; False if not."""
    actions = None if node.ordered else builder.actions(node)
    if actions is not None:
        if "actions" in section:
            return False
        section["actions"] = actions
        return True
    key = "topics" if node.ordered else "bullets"
    later = ("topics", "bullets", "actions") if node.ordered else ("bullets", "actions")
    if any(k in section for k in later):
        return False
    section[key] = [builder.item(child) for child in node.children]
    if node.ordered and node.start != 1:
        section["start"] = node.start
    return True


def _place_text(section: dict[str, Any], text: str) -> bool:
    if any(k in section for k in ("topics", "bullets", "actions")):
        return False
    section["text"] = f"{section['text']}\n\n{text}" if "text" in section else text
    return True


def build_sections(nodes: Iterable[Node], builder: _Builder) -> list[dict[str, Any]]:
    """Sections in the template's order (title, text, topics, bullets, actions), split where needed."""
    sections: list[dict[str, Any]] = []
    for node in nodes:
        if node.kind == "heading" or (node.kind == "paragraph" and _LABEL.match(node.text)):
            sections.append(_new_section(node))
            continue
        if not sections:
            sections.append({})
        if node.kind == "list":
            placed = _place_list(sections[-1], node, builder)
            if not placed:
                sections.append({})
                _place_list(sections[-1], node, builder)
        elif not _place_text(sections[-1], node.text):
            sections.append({"text": node.text})
    return sections


def _title_dates(title: str, config: Config) -> list[datetime.date]:
    from minutes_kit.dates import date_format, title_dates

    return [match.date for match in title_dates(title, date_format(config.title))]


def _meeting_from_title(title: str, config: Config) -> str:
    from minutes_kit.dates import date_format, title_dates

    for match in reversed(title_dates(title, date_format(config.title))):
        title = title[: match.start] + " " + title[match.end :]
    return re.sub(r"\s+", " ", title).strip(" ,&-–_#")


def file_dates(path: str | Path, config: Config, year: int | None = None) -> list[datetime.date]:
    """Meeting dates in a file name, by the config's `filename` pattern or in ISO form."""
    from minutes_kit.dates import filename_dates, iso_dates

    name = Path(path).name
    return filename_dates(name, config.filename, year) or iso_dates(name)


def _title_fields(title: str, dates: list[datetime.date], config: Config) -> dict[str, Any]:
    """meeting/date/dates, plus the title itself unless the config's pattern reproduces it."""
    from minutes_kit.render import format_pattern

    fields: dict[str, Any] = {}
    meeting = _meeting_from_title(title, config) if _title_dates(title, config) else config.meeting
    if meeting and meeting != config.meeting:
        fields["meeting"] = meeting
    fields["date"] = dates[0]
    if len(dates) > 1:
        fields["dates"] = dates[1:]
    if format_pattern(config.title, meeting or config.meeting, dates, config.source) != title:
        fields["title"] = title
    return fields


def _license(nodes: list[Node], config: Config) -> tuple[Any, list[Node]]:
    """The license block right under the title: None when it is the configured one, else its text / False."""
    first = nodes[0] if nodes else None
    if first is None or first.kind != "raw" or not first.text.startswith((" ", "\t")):
        return (False if config.license_header else None), nodes
    text = textwrap.dedent(first.text).strip("\n")
    if text.split() == config.license_header.split():
        return None, nodes[1:]
    return text, nodes[1:]


def meeting_dates(nodes: list[Node], path: str | Path, config: Config) -> list[datetime.date]:
    """The meeting's dates: from the title, else from the file name."""
    title = nodes[0].text if nodes and nodes[0].kind == "heading" else ""
    found = _title_dates(title, config)
    year = found[0].year if found else None
    return found or file_dates(path, config, year)


def import_markdown(
    text: str, path: str | Path, config: Config, date: datetime.date | None = None
) -> Imported:
    """Spec data for Markdown minutes (pure); `date` overrides the date read from title and file name."""
    nodes = parse_outline(text)
    if not nodes:
        raise MinutesKitError("no Markdown content to import", path)
    dates = [date] if date is not None else meeting_dates(nodes, path, config)
    if not dates:
        raise MinutesKitError("no meeting date in the title or the file name; give one with --date", path)
    has_title = nodes[0].kind == "heading"
    data: dict[str, Any] = _title_fields(nodes[0].text, dates, config) if has_title else {"date": dates[0]}
    license_text, rest = _license(nodes[1:] if has_title else nodes, config)
    if license_text is not None:
        data["license"] = license_text
    builder = _Builder(config)
    sections = build_sections(rest, builder)
    if sections:
        data["sections"] = sections
    seen = builder.seen
    return Imported(
        data, dates[0], tuple(dict.fromkeys(seen.owners)), tuple(dict.fromkeys(seen.speakers)), seen.links,
        seen.actions,
    )


def _literal(node: Any) -> Any:
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(node, dict):
        return {key: _literal(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_literal(value) for value in node]
    if isinstance(node, str) and "\n" in node:
        # Block scalars keep multi-line text readable; clipped, so no trailing newline is added.
        return LiteralScalarString(node)
    return node


def spec_yaml(data: dict[str, Any]) -> str:
    """The spec file for imported data: the schema hint line, then terse YAML."""
    from minutes_kit.scaffold import schema_hint
    from minutes_kit.yamlio import dump

    return schema_hint() + dump(_literal(data))


@dataclass(frozen=True)
class RoundTrip:
    """Markdown imported and rendered again, and whether it kept its text lines and its structure."""

    spec_text: str
    rendered: str
    same_lines: bool
    same_structure: bool


def round_trip(text: str, path: str | Path, config: Config) -> RoundTrip:
    """Import Markdown, write the spec, load it back, render it and compare with the original."""
    from minutes_kit.archive.outline import structure, text_lines
    from minutes_kit.render import make_env, render_spec
    from minutes_kit.spec import load_spec_text

    spec_text = spec_yaml(import_markdown(text, path, config).data)
    rendered = render_spec(load_spec_text(spec_text, path), make_env(config), config)
    before, after = parse_outline(text), parse_outline(rendered)
    return RoundTrip(
        spec_text, rendered, text_lines(before) == text_lines(after), structure(before) == structure(after)
    )
