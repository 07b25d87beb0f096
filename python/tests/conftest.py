"""Shared fixtures: the repository root (tests run from there, so document
ids are the CLI's relative paths) and the CLI binary to compare against."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "seeds"


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def cli() -> Path:
    """The gazegraph binary (GAZEGRAPH_BIN, else target/debug/gazegraph):
    a parity test without it fails rather than skips."""
    path = Path(os.environ.get("GAZEGRAPH_BIN", ROOT / "target" / "debug" / "gazegraph"))
    if not path.is_file():
        pytest.fail(f"{path} missing: build the CLI first (cargo build), or set GAZEGRAPH_BIN")
    return path


def run_cli(cli: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(cli), *args], cwd=ROOT, capture_output=True, text=True, check=check
    )


def cli_lines(cli: Path, *args: str) -> list:
    out = run_cli(cli, *args).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def read_text(path: Path) -> str:
    """A file's text exactly as the CLI reads it (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def seed_files() -> list:
    return sorted(p for p in SEEDS.iterdir() if p.is_file())
