"""Where action items are written: lines of Markdown minutes and entries of meeting specs.

Recognised: `Action item:`/`Action:`/`AI:`/`TODO:` lines (owner in parentheses after the keyword,
as a speaker prefix, or at the end, else the enclosing topic's owners), the items under an
"Action Items" heading, label or line, task-list items `[ ]`/`[x]`, and spec `actions` entries.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from minutes_kit.archive.lines import ActionLine, action_line, action_owners, split_owners, task_line
from minutes_kit.archive.outline import Node
from minutes_kit.config import Config

_LABEL = re.compile(r"^\*\*(?P<title>[^*\n]+)\*\*:?$")


@dataclass(frozen=True)
class Sighting:
    """One mention of an action item in one meeting."""

    text: str
    owners: tuple[str, ...]
    date: datetime.date
    path: str
    line: int
    done: bool
    id: str | None = None
    since: datetime.date | None = None


# -- Markdown -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    date: datetime.date
    path: str
    config: Config


def _sighting(found: ActionLine, owners: tuple[str, ...], line: int, where: _Where) -> Sighting:
    return Sighting(found.text, found.owners or owners, where.date, where.path, line, found.done)


def _recognise(
    text: str, owners: tuple[str, ...], listed: bool, config: Config
) -> tuple[ActionLine | None, tuple[str, ...]]:
    """The action item a list item states (if any) and the owners its children inherit."""
    _, own = split_owners(text, config)
    owners = tuple(own) or owners
    found = action_line(text, config) or task_line(text, config)
    if found is None and listed and text.strip():
        found = ActionLine(*_plain_action(text, config))
    return found, owners


def _in_item(node: Node, owners: tuple[str, ...], listed: bool, where: _Where) -> Iterator[Sighting]:
    first = node.children[0].text.split("\n")[0] if node.children and node.children[0].kind != "list" else ""
    found, owners = _recognise(first, owners, listed, where.config)
    if found is not None and found.text:
        yield _sighting(found, owners, node.line, where)
    heads = found is not None and not found.text
    for child in node.children[1:] if first else node.children:
        yield from _in_block(child, owners, heads, where)


def _plain_action(text: str, config: Config) -> tuple[str, tuple[str, ...], bool]:
    # Under an "Action Items" heading, any line is an item; a struck or "(done)" line is done.
    body, owners = action_owners(text.strip(), config)
    struck = body.startswith("~~") and body.endswith("~~")
    done = struck or bool(re.search(r"\(done\)$|\bdone\.?$", body, re.IGNORECASE))
    return body.strip("~ "), tuple(owners), done


def _in_block(node: Node, owners: tuple[str, ...], listed: bool, where: _Where) -> Iterator[Sighting]:
    if node.kind == "list":
        for item in node.children:
            yield from _in_item(item, owners, listed, where)
    elif node.kind == "paragraph":
        for offset, text in enumerate(node.text.split("\n")):
            found = action_line(text, where.config)
            if found is not None and found.text:
                yield _sighting(found, owners, node.line + offset, where)


def _heads_actions(node: Node, config: Config) -> bool | None:
    """True/False for a heading or label (does it open an action-items part?), None for other blocks."""
    label = _LABEL.match(node.text) if node.kind == "paragraph" else None
    if node.kind != "heading" and label is None:
        return None
    found = action_line(label.group("title") if label else node.text, config)
    return found is not None and not found.text


def markdown_sightings(nodes: list[Node], date: datetime.date, path: str, config: Config) -> list[Sighting]:
    """Every action item of one Markdown meeting."""
    where = _Where(date, path, config)
    found: list[Sighting] = []
    listed = False
    for node in nodes:
        heads = _heads_actions(node, config)
        if heads is not None:
            listed = heads
            continue
        found.extend(_in_block(node, (), listed, where))
    return found


# -- Specs ----------------------------------------------------------------------------------------


def _names(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def _line(node: Any, key: Any) -> int:
    from minutes_kit.yamlio import position

    return position(node, key)[0] or 1


def as_date(value: Any) -> datetime.date | None:
    """A date from a YAML date or an ISO string; None when it is neither."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def _spec_actions(entries: Any, date: datetime.date, path: str) -> Iterator[Sighting]:
    for index, entry in enumerate(entries or []):
        if isinstance(entry, str):
            yield Sighting(entry, (), date, path, _line(entries, index), False)
            continue
        yield Sighting(
            str(entry.get("text", "")), _names(entry.get("owners")), date, path, _line(entries, index),
            entry.get("status") == "done", str(entry["id"]) if entry.get("id") else None, as_date(entry.get("since")),
        )  # fmt: skip


def _spec_items(items: Any, owners: tuple[str, ...], listed: bool, where: _Where) -> Iterator[Sighting]:
    for index, item in enumerate(items or []):
        text = item if isinstance(item, str) else str(item.get("text", ""))
        mine = owners if isinstance(item, str) else (_names(item.get("owners")) or owners)
        found, mine = _recognise(text, mine, listed, where.config)
        if found is not None and found.text:
            yield _sighting(found, mine, _line(items, index), where)
        if not isinstance(item, str):
            heads = found is not None and not found.text
            yield from _spec_items(item.get("items"), mine, heads, where)


def spec_sightings(data: Any, date: datetime.date, path: str, config: Config) -> list[Sighting]:
    """Every action item of one spec (ruamel round-trip data, for line numbers)."""
    where = _Where(date, path, config)
    found: list[Sighting] = []
    for section in data.get("sections") or []:
        title = section.get("title")
        heads = bool(title) and (a := action_line(str(title), config)) is not None and not a.text
        found.extend(_spec_actions(section.get("actions"), date, path))
        for key in ("topics", "bullets"):
            found.extend(_spec_items(section.get(key), (), heads, where))
    found.extend(_spec_actions(data.get("actions"), date, path))
    return found
