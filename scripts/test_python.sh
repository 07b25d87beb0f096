#!/usr/bin/env bash
# The Python package's tests (python/tests), run by scripts/test.sh after
# `cargo test`: creates the virtual environment target/pyenv when missing,
# installs maturin, pytest, networkx, pandas and spaCy into it when missing,
# builds and installs the extension from python/ (`pip install ./python`,
# with the dev profile: the release profile's LTO build takes minutes on two
# cores; cargo's incremental build makes a rerun quick), then runs pytest
# against the CLI built by `cargo test`. Fails loudly when a tool is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv=target/pyenv

command -v cargo >/dev/null 2>&1 || { echo "test_python.sh: cargo (a Rust toolchain) is missing" >&2; exit 1; }
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null ||
  { echo "test_python.sh: python3 (3.10 or later) is missing" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
  echo "test_python.sh: creating $venv" >&2
  if ! python3 -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
fi
py="$venv/bin/python"
if ! "$py" -c 'import maturin, pytest, networkx, pandas, spacy' >/dev/null 2>&1; then
  echo "test_python.sh: installing maturin, pytest, networkx, pandas and spaCy into $venv" >&2
  "$py" -m pip install -q --disable-pip-version-check maturin pytest networkx pandas spacy
fi
"$py" -c 'import maturin, pytest, networkx, pandas, spacy' ||
  { echo "test_python.sh: maturin/pytest/networkx/pandas/spaCy missing from $venv" >&2; exit 1; }

echo "test_python.sh: building and installing ./python into $venv" >&2
PATH="$PWD/$venv/bin:$PATH" VIRTUAL_ENV="$PWD/$venv" MATURIN_PEP517_ARGS="--profile dev" \
  "$py" -m pip install -q --disable-pip-version-check --no-build-isolation --no-deps \
  --force-reinstall ./python
# The CLI the parity tests compare against (`cargo test` has built it).
cargo build --quiet --bin gazegraph
GAZEGRAPH_BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/gazegraph" "$py" -m pytest python/tests -q -p no:cacheprovider
