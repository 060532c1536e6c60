#!/usr/bin/env bash
# Prepare this checkout to run: the Debian packages the program, its tests and the build
# need (installed when run as root on Debian/Ubuntu; named when not) and a virtual
# environment in .venv with the program, its test tools and PyInstaller.
# Safe to run again: it does only what is missing, and rebuilds a half-made .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "setup: $*" >&2; }

PYTHON=${PYTHON:-python3}
is_root() { [ "$(id -u)" = 0 ]; }
have_dpkg() { command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
apt_install() {
  say "installing $*"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${_apt_updated:-}" ]; then apt-get update -qq; _apt_updated=1; fi
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. Python first: nothing else can go on without it (README: Python 3.10 or newer).
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  if have_dpkg && is_root; then
    apt_install python3 python3-venv
  else
    say "không tìm thấy $PYTHON (cần Python 3.10 trở lên)."
    say "missing: $PYTHON (Python 3.10 or newer). Debian/Ubuntu, as root:" \
      "apt-get install python3 python3-venv"
    exit 1
  fi
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  say "$PYTHON là $("$PYTHON" -V 2>&1); cần Python 3.10 trở lên (needs Python 3.10 or newer)"
  exit 1
fi
PYVER=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')

# 2. The Debian packages. Qt's shared libraries (ENVIRONMENT.md), the xcb set for a real
# window under Xvfb, the wayland and CUPS libraries the .deb leaves to the system (its
# test checks they come with its Depends), Xvfb itself, poppler's tools that the PDF tests
# read reports back with, git (the package test builds from a clean clone), binutils
# (PyInstaller's and that test's objdump), CA certificates for pip, and, when Python is
# Debian's own, its venv module and the shared libpython PyInstaller bundles.
APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1 libcups2 fonts-liberation2
  xvfb xauth poppler-utils git binutils ca-certificates
)
python_path=$(readlink -f "$(command -v "$PYTHON")")
if have_dpkg && dpkg-query -S "$python_path" >/dev/null 2>&1; then
  APT_PACKAGES+=("python$PYVER-venv" "libpython$PYVER")
fi

if have_dpkg; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if is_root; then
      apt_install "${missing[@]}"
    else
      say "thiếu các gói Debian: ${missing[*]}"
      say "missing Debian packages; as root run: apt-get install ${missing[*]}"
    fi
  fi
fi

# 3. The virtual environment. A .venv whose python does not run or has no pip (venv made
# while python3-venv was missing), or whose last install did not finish, is made anew.
stamp=.venv/.pcmd-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ -e .venv ] && ! .venv/bin/python -c 'import pip' >/dev/null 2>&1; then
  say ".venv is half-made (no working python with pip): making it anew"
  rm -rf .venv
fi
if [ ! -e .venv ]; then
  if ! "$PYTHON" -m venv .venv; then
    rm -rf .venv
    say "không tạo được môi trường ảo .venv (could not make .venv)." \
      "Debian/Ubuntu, as root: apt-get install python$PYVER-venv"
    exit 1
  fi
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  rm -f "$stamp"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test,build]"
  echo "$want" > "$stamp"
fi
