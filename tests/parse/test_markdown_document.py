"""Markdown -> Document: spans keep their real columns and whole text."""

from __future__ import annotations

from minutes_kit.config import default_config
from minutes_kit.document import MASK
from minutes_kit.parse.markdown import parse_markdown


def test_indented_continuation_lines_keep_their_whole_text() -> None:
    text = "* Gateway rollout was discussed\n      and the decision is final\n"
    spans = parse_markdown(text, "m.md", default_config()).spans
    assert [(s.line, s.column, s.text) for s in spans] == [
        (1, 3, "Gateway rollout was discussed"),
        (2, 7, "and the decision is final"),
    ]


def test_code_and_urls_are_masked_in_place() -> None:
    text = "1. See `run --fast` at https://example.org/a and <b@c.io>\n"
    (span,) = parse_markdown(text, "m.md", default_config()).spans
    assert span.column == 4
    assert span.text.startswith("See " + MASK * len("`run --fast`") + " at " + MASK)
    assert "example" not in span.text and "b@c" not in span.text
    assert len(span.text) == len(text.rstrip("\n")) - 3


def test_headings_labels_items_and_sections() -> None:
    text = (
        "# Nimbus Meeting 11/10/2021\n\n**Topics**\n\n1. Status (Mara Quist)\n    * Mara: done\n"
        "2. Empty topic\n\n## Notes\n\nSome text\n"
    )
    doc = parse_markdown(text, "m.md", default_config())
    assert [(h.line, h.level, h.text) for h in doc.headings] == [(1, 1, "Nimbus Meeting 11/10/2021"), (9, 2, "Notes")]
    assert [(lab.line, lab.text) for lab in doc.labels] == [(3, "Topics")]
    assert [(i.line, i.depth, i.ordered, i.text) for i in doc.items] == [
        (5, 0, True, "Status (Mara Quist)"), (6, 1, False, "Mara: done"), (7, 0, True, "Empty topic")
    ]
    sections = {s.title: s for s in doc.sections}
    assert sections["Status (Mara Quist)"].has_content and not sections["Empty topic"].has_content
    assert sections["Notes"].has_content
