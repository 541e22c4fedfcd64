"""Round-trip share of `minutes-kit import` on a folder of Markdown minutes.

    python benchmarks/roundtrip.py FOLDER [--config FILE] [--show]

Each Markdown file is imported into a spec, the spec is written as YAML, loaded back (validated)
and rendered. Two shares are printed: files that keep every text line in order (whitespace
normalised), and files that keep the exact structure (headings with their levels, list nesting and
kinds, blocks and their text lines). `--show` prints, for each file that loses structure, the first
place where the two outlines differ. Without `--config`, the built-in defaults (the seeds'
conventions) are used, as for an archive that has no `minutes-kit.yaml` yet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minutes_kit.archive.importer import round_trip
from minutes_kit.archive.outline import parse_outline, structure
from minutes_kit.config import Config, default_config, load_config
from minutes_kit.errors import MinutesKitError
from minutes_kit.files import read_source


def first_difference(original: str, rendered: str) -> str:
    """Where the structure of the rendered minutes first departs from the original."""
    before, after = structure(parse_outline(original)), structure(parse_outline(rendered))
    for index, (old, new) in enumerate(zip(before, after, strict=False)):
        if old != new:
            return f"block {index}: {str(old)[:90]} -> {str(new)[:90]}"
    return f"{len(before)} blocks -> {len(after)} blocks"


def measure(files: list[Path], config: Config, show: bool) -> tuple[int, int, list[str]]:
    """(files keeping every text line, files keeping the exact structure, failures)."""
    lines = exact = 0
    failures: list[str] = []
    for path in files:
        text = read_source(path).text
        try:
            result = round_trip(text, path, config)
        except MinutesKitError as error:
            failures.append(f"{path.name}: import failed: {error}")
            continue
        lines += result.same_lines
        exact += result.same_structure
        if show and not result.same_structure:
            failures.append(f"{path.name}: {first_difference(text, result.rendered)}")
    return lines, exact, failures


def main(argv: list[str] | None = None) -> int:
    """Print the round-trip shares for a folder of minutes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--config", type=Path, help="minutes-kit.yaml to import with (default: built-in)")
    parser.add_argument("--show", action="store_true", help="show where each file loses structure")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.md"))
    if not files:
        print(f"no Markdown files in {args.folder}", file=sys.stderr)
        return 2
    config = load_config(args.config) if args.config else default_config()
    lines, exact, failures = measure(files, config, args.show)
    total = len(files)
    print(f"files:                 {total}")
    print(f"every text line kept:  {lines}/{total} ({lines / total:.0%})")
    print(f"exact structure kept:  {exact}/{total} ({exact / total:.0%})")
    for failure in failures:
        print(f"  {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
