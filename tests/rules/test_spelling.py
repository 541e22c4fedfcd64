from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, fix_text, lint_text

ONLY = Selection(select=frozenset({"spelling"}))


@pytest.mark.parametrize(
    "text",
    [
        "* Tested the communication between ACA and DPM\n",
        "* Mara: the Nimbus cluster is up, Toby's tests pass\n",  # roster names, possessives
        "* Ines's PRs and the VPCs of Pulsar\n",  # plurals and possessives of words
        "* Use `commuication` in code and https://example.org/commuication\n",  # code and URLs
        "* Mail mara@nimbus.example about commuication_test.py and docs/setup.md\n",
        "* Build v2 and 100k E2E #631 tests for 1M nodes\n",  # numbers, versions, ids
        "* 测试通过，结果很好\n",  # Chinese
        "* Kaidong reviewed it with Xiaoyan\n",  # unknown romanised names
        "* The workflow, namespace and lookup of the dataset\n",  # real compounds
        "* The GatewayManager sets privateIP and producerRecord\n",  # identifiers
        "* Mininet and Kubernetes run under OpenStack\n",  # unknown terms with no near word
        "* Use the Net Data agent: Netdata collects metrics\n",  # a product written both ways
        "* perf and uuid and int\n",  # short abbreviations
        "* Restart systemd, flush iptables, and vice versa\n",  # tool names; a rare near word (`vera`)
        "```\ncommuication\n```\n",
    ],
)
def test_stays_clean(text: str, config: Config) -> None:
    assert lint_text(text, "m.md", config, ONLY) == []


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        ("* Tested the commuication\n", 14, 'unknown word "commuication"; did you mean "communication"?'),
        ("* Funtional test\n", 3, 'unknown word "Funtional"; did you mean "Functional"?'),
        ("* Ran into issue when settin up\n", 23, 'unknown word "settin"; did you mean "setting"?'),
        ("* Test it, wil do\n", 12, 'unknown word "wil"; did you mean "will"?'),
        ("* Set up the Pulsra cluster\n", 14, 'unknown word "Pulsra"; did you mean "Pulsar"?'),
        ("* Ask Marra about it\n", 7, '"Marra" looks like a misspelling of the name "Mara Quist"'),
        ("* The managementpod talks to the management pod\n", 7,
         'missing space in "managementpod"; did you mean "management pod"?'),
        ("* Deploy it to each nodeNimbus\n", 21, 'missing space in "nodeNimbus"; did you mean "node Nimbus"?'),
        ("* it' okay\n", 3, 'stray apostrophe in "it\'"; did you mean "it\'s"?'),
        ("* Remainining work\n", 3, 'unknown word "Remainining"; did you mean "Remaining"?'),
        ("* The RocketMQ and RocektMQ\n", 20, 'unknown word "RocektMQ"; did you mean "RocketMQ"?'),
    ],
)
def test_fails(text: str, column: int, message: str, config: Config) -> None:
    config = replace(config, words=config.words | {"RocketMQ"})
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(1, column, message)]


def test_swapped_acronym_needs_the_acronym_in_words(config: Config) -> None:
    text = "* DHCP design, DCHP tests\n"
    assert lint_text(text, "m.md", config, ONLY) == []
    findings = lint_text(text, "m.md", replace(config, words=config.words | {"DHCP"}), ONLY)
    assert [(f.column, f.text, f.suggestions) for f in findings] == [(16, "DCHP", ("DHCP",))]


def test_configured_words_accept_any_case_and_option_ignore(config: Config) -> None:
    assert lint_text("* nimbus and NIMBUS\n", "m.md", config, ONLY) == []
    settings = config.with_rules({"spelling": {"ignore": ["commuication"]}})
    assert lint_text("* the commuication\n", "m.md", settings, ONLY) == []


def test_names_in_owner_positions_are_left_to_the_owners_rule(config: Config) -> None:
    assert lint_text("* Status (Marra Quist)\n", "m.md", config, ONLY) == []


def test_several_suggestions_are_not_fixed(config: Config) -> None:
    findings = lint_text("* the spilit\n", "m.md", config, ONLY)
    assert findings[0].suggestions[:1] == ("split",) and len(findings[0].suggestions) > 1
    assert not findings[0].fixable


def test_fix_applies_the_one_suggestion_and_is_idempotent(config: Config) -> None:
    text = "* Tested the commuication, it was succesful\n"
    fixed, applied, left = fix_text(text, "m.md", config, ONLY)
    assert fixed == "* Tested the communication, it was successful\n"
    assert len(applied) == 2 and left == []
    assert fix_text(fixed, "m.md", config, ONLY)[0] == fixed


def test_line_and_column_in_a_longer_file(config: Config) -> None:
    text = "# Nimbus Open Source Community Meeting 11/10/2021\n\n1. Status\n    * Mara: the peformance test\n"
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.text) for f in findings] == [(4, 17, "peformance")]


def test_cli_reports_spelling_and_owners_with_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from minutes_kit.cli import app

    (tmp_path / "minutes-kit.yaml").write_text("people:\n  - {name: Mara Quist, aliases: [Mara]}\n", encoding="utf-8")
    (tmp_path / "m.md").write_text("1. Status (Mara Qist)\n    * Mara: the commuication works\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--select", "spelling,owners", "--format", "text", "m.md"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'm.md:1:12: error [owners] unknown name "Mara Qist"; did you mean "Mara Quist"?',
        'm.md:2:17: error [spelling] unknown word "commuication"; did you mean "communication"?',
    ]
