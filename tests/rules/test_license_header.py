from __future__ import annotations

from dataclasses import replace

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, fix_text, lint_text
from minutes_kit.rules.license_header import indented

ONLY = Selection(select=frozenset({"license-header"}))
TITLE = "# Nimbus Open Source Community Meeting 11/10/2021"
BODY = "**Topics**\n\n1. Release planning (Mara Quist)\n    * Cut the branch on Friday\n"


def minutes(config: Config, header: str | None = None) -> str:
    block = indented(config.license_header if header is None else header)
    return f"{TITLE}\n\n\n{block}\n\n{BODY}"


def test_seed_form_stays_clean(config: Config) -> None:
    assert lint_text(minutes(config), "m.md", config, ONLY) == []


@pytest.mark.parametrize(
    "rewrap",
    [
        lambda h: h.replace("\n", " "),  # one long line
        lambda h: "\n".join("  " + line for line in h.split("\n")),  # other indentation
        lambda h: h.replace(", ", ",\n"),  # other line breaks
    ],
)
def test_indentation_and_line_breaks_do_not_matter(rewrap: object, config: Config) -> None:
    text = f"{TITLE}\n\n\n{indented(rewrap(config.license_header))}\n\n{BODY}"  # type: ignore[operator]
    assert lint_text(text, "m.md", config, ONLY) == []


def test_header_without_title_and_custom_header(config: Config) -> None:
    custom = replace(config, license_header="Copyright Nimbus authors.\nLicensed under the Apache License 2.0.")
    text = f"{indented(custom.license_header)}\n\n{BODY}"
    assert lint_text(text, "m.md", custom, ONLY) == []


def test_empty_configured_header_checks_nothing(config: Config) -> None:
    assert lint_text(f"{TITLE}\n\n{BODY}", "m.md", replace(config, license_header=""), ONLY) == []


@pytest.mark.parametrize(
    ("change", "line", "column", "message"),
    [
        (("2020", "2019"), 5, 18, 'license header differs: expected "2020", found "2019"'),
        (
            ("MERCHANTABILITY", "MERCHANTIBILITY"),
            14,
            136,
            'license header differs: expected "MERCHANTABILITY,", found "MERCHANTIBILITY,"',
        ),
        (("free of charge, ", ""), 8, 5, 'license header differs: expected "free of charge,", found nothing'),
    ],
)
def test_altered_header(change: tuple[str, str], line: int, column: int, message: str, config: Config) -> None:
    text = minutes(config, config.license_header.replace(*change, 1))
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(line, column, message)]


def test_missing_header_is_reported_after_the_title(config: Config) -> None:
    findings = lint_text(f"{TITLE}\n\n{BODY}", "m.md", config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(2, 1, "license header missing")]


def test_header_far_down_counts_as_missing(config: Config) -> None:
    filler = "".join(f"* note {i}\n" for i in range(60))
    text = f"{TITLE}\n\n{filler}\n{indented(config.license_header)}\n"
    assert [f.message for f in lint_text(text, "m.md", config, ONLY)] == ["license header missing"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_fix_inserts_the_seed_form(gap: str, config: Config) -> None:
    fixed, applied, left = fix_text(f"{TITLE}{gap}{BODY}", "m.md", config, ONLY)
    assert fixed == minutes(config)
    assert len(applied) == 1 and left == []


def test_fix_replaces_an_altered_header_and_is_idempotent(config: Config) -> None:
    text = minutes(config, config.license_header.replace("2020", "2019").replace("MERCHANTABILITY", "MERCH"))
    fixed, _, left = fix_text(text, "m.md", config, ONLY)
    assert fixed == minutes(config) and left == []
    assert fix_text(fixed, "m.md", config, ONLY)[1] == []


def test_fix_without_a_title(config: Config) -> None:
    fixed, _, left = fix_text(BODY, "m.md", config, ONLY)
    assert fixed == f"{indented(config.license_header)}\n\n{BODY}" and left == []


def test_specs_are_checked_only_with_their_own_license(config: Config) -> None:
    assert lint_text("date: 2021-11-10\n", "meetings/2021-11-10.yaml", config, ONLY) == []
    own = "date: 2021-11-10\nlicense: |\n" + "".join(f"  {line}\n" for line in config.license_header.split("\n"))
    assert lint_text(own, "meetings/2021-11-10.yaml", config, ONLY) == []
    other = "date: 2021-11-10\nlicense: Copyright Nimbus authors, all rights reserved.\n"
    findings = lint_text(other, "meetings/2021-11-10.yaml", config, ONLY)
    assert [(f.line, f.column) for f in findings] == [(2, 10)]
    assert findings[0].message.startswith('license header differs: expected "MIT License')
