from __future__ import annotations

import subprocess
import sys

from minutes_kit.config import Config
from minutes_kit.document import MASK
from minutes_kit.parse import parse

SPEC = """\
# minutes-kit: disable-next-line=spelling
date: 2021-11-10
title: "Nimbus Open Source Community Meeting 11/10/2021"
license: Copyright Nimbus authors
sections:
  - title: Status Update
    text: |
      First line of the text
        indented second line
    topics:
      - Plain topic about `code` and https://example.org/x
      - text: 'It''s quoted'
        owners: [Mara Quist, Tobias Renn]
        items:
          - text: >-
              folded one
              folded two
            owners: Ines Okafor/Mara Quist
      - A plain scalar that
        runs over two lines
    bullets: [first bullet, second bullet]
actions:
  - text: Cut the branch  # a trailing comment
    owners: Tobias Renn
"""


def _spans(config: Config) -> list[tuple[int, int, str]]:
    document = parse(SPEC, "meetings/2021-11-10.yaml", config)
    return [(s.line, s.column, s.text) for s in document.spans]


def test_spans_sit_at_the_values_real_positions(config: Config) -> None:
    spans = _spans(config)
    lines = SPEC.split("\n")
    for line, column, text in spans:
        source = lines[line - 1][column - 1 : column - 1 + len(text)]
        assert all(a in (b, MASK) for a, b in zip(text, source, strict=True)), (line, column, text)
    texts = [text for _, _, text in spans]
    assert "Status Update" in texts
    assert "First line of the text" in texts and "indented second line" in texts
    assert "It''s quoted" in texts
    assert "folded one" in texts and "folded two" in texts
    assert "A plain scalar that" in texts and "runs over two lines" in texts
    assert "first bullet" in texts and "second bullet" in texts
    assert "Cut the branch" in texts
    assert (3, 9, "Nimbus Open Source Community Meeting 11/10/2021") in spans


def test_code_and_urls_are_masked(config: Config) -> None:
    plain = next(text for _, _, text in _spans(config) if text.startswith("Plain topic"))
    assert "code" not in plain and "example" not in plain and MASK in plain


def test_names_fields_sections_and_comments(config: Config) -> None:
    document = parse(SPEC, "meetings/2021-11-10.yaml", config)
    assert [(n.line, n.column, n.name) for n in document.names] == [
        (13, 18, "Mara Quist"),
        (13, 30, "Tobias Renn"),
        (18, 21, "Ines Okafor"),
        (18, 33, "Mara Quist"),
        (24, 13, "Tobias Renn"),
    ]
    assert document.spec_date == "2021-11-10" and document.spec_date_position == (2, 7)
    assert document.spec_title == (3, 9, "Nimbus Open Source Community Meeting 11/10/2021")
    assert document.spec_license == (4, 10, "Copyright Nimbus authors")
    assert [(s.line, s.title, s.has_content) for s in document.sections] == [
        (6, "Status Update", True),
        (22, "Action Items", True),
    ]
    assert [(c.line, c.text.strip()) for c in document.comments] == [(1, "minutes-kit: disable-next-line=spelling")]
    assert document.spec_errors == ()


def test_prose_rules_run_on_spec_values(config: Config) -> None:
    from minutes_kit.lint import lint_text

    spec = "date: 2021-11-10\nsections:\n  - title: Topics\n    topics:\n      - Ship it with with care\n"
    findings = lint_text(spec, "meetings/2021-11-10.yaml", config)
    assert [(f.line, f.column, f.rule) for f in findings] == [(5, 22, "repeated-word")]


def test_markdown_linting_does_not_import_jsonschema() -> None:
    code = (
        "import sys\n"
        "from minutes_kit.config import default_config\n"
        "from minutes_kit.lint import lint_text\n"
        "lint_text('# Open Source Community Meeting 11/10/2021\\n\\n* text\\n', 'm.md', default_config())\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
