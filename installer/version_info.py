"""The Windows file properties (version resource) of pcmd-desktop.exe and pcmd.exe, as
the text PyInstaller's `version=` file takes: a Python expression of its versioninfo
classes. Written as text so the spec needs nothing of PyInstaller's Windows-only modules
to make it, and a test on Linux can read it back."""

from __future__ import annotations

import re

VIETNAMESE_UNICODE = "042A04B0"  # language 0x042A (Vietnamese), code page 1200 (UTF-16)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """`0.1.0` -> (0, 1, 0, 0): Windows wants four numbers; a suffix (`rc1`) is dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"phiên bản '{version}' không có số")
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version_text(version: str) -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "PCMD",
        "FileDescription": "PCMD Desktop",
        "FileVersion": version,
        "InternalName": "pcmd-desktop",
        "LegalCopyright": "PCMD Desktop",
        "OriginalFilename": "pcmd-desktop.exe",
        "ProductName": "PCMD Desktop",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable({VIETNAMESE_UNICODE!r}, [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""
