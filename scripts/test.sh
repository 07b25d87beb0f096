#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing
# (Graphviz, xmllint, the sqlite3 shell, Python networkx and igraph, chromium, chromedriver,
# pytest and selenium), checks each is really there, then runs the whole test
# suite: `cargo test`, the browser tests of the HTML view, the Spark job's
# tests (tests/spark), then the Python package's tests
# (scripts/test_python.sh). Safe to run again: installed tools are left
# alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
  echo "test.sh: installing networkx and igraph" >&2
  python3 -m pip install -q --disable-pip-version-check networkx igraph
fi
# The browser tests (tests/browser): Debian's chromium and its driver, driven
# by Selenium from pytest. No browser is downloaded at test time.
browser=()
[ -x /usr/bin/chromium ] || browser+=(chromium)
[ -x /usr/bin/chromedriver ] || browser+=(chromium-driver)
if [ "${#browser[@]}" -gt 0 ]; then
  echo "test.sh: installing ${browser[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${browser[@]}" >/dev/null
fi
if ! python3 -c 'import pytest, selenium' >/dev/null 2>&1; then
  echo "test.sh: installing pytest and selenium" >&2
  python3 -m pip install -q --disable-pip-version-check pytest selenium
fi
# The Spark test (tests/spark): a headless Java runtime (Java 17 or later)
# and pyspark, which runs Spark in local mode.
if ! command -v java >/dev/null 2>&1; then
  echo "test.sh: installing default-jre-headless" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
  echo "test.sh: installing pyspark" >&2
  python3 -m pip install -q --disable-pip-version-check pyspark
fi

# Fail here, loudly, rather than letting a test skip: every tool must exist.
command -v dot >/dev/null || { echo "test.sh: graphviz (dot) missing" >&2; exit 1; }
command -v xmllint >/dev/null || { echo "test.sh: xmllint missing" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "test.sh: sqlite3 (the shell, for docs/store.md's examples) missing" >&2; exit 1; }
python3 -c 'import networkx, igraph' || { echo "test.sh: networkx/igraph missing" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "test.sh: chromium missing (apt-get install chromium)" >&2; exit 1; }
[ -x /usr/bin/chromedriver ] || { echo "test.sh: chromedriver missing (apt-get install chromium-driver)" >&2; exit 1; }
python3 -c 'import pytest, selenium' || { echo "test.sh: pytest/selenium missing" >&2; exit 1; }
command -v java >/dev/null || { echo "test.sh: java missing (apt-get install default-jre-headless)" >&2; exit 1; }
python3 -c 'import pyspark' || { echo "test.sh: pyspark missing (pip install pyspark)" >&2; exit 1; }
echo "test.sh: $(dot -V 2>&1); $(xmllint --version 2>&1 | head -1);" \
  "$(python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)')" >&2

cargo test "$@"

# The browser tests drive the debug binary that `cargo test` just built.
cargo build --quiet
python3 -m pytest -q tests/browser
# The Spark job in local mode against one build (a few minutes at most).
GAZEGRAPH_BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/gazegraph" timeout 900 python3 -m pytest -q tests/spark
# The Python package: built into target/pyenv and tested with pytest.
scripts/test_python.sh
