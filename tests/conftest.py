"""Shared fixtures: our own minutes in the seeds' style, and a clean environment per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from minutes_kit.config import Config, Person, default_config

# Property tests run a bounded number of examples in CI (seconds); `--slow` runs many more.
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("slow", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_KIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    # Each test lints afresh; tests/test_result_cache.py turns the result cache on explicitly.
    monkeypatch.setenv("MINUTES_KIT_NO_CACHE", "1")


@pytest.fixture
def config() -> Config:
    """The seeds' conventions with a small roster and vocabulary of our own."""
    from dataclasses import replace

    return replace(
        default_config(),
        meeting="Nimbus Open Source Community Meeting",
        people=(
            Person("Mara Quist", ("Mara",)),
            Person("Tobias Renn", ("Tobias", "Toby")),
            Person("Ines Okafor", ("Ines",)),
        ),
        words=frozenset({"Nimbus", "ACA", "DPM", "VPC", "Pulsar"}),
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the long property/fuzz and scaling runs")


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("slow" if config.getoption("--slow") else "ci")
