"""A small on-disk cache for work that is costly to redo on every commit (word lists, validations).

Everything here is an optimisation: when the cache folder cannot be written, callers recompute.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$MINUTES_KIT_CACHE_DIR`, else `$XDG_CACHE_HOME/minutes-kit`, else `~/.cache/minutes-kit`."""
    explicit = os.environ.get("MINUTES_KIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "minutes-kit"


def digest(*parts: str | bytes) -> str:
    """A stable key for cache entries."""
    import hashlib  # lazily: most runs never need a key

    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:32]


def read(name: str) -> bytes | None:
    """Cached bytes, or None."""
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes) -> None:
    """Store bytes atomically; silently skip when the cache cannot be written."""
    target = cache_dir() / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError:
        return
