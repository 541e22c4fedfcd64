"""The lint core: `lint_text` is pure (text in, findings out); `lint_file` and `fix_file` wrap it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from minutes_kit import directives
from minutes_kit.config import Config
from minutes_kit.directives import directive_ids, is_silenced, silences
from minutes_kit.document import Document
from minutes_kit.errors import MinutesKitError
from minutes_kit.finding import Edit, Finding
from minutes_kit.parse import kind_of, parse

MAX_FIX_PASSES = 4


@dataclass(frozen=True)
class Selection:
    """Which rules run: `select` (None = all) minus `ignore`."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()

    def wants(self, rule_id: str) -> bool:
        return (self.select is None or rule_id in self.select) and rule_id not in self.ignore


ALL_RULES = Selection()


def lint_document(document: Document, selection: Selection = ALL_RULES) -> list[Finding]:
    """Run every enabled rule on a parsed document; stamp path, rule id and severity."""
    from minutes_kit import rules as registry  # here: a run answered from the cache never loads the rules

    config = document.config
    silenced = silences(document.comments, len(document.lines))
    findings = []
    for rule_id, rule in registry.RULES.items():
        settings = config.rules.get(rule_id, {})
        severity = settings.get("severity", rule.SEVERITY)
        if severity == "off" or not selection.wants(rule_id) or document.kind not in rule.KINDS:
            continue
        options = registry.options_for(rule, settings)
        for problem in rule.check(document, options):
            if is_silenced(silenced, rule_id, problem.line):
                continue
            findings.append(
                Finding(
                    path=document.path,
                    line=problem.line,
                    column=problem.column,
                    rule=rule_id,
                    severity=severity,
                    message=problem.message,
                    text=problem.text,
                    suggestions=problem.suggestions,
                    fixable=problem.fix is not None,
                    fix=problem.fix,
                )
            )
    findings.extend(_unknown_directive_ids(document))
    return sorted(findings)


def _unknown_directive_ids(document: Document) -> Iterator[Finding]:
    """A directive naming no real rule silences nothing: say so rather than hide the typo."""
    from minutes_kit import rules as registry

    known = ", ".join(sorted(registry.RULES))
    for comment, rule_id in directive_ids(document.comments):
        if rule_id in registry.RULES:
            continue
        line, column = comment.line, 1
        for number in range(comment.line, min(comment.end_line, len(document.lines)) + 1):
            found = document.lines[number - 1].find(rule_id)
            if found >= 0:
                line, column = number, found + 1
                break
        yield Finding(
            path=document.path,
            line=line,
            column=column,
            rule=directives.RULE_ID,
            severity=directives.SEVERITY,
            message=f'unknown rule id "{rule_id}" in directive; known rules: {known}',
            text=rule_id,
        )


def lint_text(text: str, path: str, config: Config, selection: Selection = ALL_RULES) -> list[Finding]:
    """Lint LF-normalised, BOM-less text as the file at `path` (Markdown or a YAML spec)."""
    return lint_document(parse(text, path, config), selection)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """Apply non-overlapping edits (earliest wins on overlap); return the text and the edits used."""
    used: list[Edit] = []
    for edit in sorted(set(edits)):
        if used and edit.start < used[-1].end:
            continue
        used.append(edit)
    out, cursor = [], 0
    for edit in used:
        out.append(text[cursor : edit.start])
        out.append(edit.replacement)
        cursor = edit.end
    out.append(text[cursor:])
    return "".join(out), used


def fix_text(
    text: str, path: str, config: Config, selection: Selection = ALL_RULES
) -> tuple[str, list[Finding], list[Finding]]:
    """Apply safe fixes until nothing changes; return (new text, findings fixed, findings left)."""
    fixed: list[Finding] = []
    for _ in range(MAX_FIX_PASSES):
        findings = lint_text(text, path, config, selection)
        fixable = [f for f in findings if f.fix is not None]
        if not fixable:
            return text, fixed, findings
        text, used = apply_edits(text, [f.fix for f in fixable if f.fix is not None])
        fixed.extend(f for f in fixable if f.fix in used)
    return text, fixed, lint_text(text, path, config, selection)


@dataclass(frozen=True)
class FileResult:
    """Findings for one file, and (with --fix) the fixes applied to it."""

    path: str
    findings: tuple[Finding, ...]
    fixed: tuple[Finding, ...] = ()


def lint_file(
    path: Path,
    config: Config,
    selection: Selection = ALL_RULES,
    *,
    fix: bool = False,
    display: str | None = None,
    use_cache: bool = False,
) -> FileResult:
    """Read, lint and (when asked) fix one file in place, atomically, keeping its BOM and newlines."""
    from minutes_kit.files import read_source, write_atomic

    name = display or str(path)
    source = read_source(path)
    if not fix:
        return FileResult(name, tuple(_lint_cached(source.text, name, config, selection, use_cache)))
    new_text, fixed, left = fix_text(source.text, name, config, selection)
    if new_text != source.text:
        write_atomic(path, source.encode(new_text))
    return FileResult(name, tuple(left), tuple(fixed))


def _lint_cached(text: str, name: str, config: Config, selection: Selection, use_cache: bool) -> list[Finding]:
    if not use_cache:
        return lint_text(text, name, config, selection)
    from minutes_kit import result_cache

    entry = result_cache.key(text, name, config, selection)
    findings = result_cache.load(entry)
    if findings is None:
        findings = lint_text(text, name, config, selection)
        result_cache.save(entry, findings)
    return findings


def iter_targets(paths: Iterable[Path], config_override: Path | None = None) -> Iterator[Path]:
    """Expand folders to the Markdown minutes and YAML specs inside; check that named files exist."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _hidden(child, path) and is_lintable(child, config_override):
                    yield child
        elif path.exists() or path.is_symlink():
            if kind_of(str(path)) is None:
                raise MinutesKitError("not a Markdown (.md) or YAML (.yaml, .yml) file", path)
            if is_lintable(path, config_override, explicit=True):
                yield path
        else:
            raise MinutesKitError("no such file or folder", path)


def _hidden(child: Path, top: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(top).parts)


def is_lintable(path: Path, config_override: Path | None = None, *, explicit: bool = False) -> bool:
    """Markdown always; YAML only when it is a meeting spec.

    The config, pre-commit and CI files are never specs. Other YAML counts as a spec when it lies in
    the configured specs folder, or when it was named explicitly and no config says otherwise.
    """
    kind = kind_of(str(path))
    if kind == "markdown":
        return True
    if kind != "spec":
        return False
    from minutes_kit.config import CONFIG_NAMES, config_for

    if path.name in CONFIG_NAMES or path.name.startswith(".") or ".github" in path.resolve().parts:
        return False
    config = config_for(path, config_override)
    try:
        path.resolve().relative_to(config.specs_dir.resolve())
    except ValueError:
        return explicit and config.source is None
    return True
