"""Hand-edit protection for rendered Markdown.

Each folder that receives rendered minutes keeps `.minutes-kit-rendered.json` (meant to be committed):
file name -> sha256 of the bytes last rendered there. A Markdown file may be replaced only when its
current bytes are that recorded render or already equal the fresh render; anything else was edited
by hand and is kept unless the user says `--force`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from minutes_kit.errors import MinutesKitError

STATE_NAME = ".minutes-kit-rendered.json"


def digest(content: bytes) -> str:
    """sha256 hex digest of file bytes."""
    return hashlib.sha256(content).hexdigest()


def _state_path(target: Path) -> Path:
    return target.parent / STATE_NAME


def load_state(target: Path, *, force: bool = False) -> dict[str, str]:
    """The render record of the folder holding `target` (empty when there is none yet)."""
    path = _state_path(target)
    if not path.exists():
        return {}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        if force:
            return {}
        raise MinutesKitError(f"unreadable render record ({exc}); fix it or use --force", path) from None
    if not isinstance(state, dict) or not all(isinstance(v, str) for v in state.values()):
        if force:
            return {}
        raise MinutesKitError("render record must map file names to sha256 digests; use --force", path)
    return {str(k): v for k, v in state.items()}


def drift(target: Path, fresh: str) -> str | None:
    """Why `target` differs from the fresh render ("missing", "differs ..."), or None when it matches."""
    if not target.is_file():
        return "missing"
    if target.read_bytes() != fresh.encode("utf-8"):
        return "differs from a fresh render"
    return None


def may_write(target: Path, fresh: str, *, force: bool = False) -> bool:
    """Whether writing `fresh` to `target` changes it; raise if that would lose hand edits."""
    if not target.exists():
        return True
    if target.is_dir():
        raise MinutesKitError("is a folder, expected a Markdown file", target)
    current = target.read_bytes()
    if current == fresh.encode("utf-8"):
        return False
    if force or load_state(target, force=force).get(target.name) == digest(current):
        return True
    raise MinutesKitError(
        "edited by hand since it was last rendered (or not rendered by minutes-kit); not overwritten "
        "(use --force to replace it)",
        target,
    )


def record(target: Path, fresh: str, *, force: bool = False) -> None:
    """Remember that `target` now holds this render."""
    from minutes_kit.files import write_atomic

    state = load_state(target, force=force)
    wanted = digest(fresh.encode("utf-8"))
    if state.get(target.name) == wanted:
        return
    state[target.name] = wanted
    write_atomic(_state_path(target), json.dumps(dict(sorted(state.items())), indent=2) + "\n")


def write_rendered(target: Path, fresh: str, *, force: bool = False) -> bool:
    """Write rendered Markdown under hand-edit protection; True when the file changed."""
    from minutes_kit.files import write_atomic

    changed = may_write(target, fresh, force=force)
    if changed:
        write_atomic(target, fresh)
    record(target, fresh, force=force)
    return changed
