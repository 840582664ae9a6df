#!/usr/bin/env bash
# Render every processes/*.bpmn (bpmn-js) and processes/*.dmn (dmn-js decision
# tables) to docs/diagrams/<basename>.png in headless Debian Chromium
# (/usr/bin/chromium, override with CHROMIUM_PATH; no browser is ever downloaded),
# and write docs/diagrams/<basename>.png.sha256 = SHA-256 (hex) of the source bytes.
#
# usage: tools/diagrams/render.sh [--check] [--force] [--root DIR]
#   (default)  render pictures that are missing or whose recorded hash differs
#   --force    re-render every picture
#   --check    render nothing; exit 1 listing pictures that are missing or out of date
#   --root DIR use DIR/processes and DIR/docs/diagrams instead of the repository's
# env: CHROMIUM_PATH, DIAGRAM_SCALE (device pixels per CSS px, default 2),
#      DIAGRAMS_KEEP_HTML=1 keeps the generated HTML pages for debugging
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

case "${1:-}" in
  -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

ensure_node_modules
exec node "$DIAGRAMS_DIR/render.mjs" "$@"
