"""Commands over an archive of minutes: `import`, `actions`."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the archive commands to the app."""
