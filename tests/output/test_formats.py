from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from minutes_kit.config import Config
from minutes_kit.finding import Finding
from minutes_kit.lint import lint_text
from minutes_kit.output import FORMATS, choose, github, sarif
from minutes_kit.rules import RULES

SARIF_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
MINUTES = (
    "# Nimbus Open Source Community Meeting 11/10/2021\n\n"
    "1. Status Update\n    * Run it with with care\n    * Mara：will write docs\n"
    "<!-- minutes-kit: disable=no-such-rule -->\n"
)


@pytest.fixture
def findings(config: Config) -> list[Finding]:
    found = lint_text(MINUTES, "notes/11092021 Nimbus Open Source Community Meeting.md", config)
    assert {f.rule for f in found} >= {"license-header", "title", "repeated-word", "encoding", "directive"}
    return found


def test_github_annotation_escaping() -> None:
    finding = Finding("a,b:c.md", 3, 7, "title", "warning", "50% done\nnext", text="done")
    assert github.annotation(finding) == (
        "::warning file=a%2Cb%3Ac.md,line=3,col=7,endColumn=11,title=minutes-kit [title]::50%25 done%0Anext"
    )
    assert github.escape_property("x\r\n%") == "x%0D%0A%25"


def test_sarif_structure(findings: list[Finding]) -> None:
    log = json.loads(sarif.render(findings))
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "minutes-kit" and driver["version"] and driver["informationUri"].startswith("https://")
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids[: len(RULES)] == list(RULES) and "directive" in ids
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "none")
    for result, finding in zip(log["runs"][0]["results"], findings, strict=True):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
        assert result["level"] == finding.severity and result["message"]["text"] == finding.message
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "notes/11092021%20Nimbus%20Open%20Source%20Community%20Meeting.md"
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        if finding.text:
            assert region["endColumn"] == finding.column + len(finding.text)


def test_sarif_uris() -> None:
    assert sarif.artifact_uri("./a b/c.md") == "a%20b/c.md"
    assert sarif.artifact_uri("/tmp/x.md") == "file:///tmp/x.md"


@pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="the shared SARIF 2.1.0 schema is not available")
def test_sarif_validates_against_the_schema(findings: list[Finding]) -> None:
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(sarif.render(findings)), schema)
    jsonschema.validate(json.loads(sarif.render([])), schema)


def test_json_github_and_sarif_agree(findings: list[Finding]) -> None:
    listed = json.loads(FORMATS["json"](findings, False))
    from_json = [(f["path"], f["line"], f["column"], f["rule"], f["severity"]) for f in listed]
    pattern = re.compile(
        r"^::(\w+) file=([^,]*),line=(\d+),col=(\d+),(?:endColumn=\d+,)?title=minutes-kit \[([\w-]+)\]::"
    )
    from_github = []
    for line in FORMATS["github"](findings, False).splitlines():
        match = pattern.match(line)
        assert match, line
        level, path, row, col, rule = match.groups()
        from_github.append((path, int(row), int(col), rule, level))
    results = json.loads(FORMATS["sarif"](findings, False))["runs"][0]["results"]
    from_sarif = [
        (
            findings[0].path,
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["ruleId"],
            r["level"],
        )
        for r in results
    ]
    assert from_json == from_github == from_sarif
    assert len(from_json) == len(findings)


def test_auto_picks_github_under_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose("auto") is FORMATS["text"]
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert choose("auto") is FORMATS["github"]
