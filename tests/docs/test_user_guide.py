"""The user guide (docs/huong-dan-su-dung.md) and its pictures: every section the guide
promises is a heading, it is plain Markdown that Qt's QTextBrowser shows, every picture it
shows is one that scripts/guide_screenshots.py makes from the real program, and the
script makes exactly those, as PNG files of the right size."""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "huong-dan-su-dung.md"
SCRIPT = ROOT / "scripts" / "guide_screenshots.py"
IMAGE_DIR = "images/huong-dan/"

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]*)\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s+")

# The guide's chapters, in order (level-2 headings, without their numbers).
SECTIONS = (
    "Cài đặt",
    "Lần đầu sử dụng",
    "Đăng nhập và khóa màn hình",
    "Nhập liệu hằng ngày",
    "Báo cáo tháng",
    "Gửi báo cáo lên cấp trên và tổng hợp",
    "Sao lưu và khôi phục",
    "Quên mật khẩu",
    "Người dùng và vai trò",
    "Dữ liệu nằm ở đâu",
    "Sáp nhập, chia tách đơn vị hành chính (sắp xếp năm 2025)",
    "Phụ lục: dòng lệnh pcmd",
)
# What the installation chapter's sub-headings must name.
INSTALL_TOPICS = ("Windows", "USB", "Linux", "Nâng cấp")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def guide_text() -> str:
    return GUIDE.read_text(encoding="utf-8")


def without_code(text: str) -> str:
    """The guide without code blocks (indented or fenced) and code spans."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    text = re.sub(r"^(?: {4}|\t).*$", "", text, flags=re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def headings(text: str) -> list[tuple[int, str]]:
    """(level, title without its number) of every heading outside code."""
    found = []
    for line in without_code(text).splitlines():
        match = HEADING.match(line)
        if match:
            found.append((len(match.group(1)), NUMBER.sub("", match.group(2))))
    return found


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guide_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; fails on anything that is not a PNG."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} không phải tệp PNG"
    assert data[12:16] == b"IHDR", f"{path.name}: thiếu IHDR"
    assert data[-12:-8] == b"\x00\x00\x00\x00" and data[-8:-4] == b"IEND", path.name
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_picture_of_the_guide_is_made_by_the_script():
    links = IMAGE.findall(guide_text())
    assert links, "hướng dẫn không có ảnh nào"
    outside = [link for link in links if not link.startswith(IMAGE_DIR)]
    assert not outside, f"ảnh ngoài {IMAGE_DIR}: {outside}"
    names = [link.removeprefix(IMAGE_DIR) for link in links]
    for name in names:
        assert re.fullmatch(r"[a-z0-9-]+\.png", name), f"tên ảnh không phải ASCII: {name}"
    script = load_script()
    assert len(set(script.GUIDE_IMAGES)) == len(script.GUIDE_IMAGES)
    assert set(script.GUIDE_IMAGES) == set(script.WINDOW_SHOTS) | set(script.DIALOG_SHOTS)
    assert set(names) == set(script.GUIDE_IMAGES)


def test_every_section_is_a_heading_in_order():
    found = headings(guide_text())
    assert found[0][0] == 1, "hướng dẫn bắt đầu bằng tiêu đề cấp 1"
    chapters = [title for level, title in found if level == 2]
    assert chapters == list(SECTIONS)
    install = found.index((2, "Cài đặt"))
    after = found.index((2, "Lần đầu sử dụng"))
    topics = " ".join(title for level, title in found[install:after] if level == 3)
    for topic in INSTALL_TOPICS:
        assert topic in topics, f"mục Cài đặt thiếu phần {topic}"


def test_the_table_of_contents_lists_the_chapters():
    text = guide_text()
    first_chapter = text.index("\n## ")
    contents = re.findall(r"^(\d+)\. (.+)$", text[:first_chapter], flags=re.M)
    assert [int(n) for n, _ in contents] == list(range(1, len(SECTIONS) + 1))
    assert [title for _, title in contents] == list(SECTIONS)


def test_plain_markdown_only():
    """What Qt's Markdown reader (CommonMark + GitHub tables) shows as intended: no
    HTML, no footnotes, no emoji."""
    text = without_code(guide_text())
    assert not re.search(r"<[A-Za-z/!]", text), "HTML trong hướng dẫn"
    assert "[^" not in text, "chú thích cuối trang"
    assert not re.search("[\U0001f000-\U0001faff\u2600-\u27bf]", text), "biểu tượng cảm xúc"


@pytest.mark.slow
def test_the_script_makes_every_picture(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    script = load_script()
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(script.GUIDE_IMAGES)  # nothing missing, nothing else
    for name in script.WINDOW_SHOTS:
        width, height = png_size(tmp_path / name)
        assert (width, height) == script.WINDOW_SIZE, name
        assert width >= 600
    for name in script.DIALOG_SHOTS:
        width, height = png_size(tmp_path / name)
        assert width >= 300 and height >= 80, f"{name}: {width}x{height}"
