#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that Meldpunt's build, the app and the tests need; only what is missing.
# MELDPUNT_DRY_RUN=1 prints the apt-get commands instead of running them.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-positioning-dev qt6-svg-dev libqcustomplot-dev
    libcurl4-openssl-dev libsqlite3-dev libpq-dev libgl-dev
    # run time: Qt SQL drivers, time zones, a font for offscreen rendering
    libqt6sql6-sqlite libqt6sql6-psql tzdata fonts-dejavu-core
    # tests: PostgreSQL for integration tests, a virtual X server, PDF inspection
    postgresql postgresql-client xauth xvfb poppler-utils
)

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

echo "install-deps: missing: ${missing[*]}"

apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: not root and sudo is not available; install these as root: ${missing[*]}" >&2
        exit 1
    fi
    apt=(sudo "${apt[@]}")
fi

run() {
    if [[ "${MELDPUNT_DRY_RUN:-0}" == 1 ]]; then
        echo "+ $*"
    else
        "$@"
    fi
}

run "${apt[@]}" update
run "${apt[@]}" install -y "${missing[@]}"
