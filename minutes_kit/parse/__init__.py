"""Parsers that turn a file's text into a `Document`: Markdown minutes and YAML specs."""

from __future__ import annotations

from pathlib import PurePath

from minutes_kit.config import Config
from minutes_kit.document import Document, Kind

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
YAML_SUFFIXES = frozenset({".yaml", ".yml"})


def kind_of(path: str) -> Kind | None:
    """Which parser a path needs, by its suffix; None for files minutes-kit does not read."""
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in YAML_SUFFIXES:
        return "spec"
    return None


def parse(text: str, path: str, config: Config, kind: Kind | None = None) -> Document:
    """Parse LF-normalised text as Markdown minutes or as a YAML meeting spec."""
    kind = kind or kind_of(path) or "markdown"
    if kind == "spec":
        from minutes_kit.parse.spec import parse_spec

        return parse_spec(text, path, config)
    from minutes_kit.parse.markdown import parse_markdown

    return parse_markdown(text, path, config)
