"""Reading text files strictly and writing them atomically (temp file, fsync, os.replace)."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from minutes_kit.errors import MinutesKitError

BOM = "\ufeff"
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True)
class SourceText:
    """A decoded file: LF-normalised text without BOM, plus what is needed to write it back."""

    text: str
    bom: bool = False
    newline: str = "\n"

    def encode(self, text: str) -> str:
        """Give edited (LF) text back the file's own line endings and BOM."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return (BOM if self.bom else "") + text


def decode(raw: bytes, path: str | Path) -> SourceText:
    """Decode UTF-8 bytes, refusing binary data and other encodings with a clear error."""
    if b"\x00" in raw[:8192]:
        raise MinutesKitError("binary file (contains NUL bytes), not Markdown or YAML", path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise MinutesKitError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); re-save the file as UTF-8", path, line, column
        ) from None
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    crlf = text.count("\r\n")
    newline = "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"
    return SourceText(_NEWLINES.sub("\n", text), bom, newline)


def read_source(path: str | Path, *, allow_empty: bool = False) -> SourceText:
    """Read a UTF-8 text file, with one-line errors for missing, folder, binary or empty files."""
    p = Path(path)
    if p.is_dir():
        raise MinutesKitError("is a folder, expected a file", path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise MinutesKitError("no such file", path) from None
    except OSError as exc:
        raise MinutesKitError(f"cannot read: {exc.strerror or exc}", path) from None
    if not raw.strip() and not allow_empty:
        raise MinutesKitError("empty file", path)
    return decode(raw, path)


def write_atomic(path: str | Path, content: str) -> None:
    """Write `content` (already carrying its final newlines and BOM) via temp file + rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode a normal write would have.
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def write_new(path: str | Path, content: str, *, force: bool = False) -> None:
    """Write a file that must not exist yet unless `force` is given."""
    if Path(path).exists() and not force:
        raise MinutesKitError("already exists; not overwritten (use --force to replace it)", path)
    write_atomic(path, content)
