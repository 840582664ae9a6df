#!/usr/bin/env bash
# Generate diagram interchange (BPMNDI: shapes, edges, coordinates) for a BPMN
# file written without coordinates, using bpmn-auto-layout (layoutProcess).
# The file is rewritten IN PLACE (commit or copy it first if unsure).
#
# usage: tools/diagrams/layout.sh <file.bpmn>
#
# Notes:
#  - The result is a readable left-to-right starting point, not a final picture.
#    Boundary events (and the loops that leave them) often come out awkward and
#    may need hand refinement in Camunda Modeler.
#  - Any existing diagram interchange in the file is replaced.
#  - Afterwards run tools/diagrams/lint.sh and tools/diagrams/render.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

if [ "$#" -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  usage
  [ "$#" -eq 1 ] && exit 0 || exit 2
fi
if [ ! -f "$1" ]; then
  echo "layout: no such file: $1" >&2
  exit 2
fi
file="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

ensure_node_modules
node "$DIAGRAMS_DIR/layout.mjs" "$file"
