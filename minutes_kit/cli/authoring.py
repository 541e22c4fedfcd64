"""Commands that write minutes: `new`, `render`, `init`."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the authoring commands to the app."""
