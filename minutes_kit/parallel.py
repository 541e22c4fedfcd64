"""Linting many files: a process pool where it pays (large archives), one process where it doesn't."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from minutes_kit.errors import MinutesKitError
from minutes_kit.lint import ALL_RULES, FileResult, Selection

# Below this many files a pool costs more (forking, pickling results) than it saves.
MIN_FILES_FOR_POOL = 16
MAX_CHUNK = 64


def _lint_serial(
    targets: Sequence[Path], override: Path | None, selection: Selection, fix: bool, use_cache: bool = False
) -> list[FileResult | MinutesKitError]:
    from minutes_kit.config import config_for
    from minutes_kit.lint import lint_file

    results: list[FileResult | MinutesKitError] = []
    for target in targets:
        try:
            results.append(lint_file(target, config_for(target, override), selection, fix=fix, use_cache=use_cache))
        except MinutesKitError as error:  # returned, not raised: the caller reports the first one in order
            results.append(error)
    return results


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lint_files(
    targets: Sequence[Path],
    override: Path | None = None,
    selection: Selection = ALL_RULES,
    *,
    fix: bool = False,
    use_cache: bool = False,
    save: bool = False,
) -> list[FileResult | MinutesKitError]:
    """Lint (and optionally fix) files, in order; errors are returned in place of results.

    `use_cache` answers unchanged files from the result cache; `save` only stores fresh results."""
    if use_cache and not fix:
        return _with_cache(targets, override, selection)
    workers = _workers()
    if len(targets) < MIN_FILES_FOR_POOL or workers < 2:
        return _lint_serial(targets, override, selection, fix, save)
    # Even chunks for a small batch (every core busy), bounded chunks for a large one (balance).
    size = min(MAX_CHUNK, -(-len(targets) // workers))
    chunks = [targets[i : i + size] for i in range(0, len(targets), size)]
    # fork shares the already-imported modules and warm caches with the workers (Linux, macOS);
    # elsewhere the default start method is used.
    import multiprocessing  # only here: a one-file pre-commit run must not pay for it
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform.startswith("linux") else None
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        parts = pool.map(_lint_serial, chunks, [override] * len(chunks), [selection] * len(chunks),
                         [fix] * len(chunks), [save] * len(chunks))
        return [result for part in parts for result in part]


def _cached(target: Path, override: Path | None, selection: Selection) -> FileResult | None:
    from minutes_kit import result_cache
    from minutes_kit.config import config_for
    from minutes_kit.files import read_source

    try:
        text = read_source(target).text
        findings = result_cache.load(result_cache.key(text, str(target), config_for(target, override), selection))
    except MinutesKitError:
        return None  # linting it will report the error
    return None if findings is None else FileResult(str(target), tuple(findings))


def _with_cache(
    targets: Sequence[Path], override: Path | None, selection: Selection
) -> list[FileResult | MinutesKitError]:
    """Answer unchanged files from the cache in this process; lint only the others (pooled if many)."""
    outcomes: list[FileResult | MinutesKitError | None] = [_cached(t, override, selection) for t in targets]
    misses = [i for i, outcome in enumerate(outcomes) if outcome is None]
    fresh = lint_files([targets[i] for i in misses], override, selection, use_cache=False, save=True)
    for index, outcome in zip(misses, fresh, strict=True):
        outcomes[index] = outcome
    return [o for o in outcomes if o is not None]
