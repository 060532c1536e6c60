"""services/interop_export.py (issue 12): the DHIS2 export writes whole or not at all, and
its preview says the same dates and DHIS2 period the export reports."""

from __future__ import annotations

from datetime import date

import pytest

from pcmd_desktop.services.interop_export import InteropError, export_interop, preview
from pcmd_desktop.services.reporting import ReportError


def test_preview_matches_the_export(ws, tmp_path):
    before = preview(ws, "2018-Q1", "adx")
    assert (before.start, before.end) == (date(2017, 12, 15), date(2018, 3, 14))
    assert (before.filed, before.adx) == ("2018Q1", "2018-01-01/P3M")
    result = export_interop(ws, "2018-Q1", tmp_path / "q1.adx.xml", "adx")
    assert result.coverage == before and result.period == "2018-Q1"
    assert result.path.read_bytes().startswith(b"<?xml")
    exact = preview(ws, "2018-Q1", "adx", periods="exact")
    assert exact.adx == "2017-12-15/P3M" and exact.filed is None
    calendar = preview(ws, "2018-Q1", "dhis2", cutoff="calendar")
    assert not calendar.shifted and calendar.adx is None


@pytest.mark.parametrize(
    ("code", "fmt", "kw", "error"),
    [
        ("2018-9M", "adx", {}, InteropError),
        ("2018-9M", "dhis2", {}, InteropError),
        ("2018-01", "dhis2", {"periods": "exact"}, InteropError),
        ("2018-01", "xml", {}, InteropError),
        ("2018-13", "adx", {}, ReportError),
    ],
)
def test_refusals_write_nothing(ws, tmp_path, code, fmt, kw, error):
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "out"
    with pytest.raises(error):
        export_interop(ws, code, out, fmt, **kw)
    with pytest.raises(error):
        preview(ws, code, fmt, **kw)
    assert list(folder.iterdir()) == []


def test_bad_mapping_refused(ws, tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(InteropError, match="phiên bản"):
        export_interop(ws, "2018-01", tmp_path / "x.xml", mapping_path=bad)
    assert not (tmp_path / "x.xml").exists()
