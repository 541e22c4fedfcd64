"""GitHub Actions workflow commands: one `::error` / `::warning` annotation line per finding."""

from __future__ import annotations

from collections.abc import Sequence

from minutes_kit.finding import Finding
from minutes_kit.output.text import full_message


def escape_data(value: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (`file=`, `title=`): also `:` and `,`, which delimit properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """One finding as an Actions annotation command."""
    level = "error" if finding.severity == "error" else "warning"
    properties = [
        f"file={escape_property(finding.path)}",
        f"line={finding.line}",
        f"col={finding.column}",
    ]
    if finding.text and "\n" not in finding.text:
        properties.append(f"endColumn={finding.column + len(finding.text)}")
    properties.append(f"title={escape_property(f'minutes-kit [{finding.rule}]')}")
    return f"::{level} {','.join(properties)}::{escape_data(full_message(finding))}"


def render(findings: Sequence[Finding], colour: bool = False) -> str:
    return "".join(annotation(f) + "\n" for f in findings)
