#!/usr/bin/env bash
# Headless Chromium for the dashboard tests: installs Debian's `chromium` package when it is missing (as root,
# with apt-get). Playwright drives it with executable_path=/usr/bin/chromium, so no browser is downloaded.
# `make test` calls this; when it cannot install, it says why on stderr and the browser tests skip.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
    exit 0
fi
if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
    echo "test-browser: /usr/bin/chromium is missing and I cannot install it (needs root and apt-get): apt-get install chromium" >&2
    exit 1
fi
echo "test-browser: installing the Debian chromium package…" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1; } \
    || { echo "test-browser: apt-get install chromium failed" >&2; exit 1; }
