#!/usr/bin/env bash
# CI step: build the Linux desktop bundle, then start it once offscreen.
#
#   packaging/ci_smoke.sh            # exit 0 when the bundle builds, starts and renders
#
# Checks, in order, with the *bundled* executable (not the source tree):
#   1. --version starts the frozen interpreter at all;
#   2. --self-check: store + audit chain, de-identification with Presidio + spaCy
#      (fr_core_news_sm), resources found, and the ML stack really absent;
#   3. --demo DIR --screenshot PNG: creates the demo project, opens the main window
#      offscreen and saves the data page; the PNG must be a real, non-blank window.
# SKIP_BUILD=1 reuses dist/ from an earlier build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
DIST="${DIST_DIR:-$ROOT/dist}"
APP="$DIST/ApertusWorkbench/apertus-workbench"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  DIST_DIR="$DIST" PYTHON="$PYTHON" packaging/build.sh
fi
[ -x "$APP" ] || { echo "FAIL: $APP was not built" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1
# A fresh HOME: no settings or last project of the CI user leak into the run.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
unset WORKBENCH_ENGINE_PYTHON WORKBENCH_PROJECT WORKBENCH_USER WORKBENCH_PASSWORD

echo "== version"
timeout 120 "$APP" --version

echo "== self-check"
timeout 300 "$APP" --self-check | tee "$WORK/self-check.json"
"$PYTHON" - "$WORK/self-check.json" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
assert r["ok"] and r["frozen"], r
PY

echo "== screenshot"
PNG="$WORK/window.png"
timeout 300 "$APP" "$WORK/demo" --demo --screenshot "$PNG"
"$PYTHON" - "$PNG" <<'PY'
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication(sys.argv[:1])
path = sys.argv[1]
with open(path, "rb") as fh:
    assert fh.read(8) == b"\x89PNG\r\n\x1a\n", "not a PNG file"
img = QImage(path)
assert not img.isNull(), "PNG does not decode"
assert img.width() >= 800 and img.height() >= 500, f"window too small: {img.width()}x{img.height()}"
# A window that rendered has text, borders and widgets: many distinct colours, not a blank fill.
small = img.scaled(160, 100)
colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
assert len(colours) > 20, f"the window looks blank ({len(colours)} colours)"
print(f"screenshot ok: {img.width()}x{img.height()}, {len(colours)} colours in a 160x100 thumbnail")
PY
# The audit page too: it re-reads and verifies the hash chain of the project just created.
# Signed in as the demo admin (password "demo"), so the page shows the entries.
WORKBENCH_USER=admin WORKBENCH_PASSWORD=demo WORKBENCH_ALLOW_ENV_PASSWORD=1 timeout 300 "$APP" "$WORK/demo" --screenshot "$WORK/audit.png" --view audit
"$PYTHON" -c "import sys; d=open(sys.argv[1],'rb').read(); assert d[:8]==b'\x89PNG\r\n\x1a\n' and len(d)>20000, len(d)" "$WORK/audit.png"
mkdir -p "$DIST/smoke" && cp "$PNG" "$DIST/smoke/window.png" && cp "$WORK/audit.png" "$DIST/smoke/audit.png"
echo "SMOKE OK ($DIST/smoke/window.png)"
