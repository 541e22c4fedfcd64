"""encoding: mojibake, full-width punctuation inside English text, stray control characters.

- Mojibake: UTF-8 text that was once read as Latin-1 or CP1252 (`Mara: ` written as `Maraï¼š`, `café`
  as `cafÃ©`). Confirmed with ftfy, which is loaded only for lines holding such character runs.
- Full-width punctuation (`：` `，` `；` `（` `）` `！` `？`) next to English text. Chinese passages are left
  alone: punctuation with a Chinese (or other CJK) character on either side is normal there.
- Control characters (other than tab) and a stray byte-order mark inside the text.

Fix: repair mojibake (ftfy), replace full-width punctuation by its ASCII form (with the space English
puts after `:` or `,`; not in specs, where a new `: ` could change the YAML), delete control characters.

Options: none.

Passes:  `* Mara: will update the docs` and `* 讨论：发布计划`
Fails:   `* Mara：will update the docs` -> 1:7 `full-width punctuation "：" in English text; use ":"`
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from minutes_kit.document import MASK, Document, Span
from minutes_kit.finding import Edit, Problem

ID = "encoding"
SEVERITY = "error"
DESCRIPTION = "Mojibake, full-width punctuation in English text, and stray control characters."
FIXABLE = True
KINDS = frozenset({"markdown", "spec"})

# Characters CP1252 puts where Latin-1 has C1 controls: the second byte of much mojibake.
_CP1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A UTF-8 lead byte read as Latin-1 (Â..ô) followed by continuation bytes read the same way.
_MOJIBAKE = f"(?:[\u00c2-\u00f4][\u0080-\u00bf{_CP1252}]+)+"
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\ufeff]"
_FULLWIDTH = {"：": ":", "，": ",", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
# Chinese, Japanese and Korean letters and their punctuation and full-width forms.
_CJK = "[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"


@cache
def _re(pattern: str) -> re.Pattern[str]:
    # Compiled on first use: most minutes are plain ASCII and never need the Unicode classes.
    return re.compile(pattern)


def _fullwidth_re() -> re.Pattern[str]:
    return _re(f"[{''.join(_FULLWIDTH)}]")


@dataclass(frozen=True)
class Options:
    pass


def _repair(run: str) -> str:
    from ftfy import fix_encoding

    repaired: str = fix_encoding(run)
    return repaired


def _mojibake(document: Document, span: Span) -> Iterator[Problem]:
    if span.text.isascii():
        return
    for match in _re(_MOJIBAKE).finditer(span.text):
        run = match.group(0)
        repaired = _repair(run)
        if repaired == run:
            continue
        column = span.column + match.start()
        start = document.offset(span.line, column)
        yield Problem(
            span.line,
            column,
            f'mojibake "{run}" (UTF-8 read as Latin-1/CP1252)',
            text=run,
            suggestions=(repaired,),
            fix=Edit(start, start + len(run), repaired),
        )


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character in direction `step` that is not a space or full-width punctuation."""
    index += step
    while 0 <= index < len(text) and (text[index].isspace() or text[index] in _FULLWIDTH):
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _ascii_form(text: str, index: int) -> str:
    char = text[index]
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    ascii_char = _FULLWIDTH[char]
    if char == "（":
        return (" " if before and not before.isspace() and before not in "([" else "") + ascii_char
    if after and not after.isspace() and (char != "）" or after.isalnum()):
        return ascii_char + " "
    return ascii_char


def _fullwidth(document: Document, span: Span) -> Iterator[Problem]:
    if span.text.isascii():
        return
    for match in _fullwidth_re().finditer(span.text):
        index = match.start()
        before, after = _neighbour(span.text, index, -1), _neighbour(span.text, index, 1)
        cjk = _re(_CJK)
        if cjk.match(before or " ") or cjk.match(after or " "):
            continue
        # At a line edge, the line itself tells whether this is a Chinese passage.
        if not (before and after) and (cjk.search(_fullwidth_re().sub("", span.text)) or not (before or after)):
            continue
        char = match.group(0)
        column = span.column + index
        start = document.offset(span.line, column)
        replacement = _ascii_form(span.text.replace(MASK, "x"), index)
        fix = None if document.kind == "spec" else Edit(start, start + 1, replacement)
        yield Problem(
            span.line,
            column,
            f'full-width punctuation "{char}" in English text',
            text=char,
            suggestions=(_FULLWIDTH[char],),
            fix=fix,
        )


def _controls(document: Document, covered: set[tuple[int, int]]) -> Iterator[Problem]:
    for number, line in enumerate(document.lines, start=1):
        pattern = _ASCII_CONTROL if line.isascii() else _re(_CONTROL)
        for match in pattern.finditer(line):
            column = match.start() + 1
            if (number, column) in covered:
                continue
            start = document.offset(number, column)
            name = "byte-order mark" if match.group(0) == "\ufeff" else "control character"
            yield Problem(
                number,
                column,
                f"stray {name} U+{ord(match.group(0)):04X}",
                text=match.group(0),
                fix=Edit(start, start + 1, ""),
            )


def check(document: Document, options: Options) -> Iterator[Problem]:
    covered: set[tuple[int, int]] = set()
    for span in document.spans:
        for problem in _mojibake(document, span):
            covered.update((problem.line, problem.column + i) for i in range(len(problem.text or "")))
            yield problem
        yield from _fullwidth(document, span)
    yield from _controls(document, covered)
