"""Output formats: pure functions from findings to text, in a name -> function table."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from minutes_kit.finding import Finding
from minutes_kit.output import github, json_list, sarif, text

Formatter = Callable[[Sequence[Finding], bool], str]

FORMATS: Mapping[str, Formatter] = MappingProxyType(
    {
        "text": text.render,
        "json": json_list.render,
        "github": github.render,
        "sarif": sarif.render,
    }
)

FORMAT_NAMES = ("auto", *FORMATS)


def choose(name: str) -> Formatter:
    """The formatter for a name; `auto` picks GitHub annotations under GitHub Actions, else text."""
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in FORMATS else "text"
    return FORMATS[name]
