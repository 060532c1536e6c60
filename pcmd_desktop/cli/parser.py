"""The `pcmd` command line: every command, its arguments and its help, in Vietnamese."""

from __future__ import annotations

import argparse

from pcmd_desktop import __version__
from pcmd_desktop.cli import admin_commands as admin
from pcmd_desktop.cli import approval_commands as approval
from pcmd_desktop.cli import assessment_commands as assessment
from pcmd_desktop.cli import commands as rec
from pcmd_desktop.cli import exchange_commands as exch
from pcmd_desktop.cli import handover_commands as handover
from pcmd_desktop.cli import key_commands as keys
from pcmd_desktop.cli import person_commands as persons
from pcmd_desktop.cli import report_commands as rep
from pcmd_desktop.cli import unit_commands as units
from pcmd_desktop.cli.argparse_vi import Parser
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.permissions import ROLE_LABELS, ROLES
from pcmd_desktop.services.workspace import default_db_path


def _kind_arg(name: str) -> str:
    if name not in KINDS:
        raise argparse.ArgumentTypeError(
            f"loại bản ghi '{name}' không có; chọn một trong: {', '.join(KINDS)}"
        )
    return name


def build_parser() -> Parser:
    parser = Parser(
        prog="pcmd",
        description="PCMD Desktop: quản lý công tác phòng, chống mại dâm (dòng lệnh). "
        "Mật khẩu lấy từ biến môi trường PCMD_PASSWORD, nếu không có thì được hỏi.",
    )
    parser.add_argument("--version", action="version", version=f"PCMD Desktop {__version__}")
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=Parser)

    def command(name, handler, help_text: str, *, user: bool = True, group=sub) -> Parser:
        p = group.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", metavar="ĐƯỜNG_DẪN",
                       help=f"tệp cơ sở dữ liệu (mặc định: {default_db_path()})")  # fmt: skip
        if user:
            p.add_argument("--user", metavar="TÊN",
                           help="người dùng (hoặc biến môi trường PCMD_USER)")  # fmt: skip
        p.set_defaults(handler=handler)
        return p

    p = command("init", rec.cmd_init, "tạo cơ sở dữ liệu mới cho một đơn vị hành chính",
                user=False)  # fmt: skip
    p.add_argument("--unit", required=True, metavar="MÃ", help="mã đơn vị, ví dụ 00067")
    p.add_argument("--admin", required=True, metavar="TÊN", help="tên đăng nhập người quản trị")
    p.add_argument("--units", metavar="TỆP",
                   help="danh mục đơn vị dùng thay danh mục kèm chương trình (CSV, các cột như "
                        "pcmd load-units); đơn vị phải còn hiệu lực hôm nay")  # fmt: skip

    p = command("import-records", rec.cmd_import_records, "nhập bản ghi từ tệp JSON lines")
    p.add_argument("file", metavar="TỆP", help="tệp .jsonl (dấu - để đọc từ đầu vào chuẩn)")

    p = command("export-records", rec.cmd_export_records, "xuất bản ghi ra JSON lines")
    p.add_argument("--record", type=_kind_arg, metavar="LOẠI", help="chỉ một loại bản ghi")

    p = command("search", rec.cmd_search, "tìm bản ghi, không phân biệt hoa thường và dấu")
    p.add_argument("text", metavar="NỘI_DUNG")
    p.add_argument("--record", type=_kind_arg, metavar="LOẠI", help="chỉ một loại bản ghi")
    p.add_argument("--limit", type=int, default=1000, help="số kết quả tối đa (mặc định 1000)")

    for name, handler, text in (
        ("delete", rec.cmd_delete, "chuyển một bản ghi vào thùng rác"),
        ("restore-record", rec.cmd_restore_record, "khôi phục bản ghi từ thùng rác"),
    ):
        p = command(name, handler, text)
        p.add_argument("kind", type=_kind_arg, metavar="LOẠI")
        p.add_argument("id", metavar="MÃ")

    p = command("demo", rec.cmd_demo, "tạo cơ sở dữ liệu trình diễn Hà Nội năm 2018", user=False)
    p.add_argument("--scale", type=int, default=1, help="số xã, phường (1 đến 584)")
    p.add_argument("--seed", type=int, default=2018, help="hạt giống ngẫu nhiên")
    p.add_argument("--admin", metavar="TÊN", help="người quản trị (mặc định: admin)")
    p.add_argument("--replace", action="store_true",
                   help="thay CSDL trình diễn cũ ở cùng đường dẫn")  # fmt: skip

    units.register(command)

    p = command("report", rep.cmd_report,
                "báo cáo kết quả công tác PCMD của một kỳ (JSON, PDF hoặc Excel)")  # fmt: skip
    rep.add_period_args(p, "2018-01 (tháng), 2018-Q1 (quý), 2018-H1 (6 tháng đầu năm), "
                        "2018-H2 (6 tháng cuối năm), 2018-9M (9 tháng), 2018 (năm); hoặc "
                        "--from/--to cho báo cáo đột xuất")  # fmt: skip
    p.add_argument("--format", choices=("json", "pdf", "xlsx"), default="json",
                   help="định dạng (mặc định json)")  # fmt: skip
    p.add_argument("--out", metavar="TỆP", help="tệp ghi ra (JSON không có thì in ra màn hình)")
    p.add_argument("--cutoff", choices=("nd09", "calendar"),
                   help="cách chia kỳ: nd09 (ngày 15 tháng trước đến 14 tháng này, mặc định "
                        "theo cài đặt của CSDL) hoặc calendar (tháng dương lịch)")  # fmt: skip
    p.add_argument("--accepted-only", action="store_true",
                   help="chỉ tổng hợp đơn vị cấp dưới có tệp báo cáo đã được duyệt")  # fmt: skip
    p.add_argument("--no-breakdown", dest="breakdown", action="store_false",
                   help="không kèm phân tổ theo giới tính, độ tuổi (mặc định có: khóa "
                        "breakdown của JSON, phụ lục trang ngang của PDF và Excel)")  # fmt: skip

    exch.register(command)
    approval.register(command)

    command("check", rec.cmd_check, "kiểm tra toàn vẹn, khóa ngoại và phiên bản lược đồ")

    p = command("setup-admin", admin.cmd_setup_admin,
                "tạo người quản trị đầu tiên cho CSDL chưa có người dùng", user=False)  # fmt: skip
    p.add_argument("--admin", required=True, metavar="TÊN")

    users = sub.add_parser("user", help="quản lý người dùng (người quản trị)")
    users_sub = users.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=Parser)
    roles = ", ".join(f"{r} ({ROLE_LABELS[r]})" for r in ROLES)
    p = command("add", admin.cmd_user_add, "thêm người dùng (mật khẩu: PCMD_NEW_PASSWORD)",
                group=users_sub)  # fmt: skip
    p.add_argument("name", metavar="TÊN")
    p.add_argument("--role", required=True, choices=list(ROLES), help=roles)
    for name, handler, text in (
        ("disable", admin.cmd_user_disable, "vô hiệu hóa tài khoản"),
        ("enable", admin.cmd_user_enable, "kích hoạt lại tài khoản"),
        ("reset-password", admin.cmd_user_reset_password,
         "đặt lại mật khẩu (mật khẩu mới: PCMD_NEW_PASSWORD)"),
    ):  # fmt: skip
        p = command(name, handler, text, group=users_sub)
        p.add_argument("name", metavar="TÊN")
    p = command("role", admin.cmd_user_role, "đổi vai trò (có hiệu lực từ lần đăng nhập sau)",
                group=users_sub)  # fmt: skip
    p.add_argument("name", metavar="TÊN")
    p.add_argument("--role", required=True, choices=list(ROLES), help=roles)
    command("list", admin.cmd_user_list, "danh sách người dùng", group=users_sub)

    command("passwd", admin.cmd_passwd, "đổi mật khẩu của mình (mới: PCMD_NEW_PASSWORD)")

    p = command("recover", admin.cmd_recover,
                "quên mọi mật khẩu: dùng khóa khôi phục (PCMD_RECOVERY_KEY) đặt mật khẩu mới "
                "cho người quản trị", user=False)  # fmt: skip
    p.add_argument("--admin", required=True, metavar="TÊN")

    audits = sub.add_parser("audit", help="nhật ký truy cập (người quản trị)")
    audits_sub = audits.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=Parser)
    command("verify", admin.cmd_audit_verify, "kiểm tra chuỗi băm của nhật ký", group=audits_sub)
    p = command("list", admin.cmd_audit_list, "liệt kê nhật ký (mới nhất trước)",
                group=audits_sub)  # fmt: skip
    p.add_argument("--by", dest="filter_user", metavar="TÊN", help="chỉ của người dùng này")
    p.add_argument("--record", type=_kind_arg, metavar="LOẠI")
    p.add_argument("--id", metavar="MÃ")
    p.add_argument("--from", dest="date_from", metavar="yyyy-mm-dd")
    p.add_argument("--to", dest="date_to", metavar="yyyy-mm-dd")
    p.add_argument("--limit", type=int, default=200)

    key_group = sub.add_parser("key", help="khóa của đơn vị: xuất thẻ khóa, tin cậy thẻ")
    keys_sub = key_group.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=Parser)
    p = command("export", keys.cmd_key_export,
                "xuất thẻ khóa công khai của đơn vị để gửi cấp trên, cấp dưới",
                group=keys_sub)  # fmt: skip
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp thẻ khóa ghi ra")
    p.add_argument("--text", action="store_true",
                   help="ghi bản in (văn bản có dấu vân tay) thay cho tệp JSON")  # fmt: skip
    command("show", keys.cmd_key_show,
            "dấu vân tay của đơn vị và các đơn vị đã tin cậy", group=keys_sub)  # fmt: skip
    p = command("trust", keys.cmd_key_trust,
                "tin cậy thẻ khóa của cấp trên hoặc cấp dưới (người quản trị)",
                group=keys_sub)  # fmt: skip
    p.add_argument("card", metavar="TỆP", help="tệp thẻ khóa nhận được")
    p.add_argument("--replace", action="store_true",
                   help="thay khóa đã tin cậy (chỉ khi đã gọi điện xác nhận)")  # fmt: skip

    assessment.register(command)
    handover.register(sub, command)
    persons.register(sub, command)

    p = command("backup", admin.cmd_backup, "sao lưu cơ sở dữ liệu ra một tệp")
    p.add_argument("--out", required=True, metavar="TỆP")
    p = command("restore", admin.cmd_restore,
                "khôi phục từ bản sao lưu (kiểm tra trước; giữ lại CSDL hiện tại)")  # fmt: skip
    p.add_argument("file", metavar="TỆP")
    return parser
