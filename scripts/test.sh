#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing
# (Graphviz, xmllint, Python networkx and igraph), checks each is really
# there, then runs the whole test suite (the Rust tests, then the Python
# package's through scripts/test_python.sh). Safe to run again: installed tools
# are left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
  echo "test.sh: installing networkx and igraph" >&2
  python3 -m pip install -q --disable-pip-version-check networkx igraph
fi

# Fail here, loudly, rather than letting a test skip: every tool must exist.
command -v dot >/dev/null || { echo "test.sh: graphviz (dot) missing" >&2; exit 1; }
command -v xmllint >/dev/null || { echo "test.sh: xmllint missing" >&2; exit 1; }
python3 -c 'import networkx, igraph' || { echo "test.sh: networkx/igraph missing" >&2; exit 1; }
echo "test.sh: $(dot -V 2>&1); $(xmllint --version 2>&1 | head -1);" \
  "$(python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)')" >&2

cargo test "$@"
# The Python package: built into target/pyenv and tested with pytest.
scripts/test_python.sh
