from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from minutes_kit import parallel
from minutes_kit.errors import MinutesKitError
from minutes_kit.lint import FileResult

MINUTES = "# Nimbus Open Source Community Meeting 11/10/2021\n\n1. Status\n    * Mara: ship it with with care\n"


def _archive(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"{i:04d}.md"
        path.write_text(MINUTES, encoding="utf-8")
        paths.append(path)
    return paths


def test_pool_gives_the_same_results_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _archive(tmp_path, 130)
    (tmp_path / "0007.md").write_bytes(b"")
    serial = parallel._lint_serial(paths, None, parallel.ALL_RULES, False)
    monkeypatch.setattr(parallel, "_workers", lambda: 2)
    pooled = parallel.lint_files(paths)
    assert [str(r) if isinstance(r, MinutesKitError) else r for r in pooled] == [
        str(r) if isinstance(r, MinutesKitError) else r for r in serial
    ]
    assert isinstance(pooled[7], MinutesKitError) and pooled[7].path == str(paths[7])
    first = pooled[0]
    assert isinstance(first, FileResult)
    assert [f.rule for f in first.findings].count("repeated-word") == 1


def test_small_batches_stay_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _archive(tmp_path, 3)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for three files")

    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert len(parallel.lint_files(paths)) == 3


def test_errors_survive_pickling() -> None:
    error = pickle.loads(pickle.dumps(MinutesKitError("bad", "a.md", 3, 4)))
    assert str(error) == "a.md:3:4: bad"
