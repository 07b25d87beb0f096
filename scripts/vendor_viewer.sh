#!/usr/bin/env bash
# Refreshes the vendored browser libraries of the HTML viewer
# (assets/viewer/vendor/) from the npm registry, at the pinned versions below.
#
#   scripts/vendor_viewer.sh                      # re-fetch the pinned versions
#   SIGMA=3.0.4 scripts/vendor_viewer.sh          # bump one (edit the pin below too)
#
# Each library is copied as its minified browser build, with its licence next
# to it; graphology-layout-forceatlas2 ships no browser build, so it is bundled
# once here with esbuild (also pinned). VERSIONS.md records package, version,
# licence and the sha256 of every file. Needs node and npm; nothing is
# installed outside a temporary folder, and node_modules is never committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIGMA="${SIGMA:-3.0.3}"
GRAPHOLOGY="${GRAPHOLOGY:-0.26.0}"
FA2="${FA2:-0.10.1}"
ESBUILD="${ESBUILD:-0.28.2}"

command -v npm >/dev/null || { echo "vendor_viewer.sh: npm not found" >&2; exit 1; }
out=assets/viewer/vendor
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fetch() { # package version -> unpacked folder $tmp/<package>
  (cd "$tmp" && npm pack --silent "$1@$2" >/dev/null)
  mkdir -p "$tmp/$1"
  tar xzf "$tmp/$1-$2.tgz" -C "$tmp/$1" --strip-components=1
}

fetch sigma "$SIGMA"
fetch graphology "$GRAPHOLOGY"

# ForceAtlas2 and its one dependency (graphology-utils), bundled into an IIFE
# that sets window.graphologyLayoutForceAtlas2.
mkdir -p "$tmp/fa2"
(
  cd "$tmp/fa2"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund --save-exact \
    "graphology-layout-forceatlas2@$FA2" "esbuild@$ESBUILD" >/dev/null
  printf '%s\n' "window.graphologyLayoutForceAtlas2 = require('graphology-layout-forceatlas2');" > entry.js
  npx --no-install esbuild entry.js --bundle --minify --format=iife \
    --legal-comments=none --target=es2017 --outfile=fa2.min.js --log-level=warning
)

rm -rf "$out"
mkdir -p "$out"
cp "$tmp/sigma/dist/sigma.min.js" "$out/sigma.min.js"
cp "$tmp/sigma/LICENSE.txt" "$out/sigma.LICENSE.txt"
cp "$tmp/graphology/dist/graphology.umd.min.js" "$out/graphology.umd.min.js"
cp "$tmp/graphology/LICENSE.txt" "$out/graphology.LICENSE.txt"
cp "$tmp/fa2/fa2.min.js" "$out/graphology-layout-forceatlas2.min.js"
cp "$tmp/fa2/node_modules/graphology-layout-forceatlas2/LICENSE.txt" "$out/graphology-layout-forceatlas2.LICENSE.txt"
cp "$tmp/fa2/node_modules/graphology-utils/LICENSE.txt" "$out/graphology-utils.LICENSE.txt"
utils_version="$(node -p "require('$tmp/fa2/node_modules/graphology-utils/package.json').version")"
licence() { node -p "require('$1/package.json').license"; }

sha() { sha256sum "$out/$1" | cut -d' ' -f1; }
{
  echo "# Vendored browser libraries of the HTML viewer"
  echo
  echo "Written by \`scripts/vendor_viewer.sh\` (do not edit by hand). The Rust"
  echo "exporter embeds these files (\`include_str!\`) into every \`graph.html\`."
  echo
  echo "| file | package | version | licence | sha256 |"
  echo "|---|---|---|---|---|"
  echo "| sigma.min.js | [sigma](https://www.npmjs.com/package/sigma) (dist/sigma.min.js, UMD, global \`Sigma\`; bundles events and graphology-utils, MIT) | $SIGMA | $(licence "$tmp/sigma") | $(sha sigma.min.js) |"
  echo "| graphology.umd.min.js | [graphology](https://www.npmjs.com/package/graphology) (dist/graphology.umd.min.js, global \`graphology\`) | $GRAPHOLOGY | $(licence "$tmp/graphology") | $(sha graphology.umd.min.js) |"
  echo "| graphology-layout-forceatlas2.min.js | [graphology-layout-forceatlas2](https://www.npmjs.com/package/graphology-layout-forceatlas2) with graphology-utils $utils_version, bundled by esbuild $ESBUILD (IIFE, global \`graphologyLayoutForceAtlas2\`) | $FA2 | $(licence "$tmp/fa2/node_modules/graphology-layout-forceatlas2") | $(sha graphology-layout-forceatlas2.min.js) |"
  echo
  echo "Licence texts: \`*.LICENSE.txt\` beside each file."
} > "$out/VERSIONS.md"
echo "vendor_viewer.sh: wrote $out (sigma $SIGMA, graphology $GRAPHOLOGY, forceatlas2 $FA2)" >&2
