"""Reading a PDF back for the form tests: its text (poppler's pdftotext, installed by
scripts/setup.sh), each word's box on a page (pdftotext -bbox; y from the page's top, in
points) and the straight horizontal lines each page draws (its content stream, decoded
here: reportlab writes ASCII85 and Flate, lines as 'x y m x y l S' under translations)."""

from __future__ import annotations

import base64
import re
import subprocess
import unicodedata
import zlib
from dataclasses import dataclass
from html import unescape
from pathlib import Path

PAGE_HEIGHT = 841.8898  # A4, points


def run(*args: str) -> str:
    out = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    return unicodedata.normalize("NFC", out)


def text_of(pdf: Path, *pages: int) -> str:
    """The text of the PDF (or of some pages), every run of white space made one space:
    table cells wrap their text over several lines."""
    window = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return " ".join(run("pdftotext", "-enc", "UTF-8", *window, str(pdf), "-").split())


def page_count(pdf: Path) -> int:
    info = run("pdfinfo", str(pdf))
    return int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])


def pages_text(pdf: Path) -> list[str]:
    """Each page's text as laid out (pdftotext -layout), in page order."""
    return run("pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-").split("\f")[:-1]


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: Path, page: int) -> list[Word]:
    out = run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page),
              str(pdf), "-")  # fmt: skip
    return [Word(unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in _WORD.findall(out)]  # fmt: skip


def line_with(ws: list[Word], word: Word, tolerance: float = 0.5) -> list[Word]:
    """The words on the same baseline as `word` (same bottom: same size), left to right."""
    same = [w for w in ws if abs(w.bottom - word.bottom) <= tolerance]
    return sorted(same, key=lambda w: w.x0)


@dataclass(frozen=True)
class Rule:
    x0: float
    x1: float
    top: float  # from the page's top, like Word

    @property
    def length(self) -> float:
        return self.x1 - self.x0


def _page_streams(pdf: Path) -> list[str]:
    """The decoded content streams that draw text (the pages'), in file order, which is
    page order in reportlab's files."""
    data = pdf.read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n", data, re.S):
        head = m.group(1)
        length = re.search(rb"/Length (\d+)", head)
        if length is None:
            continue
        raw = data[m.end() : m.end() + int(length.group(1))]
        if b"ASCII85Decode" in head:
            raw = base64.a85decode(raw.strip().removesuffix(b"~>").replace(b"\n", b""))
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        text = raw.decode("latin-1")
        if "BT" in text and " Tf" in text:
            out.append(text)
    return out


def horizontal_rules(pdf: Path) -> list[list[Rule]]:
    """Each page's horizontal lines (the tables' grid lines among them)."""
    pages = []
    for stream in _page_streams(pdf):
        stack: list[tuple[float, float]] = []
        dx = dy = 0.0
        tokens = stream.split()
        rules = []
        num: list[str] = []
        point: tuple[float, float] | None = None
        for tok in tokens:
            if re.fullmatch(r"-?[\d.]+", tok):
                num.append(tok)
                continue
            if tok == "q":
                stack.append((dx, dy))
            elif tok == "Q":
                dx, dy = stack.pop()
            elif tok == "cm" and len(num) >= 6:
                a, b, c, d, e, f = map(float, num[-6:])
                if (a, b, c, d) == (1, 0, 0, 1):
                    dx, dy = dx + e, dy + f
            elif tok == "m" and len(num) >= 2:
                point = (float(num[-2]) + dx, float(num[-1]) + dy)
            elif tok == "l" and len(num) >= 2 and point is not None:
                x, y = float(num[-2]) + dx, float(num[-1]) + dy
                if abs(y - point[1]) < 0.01 and abs(x - point[0]) > 1:
                    left, right = sorted((point[0], x))
                    rules.append(Rule(left, right, PAGE_HEIGHT - y))
                point = None
            num = []
        pages.append(rules)
    return pages
