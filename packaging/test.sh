#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
bash packaging/build.sh

# --- Hook: PostgreSQL for the integration tests (tests/integration) ---------------------------
# Issue 3 starts a throw-away PostgreSQL server here (initdb in a temporary directory, a private
# port and socket directory, stopped and removed by an EXIT trap) and exports its connection for
# ctest. Until then the integration tests find no server and skip.
# ----------------------------------------------------------------------------------------------

status=0
ctest --test-dir build --output-on-failure --timeout 600 || status=$?
exit "$status"
