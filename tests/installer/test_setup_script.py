"""scripts/setup.sh with stand-in commands (python3, its venv, dpkg-query, apt-get) on a
PATH of their own: Python is checked first, a half-made .venv is made anew, a failed
venv names the package to install, and a finished setup does nothing more."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = (
    "dirname",
    "id",
    "grep",
    "sha256sum",
    "cut",
    "cat",
    "rm",
    "readlink",
    "mkdir",
    "cp",
    "chmod",
)

# The stand-in python3: `-c` runs the real one; `-m venv .venv` makes a .venv whose
# python answers `import pip` and records `-m pip install`, or, with FAKE_NO_ENSUREPIP,
# leaves a python without pip and fails, as Debian's does without python3-venv.
FAKE_PYTHON = """#!/bin/bash
if [ "$1" = -c ]; then exec {real} "$@"; fi
if [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin"
  if [ -n "${{FAKE_NO_ENSUREPIP:-}}" ]; then
    printf '#!/bin/bash\\nexit 1\\n' > "$3/bin/python"; chmod +x "$3/bin/python"
    echo "ensurepip is not available" >&2; exit 1
  fi
  cp "$(dirname "$0")/venv-python" "$3/bin/python"; echo venv >> "$FAKE_LOG"; exit 0
fi
exit 2
"""
VENV_PYTHON = """#!/bin/bash
if [ "$1" = -c ]; then exit 0; fi
echo "$*" >> "$FAKE_LOG"
"""


def fake_bin(tmp_path: Path, *, dpkg: bool) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    scripts = {"python3": FAKE_PYTHON.format(real=sys.executable), "venv-python": VENV_PYTHON}
    if dpkg:  # every package installed; no file belongs to one (python3 is not Debian's)
        scripts["dpkg-query"] = '#!/bin/bash\n[ "$1" = -W ] && echo "install ok installed"\n'
        scripts["apt-get"] = '#!/bin/bash\necho "apt-get $*" >> "$FAKE_LOG"\n'
    for name, text in scripts.items():
        (bin_dir / name).write_text(text, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return bin_dir


def project(tmp_path: Path) -> Path:
    proj = tmp_path / "proj"
    (proj / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", proj / "scripts")
    shutil.copy(ROOT / "pyproject.toml", proj)
    return proj


def setup(proj: Path, bin_dir: Path, **env: str) -> subprocess.CompletedProcess:
    log = proj.parent / "calls.log"
    return subprocess.run(
        ["/bin/bash", str(proj / "scripts" / "setup.sh")],
        env={"PATH": str(bin_dir), "HOME": str(proj.parent), "FAKE_LOG": str(log), **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def calls(proj: Path) -> list[str]:
    log = proj.parent / "calls.log"
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return lines


def test_a_half_made_venv_is_made_anew_and_a_finished_one_left_alone(tmp_path):
    proj, bin_dir = project(tmp_path), fake_bin(tmp_path, dpkg=True)
    (proj / ".venv/bin").mkdir(parents=True)
    broken = proj / ".venv/bin/python"
    broken.write_text("#!/bin/bash\nexit 1\n", encoding="utf-8")  # no pip in it
    broken.chmod(0o755)

    done = setup(proj, bin_dir)
    assert done.returncode == 0, done.stderr
    assert "half-made" in done.stderr
    made = calls(proj)
    assert made[0] == "venv" and any("install -q -e .[test,build]" in c for c in made), made
    assert (proj / ".venv/.pcmd-installed").is_file()
    assert not [c for c in made if c.startswith("apt-get")]

    again = setup(proj, bin_dir)
    assert again.returncode == 0, again.stderr
    assert calls(proj) == []  # nothing left to do


def test_an_install_that_did_not_finish_is_done_again(tmp_path):
    proj, bin_dir = project(tmp_path), fake_bin(tmp_path, dpkg=True)
    assert setup(proj, bin_dir).returncode == 0
    calls(proj)
    (proj / ".venv/.pcmd-installed").unlink()  # the last pip install was interrupted
    assert setup(proj, bin_dir).returncode == 0
    assert any("install -q -e" in c for c in calls(proj))


def test_a_venv_that_cannot_be_made_stops_naming_the_package(tmp_path):
    proj, bin_dir = project(tmp_path), fake_bin(tmp_path, dpkg=True)
    done = setup(proj, bin_dir, FAKE_NO_ENSUREPIP="1")
    assert done.returncode == 1
    version = "{}.{}".format(*sys.version_info[:2])
    assert f"apt-get install python{version}-venv" in done.stderr
    assert not (proj / ".venv").exists()  # nothing half-made left for the next run


def test_without_python_it_stops_first_and_says_what_is_missing(tmp_path):
    proj, bin_dir = project(tmp_path), fake_bin(tmp_path, dpkg=False)
    done = setup(proj, bin_dir, PYTHON="python3-absent")
    assert done.returncode == 1
    assert "python3-absent" in done.stderr and "apt-get install python3 python3-venv" in done.stderr
    assert not (proj / ".venv").exists()
    assert set(os.listdir(proj)) == {"scripts", "pyproject.toml"}
