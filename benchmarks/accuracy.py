"""Spelling accuracy of minutes-kit against codespell and typos, by the corpus protocol.

    python benchmarks/accuracy.py FOLDER LABELS [--tools codespell,typos] [--show]

Copies FOLDER's Markdown minutes to a temporary folder, learns a config from them through the real
CLI (`minutes-kit init --from-archive`; falls back to calling `learn()` when that command is not
available), lints them with `--format json`, runs each peer tool on the same files, and prints
TP/FP/FN, precision, recall and F1 per tool. A finding is right when file, line and word match a
`misspellings` or `real_word_errors` label; recall counts `misspellings` found. Also printed: the
false alarms of `license-header`, `title` and `repeated-word` (a finding of those is a false alarm
unless the labels say so) and whether each copied title date is caught. `--show` lists every
wrong and missed word.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, int, str]  # file name, line, word (case-folded)
_CODESPELL = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<word>\S+) ==>")
_TYPOS = re.compile(r"^(?P<path>.+?):(?P<line>\d+):\d+: \w+: `(?P<word>[^`]+)`")
GUARDED = ("license-header", "title", "repeated-word")


@dataclass
class Score:
    """One tool's findings scored against the labels."""

    tool: str
    right: list[Key] = field(default_factory=list)
    wrong: list[Key] = field(default_factory=list)
    missed: list[Key] = field(default_factory=list)
    found_misspellings: int = 0

    def row(self) -> str:
        tp, fp, fn = len(self.right), len(self.wrong), len(self.missed)
        p, r, f1 = self.measures()
        return f"{self.tool:<12} {tp:>4} {fp:>4} {fn:>4}   {p:9.3f} {r:6.3f} {f1:6.3f}"

    def measures(self) -> tuple[float, float, float]:
        """Precision over all findings, recall over the misspellings labels, and F1."""
        tp, fp, found, fn = len(self.right), len(self.wrong), self.found_misspellings, len(self.missed)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = found / (found + fn) if found + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _labels(path: Path) -> dict[str, dict[str, object]]:
    return {record["file"]: record for record in json.loads(path.read_text(encoding="utf-8"))}


def _key(name: str, line: int, word: str) -> Key:
    return (name, line, word.casefold())


def score(tool: str, findings: list[Key], labels: dict[str, dict[str, object]]) -> Score:
    """Match findings to labels (each label at most once)."""
    misspelt: Counter[Key] = Counter()
    accepted: Counter[Key] = Counter()
    for name, record in labels.items():
        for entry in record["misspellings"]:  # type: ignore[attr-defined]
            misspelt[_key(name, entry["line"], entry["word"])] += 1
        for entry in record["real_word_errors"]:  # type: ignore[attr-defined]
            accepted[_key(name, entry["line"], entry["word"])] += 1
    result = Score(tool)
    for finding in findings:
        if misspelt[finding] > 0:
            misspelt[finding] -= 1
            result.right.append(finding)
            result.found_misspellings += 1
        elif accepted[finding] > 0:
            accepted[finding] -= 1
            result.right.append(finding)
        else:
            result.wrong.append(finding)
    result.missed = sorted(misspelt.elements())
    return result


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def learn_config(archive: Path, target: Path) -> Path:
    """Learn a config through the CLI, or through `learn()` when the command is not there yet."""
    target.mkdir(parents=True, exist_ok=True)
    done = _run([sys.executable, "-m", "minutes_kit", "init", "--from-archive", str(archive), "-o", str(target)],
                archive.parent)
    config = target / "minutes-kit.yaml"
    if done.returncode == 0 and config.is_file():
        return config
    print(f"(init --from-archive unavailable, exit {done.returncode}: calling learn() directly)", file=sys.stderr)
    from minutes_kit.archive.learn import WORDS_FILE, learn

    learned = learn(archive)
    config.write_text(learned.config_text, encoding="utf-8")
    if learned.words_text is not None:
        (target / WORDS_FILE).write_text(learned.words_text, encoding="utf-8")
    return config


def lint(files: list[Path], config: Path, cwd: Path) -> list[dict[str, object]]:
    """minutes-kit's findings (json format) on the files."""
    done = _run([sys.executable, "-m", "minutes_kit", "lint", "--format", "json", "--config", str(config),
                 *map(str, files)], cwd)
    if done.returncode not in (0, 1):
        raise SystemExit(f"minutes-kit lint failed ({done.returncode}): {done.stderr.strip()}")
    findings: list[dict[str, object]] = json.loads(done.stdout or "[]")
    return findings


def peer(tool: str, files: list[Path], cwd: Path) -> list[Key]:
    """A peer tool's findings as keys; file-name findings (no line) are left out."""
    command = {"codespell": ["codespell"], "typos": ["typos", "--format", "brief"]}[tool]
    executable = shutil.which(command[0]) or str(Path(sys.executable).parent / command[0])
    done = _run([executable, *command[1:], *(f.name for f in files)], cwd)
    pattern = _CODESPELL if tool == "codespell" else _TYPOS
    return [_key(Path(m["path"]).name, int(m["line"]), m["word"])
            for line in done.stdout.splitlines() if (m := pattern.match(line))]


def guarded(findings: list[dict[str, object]], labels: dict[str, dict[str, object]]) -> dict[str, list[str]]:
    """False alarms of the structural rules, per rule."""
    alarms: dict[str, list[str]] = {rule: [] for rule in GUARDED}
    for f in findings:
        rule, name, line = str(f["rule"]), Path(str(f["path"])).name, int(f["line"])  # type: ignore[call-overload]
        record = labels.get(name, {})
        allowed = {
            "license-header": record.get("license_header") != "exact",
            "title": bool(record.get("date_mismatch")),
            "repeated-word": any(r.get("line") == line for r in record.get("repeated_words", [])),  # type: ignore[attr-defined]
        }
        if rule in alarms and not allowed[rule]:
            alarms[rule].append(f"{name}:{line}: {f['message']}")
    return alarms


def warm_timing(file: Path, config: Path, cwd: Path, runs: int = 5) -> float:
    """Median wall time of `minutes-kit lint FILE` (after one warm-up run), in ms."""
    command = [sys.executable, "-m", "minutes_kit", "lint", "--config", str(config), str(file)]
    _run(command, cwd)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _run(command, cwd)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--tools", default="codespell,typos")
    parser.add_argument("--show", action="store_true", help="list wrong and missed words")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        shutil.copytree(args.folder, archive, ignore=shutil.ignore_patterns(".*"))
        files = sorted(archive.glob("*.md"))
        # Only the labels of the files measured (a folder may hold part of a labelled corpus).
        labels = {name: r for name, r in _labels(args.labels).items() if (archive / name).is_file()}
        config = learn_config(archive, Path(tmp) / "learned")
        findings = lint(files, config, archive)
        ours = [_key(Path(str(f["path"])).name, int(f["line"]), str(f["text"]))  # type: ignore[call-overload]
                for f in findings if f["rule"] in ("spelling", "owners") and f.get("text")]
        scores = [score("minutes-kit", ours, labels)]
        scores += [score(t, peer(t, files, archive), labels) for t in args.tools.split(",") if t]
        print(f"{'tool':<12} {'TP':>4} {'FP':>4} {'FN':>4}   precision recall     F1")
        for s in scores:
            print(s.row())
            if args.show:
                print("  wrong: ", s.wrong, "\n  missed:", s.missed)
        alarms = guarded(findings, labels)
        for rule, items in alarms.items():
            print(f"false alarms of {rule}: {len(items)}" + "".join(f"\n  {i}" for i in items[:10]))
        copied = [name for name, r in labels.items() if r.get("date_mismatch")]
        for name in copied:
            caught = any(f["rule"] == "title" and Path(str(f["path"])).name == name and "date" in str(f["message"])
                         for f in findings)
            print(f"copied title date in {name}: {'caught' if caught else 'MISSED'}")
        print(f"warm `minutes-kit lint FILE` median: {warm_timing(files[0], config, archive):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
