#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Meldpunt on the generated demo city.
# Extra arguments go to meldpunt, e.g. `bash packaging/demo.sh --lang fr`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
bash packaging/build.sh

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "demo.sh: no DISPLAY or WAYLAND_DISPLAY set; the window needs a graphical session." >&2
fi
exec build/meldpunt --demo "$@"
