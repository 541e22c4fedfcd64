"""What one line of minutes says beyond its words: owners, trailing links, a speaker, an action item."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_kit.config import Config

NAME = r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}"
NAMES = rf"{NAME}(?:/{NAME})*"
_OWNERS = re.compile(rf"^(?P<rest>.*\S)\s+\((?P<names>{NAMES})\)$", re.S)
_LINKS = re.compile(r"^(?P<rest>.*?\S)(?P<links>(?:[ \t]+https?://[^\s()<>]+)+)$", re.S)
_SPEAKER = re.compile(rf"^(?P<name>{NAME})\s?[:：]\s*")
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+(?:[A-Z][a-z]+)?")
# Capitalised words that head a line or fill parentheses without being people: "(Checked)", "Problem:".
NOT_NAMES = frozenset({
    "done", "checked", "check", "wip", "tbd", "todo", "optional", "pending", "ongoing", "open", "closed",
    "merged", "fixed", "solved", "blocked", "progress", "completed", "complete", "ready", "new", "updated",
    "draft", "skipped", "cancelled", "canceled", "problem", "problems", "question", "questions", "answer",
    "action", "actions", "item", "items", "note", "notes", "next", "step", "steps", "update", "status",
    "issue", "issues", "summary", "solution", "discussion", "dependency", "scenario", "integration",
    "target", "result", "results", "plan", "proposal", "design", "test", "testing", "goal", "goals",
    "topic", "topics", "agenda", "comment", "comments", "reason", "background", "ai",
})  # fmt: skip

# `Action item:`, `Action items (Mara):`, `AI -`, `TODO:`; the keyword may be struck or follow a box.
_KEYWORD = re.compile(
    r"^(?P<box>\[[ xX]\]\s*)?(?P<strike>~~)?\s*(?P<kw>action\s*items?|actions?|ai|todo)\b"
    rf"\s*(?:\((?P<owners>{NAMES})\))?\s*(?P<sep>[:：]|\s-\s|$)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.S,
)
_DONE = re.compile(r"(?:^|\s|\()(?:done|completed|closed)\)?\.?\s*$", re.IGNORECASE)


def is_name(name: str, config: Config) -> bool:
    """Whether words in an owner or speaker position name a person: the roster decides when there is one."""
    if config.people:
        known = {alias.casefold() for person in config.people for alias in (*person.names, person.name.split()[0])}
        return name.casefold() in known
    words = name.split()
    return len(words) <= 3 and all(_NAME_WORD.fullmatch(word) and word.casefold() not in NOT_NAMES for word in words)


def split_owners(text: str, config: Config) -> tuple[str, list[str]]:
    """`text (A/B)` -> (`text`, [A, B]) when the parentheses hold names; else (text, [])."""
    match = _OWNERS.match(text)
    if match is None:
        return text, []
    names = match.group("names").split("/")
    if not all(is_name(name, config) for name in names):
        return text, []
    return match.group("rest"), names


def split_links(text: str) -> tuple[str, list[str]]:
    """`text https://a https://b` -> (`text`, [links]); a line that is only links keeps them as text."""
    match = _LINKS.match(text)
    if match is None:
        return text, []
    return match.group("rest"), match.group("links").split()


_LEAD = re.compile(rf"^\((?P<names>{NAME}(?:\s*[/,&]\s*{NAME})*)\)\s*|^(?P<name>{NAME})\s+[-–]\s+")
_TRAIL = re.compile(rf"^(?P<rest>.*\S)\s*\((?P<names>{NAME}(?:\s*[/,&]\s*{NAME})*)\)$", re.S)


def action_owners(text: str, config: Config) -> tuple[str, tuple[str, ...]]:
    """Owners of an action line, wherever written: `(Mara) text`, `Mara - text`, `Mara: text`, `text (Mara, Ines)`."""
    spoken_by, rest = split_speaker(text, config)
    if spoken_by:
        return rest, (spoken_by,)
    for pattern in (_LEAD, _TRAIL):
        match = pattern.match(text)
        raw = match and (match.group("names") or match.groupdict().get("name"))
        names = [n.strip() for n in re.split(r"[/,&]", raw)] if match and raw else []
        if names and all(is_name(name, config) for name in names):
            body = text[match.end() :] if pattern is _LEAD else match.group("rest")  # type: ignore[union-attr]
            return body, tuple(names)
    return text, ()


def split_speaker(text: str, config: Config) -> tuple[str | None, str]:
    """`Mara: text` -> (`Mara`, `text`) when the prefix names a person; else (None, text)."""
    match = _SPEAKER.match(text)
    if match is None or not is_name(match.group("name"), config):
        return None, text
    return match.group("name"), text[match.end() :]


@dataclass(frozen=True)
class ActionLine:
    """An action item read from one line: its text (may be empty: items follow below), owners, status."""

    text: str
    owners: tuple[str, ...]
    done: bool


def action_line(text: str, config: Config) -> ActionLine | None:
    """The action item a line states (`Action item (Mara): ...`, `Ines: TODO: ...`), if it states one."""
    spoken_by, rest = split_speaker(text.strip(), config)
    match = _KEYWORD.match(rest)
    if match is None or (match.group("sep") == "" and match.group("rest")):
        return None
    body = match.group("rest").strip()
    done = bool(match.group("box") and match.group("box")[1] in "xX") or bool(match.group("strike"))
    body = body.removesuffix("~~").strip() if match.group("strike") else body
    body, trailing = action_owners(body, config)
    if _DONE.search(body):
        done, body = True, _DONE.sub("", body).strip()
    owners = (match.group("owners") or "").split("/") if match.group("owners") else list(trailing)
    if not owners and spoken_by:
        owners = [spoken_by]
    return ActionLine(body, tuple(name.strip() for name in owners), done)


def task_line(text: str, config: Config) -> ActionLine | None:
    """A task-list item without keyword (`[ ] text (Mara)`, `[x] ...`, `~~text~~`), read as an action item."""
    match = re.match(r"^\[(?P<box>[ xX])\]\s+(?P<rest>.+)$", text.strip(), re.S)
    if match is None:
        return None
    body, owners = split_owners(match.group("rest"), config)
    body = re.sub(r"\s*\(due \d{4}-\d{2}-\d{2}\)$", "", body)
    struck = body.startswith("~~") and body.endswith("~~")
    return ActionLine(body.strip("~ "), tuple(owners), match.group("box") in "xX" or struck)
