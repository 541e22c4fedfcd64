"""The one exception type the command line turns into a one-line message and exit code 2."""

from __future__ import annotations

from pathlib import Path


class MinutesKitError(Exception):
    """A usage, config or input problem, located as precisely as is known."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[type[MinutesKitError], tuple[str, str | None, int | None, int | None]]:
        # Keep path and position when the error crosses a process boundary (parallel linting).
        return (MinutesKitError, (self.message, self.path, self.line, self.column))

    def __str__(self) -> str:
        where = [self.path] if self.path else []
        if self.path and self.line is not None:
            where.append(str(self.line))
            if self.column is not None:
                where.append(str(self.column))
        prefix = ":".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message
