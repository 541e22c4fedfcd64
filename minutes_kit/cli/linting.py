"""Commands that check minutes: `lint`, `rules`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from minutes_kit.errors import MinutesKitError

if TYPE_CHECKING:
    from minutes_kit.lint import Selection


def _selection(select: str | None, ignore: str | None) -> Selection:
    from minutes_kit.lint import Selection
    from minutes_kit.rules import parse_ids

    return Selection(
        select=parse_ids(select) if select else None,
        ignore=parse_ids(ignore) if ignore else frozenset(),
    )


def lint(
    paths: Annotated[list[Path], typer.Argument(help="Markdown minutes, YAML specs, or folders of them.")],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="auto, text, json, github or sarif.")
    ] = "auto",
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes in place.")] = False,
    select: Annotated[Optional[str], typer.Option(help="Only these rule ids (comma-separated).")] = None,  # noqa: UP045
    ignore: Annotated[Optional[str], typer.Option(help="Skip these rule ids (comma-separated).")] = None,  # noqa: UP045
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file to use.")] = None,  # noqa: UP045
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Lint every file afresh (also: MINUTES_KIT_NO_CACHE=1).")
    ] = False,
) -> None:
    """Check minutes and specs; exit 1 if any error-severity finding remains."""
    from minutes_kit.cli import fail
    from minutes_kit.lint import FileResult, iter_targets
    from minutes_kit.output import FORMATS, choose
    from minutes_kit.parallel import lint_files

    if output_format != "auto" and output_format not in FORMATS:
        fail(f"--format: unknown format {output_format!r}; choose from auto, {', '.join(FORMATS)}")
    selection = _selection(select, ignore)
    if config is not None and not config.is_file():
        raise MinutesKitError("no such config file", config)
    targets = list(iter_targets(paths, config))
    from minutes_kit.result_cache import enabled

    outcomes = lint_files(targets, config, selection, fix=fix, use_cache=not no_cache and enabled())
    # A bad file is reported and fails the run, but the other files are still linted and shown.
    errors = [o for o in outcomes if isinstance(o, MinutesKitError)]
    results = [o for o in outcomes if isinstance(o, FileResult)]
    for bad in errors:
        typer.echo(f"minutes-kit: {bad}", err=True)
    findings = sorted(f for r in results for f in r.findings)
    for result in results:
        for fixed in result.fixed:
            typer.echo(f"fixed {fixed.path}:{fixed.line}:{fixed.column} [{fixed.rule}] {fixed.message}", err=True)
    formatter = choose(output_format)
    colour = output_format in ("auto", "text") and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    out = formatter(findings, colour)
    if out:
        sys.stdout.write(out)
    if errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if any(f.severity == "error" for f in findings) else 0)


def rules() -> None:
    """List the lint rules: id, default severity, whether it can fix, description."""
    from minutes_kit.rules import RULES

    width = max(len(rule_id) for rule_id in RULES)
    for rule_id, rule in RULES.items():
        fixable = "fix" if rule.FIXABLE else "   "
        typer.echo(f"{rule_id:<{width}}  {rule.SEVERITY:<7}  {fixable}  {rule.DESCRIPTION}")


def register(app: typer.Typer) -> None:
    """Add the checking commands to the app."""
    app.command()(lint)
    app.command()(rules)
