"""SARIF 2.1.0: one run whose driver lists every rule, and one result per finding."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from minutes_kit import __version__
from minutes_kit.finding import Finding

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/minutes-kit/"
_LEVELS = {"error": "error", "warning": "warning", "off": "none"}


def _rule(rule_id: str, severity: str, description: str, docs: str) -> dict[str, Any]:
    summary = docs.strip().split("\n\n")[0].replace("\n", " ") if docs.strip() else description
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": description},
        "fullDescription": {"text": summary},
        "help": {"text": docs.strip() or description},
        "defaultConfiguration": {"level": _LEVELS.get(severity, "warning")},
    }


def _rules(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Every registered rule, then any other rule id the findings use (such as `directive`)."""
    from minutes_kit import directives
    from minutes_kit.rules import RULES

    described = [
        _rule(rule_id, rule.SEVERITY, rule.DESCRIPTION, getattr(rule, "__doc__", None) or "")
        for rule_id, rule in RULES.items()
    ]
    known = set(RULES)
    for finding in findings:
        if finding.rule not in known:
            known.add(finding.rule)
            text = directives.DESCRIPTION if finding.rule == directives.RULE_ID else finding.rule
            described.append(_rule(finding.rule, finding.severity, text, ""))
    return described


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference with forward slashes (absolute paths become file URIs)."""
    posix = PurePath(path).as_posix()
    if PurePath(path).is_absolute():
        return "file://" + quote(posix)
    return quote(posix.removeprefix("./"))


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": finding.line, "startColumn": finding.column}
    if finding.text and "\n" not in finding.text:
        region["endColumn"] = finding.column + len(finding.text)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(finding.path)}, "region": region}}
        ],
    }
    if finding.suggestions:
        result["properties"] = {"suggestions": list(finding.suggestions)}
    return result


def document(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log as plain data."""
    rules = _rules(findings)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    driver = {"name": "minutes-kit", "version": __version__, "informationUri": INFORMATION_URI, "rules": rules}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": [_result(f, index) for f in findings]}],
    }


def render(findings: Sequence[Finding], colour: bool = False) -> str:
    return json.dumps(document(findings), indent=2, ensure_ascii=False) + "\n"
