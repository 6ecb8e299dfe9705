#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (first time only) and builds Meldpunt in build/ at the repository root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Configure when there is no Ninja build yet (also after a configure that failed half-way).
if [[ ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build --parallel
