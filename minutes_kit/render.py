"""Rendering a meeting spec to Markdown minutes through Jinja2 templates.

Python shapes the Markdown pieces (numbering, indentation, owners, links) and hands them to the
template as data and filters; the template only decides the layout. Spec values are passed as data,
never compiled, so `{{ 7*7 }}` in a spec comes out verbatim.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from minutes_kit.config import Config
from minutes_kit.errors import MinutesKitError
from minutes_kit.spec import Spec

if TYPE_CHECKING:
    import jinja2

INDENT = "    "
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


class DateList:
    """Dates that format like one date: `{date:%m/%d/%Y}` formats each and joins them with ", "."""

    def __init__(self, dates: Sequence[datetime.date]) -> None:
        self.dates = tuple(dates)

    def __format__(self, spec: str) -> str:
        return ", ".join(format(day, spec) if spec else day.isoformat() for day in self.dates)


def format_pattern(pattern: str, meeting: str, dates: Sequence[datetime.date], source: Path | None) -> str:
    """Fill a `title`/`filename` pattern's `{meeting}` and `{date:STRFTIME}` fields."""
    try:
        return pattern.format_map({"meeting": meeting, "date": DateList(dates)})
    except (KeyError, IndexError) as exc:
        raise MinutesKitError(
            f"pattern {pattern!r}: unknown field {exc}; the fields are {{meeting}} and {{date:...}}", source
        ) from None
    except ValueError as exc:
        raise MinutesKitError(f"pattern {pattern!r}: {exc}", source) from None


def title_of(spec: Spec, config: Config) -> str:
    """The minutes title: the spec's own `title`, else the config's pattern with meeting and dates."""
    own = spec.data.get("title")
    if own is not None:
        return str(own)
    return format_pattern(config.title, spec.meeting_name(config.meeting), spec.dates, config.source)


def output_path(spec: Spec, config: Config) -> Path:
    """Where the Markdown goes: the config's `filename` pattern, relative to the config's folder."""
    name = format_pattern(config.filename, spec.meeting_name(config.meeting), (spec.date,), config.source)
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name or not name.strip():
        raise MinutesKitError(f"filename pattern gives {name!r}, which leaves the minutes folder", config.source)
    return config.base / relative


def check_template_name(name: str, where: str | Path | None) -> str:
    """Refuse template names that could leave the template folders."""
    if not name or name.startswith("/") or "\\" in name or ".." in name.split("/") or ":" in name:
        raise MinutesKitError(
            f"template name {name!r} is not allowed: use a plain name inside a templates folder (no '..', "
            "no absolute path, no backslash)",
            where,
        )
    return name


# -- Markdown shaping -------------------------------------------------------------------------------


def owners_text(names: str | Sequence[str] | None) -> str:
    """`(Jiawei Liu/Hanfeng Zhang)` from one name or a list; empty for none."""
    if not names:
        return ""
    listed = [names] if isinstance(names, str) else list(names)
    return "(" + "/".join(name.strip() for name in listed) + ")"


def item_text(item: str | Mapping[str, Any]) -> str:
    """An item's line: its text, then its links, then its owners, separated by spaces."""
    if isinstance(item, str):
        return item
    parts = [str(item.get("text", "")), *item.get("links", []), owners_text(item.get("owners"))]
    return " ".join(part for part in parts if part)


def _block(text: str, indent: str, marker: str) -> list[str]:
    # Continuation lines line up with the item's text so they stay inside the list item.
    first, *rest = text.split("\n")
    hang = indent + " " * (len(marker) + 1)
    return [f"{indent}{marker} {first}", *(hang + line if line else "" for line in rest)]


def item_lines(item: str | Mapping[str, Any], depth: int, marker: str) -> list[str]:
    """An item and its children, indented four spaces per depth."""
    lines = _block(item_text(item), INDENT * depth, marker)
    if isinstance(item, Mapping):
        numbered = bool(item.get("numbered"))
        for number, child in enumerate(item.get("items", []), start=1):
            lines += item_lines(child, depth + 1, f"{number}." if numbered else "*")
    return lines


def numbered(topics: Iterable[str | Mapping[str, Any]], start: int = 1) -> str:
    """Topics as a numbered list, a blank line between topics."""
    blocks = ["\n".join(item_lines(topic, 0, f"{number}.")) for number, topic in enumerate(topics, start)]
    return "\n\n".join(blocks)


def bullets(items: Iterable[str | Mapping[str, Any]]) -> str:
    """Items as a `*` list with nested children."""
    return "\n".join(line for item in items for line in item_lines(item, 0, "*"))


def action_text(action: str | Mapping[str, Any]) -> str:
    """`[ ] text (due YYYY-MM-DD) (Owner A/Owner B)`; `[x]` when done."""
    if isinstance(action, str):
        return f"[ ] {action}"
    box = "[x]" if action.get("status") == "done" else "[ ]"
    due = f"(due {action['due']})" if action.get("due") else ""
    parts = [box, str(action["text"]), due, owners_text(action.get("owners"))]
    return " ".join(part for part in parts if part)


def checklist(actions: Iterable[str | Mapping[str, Any]]) -> str:
    """Action items as a `* [ ]` task list."""
    return "\n".join(line for action in actions for line in _block(action_text(action), "", "*"))


def indent_block(text: str, width: int = 4) -> str:
    """Indent every non-blank line (the seeds' license header is an indented code block)."""
    pad = " " * width
    return "\n".join(pad + line if line.strip() else "" for line in text.split("\n"))


FILTERS = {
    "owners": owners_text,
    "item_text": item_text,
    "numbered": numbered,
    "bullets": bullets,
    "checklist": checklist,
    "action_text": action_text,
    "indent_block": indent_block,
}


# -- Templates --------------------------------------------------------------------------------------


def make_env(config: Config) -> jinja2.Environment:
    """A Jinja2 environment over `<config folder>/templates`, then the packaged templates."""
    import jinja2

    from minutes_kit.resources import templates_dir

    folders = [str(config.base / "templates"), str(templates_dir())]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def _section(raw: Mapping[str, Any]) -> dict[str, Any]:
    title = raw.get("title")
    return {
        "title": title,
        "style": raw.get("style", "heading") if title else "none",
        "level": raw.get("level", 2),
        "text": str(raw.get("text") or "").strip("\n"),
        "topics": raw.get("topics", []),
        "start": raw.get("start", 1),
        "bullets": raw.get("bullets", []),
        "actions": raw.get("actions", []),
    }


def _license(spec: Spec, config: Config) -> str | None:
    own = spec.data.get("license")
    if own is False:
        return None
    text = str(own) if own is not None else config.license_header
    return text.strip("\n") or None


def context(spec: Spec, config: Config) -> dict[str, Any]:
    """What a template sees: the shaped spec plus the raw spec data as `spec`."""
    return {
        "title": title_of(spec, config),
        "meeting": spec.meeting_name(config.meeting),
        "date": spec.date,
        "dates": spec.dates,
        "license": _license(spec, config),
        "attendees": spec.data.get("attendees", []),
        "sections": [_section(raw) for raw in spec.data.get("sections", [])],
        "actions": spec.data.get("actions", []),
        "spec": spec.data,
    }


def tidy(text: str) -> str:
    """LF only, no trailing spaces, exactly one final newline."""
    text = _TRAILING_SPACE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip("\n") + "\n"


def _template(env: jinja2.Environment, name: str, where: str | Path | None) -> jinja2.Template:
    import jinja2

    try:
        return env.get_template(check_template_name(name, where))
    except jinja2.TemplateSyntaxError as exc:
        raise MinutesKitError(f"template syntax error: {exc.message}", exc.filename or name, exc.lineno) from None
    except jinja2.TemplateNotFound:
        searched = ", ".join(getattr(env.loader, "searchpath", []))
        raise MinutesKitError(f"unknown template {name!r} (looked in {searched})", where) from None


def render_spec(spec: Spec, env: jinja2.Environment, config: Config) -> str:
    """The Markdown minutes for a spec (pure: same spec, same bytes)."""
    import jinja2

    where = spec.path if spec.path is not None else config.source
    name = str(spec.data.get("template") or config.template)
    template = _template(env, name, where)
    try:
        return tidy(template.render(context(spec, config)))
    except jinja2.TemplateError as exc:
        raise MinutesKitError(f"template {name!r}: {exc}", where) from None
