#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
bash packaging/build.sh

# The integration tests (ctest label "integration") start their own throw-away PostgreSQL through a
# ctest fixture (tests/pg/pgserver.sh: initdb in a temporary folder, 127.0.0.1 and a free port, stopped
# at the end and on failure); install-deps.sh above installs Debian's postgresql when it is missing.

status=0
ctest --test-dir build --output-on-failure --timeout 600 || status=$?
exit "$status"
