#!/usr/bin/env bash
# Build the Linux artefacts of PCMD Desktop from a clean clone, into dist/:
#   pcmd-desktop_<version>_<arch>.deb          the package: /opt/pcmd-desktop, `pcmd` and
#                                              `pcmd-desktop` on the PATH, menu entry, icon
#   pcmd-desktop-<version>-linux-<machine>.tar.gz  the same bundle with the portable marker
# Steps: a build venv with the project and PyInstaller, the icons, the guide's
# screenshots, the PyInstaller one-folder bundle (installer/pcmd-desktop.spec), a check
# that the bundle answers --version, then the archive and the .deb (dpkg-deb).
#
# Environment (all optional):
#   PCMD_BUILD_OUT   where the artefacts go (default: dist/)
#   PCMD_BUILD_WORK  scratch space (default: build/)
#   PCMD_BUILD_VENV  an existing virtual environment holding the project's dependencies
#                    and PyInstaller (`pip install -e ".[build]"`), to skip making one
#   PCMD_MAINTAINER  the package's Maintainer field (default: a placeholder address)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${PCMD_BUILD_OUT:-$ROOT/dist}
WORK=${PCMD_BUILD_WORK:-$ROOT/build}
mkdir -p "$OUT" "$WORK"
OUT=$(cd "$OUT" && pwd)
WORK=$(cd "$WORK" && pwd)
say() { echo "build-linux: $*" >&2; }

for tool in dpkg-deb tar; do
  command -v "$tool" >/dev/null || { say "cần lệnh $tool (Debian: apt-get install dpkg tar)"; exit 1; }
done

if [ -n "${PCMD_BUILD_VENV:-}" ]; then
  VENV=$PCMD_BUILD_VENV
else
  VENV=$WORK/venv
  [ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
  say "installing the project and PyInstaller into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q "$ROOT[build]"
fi
PY=$VENV/bin/python
"$PY" -c "import PyInstaller" 2>/dev/null || { say "PyInstaller thiếu trong $VENV"; exit 1; }

VERSION=$(cd "$ROOT" && "$PY" -c "import pcmd_desktop; print(pcmd_desktop.__version__)")
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
say "version $VERSION ($ARCH)"

cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$PY" installer/make_icons.py "$WORK/icons" >/dev/null
rm -rf "$WORK/guide-images"
"$PY" scripts/guide_screenshots.py "$WORK/guide-images" >/dev/null

rm -rf "$WORK/dist"
PCMD_GUIDE_IMAGES=$WORK/guide-images "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/pyinstaller" installer/pcmd-desktop.spec
BUNDLE=$WORK/dist/pcmd-desktop

answer=$("$BUNDLE/pcmd" --version)
[ "$answer" = "PCMD Desktop $VERSION" ] || { say "the bundle answered '$answer'"; exit 1; }

# The portable archive: the bundle in a versioned folder, with the marker beside it.
STAGE=$WORK/portable/pcmd-desktop-$VERSION
rm -rf "$WORK/portable" && mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
cp installer/pcmd-portable.txt "$STAGE/"
TARBALL=$OUT/pcmd-desktop-$VERSION-linux-$MACHINE.tar.gz
tar -C "$WORK/portable" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "pcmd-desktop-$VERSION"

# The .deb: /opt/pcmd-desktop, links in /usr/bin (absolute, as Debian policy asks of
# links between top-level folders), the desktop entry and the icon theme sizes.
DEB=$WORK/deb
rm -rf "$DEB" && mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" \
  "$DEB/usr/share/applications" "$DEB/usr/share/doc/pcmd-desktop"
cp -a "$BUNDLE" "$DEB/opt/pcmd-desktop"
# Shared libraries need no execute bit (PyInstaller leaves one); plain files, 644.
find "$DEB/opt/pcmd-desktop/_internal" -type f -name "*.so*" -exec chmod 644 {} +
ln -s /opt/pcmd-desktop/pcmd "$DEB/usr/bin/pcmd"
ln -s /opt/pcmd-desktop/pcmd-desktop "$DEB/usr/bin/pcmd-desktop"
install -m 644 installer/linux/pcmd-desktop.desktop "$DEB/usr/share/applications/"
install -m 644 installer/linux/copyright "$DEB/usr/share/doc/pcmd-desktop/copyright"
MAINTAINER=${PCMD_MAINTAINER:-PCMD Desktop <pcmd-desktop@example.org>}
{
  echo "pcmd-desktop ($VERSION) stable; urgency=medium"
  echo
  echo "  * PCMD Desktop $VERSION, built from $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo 'a source tree')."
  echo
  echo " -- $MAINTAINER  $(date -R)"
} | gzip -9n > "$DEB/usr/share/doc/pcmd-desktop/changelog.gz"
for size in 16 24 32 48 64 128 256; do
  dir=$DEB/usr/share/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  install -m 644 "$WORK/icons/pcmd-desktop-$size.png" "$dir/pcmd-desktop.png"
done
mkdir -p "$DEB/usr/share/icons/hicolor/scalable/apps"
install -m 644 resources/icons/pcmd-desktop.svg "$DEB/usr/share/icons/hicolor/scalable/apps/"
# Menus and icon caches pick the new entry up at once where their tools exist.
cat > "$DEB/DEBIAN/postinst" <<'SH'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null && update-desktop-database -q "${DPKG_ROOT:-}/usr/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "${DPKG_ROOT:-}/usr/share/icons/hicolor" || true
fi
exit 0
SH
cp "$DEB/DEBIAN/postinst" "$DEB/DEBIAN/postrm"
sed -i 's/= configure/= remove/' "$DEB/DEBIAN/postrm"
chmod 755 "$DEB/DEBIAN/postinst" "$DEB/DEBIAN/postrm"
SIZE_KB=$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)
# The bundle carries Qt, Python, most libraries and its own fonts (the window's Liberation
# Sans, the reports' Liberation Serif); these come from the system (objdump of the bundle
# on Debian 12: libc, GL/EGL, libxcb, libdrm, the wayland client libraries), libcups2 for
# Qt's print plugin (left out of the bundle by the spec: the system's CUPS client),
# fontconfig's settings and a system font for any letter outside the bundled ones.
# tests/installer/test_linux_package.py checks every library left out comes with these.
cat > "$DEB/DEBIAN/control" <<CONTROL
Package: pcmd-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $SIZE_KB
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libdrm2, libwayland-client0, libwayland-cursor0, libwayland-egl1, libcups2, fontconfig-config, fonts-liberation2 | fonts-dejavu-core
Section: misc
Priority: optional
Description: offline records and reports of prostitution prevention and control
 PCMD Desktop (Phòng, chống mại dâm) lets commune, district and city
 officers record inspections of service businesses, patrols of hotspots
 and the people they support, print the monthly report form and exchange
 signed report files, without Internet.
CONTROL
PACKAGE=$OUT/pcmd-desktop_${VERSION}_$ARCH.deb
dpkg-deb --root-owner-group -Zxz --build "$DEB" "$PACKAGE" >/dev/null

say "bundle  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
say "archive $TARBALL ($(du -h "$TARBALL" | cut -f1))"
say "package $PACKAGE ($(du -h "$PACKAGE" | cut -f1))"
echo "$PACKAGE"
