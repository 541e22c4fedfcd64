"""Speed benchmark: start-up, one file as pre-commit runs it, a whole archive against codespell and
typos, scaling over synthetic archives of 1k/5k/10k files, and `new`/`render` of one meeting.

    python benchmarks/speed.py [--archive ../shared/corpus/note] [--runs 7] [--scale 1000,5000,10000]

Prints median wall times (several runs each); comparisons are measured in the same run and reported
as ratios, because the machines are noisy. Peak memory is the largest summed RSS of the process tree.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXE = shutil.which("minutes-kit") or "minutes-kit"

WORDS = (
    "gateway", "scheduler", "migration", "rollout", "quota", "tenant", "cluster", "release",
    "review", "design", "proposal", "latency", "throughput", "benchmark", "controller", "agent",
    "subnet", "router", "firewall", "storage", "replica", "snapshot", "upgrade", "dashboard",
    "metrics", "alerting", "runbook", "onboarding", "docs", "website", "sprint", "backlog",
    "triage", "roadmap",
)
PEOPLE = ["Mara Quist", "Tobias Renn", "Ines Okafor", "Piet Alvar", "Suki Tamm", "Oren Falk"]
HEADER = """    MIT License
    Copyright(c) 2020 Futurewei Cloud
"""


def _tree_rss_kb(root: int) -> int:
    """Summed resident memory of a process and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run(cmd: Sequence[str], cwd: Path | None = None, memory: bool = False) -> tuple[float, int, int]:
    """(wall seconds, exit code, peak tree RSS in kB) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    if memory:
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _tree_rss_kb(proc.pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
    code = proc.wait()
    wall = time.perf_counter() - started
    if memory:
        done.set()
        sampler.join()
    return wall, code, peak


def median(cmd: Sequence[str], runs: int, cwd: Path | None = None) -> float:
    run(cmd, cwd)  # warm caches (file system, word-list cache)
    return statistics.median(run(cmd, cwd)[0] for _ in range(runs))


def minutes_file(rng: random.Random, day: int) -> str:
    """One synthetic meeting in the seeds' shape, from our own vocabulary."""
    date = f"{1 + day % 12:02d}/{1 + day % 28:02d}/2021"
    lines = [f"# Nimbus Open Source Community Meeting {date}", "", "", HEADER]
    for topic in range(1, rng.randint(3, 6)):
        owners = "/".join(rng.sample(PEOPLE, rng.randint(1, 2)))
        lines.append(f"{topic}. {' '.join(rng.sample(WORDS, 3)).capitalize()} ({owners})")
        for _ in range(rng.randint(2, 5)):
            speaker = rng.choice(PEOPLE).split()[0]
            lines.append(f"    * {speaker}: {' '.join(rng.sample(WORDS, rng.randint(5, 12)))}.")
        lines.append("")
    return "\n".join(lines) + "\n"


def synthetic_archive(folder: Path, count: int) -> None:
    rng = random.Random(count)
    for day in range(count):
        name = f"{1 + day % 12:02d}{1 + day % 28:02d}2021 Nimbus Open Source Community Meeting {day}.md"
        (folder / name).write_text(minutes_file(rng, day), encoding="utf-8")


def report(label: str, seconds: float, target: str = "") -> None:
    print(f"{label:<58} {seconds * 1000:9.0f} ms  {target}")


def archive_comparison(archive: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "archive"
        shutil.copytree(archive, copy)
        subprocess.run([EXE, "init", "--from-archive", str(copy), "-o", str(copy)], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        files = sorted(str(p) for p in copy.glob("*.md"))
        cold = median([EXE, "lint", "--no-cache", "--format", "json", str(copy)], runs, cwd=copy)
        warm = median([EXE, "lint", "--format", "json", str(copy)], runs, cwd=copy)
        report(f"lint whole archive ({len(files)} files, every rule on), --no-cache", cold)
        report("lint whole archive, unchanged files from the result cache", warm)
        for tool, cmd in (("codespell", ["codespell", *files]), ("typos", ["typos", "--format", "brief", *files])):
            if shutil.which(tool):
                theirs = median(cmd, runs)
                report(f"  {tool} on the same files", theirs,
                       f"ratio cold {cold / theirs:.2f}, warm {warm / theirs:.2f}")


def single_file(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "11102021 Nimbus Open Source Community Meeting.md"
        path.write_text(minutes_file(random.Random(1), 0), encoding="utf-8")
        report("minutes-kit --version", median([EXE, "--version"], runs), "(target <= 100 ms)")
        report("minutes-kit lint --no-cache FILE (a changed file, as pre-commit runs it)",
               median([EXE, "lint", "--no-cache", str(path)], runs), "(target <= 150 ms)")
        report("minutes-kit lint FILE (unchanged: answered from the result cache)",
               median([EXE, "lint", str(path)], runs))
        folder = Path(tmp) / "repo"
        folder.mkdir()
        report("minutes-kit new DATE", median([EXE, "new", "2021-11-10", "--force"], runs, cwd=folder),
               "(target <= 200 ms)")
        spec = folder / "meetings" / "2021-11-10.yaml"
        report("minutes-kit render SPEC", median([EXE, "render", "--force", str(spec)], runs, cwd=folder),
               "(target <= 200 ms)")


def scaling(sizes: Sequence[int]) -> None:
    per_file = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            synthetic_archive(folder, size)
            wall, _, peak = run([EXE, "lint", "--no-cache", "--format", "json", str(folder)], cwd=folder, memory=True)
            per_file.append(wall / size)
            report(f"lint synthetic archive of {size} files", wall,
                   f"peak {peak / 1024:.0f} MB, {wall / size * 1e6:.0f} us/file")
    if len(per_file) > 1:
        print(f"per-file time spread across sizes: {max(per_file) / min(per_file):.2f}x (1.00 = linear)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "note")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", default="1000,5000,10000", help="synthetic archive sizes ('' to skip)")
    args = parser.parse_args(argv)
    print(f"minutes-kit benchmark: {args.runs} runs each, median wall time; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores")
    single_file(args.runs)
    if args.archive.is_dir():
        archive_comparison(args.archive, args.runs)
    else:
        print(f"(no archive at {args.archive}: whole-archive comparison skipped)")
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    if sizes:
        scaling(sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
