"""Headless Chromium for the page tests: Debian's ``chromium`` package (``.ci/run`` installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
)


def chromium() -> Optional[str]:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def run(url: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Chromium on ``url`` with its own throw-away profile; stdout is what ``--dump-dom`` prints."""
    with tempfile.TemporaryDirectory(prefix="karabach-chromium-") as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, url],
            capture_output=True, text=True, timeout=timeout,
        )


def dump_dom(url: str) -> str:
    """The page's DOM after its scripts ran."""
    proc = run(url, "--dump-dom", "--virtual-time-budget=5000")
    if proc.returncode != 0 or "<html" not in proc.stdout:
        raise RuntimeError(f"chromium --dump-dom failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout


def screenshot(url: str, png: Path, width: int = 1200, height: int = 1900) -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    proc = run(url, f"--screenshot={png}", f"--window-size={width},{height}", "--virtual-time-budget=5000")
    if proc.returncode != 0 or not png.exists():
        raise RuntimeError(f"chromium --screenshot failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return png
