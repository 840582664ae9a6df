#!/usr/bin/env bash
# Takes the pictures in docs/workspace/ anew: runs the workspace's browser tests in headless
# Debian Chromium (apt-get install chromium chromium-driver) with -Dworkspace.screenshots=true,
# which makes them save what they show there. Commit the changed PNGs with the change that
# changed the pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test -Dtest='WorkspaceBrowserTest' -Dbrowser.required=true -Dworkspace.screenshots=true \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
ls -l docs/workspace/*.png
