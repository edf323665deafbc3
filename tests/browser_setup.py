"""Make sure headless Chromium and CJK fonts exist for the browser tests; never fails the build.

`python -m tests.browser_setup` (run by `make test`): quick no-op when /usr/bin/chromium exists;
otherwise, as root on Debian/Ubuntu, `apt-get install chromium fonts-noto-cjk`. On any failure it
prints a warning and exits 0: the browser tests then skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
PACKAGES = ("chromium", "fonts-noto-cjk")
APT_ENV = {"DEBIAN_FRONTEND": "noninteractive", "APT_LISTCHANGES_FRONTEND": "none"}


def _is_debian() -> bool:
    """apt-get is there and the OS says it is Debian or derived from it."""
    try:
        release = Path("/etc/os-release").read_text(encoding="utf-8").lower()
    except OSError:
        return False
    return shutil.which("apt-get") is not None and ("debian" in release or "ubuntu" in release)


def _run(cmd: list[str], timeout: int) -> bool:
    """Run an apt command non-interactively, echoing it; True when it succeeded."""
    print("browser_setup: $", " ".join(cmd), flush=True)
    try:
        done = subprocess.run(cmd, env={**os.environ, **APT_ENV}, timeout=timeout, check=False,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"browser_setup: warning: {exc}", flush=True)
        return False
    if done.returncode != 0:
        tail = (done.stderr or "").strip().splitlines()[-3:]
        print(f"browser_setup: warning: exit {done.returncode}: {' | '.join(tail)}", flush=True)
    return done.returncode == 0


def ensure_chromium() -> str:
    """Install Chromium and CJK fonts when missing and possible; returns what happened, in words."""
    if CHROMIUM.exists():
        return f"{CHROMIUM} present; nothing to do"
    if not _is_debian():
        return f"warning: {CHROMIUM} missing and this is not Debian/Ubuntu; browser tests will skip"
    if os.geteuid() != 0:
        return f"warning: {CHROMIUM} missing and not root (try: sudo apt-get install -y {' '.join(PACKAGES)}); browser tests will skip"
    if not _run(["apt-get", "update"], timeout=300):
        return "warning: apt-get update failed; browser tests will skip"
    if not _run(["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES], timeout=900):
        return "warning: apt-get install failed; browser tests will skip"
    if not CHROMIUM.exists():
        return f"warning: installed {' '.join(PACKAGES)} but {CHROMIUM} is still missing; browser tests will skip"
    return f"installed {' '.join(PACKAGES)}"


def main() -> int:
    """Print the outcome; always exit 0 so a missing browser never breaks `make test`."""
    try:
        message = ensure_chromium()
    except Exception as exc:  # noqa: BLE001 - setup must never fail the build
        message = f"warning: {type(exc).__name__}: {exc}; browser tests will skip"
    print(f"browser_setup: {message}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
