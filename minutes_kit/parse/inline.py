"""Masking what is not prose inside one line of inline Markdown (code, URLs, link targets, HTML)."""

from __future__ import annotations

import re

from minutes_kit.document import MASK

_NOT_PROSE = re.compile(
    r"""
    (?P<code>(?P<ticks>`+)(?:(?!(?P=ticks)).)+?(?P=ticks))      # `code`
    | (?P<auto><(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>)  # <https://x> <a@b>
    | (?P<target>(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\))          # ](target "title")
    | (?P<refname>(?<=\])\[[^\]]*\])                               # ][ref]
    | (?P<url>(?:https?|ftp|file)://[^\s<>()\[\]]+(?:\([^\s()]*\)[^\s<>()\[\]]*)*|www\.[^\s<>()\[\]]+)
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<html><!--.*?-->|</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>)
    """,
    re.VERBOSE,
)


def mask_line(text: str) -> str:
    """`text` with every non-prose character replaced by MASK (same length, same columns)."""
    return _NOT_PROSE.sub(lambda m: MASK * len(m.group(0)), text)
