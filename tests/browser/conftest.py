"""Browser tests of the HTML viewer: Debian's chromium, headless, driven by
Selenium through the system chromedriver. No browser download, no network.

WebGL: sigma draws with WebGL, and headless chromium has no GPU. The working
combination (chromium 156) is `--use-angle=swiftshader
--enable-unsafe-swiftshader`: ANGLE on SwiftShader, Chromium's CPU renderer.
Without the second flag chromium still falls back to SwiftShader but logs a
deprecation warning on every context; `--use-gl=swiftshader` alone breaks
the page.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "target" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    "--window-size=1400,900", "--force-device-scale-factor=1",
]


def gazegraph_bin():
    """The binary under test: $GAZEGRAPH_BIN, else target/debug/gazegraph
    (built with `cargo build` when missing)."""
    env = os.environ.get("GAZEGRAPH_BIN")
    if env:
        return env
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    path = target / "debug" / "gazegraph"
    if not path.exists():
        subprocess.run(["cargo", "build", "--quiet"], cwd=ROOT, check=True)
    return str(path)


def run(*args):
    """Runs gazegraph, failing the test with its stderr on error."""
    p = subprocess.run([gazegraph_bin(), *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, f"gazegraph {' '.join(map(str, args))} failed:\n{p.stderr}"
    return p


def viewer_page(graph_json, out, *args):
    """Writes the HTML view of a saved graph with `gazegraph export --format
    html` (extra export flags in args) and returns its path."""
    run("export", "--graph", graph_json, "--format", "html", "-o", out, *args)
    return Path(out)


def export_json(graph_json, *args):
    """`gazegraph export --format json` of a saved graph, parsed."""
    return json.loads(run("export", "--graph", graph_json, "--format", "json", *args).stdout)


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    run("build", "corpus/seeds", "-o", out, "--format", "json")
    return out / "graph.json"


@pytest.fixture(scope="session")
def driver():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            pytest.fail(f"{path} missing: apt-get install chromium chromium-driver (scripts/test.sh does)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="gazegraph-chromium-")
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    d.set_script_timeout(60)
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


class Page:
    """A loaded viewer page."""

    def __init__(self, driver, path):
        self.d = driver
        driver.get_log("browser")  # drop what earlier pages logged
        driver.get(Path(path).resolve().as_uri())
        self.ready = driver.execute_async_script(
            "var done = arguments[0];"
            "if (!window.gazegraphView) { done({error: 'no gazegraphView'}); return; }"
            "window.gazegraphView.ready.then(function (c) { done({ok: c}); },"
            " function (e) { done({error: String(e)}); });")
        assert "ok" in self.ready, self.ready

    def js(self, script, *args):
        return self.d.execute_script(script, *args)

    def view(self, call, *args):
        """Calls window.gazegraphView.<call>(args...) and returns its result."""
        return self.d.execute_script(f"return window.gazegraphView.{call}.apply(null, arguments);", *args)

    def errors(self):
        """Console messages of level SEVERE (errors and uncaught exceptions)."""
        return [e for e in self.d.get_log("browser") if e["level"] == "SEVERE"]

    def screenshot(self, name):
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / name
        self.d.save_screenshot(str(path))
        return path
