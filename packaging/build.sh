#!/usr/bin/env bash
# Build the Apertus Workbench desktop bundle (PyInstaller, one folder) for this OS.
#
#   packaging/build.sh                 # -> dist/ApertusWorkbench/ (Linux)
#                                      #    dist/ApertusWorkbench.app (macOS)
#   PYTHON=/path/to/python packaging/build.sh
#
# Needs a Python with the app and the `dev` extra installed (pyinstaller):
#   python -m pip install -e '.[dev]'
# The ML stack may be installed in that Python too: the spec excludes it from the bundle
# (training and evaluation use the engine Python, $WORKBENCH_ENGINE_PYTHON).
# Linux only: also installs a .desktop entry and icons with INSTALL_DESKTOP=1
# (into ~/.local/share, no root needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
BUILD="${BUILD_DIR:-$ROOT/build/pyinstaller}"
DIST="${DIST_DIR:-$ROOT/dist}"
start=$(date +%s)
# --noconfirm: replace an earlier build; the work folder is kept between builds so a
# rebuild after a code change reuses the analysis cache.
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --workpath "$BUILD" --distpath "$DIST" packaging/apertus-workbench.spec
echo "built in $(( $(date +%s) - start )) s: $(du -sh "$DIST/ApertusWorkbench" | cut -f1) in $DIST/ApertusWorkbench"

if [ "$(uname -s)" = Linux ] && [ "${INSTALL_DESKTOP:-0}" = 1 ]; then
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
  for size in 16 24 32 48 64 128 256 512; do
    dir="$share/icons/hicolor/${size}x${size}/apps"; mkdir -p "$dir"
    cp "packaging/icons/apertus-workbench-$size.png" "$dir/apertus-workbench.png"
  done
  mkdir -p "$share/icons/hicolor/scalable/apps" "$share/applications"
  cp packaging/icons/apertus-workbench.svg "$share/icons/hicolor/scalable/apps/"
  sed "s|^Exec=.*|Exec=$DIST/ApertusWorkbench/apertus-workbench %f|" \
    packaging/apertus-workbench.desktop > "$share/applications/apertus-workbench.desktop"
  echo "desktop entry installed in $share/applications"
fi
