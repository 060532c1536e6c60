"""The bundled program against the same program run from source: size on disk and start
to the first painted window (the login dialog), offscreen, on the same demo database.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 7] [--bundle DIR]

Without --bundle, installer/build-linux.sh builds one into benchmarks/out/bundle/ (about
1.5 minutes; the test environment holds PyInstaller). "Cold" runs drop the kernel's page
cache first (`/proc/sys/vm/drop_caches`, root only): the first start after switching the
PC on. "Warm" runs are new processes with the files already in the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

sys.path.insert(0, str(Path(__file__).parent))
from common import machine

HERE = Path(__file__).parent
ROOT = HERE.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def runtime_bytes() -> int:
    """What `pip install pcmd-desktop` puts in a virtual environment: the files of the
    program's runtime dependencies, followed recursively (not the test or build tools),
    plus the program's own package."""
    seen: set[str] = set()
    todo = ["pcmd-desktop"]
    total = 0
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):  # not test/build
                todo.append(req.name)
    total += folder_bytes(ROOT / "pcmd_desktop") + folder_bytes(ROOT / "resources")
    return total


def build_bundle() -> tuple[Path, Path]:
    """Build into benchmarks/out/bundle/: the one-folder bundle and the .deb."""
    out = HERE / "out" / "bundle"
    env = {**os.environ, "PCMD_BUILD_OUT": str(out / "packages"), "PCMD_BUILD_WORK": str(out),
           "PCMD_BUILD_VENV": sys.prefix}  # fmt: skip
    deb = subprocess.run(["bash", str(ROOT / "installer" / "build-linux.sh")], check=True,
                         env=env, capture_output=True, text=True).stdout.split()[-1]  # fmt: skip
    return out / "dist" / "pcmd-desktop", Path(deb)


def can_drop_caches() -> bool:
    try:
        DROP_CACHES.write_text("3")
        return True
    except OSError:
        return False


def timed(cmd: list[str], env: dict, cold: bool) -> float:
    if cold:
        subprocess.run(["sync"], check=True)
        DROP_CACHES.write_text("3")
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(runs: int, bundle: Path | None) -> dict:
    deb = None
    if bundle is None:
        bundle, deb = build_bundle()
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    db = tmp / "demo.sqlite3"
    subprocess.run([str(bundle / "pcmd"), "demo", "--db", str(db)], check=True,
                   stderr=subprocess.DEVNULL)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PCMD_EXIT_AFTER_PAINT": "1",
           "HOME": str(tmp)}  # fmt: skip
    bundled = [str(bundle / "pcmd-desktop"), "--db", str(db)]
    source = [sys.executable, "-m", "pcmd_desktop.app", "--db", str(db)]
    result: dict = {
        "runs": runs,
        "bundle_mb": folder_bytes(bundle) / 1e6,
        "source_mb": runtime_bytes() / 1e6,
        "deb_mb": deb.stat().st_size / 1e6 if deb else None,
    }
    modes = ["warm", "cold"] if can_drop_caches() else ["warm"]
    for mode in modes:
        cold = mode == "cold"
        timed(bundled, env, False)  # one start each first (also a warm-up for "warm")
        timed(source, env, False)
        b_t, s_t = [], []
        for _ in range(runs):
            b_t.append(timed(bundled, env, cold))
            s_t.append(timed(source, env, cold))
        b, s = statistics.median(b_t), statistics.median(s_t)
        result[mode] = {"bundle_s": b, "source_s": s, "ratio": b / s}
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--bundle", type=Path)
    args = ap.parse_args()
    print(json.dumps({**run(args.runs, args.bundle), "machine": machine()}))


if __name__ == "__main__":
    main()
