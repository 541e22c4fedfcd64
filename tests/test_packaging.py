"""The wheel ships every template and schema, and the installed command works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        cwd=out,
    )
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("minutes_kit-*.whl")
    return found


def test_wheel_holds_every_template_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [
        path.relative_to(ROOT).as_posix()
        for top in ("templates", "schemas")
        for path in (ROOT / top).rglob("*")
        if path.is_file()
    ]
    assert shipped, "nothing to ship?"
    missing = [name for name in shipped if f"minutes_kit/{name}" not in names]
    assert not missing


def _install(wheel: Path, tmp_path: Path) -> Path:
    """A fresh venv holding the wheel, that sees the running environment's dependencies."""
    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)]
    installed = _run(command, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    # Only now expose the dependencies (a plain path line, so no editable-install hook runs): had pip
    # seen this environment's own minutes-kit, it would have called the wheel "already satisfied".
    inner = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path)
    Path(inner.stdout.strip(), "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def test_installed_command_runs_new_and_render_in_an_empty_folder(wheel: Path, tmp_path: Path) -> None:
    venv = _install(wheel, tmp_path)
    python = venv / "bin" / "python"
    where = _run([str(python), "-c", "import minutes_kit; print(minutes_kit.__file__)"], cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "MINUTES_KIT_CACHE_DIR": str(tmp_path / "cache")}
    command = str(venv / "bin" / "minutes-kit")
    result = _run([command, "new", "2021-11-10", "--render"], cwd=empty, env=env)
    assert result.returncode == 0, result.stderr
    minutes = (empty / "11102021 Open Source Community Meeting.md").read_text(encoding="utf-8")
    assert minutes.startswith("# Open Source Community Meeting 11/10/2021\n\n\n    MIT License\n")
    assert "    THE SOFTWARE IS PROVIDED \"AS IS\"" in minutes
    spec = (empty / "meetings" / "2021-11-10.yaml").read_text(encoding="utf-8")
    hint = spec.split("\n", 1)[0]
    assert hint.startswith("# yaml-language-server: $schema=file://") and str(venv) in hint
    again = _run([command, "new", "2021-11-10"], cwd=empty, env=env)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert (empty / "meetings" / "2021-11-10.yaml").read_text(encoding="utf-8") == spec
    shown = _run([command, "render", "meetings/2021-11-10.yaml", "-o", "-"], cwd=empty, env=env)
    assert shown.returncode == 0 and shown.stdout == minutes
    module = _run([str(python), "-m", "minutes_kit", "--version"], cwd=empty, env=env)
    assert module.returncode == 0 and module.stdout.startswith("minutes-kit ")
