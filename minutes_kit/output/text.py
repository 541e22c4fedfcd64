"""`path:line:col: severity [rule] message`, one line per finding, optionally coloured."""

from __future__ import annotations

from collections.abc import Sequence

from minutes_kit.finding import Finding

_COLOURS = {"error": "\033[31m", "warning": "\033[33m"}
_RESET = "\033[0m"
_DIM = "\033[2m"


def line(finding: Finding, colour: bool = False) -> str:
    """One finding as a text line."""
    where = f"{finding.path}:{finding.line}:{finding.column}:"
    severity = finding.severity
    rule = f"[{finding.rule}]"
    if colour:
        severity = f"{_COLOURS.get(severity, '')}{severity}{_RESET}"
        rule = f"{_DIM}{rule}{_RESET}"
    return f"{where} {severity} {rule} {full_message(finding)}"


def full_message(finding: Finding) -> str:
    """The finding's message, with its suggestions when the message does not already name them."""
    message = finding.message
    if finding.suggestions and "did you mean" not in message:
        message += f" (did you mean {', '.join(repr(s) for s in finding.suggestions)}?)"
    return message


def render(findings: Sequence[Finding], colour: bool = False) -> str:
    return "".join(line(f, colour) + "\n" for f in findings)
