"""Shared helpers for the export validators: argument parsing and checks.

Every validator prints what it found and exits 0 when it matches, 1 on a
mismatch or load error, and 3 when a needed Python package is missing (the
Rust test turns 3 into a failure unless GAZEGRAPH_SKIP_TOOLS=1).
"""
import json
import sys

MISSING = 3


def need(module):
    """Imports a module or exits with MISSING."""
    try:
        return __import__(module)
    except ImportError as err:  # pragma: no cover - depends on the machine
        print(f"missing python package: {module} ({err})")
        sys.exit(MISSING)


def args():
    """FILE NODES EDGES [EXPECTED_JSON] from argv."""
    if len(sys.argv) < 4:
        print(f"usage: {sys.argv[0]} FILE NODES EDGES [EXPECTED.json]")
        sys.exit(1)
    expected = None
    if len(sys.argv) > 4:
        with open(sys.argv[4], encoding="utf-8") as f:
            expected = json.load(f)
    return sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), expected


class Checker:
    """Collects failures and reports them at the end."""

    def __init__(self, tool):
        self.tool = tool
        self.failures = []

    def eq(self, what, got, want):
        status = "ok" if got == want else "MISMATCH"
        print(f"{self.tool}: {what}: got {got!r:.200} want {want!r:.200} {status}")
        if got != want:
            self.failures.append(what)

    def done(self):
        if self.failures:
            print(f"{self.tool}: FAILED: {', '.join(self.failures)}")
            sys.exit(1)
        print(f"{self.tool}: all checks passed")
