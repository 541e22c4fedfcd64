"""Every rule is registered and documented; the README lists every rule, format and published hook."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import minutes_kit.rules as rules_package
from minutes_kit.output import FORMATS
from minutes_kit.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MODULES = sorted(m.name for m in pkgutil.iter_modules(rules_package.__path__))


def test_every_rule_module_is_registered() -> None:
    registered = {getattr(rule, "__name__", "").rsplit(".", 1)[-1] for rule in RULES.values()}
    assert set(MODULES) == registered


@pytest.mark.parametrize("name", MODULES)
def test_rule_module_shape_and_docs(name: str) -> None:
    module = importlib.import_module(f"minutes_kit.rules.{name}")
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", module.ID) and module.ID.replace("-", "_") == name
    assert module.SEVERITY in ("error", "warning") and isinstance(module.FIXABLE, bool)
    assert module.DESCRIPTION.endswith(".") and {"markdown", "spec"} >= module.KINDS
    assert dataclasses.is_dataclass(module.Options) and module.Options.__dataclass_params__.frozen
    doc = module.__doc__ or ""
    assert doc.startswith(f"{module.ID}:"), "the docstring opens with the rule id"
    assert "Passes:" in doc and "Fails:" in doc and "Options" in doc
    for option in dataclasses.fields(module.Options):
        assert f"`{option.name}`" in doc, f"option {option.name} is documented"


@pytest.mark.parametrize("rule_id", list(RULES))
def test_readme_lists_every_rule(rule_id: str) -> None:
    rule = RULES[rule_id]
    row = re.search(rf"^\| `{re.escape(rule_id)}` \| (\w+) \| (yes|no) \|", README, re.MULTILINE)
    assert row, f"README's rule table lacks {rule_id}"
    assert row.group(1) == rule.SEVERITY and (row.group(2) == "yes") == rule.FIXABLE


def test_readme_lists_every_hook() -> None:
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = [hook["id"] for hook in hooks]
    assert ids == ["minutes-kit", "minutes-kit-fix", "minutes-kit-render-check"]
    for hook_id in ids:
        assert re.search(rf"^\| `{re.escape(hook_id)}` \|", README, re.MULTILINE), hook_id
    for hook in hooks:
        assert hook["entry"].startswith("minutes-kit ") and hook["language"] == "python"


def test_readme_lists_every_output_format() -> None:
    for name in ("auto", *FORMATS):
        assert re.search(rf"^\| `{name}` \|", README, re.MULTILINE), name


def test_own_pre_commit_config_lints_the_examples() -> None:
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for hook in ("id: ruff", "id: mypy", "id: minutes-kit", "files: ^examples/"):
        assert hook in text


def test_examples_lint_clean_and_render_unchanged() -> None:
    from typer.testing import CliRunner

    from minutes_kit.cli import app
    from minutes_kit.config import load_config
    from minutes_kit.lint import iter_targets, lint_file

    examples = ROOT / "examples"
    config = load_config(examples / "minutes-kit.yaml")
    targets = list(iter_targets([examples]))
    assert {t.suffix for t in targets} == {".md", ".yaml"}
    assert [f for t in targets for f in lint_file(t, config).findings] == []
    spec = examples / "meetings" / "2021-11-10.yaml"
    result = CliRunner().invoke(app, ["render", "--check", str(spec)])
    assert result.exit_code == 0, result.output
