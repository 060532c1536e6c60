"""Names, limits and the error of the upward file (docs/exchange-format.md).

A reader never trusts a size it has not counted itself: these limits are checked from the
ZIP directory before anything is decompressed and enforced again while reading.
"""

from __future__ import annotations

__all__ = [
    "ADHOC_FORMAT_VERSION",
    "BREAKDOWN_FORMAT_VERSION",
    "BREAKDOWN_MEMBER",
    "CHUNK",
    "CONTENT_MEMBERS",
    "FORMAT",
    "FORMAT_VERSION",
    "KNOWN_MEMBERS",
    "MANIFEST",
    "MAX_MEMBERS",
    "MAX_MEMBER_SIZE",
    "MAX_RATIO",
    "MAX_TOTAL_SIZE",
    "OPTIONAL_MEMBERS",
    "RATIO_FLOOR",
    "READABLE_VERSIONS",
    "REQUIRED_MEMBERS",
    "SIGNATURE",
    "SIGNATURE_SIZE",
    "PackageError",
]

FORMAT = "pcmd-report"
FORMAT_VERSION = 2  # 2: the manifest names the indicator catalogue's version
# 3: version 2 plus the ad hoc period (kind "adhoc", code 2018-03-05..2018-04-10). Written
# only for an ad hoc file, so that a program reading versions 1 and 2 refuses it by its
# version ("hãy cập nhật ứng dụng") instead of misreading it; regular files stay version 2.
ADHOC_FORMAT_VERSION = 3
# 4: version 3 plus the member breakdown.json (the person and service indicators by sex
# and age band, counts only), required from 4 on and never in an older version; written
# whenever a file carries it (every file of this program's export).
BREAKDOWN_FORMAT_VERSION = 4
READABLE_VERSIONS = (1, 2, 3, 4)  # a version 1 file carries the codes of catalogue "1"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_SIZE = 64  # raw Ed25519

# Content members, in the order a file stores them (after manifest.json and manifest.sig).
REQUIRED_MEMBERS = ("indicators.json", "records.jsonl", "narrative.json")
BREAKDOWN_MEMBER = "breakdown.json"
OPTIONAL_MEMBERS = (BREAKDOWN_MEMBER, "children.json", "personal.bin")
CONTENT_MEMBERS = REQUIRED_MEMBERS + OPTIONAL_MEMBERS
KNOWN_MEMBERS = (MANIFEST, SIGNATURE, *CONTENT_MEMBERS)

MAX_MEMBERS = 16  # entries in the ZIP directory, whatever their names
MAX_MEMBER_SIZE = 100 * 1024 * 1024  # uncompressed bytes of one member
MAX_TOTAL_SIZE = 300 * 1024 * 1024  # uncompressed bytes of all members together
MAX_RATIO = 200  # uncompressed / compressed size of one member
# Below this uncompressed size a member cannot hurt, so its ratio is not checked (a short,
# repetitive JSON text can legitimately compress more than 200 times).
RATIO_FLOOR = 1024 * 1024
CHUNK = 64 * 1024  # bytes decompressed at a time


class PackageError(ValueError):
    """A .pcmd file that cannot be accepted (or built); the message is Vietnamese and names
    what is wrong."""
