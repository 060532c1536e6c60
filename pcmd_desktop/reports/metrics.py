"""The printed form's font, how wide its text is and how a table's width is shared among
its columns: Liberation Serif 2.1.5 (shipped in resources/fonts, the metric twin of Times
New Roman), registered once with reportlab. The PDF lays out with it; the XLSX, written
in Times New Roman, sizes its columns and rows with the same widths."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pcmd_desktop.resources import resource_path

__all__ = ["BOLD", "BOLD_ITALIC", "FONT_FAMILY", "ITALIC", "REGULAR", "face",
           "fit_columns", "register_fonts", "text_width"]  # fmt: skip

FONT_FAMILY = "LiberationSerif"
REGULAR = FONT_FAMILY
BOLD = f"{FONT_FAMILY}-Bold"
ITALIC = f"{FONT_FAMILY}-Italic"
BOLD_ITALIC = f"{FONT_FAMILY}-BoldItalic"
_FONT_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


def register_fonts() -> None:
    """Register the four Liberation Serif TTFs as one family, once."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    pdfmetrics.registerFontFamily(
        FONT_FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def face(bold: bool = False, italic: bool = False) -> str:
    """The registered name of one face of the family."""
    return {(False, False): REGULAR, (True, False): BOLD, (False, True): ITALIC,
            (True, True): BOLD_ITALIC}[(bold, italic)]  # fmt: skip


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The width of `text` in points, set in `size` pt."""
    register_fonts()
    return pdfmetrics.stringWidth(text, face(bold, italic), size)


def fit_columns(
    needed: Sequence[float], preferred: Sequence[float], flexible: int, least: float,
    total: float,
) -> list[float]:  # fmt: skip
    """Column widths summing to `total`: each column at its `preferred` width (at least
    `needed`), the `flexible` one taking what is left; if that is less than `least`, the
    others give up their room above `needed`, and then, only if still short, shrink
    evenly below it (their figures then set smaller)."""
    widths = [max(n, pr) for n, pr in zip(needed, preferred, strict=True)]
    widths[flexible] = 0.0

    def rest() -> float:
        return total - sum(w for i, w in enumerate(widths) if i != flexible)

    if rest() < least:
        pairs = enumerate(zip(widths, needed, strict=True))
        slack = sum(w - n for i, (w, n) in pairs if i != flexible)
        short = least - rest()
        if slack > 0:
            take = min(1.0, short / slack)
            for i, n in enumerate(needed):
                if i != flexible:
                    widths[i] -= (widths[i] - n) * take
    if rest() < least:
        others = sum(w for i, w in enumerate(widths) if i != flexible)
        factor = (total - least) / others
        for i in range(len(widths)):
            if i != flexible:
                widths[i] *= factor
    widths[flexible] = rest()
    return widths
