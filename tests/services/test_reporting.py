"""The narrative of a period and the form's signature block, kept in the database."""

from __future__ import annotations

import pytest

from pcmd_desktop.reports.model import Signature
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.reporting import (
    ReportError,
    build_report,
    load_narrative,
    save_narrative,
    set_signature,
    signature,
)


def test_narrative_is_kept_per_period_and_printed_with_the_report(ws):
    save_narrative(
        ws, "2018-01", {"assessment": "Tình hình ổn định.", "proposals": "Tăng kinh phí."}
    )
    save_narrative(ws, "2018-02", {"assessment": "Tháng hai."})
    assert load_narrative(ws, "2018-01") == {
        "assessment": "Tình hình ổn định.", "proposals": "Tăng kinh phí."}  # fmt: skip
    save_narrative(ws, "2018-01", {"proposals": "  "})  # emptied: removed
    assert load_narrative(ws, "2018-01") == {"assessment": "Tình hình ổn định."}
    assert build_report(ws, "2018-02").narrative == {"assessment": "Tháng hai."}
    sql = "SELECT count(*) FROM audit_log WHERE action = 'report_narrative'"
    logged = ws.db.execute(sql).fetchone()[0]
    assert logged == 3


def test_unknown_section_or_period_is_refused(ws):
    with pytest.raises(ReportError, match="poem"):
        save_narrative(ws, "2018-01", {"poem": "x"})
    with pytest.raises(ReportError):
        save_narrative(ws, "2018-14", {"assessment": "x"})
    assert load_narrative(ws, "2018-01") == {}


def test_signature_defaults_to_the_unit_and_can_be_set(ws):
    default = signature(ws)
    assert default.parent_body == "UBND QUẬN HOÀN KIẾM"
    assert default.issuer == "UBND PHƯỜNG CHƯƠNG DƯƠNG"
    assert default.place == "Hà Nội"
    chosen = Signature(parent_body="UBND QUẬN HOÀN KIẾM", issuer="UBND PHƯỜNG CHƯƠNG DƯƠNG",
                       signer="Trần Văn Mẫu", recipients=("UBND quận;", "Lưu: VT."))  # fmt: skip
    set_signature(ws, chosen)
    assert signature(ws) == chosen
    assert build_report(ws, "2018").signature.signer == "Trần Văn Mẫu"


def test_a_viewer_reads_reports_but_writes_no_narrative(ws):
    auth.add_user(ws, "nguoi-xem", "viewer", "mat-khau-nguoi-xem")
    auth.logout(ws)
    auth.login(ws, "nguoi-xem", "mat-khau-nguoi-xem")
    assert build_report(ws, "2018-01").unit_code == "00067"
    with pytest.raises(PermissionDenied):
        save_narrative(ws, "2018-01", {"assessment": "x"})
