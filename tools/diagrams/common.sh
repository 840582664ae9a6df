# Sourced by the tools/diagrams/*.sh scripts: locates the repository and
# installs the locked npm dependencies when node_modules is missing.
DIAGRAMS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$DIAGRAMS_DIR/../.." && pwd)"

ensure_node_modules() {
  if ! command -v node >/dev/null 2>&1; then
    echo "error: node (>= 20) is required on PATH" >&2
    exit 2
  fi
  if [ ! -d "$DIAGRAMS_DIR/node_modules" ]; then
    echo "tools/diagrams: node_modules missing, running npm ci ..." >&2
    # never let any package fetch a browser: the renderer uses /usr/bin/chromium
    (cd "$DIAGRAMS_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2) || {
      echo "error: npm ci failed in tools/diagrams" >&2
      exit 2
    }
  fi
}
