"""The command line: the only layer that prints or exits. Commands live in the modules beside this."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from minutes_kit import __version__
from minutes_kit.errors import MinutesKitError


def shown(path: str | Path) -> str:
    """A path as the user would type it: relative to the current folder when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def fail(error: MinutesKitError | str) -> NoReturn:
    """Report a usage/input error as one line on stderr and exit 2."""
    if isinstance(error, MinutesKitError) and error.path is not None:
        error.path = shown(error.path)
    typer.echo(f"minutes-kit: {error}", err=True)
    raise typer.Exit(2)


class _Commands(TyperGroup):
    """Every command's input errors end here, as one line and exit 2 (also under a CliRunner)."""

    def invoke(self, ctx: Any) -> Any:  # click's Context, vendored privately inside typer
        try:
            return super().invoke(ctx)
        except MinutesKitError as error:
            fail(error)


app = typer.Typer(
    cls=_Commands,
    name="minutes-kit",
    help="Author, lint and enforce the Markdown minutes of open source community meetings.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minutes-kit {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Author, lint and enforce the Markdown minutes of open source community meetings."""


def _register() -> None:
    # Explicit registration, in the order `--help` lists the commands.
    from minutes_kit.cli import archive, authoring, linting

    authoring.register(app)
    linting.register(app)
    archive.register(app)


_register()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: errors become one line and exit code 2, never a traceback."""
    try:
        app(args=argv, prog_name="minutes-kit")
    except KeyboardInterrupt:
        typer.echo("minutes-kit: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("MINUTES_KIT_DEBUG"):
            raise
        typer.echo(f"minutes-kit: internal error: {type(error).__name__}: {error} "
                   "(set MINUTES_KIT_DEBUG=1 for details)", err=True)
        sys.exit(2)
