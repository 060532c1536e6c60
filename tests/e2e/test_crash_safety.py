"""A process killed (SIGKILL) at any moment of a 100,000-record import leaves the database
sound and holding either none of the import or all of it.

crash_import_worker.py imports in one transaction; this test first runs it to the end to
measure its phases, then kills fresh runs at seeded random moments: before the
transaction starts, inside it (COMMIT included) and after it was committed.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pcmd_desktop.db.connection import connect

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL and this timing are POSIX-only"),
]

WORKER = Path(__file__).with_name("crash_import_worker.py")
COUNT = 100_000
SEED = 20180501
KILLS_BEFORE = 5  # random moments before "started" (the first one at once)
KILLS_INSIDE = 14  # random moments between "started" and the measured commit...
KILLS_NEAR_COMMIT = 4  # ...of which these in its last tenth (the COMMIT, the checkpoint)
KILLS_AFTER = 5  # random moments after "committed" was printed...
AFTER_WINDOW = 0.5  # ...within this many seconds, the worker still open


@dataclass
class Run:
    proc: subprocess.Popen
    t0: float
    lines: list[tuple[str, float]] = field(default_factory=list)
    reader: threading.Thread | None = None
    # Notified by the reader at each line and when the worker's output ends.
    changed: threading.Condition = field(default_factory=threading.Condition)
    ended: bool = False

    def seen(self, word: str) -> bool:
        return any(line == word for line, _ in self.lines)

    def _time_of(self, word: str) -> float | None:
        return next((t for line, t in self.lines if line == word), None)

    def wait_for(self, word: str, timeout: float) -> float:
        """The moment the worker printed `word`, waiting for it (not for its output to end)."""
        with self.changed:
            self.changed.wait_for(
                lambda: self._time_of(word) is not None or not self.reader_alive(), timeout
            )
            found = self._time_of(word)
        if found is None:
            raise AssertionError(f"worker never printed {word!r}: {self.lines} {self.stderr()}")
        return found

    def wait_for_end(self, timeout: float) -> bool:
        """Until the worker's output ends, at most `timeout` seconds; True if it ended."""
        with self.changed:
            return self.changed.wait_for(lambda: self.ended, timeout)

    def reader_alive(self) -> bool:
        return not self.ended

    def stderr(self) -> str:
        return self.proc.stderr.read() if self.proc.stderr else ""


def start(db: Path) -> Run:
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(COUNT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )
    run = Run(proc, t0)

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            with run.changed:
                run.lines.append((line.strip(), time.monotonic() - t0))
                run.changed.notify_all()
        with run.changed:
            run.ended = True
            run.changed.notify_all()

    run.reader = threading.Thread(target=read, daemon=True)
    run.reader.start()
    return run


def check(db_path: Path) -> int:
    """Integrity, foreign keys, all-or-nothing; returns the number of activities."""
    db = connect(db_path)  # recovers the WAL as the program would
    try:
        assert [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        n = db.execute("SELECT count(*) FROM activities").fetchone()[0]
        keys = db.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    finally:
        db.close()
    assert n in (0, COUNT), f"{n} activities: a partial import survived the crash"
    assert keys == n
    return n


def test_sigkill_during_a_big_import_never_leaves_a_partial_state(tmp_path):
    began = time.monotonic()
    template = tmp_path / "template.sqlite3"
    subprocess.run([sys.executable, str(WORKER), "--create", str(template)], check=True)
    assert {p.name for p in tmp_path.iterdir()} == {"template.sqlite3"}

    # A full run, undisturbed, to measure the phases.
    db = tmp_path / "full.sqlite3"
    shutil.copyfile(template, db)
    run = start(db)
    run.wait_for("committed", 120)
    assert run.proc.stdin is not None
    run.proc.stdin.close()  # the worker may now close its database and end
    assert run.proc.wait(timeout=120) == 0, run.stderr()
    assert run.reader is not None
    run.reader.join()
    phases = dict(run.lines)
    t_started, t_committed, t_done = phases["started"], phases["committed"], phases["done"]
    assert check(db) == COUNT

    rnd = random.Random(SEED)
    plan: list[tuple[str, float]] = [("start", 0.0)]
    plan += [("start", rnd.uniform(0, t_started)) for _ in range(KILLS_BEFORE - 1)]
    late = t_committed - 0.1 * (t_committed - t_started)
    plan += [
        ("start", rnd.uniform(t_started, t_committed))
        for _ in range(KILLS_INSIDE - KILLS_NEAR_COMMIT)
    ]
    plan += [("start", rnd.uniform(late, t_committed)) for _ in range(KILLS_NEAR_COMMIT)]
    plan += [("committed", rnd.uniform(0, AFTER_WINDOW)) for _ in range(KILLS_AFTER)]
    rnd.shuffle(plan)

    phase_counts = {"before": 0, "inside": 0, "after": 0}
    outcomes = {0: 0, COUNT: 0}
    for i, (anchor, delay) in enumerate(plan):
        db = tmp_path / f"run{i}.sqlite3"
        shutil.copyfile(template, db)
        run = start(db)
        # After the commit: a delay counted from the moment "committed" was seen.
        t_kill = delay + (run.wait_for("committed", 120) if anchor == "committed" else 0.0)
        # The chosen instant, or sooner if the worker's output ends (it died by itself).
        run.wait_for_end(max(0.0, t_kill - (time.monotonic() - run.t0)))
        run.proc.send_signal(signal.SIGKILL)
        run.proc.wait(timeout=30)
        if run.proc.stdin is not None:
            run.proc.stdin.close()
        assert run.reader is not None
        run.reader.join(timeout=30)
        if run.seen("done"):  # finished before the kill landed: not a crash at all
            phase = "after-exit"
        elif run.seen("committed"):
            phase = "after"
        elif run.seen("started"):
            phase = "inside"
        else:
            phase = "before"
        assert run.proc.returncode == -signal.SIGKILL or phase == "after-exit"
        if phase in phase_counts:
            phase_counts[phase] += 1
        n = check(db)
        outcomes[n] += 1
        if phase == "before":
            assert n == 0
        if phase in ("after", "after-exit"):
            assert n == COUNT
        for leftover in db.parent.glob(f"{db.name}*"):
            leftover.unlink()

    elapsed = time.monotonic() - began
    print(
        f"\ncrash safety: full run {t_done:.2f}s (started {t_started:.2f}s, committed "
        f"{t_committed:.2f}s); kills {phase_counts}; outcomes {outcomes}; "
        f"total {elapsed:.1f}s"
    )
    assert sum(phase_counts.values()) >= 20
    assert all(v >= 1 for v in phase_counts.values()), phase_counts
