"""installer/build-linux.sh from a clean copy of the tree: the .deb installs (into a
temporary root), the installed program answers --version, makes the demo database,
writes a report and opens its main window offscreen; the portable archive keeps its data
beside itself; a newer package installed over an older one keeps the user's database,
which the program then migrates after a backup. Slow: PyInstaller builds the bundle
(about 1.5 minutes on 2 cores)."""

from __future__ import annotations

import configparser
import gzip
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pcmd_desktop import __version__
from pcmd_desktop.db.migrations import LATEST_VERSION

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DEMO_USER, DEMO_PASSWORD = "admin", "pcmd-demo-2018"
# Nothing of these may be in the bundle (the issue: not Qt Quick, QML or WebEngine).
FORBIDDEN = ("quick", "qml", "webengine", "virtualkeyboard")


@dataclass
class Build:
    deb: Path
    tarball: Path
    bundle: Path


def clean_copy(dest: Path) -> None:
    """What a clean clone of this tree would hold: the tracked files and the new ones
    git does not ignore (no .venv, build output or caches)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Build:
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is needed to build the .deb (Debian package dpkg)")
    src = tmp_path_factory.mktemp("src")
    clean_copy(src)
    out = tmp_path_factory.mktemp("out")
    env = {
        **os.environ,
        "PCMD_BUILD_OUT": str(out),
        "PCMD_BUILD_WORK": str(tmp_path_factory.mktemp("work")),
        # The test's own environment already holds the dependencies and PyInstaller
        # (scripts/setup.sh installs the `build` extra); the script's own venv step is
        # what a fresh machine runs.
        "PCMD_BUILD_VENV": sys.prefix,
    }
    done = subprocess.run(
        ["bash", str(src / "installer" / "build-linux.sh")],
        cwd=src, env=env, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    deb = Path(done.stdout.strip().splitlines()[-1])
    machine = os.uname().machine
    return Build(
        deb=deb,
        tarball=out / f"pcmd-desktop-{__version__}-linux-{machine}.tar.gz",
        bundle=Path(env["PCMD_BUILD_WORK"]) / "dist" / "pcmd-desktop",
    )


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's session with nothing of this test's Python in it."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def installed(root: Path, command: str) -> Path:
    """`/usr/bin/<command>` of a package unpacked into `root`: its absolute link, followed
    inside `root` (on a real install it is followed from /)."""
    link = root / "usr" / "bin" / command
    target = Path(os.readlink(link))
    assert target.is_absolute() and target.parts[1] == "opt", target
    return root / target.relative_to("/")


def run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_the_package_installs_and_the_program_works(build, tmp_path):
    assert build.deb.name.startswith(f"pcmd-desktop_{__version__}_")
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(build.deb), "Package", "Version", "Depends"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Package: pcmd-desktop" in fields and f"Version: {__version__}" in fields
    # Qt's print plugin needs libcups, which the bundle leaves to the system.
    assert "libcups2" in fields.split("Depends:", 1)[1]
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(build.deb), str(root)], check=True)
    internal = root / "opt/pcmd-desktop/_internal"
    assert (internal / "PySide6/Qt/plugins/printsupport").is_dir()
    assert not list(internal.rglob("libcups.so*"))
    for name in (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSerif-Regular.ttf",
    ):
        assert (internal / "resources/fonts" / name).is_file(), name

    # The desktop entry runs the program on the PATH and names an icon that is installed.
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(root / "usr/share/applications/pcmd-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "pcmd-desktop"  # no %f: the program takes --db, not a file
    assert (root / "usr/share/icons/hicolor/256x256/apps" / f"{desktop['Icon']}.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/pcmd-desktop.svg").is_file()
    changelog = gzip.decompress((root / "usr/share/doc/pcmd-desktop/changelog.gz").read_bytes())
    assert f"pcmd-desktop ({__version__})" in changelog.decode()
    bundle_files = [p.relative_to(root).as_posix().lower() for p in root.rglob("*")]
    assert not [p for p in bundle_files if any(word in p for word in FORBIDDEN)]
    guide = root / "opt/pcmd-desktop/_internal/resources/guide"
    assert (guide / "huong-dan-su-dung.md").is_file()
    assert list((guide / "images" / "huong-dan").glob("*.png"))

    home = tmp_path / "home"
    env = user_env(home)
    pcmd, window = installed(root, "pcmd"), installed(root, "pcmd-desktop")
    answer = run(pcmd, "--version", env=env)
    assert answer.returncode == 0 and answer.stdout.strip() == f"PCMD Desktop {__version__}"

    made = run(pcmd, "demo", env=env)
    assert made.returncode == 0, made.stderr
    database = home / ".local/share/pcmd-desktop/pcmd.sqlite3"  # the default place
    assert database.is_file()

    logged_in = {**env, "PCMD_USER": DEMO_USER, "PCMD_PASSWORD": DEMO_PASSWORD}
    report = run(pcmd, "report", "--period", "2018-01", env=logged_in)
    assert report.returncode == 0, report.stderr
    values = json.loads(report.stdout)
    assert values["unit"] == "00067" and values["period"] == "2018-01"
    assert values["indicators"]["propaganda.participants"]["value"] > 0
    pdf = tmp_path / "bao-cao.pdf"
    printed = run(pcmd, "report", "--period", "2018-Q1", "--format", "pdf", "--out", str(pdf),
                  env=logged_in)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    shown = run(window, env={**logged_in, "PCMD_EXIT_AFTER_PAINT": "1"})
    assert shown.returncode == 0, shown.stderr
    assert "painted: window.main" in shown.stderr


def test_the_installed_window_opens_on_an_x_display(build, tmp_path):
    """The real platform plugin (xcb) of the bundle, with this system's X libraries, on a
    virtual screen: what an office PC shows, not only the offscreen platform."""
    assert shutil.which("xvfb-run"), "xvfb-run is needed (scripts/setup.sh installs it as root)"
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(build.deb), str(root)], check=True)
    home = tmp_path / "home"
    env = user_env(home, PCMD_USER=DEMO_USER, PCMD_PASSWORD=DEMO_PASSWORD)
    made = run(installed(root, "pcmd"), "demo", env=env)
    assert made.returncode == 0, made.stderr
    shown = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", str(installed(root, "pcmd-desktop"))],
        env={**env, "QT_QPA_PLATFORM": "xcb", "PCMD_EXIT_AFTER_PAINT": "1",
             "FONTCONFIG_FILE": str(mono_only_fontconfig(tmp_path / "fontconfig"))},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "painted: window.main" in shown.stderr
    # The system offered only Liberation Mono: the window drew with the bundle's own font.
    assert "font: Liberation Sans" in shown.stderr.splitlines(), shown.stderr


def mono_only_fontconfig(folder: Path) -> Path:
    """A fontconfig setup whose only system font is Liberation Mono, what "Sans Serif"
    resolves to on a minimal Debian with fonts-liberation2 (Sans and Serif refused)."""
    folder.mkdir()
    conf = folder / "fonts.conf"
    conf.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/liberation2</dir>
  <cachedir>{folder / "cache"}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  <selectfont><rejectfont>
    <glob>*/LiberationSans-*</glob><glob>*/LiberationSerif-*</glob>
  </rejectfont></selectfont>
</fontconfig>
""",
        encoding="utf-8",
    )
    return conf


def needed_libraries(folder: Path) -> dict[str, Path]:
    """The shared libraries that the ELF files in `folder` need (objdump's NEEDED) and the
    folder does not hold, each with one file that needs it."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    held = {p.name for p in folder.rglob("*")}
    wanted: dict[str, Path] = {}
    for path in files:
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
        for line in dump.stdout.splitlines():
            words = line.split()
            if len(words) == 2 and words[0] == "NEEDED" and words[1] not in held:
                wanted.setdefault(words[1], path)
    return wanted


def owners(library: str) -> set[str]:
    """The installed Debian packages holding a file named `library` (no architecture)."""
    found = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    return {
        line.split(":", 1)[0].split(":")[0]
        for line in found.stdout.splitlines()
        if line.rsplit("/", 1)[-1] == library
    }


def depends_closure(field: str) -> set[str]:
    """The packages a Depends field brings in on this machine: its installed choices and,
    recursively, what they depend on (Depends and Pre-Depends)."""
    seen: set[str] = set()
    todo = [field]
    while todo:
        for group in todo.pop().split(","):
            for choice in group.split("|"):
                name = choice.split("(")[0].strip().split(":")[0]
                if not name or name in seen:
                    continue
                shown = subprocess.run(
                    ["dpkg-query", "-W", "-f=${Status}\t${Depends}, ${Pre-Depends}", name],
                    capture_output=True, text=True,
                )  # fmt: skip
                if shown.returncode == 0 and "install ok installed" in shown.stdout:
                    seen.add(name)
                    todo.append(shown.stdout.split("\t", 1)[1])
    return seen


def test_every_library_the_bundle_leaves_out_comes_with_a_declared_dependency(build):
    """What the bundle needs and does not carry (libc, GL, xcb, CUPS for the print
    plugin, ...) must be pulled in by the package's Depends, else an office PC without
    it gets a program that fails to start or print."""
    assert shutil.which("objdump"), "objdump is needed (binutils; scripts/setup.sh installs it)"
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(build.deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    brought = depends_closure(depends)
    wanted = needed_libraries(build.bundle / "_internal")
    assert "libcups.so.2" in wanted  # the print plugin's, left to the system
    undeclared = {
        library: (sorted(owners(library)), str(needer.relative_to(build.bundle)))
        for library, needer in wanted.items()
        if not owners(library) & brought
    }
    assert undeclared == {}, f"add to Depends in installer/build-linux.sh: {undeclared}"


def extract(archive: tarfile.TarFile, dest: Path) -> None:
    """Unpack `archive` into `dest`, refusing a member or a link that would land outside
    it. Python 3.11.4 and 3.12 have the check built in (the "data" filter); Debian 12's
    3.11.2 and 3.10, which the README also promises, do not, so the test checks the
    paths itself."""
    if hasattr(tarfile, "data_filter"):
        archive.extractall(dest, filter="data")
        return
    top = dest.resolve()
    members = archive.getmembers()
    for member in members:
        target = (dest / member.name).resolve()
        assert target == top or top in target.parents, f"{member.name} leaves {dest}"
        if member.issym() or member.islnk():
            link = Path(member.linkname)
            base = top if member.islnk() else target.parent
            pointed = (base / link).resolve()
            assert not link.is_absolute() and (top in pointed.parents or pointed == top), (
                f"{member.name} -> {member.linkname} leaves {dest}"
            )
    archive.extractall(dest, members=members)  # each path checked above


def test_extract_checks_the_paths_itself_without_the_tarfile_filter(tmp_path, monkeypatch):
    """The check of Pythons without tarfile's filters (the filter is Python's own)."""
    monkeypatch.delattr(tarfile, "data_filter", raising=False)  # as on Python 3.11.2
    for name, kind, link in (("ok/../../evil.txt", tarfile.REGTYPE, ""),
                             ("ok/link", tarfile.SYMTYPE, "/etc/passwd"),
                             ("ok/up", tarfile.SYMTYPE, "../../up")):  # fmt: skip
        archive_path = tmp_path / f"{kind!r}.tar"
        with tarfile.open(archive_path, "w") as archive:
            member = tarfile.TarInfo(name)
            member.type, member.linkname = kind, link
            archive.addfile(member, io.BytesIO(b"") if kind == tarfile.REGTYPE else None)
        dest = tmp_path / "usb"
        with (
            tarfile.open(archive_path) as archive,
            pytest.raises(AssertionError),
        ):
            extract(archive, dest)
        assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "up").exists()
    with tarfile.open(tmp_path / "good.tar", "w") as archive:
        member = tarfile.TarInfo("pcmd/data/note.txt")
        member.size = 2
        archive.addfile(member, io.BytesIO(b"ok"))
        link = tarfile.TarInfo("pcmd/current")
        link.type, link.linkname = tarfile.SYMTYPE, "data/note.txt"
        archive.addfile(link)
    with tarfile.open(tmp_path / "good.tar") as archive:
        extract(archive, tmp_path / "good")
    assert (tmp_path / "good/pcmd/current").read_text() == "ok"


def test_the_portable_archive_keeps_everything_beside_itself(build, tmp_path):
    usb = tmp_path / "usb"
    with tarfile.open(build.tarball) as archive:
        extract(archive, usb)
    program = usb / f"pcmd-desktop-{__version__}"
    assert (program / "pcmd-portable.txt").is_file()
    home = tmp_path / "home"
    env = user_env(home)
    made = run(program / "pcmd", "demo", env=env)
    assert made.returncode == 0, made.stderr
    assert (program / "data" / "pcmd.sqlite3").is_file()

    shown = run(program / "pcmd-desktop", env={**env, "PCMD_USER": DEMO_USER,
                "PCMD_PASSWORD": DEMO_PASSWORD, "PCMD_EXIT_AFTER_PAINT": "1"})  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "painted: window.main" in shown.stderr
    # Closing the window saved its place and made the day's backup, both on the stick.
    assert list((program / "data" / "settings").rglob("*.ini"))
    assert list((program / "data" / "backups").iterdir())
    assert not [p for p in home.rglob("*") if "pcmd" in p.name.lower()]


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    """dpkg on its own database inside `root` (nothing of this machine's is touched);
    the system libraries the package depends on are this machine's, hence --force-depends."""
    return subprocess.run(
        ["dpkg", f"--root={root}", "--force-not-root", "--force-depends",
         "--force-script-chrootless", *args],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def older_package(deb: Path, work: Path) -> Path:
    """The same package labelled as an older version, with one file of its own that the
    newer one no longer has."""
    tree = work / "older"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    control.write_text(
        control.read_text(encoding="utf-8").replace(f"Version: {__version__}", "Version: 0~older"),
        encoding="utf-8",
    )
    (tree / "opt/pcmd-desktop/_internal/stale-from-older.txt").write_text("old", encoding="utf-8")
    older = work / "pcmd-desktop_0~older.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(tree), str(older)],
                   check=True, capture_output=True)  # fmt: skip
    return older


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def test_a_newer_package_over_an_older_one_keeps_and_migrates_the_data(build, tmp_path):
    root = tmp_path / "root"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (root / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    first = dpkg(root, "-i", str(older_package(build.deb, tmp_path)))
    assert first.returncode == 0, first.stderr
    stale = root / "opt/pcmd-desktop/_internal/stale-from-older.txt"
    assert stale.is_file()

    # The older program's user has a database of an older schema, with a record.
    home = tmp_path / "home"
    database = home / ".local/share/pcmd-desktop/pcmd.sqlite3"
    database.parent.mkdir(parents=True)
    shutil.copy(ROOT / "tests/data/schema-v7.sqlite3", database)

    upgraded = dpkg(root, "-i", str(build.deb))
    assert upgraded.returncode == 0, upgraded.stderr
    status = dpkg(root, "-s", "pcmd-desktop").stdout
    assert f"Version: {__version__}" in status
    assert not stale.exists()  # no file of the older version is left behind
    assert database.is_file()  # the package never touches the user's data

    env = user_env(home, PCMD_USER="quan-tri", PCMD_PASSWORD="mat-khau-sau-nang-cap")
    pcmd = installed(root, "pcmd")
    admin = run(pcmd, "setup-admin", "--admin", "quan-tri", env=env)
    assert admin.returncode == 0, admin.stderr
    records = run(pcmd, "export-records", "--record", "establishment", env=env)
    assert records.returncode == 0, records.stderr
    assert "Karaoke Sông Hồng Cũ" in records.stdout
    assert user_version(database) == LATEST_VERSION
    copies = list((database.parent / "backups").glob("pcmd.before-schema-*-from-7.*.sqlite3"))
    assert len(copies) == 1, "the store copies the database before migrating it"
    assert user_version(copies[0]) == 7
