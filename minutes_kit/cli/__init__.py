"""The command line: the only layer that prints or exits. Commands live in the modules beside this."""

from __future__ import annotations

import os
import sys
from typing import Annotated, NoReturn

import typer

from minutes_kit import __version__
from minutes_kit.errors import MinutesKitError

app = typer.Typer(
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


def fail(error: MinutesKitError | str) -> NoReturn:
    """Report a usage/input error as one line on stderr and exit 2."""
    typer.echo(f"minutes-kit: {error}", err=True)
    raise typer.Exit(2)


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
    except MinutesKitError as error:
        typer.echo(f"minutes-kit: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("minutes-kit: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("MINUTES_KIT_DEBUG"):
            raise
        typer.echo(f"minutes-kit: internal error: {type(error).__name__}: {error} "
                   "(set MINUTES_KIT_DEBUG=1 for details)", err=True)
        sys.exit(2)
