#!/usr/bin/env bash
# Lint BPMN models with bpmnlint and the repository's .bpmnlintrc
# (bpmnlint:recommended + camunda-compat/camunda-platform-7-24).
#
# usage: tools/diagrams/lint.sh [file.bpmn ...]
#   Without arguments every processes/*.bpmn is linted.
#   Exits non-zero on ANY finding (errors, warnings and infos alike) and prints them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

case "${1:-}" in
  -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

files=()
if [ "$#" -gt 0 ]; then
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
  shopt -s nullglob
  files=("$REPO_ROOT"/processes/*.bpmn)
  shopt -u nullglob
  if [ "${#files[@]}" -eq 0 ]; then
    echo "lint: no processes/*.bpmn found, nothing to lint"
    exit 0
  fi
fi

ensure_node_modules
# bpmnlint resolves "plugin:..." packages from the working directory: run it
# from tools/diagrams so it finds the locally installed camunda-compat plugin.
cd "$DIAGRAMS_DIR"
# --max-warnings=0: warnings and infos (e.g. history-time-to-live) fail the lint too.
# NO_COLOR keeps the output readable in CI logs.
if NO_COLOR=1 node "$DIAGRAMS_DIR/node_modules/bpmnlint/bin/bpmnlint.js" \
     --config "$REPO_ROOT/.bpmnlintrc" --max-warnings=0 "${files[@]}"; then
  echo "lint: ${#files[@]} file(s) clean"
else
  echo "lint: findings above; fix them (a clean lint of every file is the bar)" >&2
  exit 1
fi
