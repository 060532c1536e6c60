"""The record kinds of records.md as data (`domain.record_model` says what a kind is):
one field list drives validation, the JSON-lines form, search and the forms. The database
schema is defined by the migrations alone; a test checks that both agree.
"""

from __future__ import annotations

from pcmd_desktop.domain import catalogues as cat
from pcmd_desktop.domain.record_model import (  # re-exported: most callers import from here
    TABLES,
    Field,
    FieldType,
    RecordKind,
    parse_key,
    record_key,
)

__all__ = [
    "KINDS",
    "RECORD_KINDS",
    "TABLES",
    "Field",
    "FieldType",
    "RecordKind",
    "kind_of",
    "parse_key",
    "record_key",
]


def _id() -> Field:
    return Field("id", FieldType.ID, "Mã bản ghi", required=True)


def _unit() -> Field:
    return Field("unit", FieldType.UNIT, "Đơn vị", required=True)


def _note(label: str = "Ghi chú", sensitive: bool = False) -> Field:
    return Field("note", FieldType.TEXT, label, sensitive=sensitive, searchable=not sensitive)


F = FieldType

ESTABLISHMENT = RecordKind(
    "establishment",
    "Cơ sở kinh doanh dịch vụ",
    (
        _id(),
        _unit(),
        Field("name", F.TEXT, "Tên cơ sở", required=True, searchable=True),
        Field("type", F.CHOICE, "Loại hình", required=True, choices=cat.ESTABLISHMENT_TYPES),
        Field("address", F.TEXT, "Địa chỉ", searchable=True),
        Field("licence_no", F.TEXT, "Số giấy phép, đăng ký kinh doanh", searchable=True),
        Field("owner_name", F.TEXT, "Chủ cơ sở", searchable=True),
        Field("phone", F.TEXT, "Điện thoại", searchable=True),
        _note(),
    ),
)

# Plan II.2.b: tips from the hotline and the mailbox. The informant's identity is
# confidential (encrypted, admins only, never leaves the database); inspections and cases
# name the tip they came from (`tip_id`), so one tip may lead to several of each.
TIP = RecordKind(
    "tip",
    "Tin báo, tố giác",
    (
        _id(),
        _unit(),
        Field("received_on", F.DATE, "Ngày tiếp nhận", required=True),
        Field("channel", F.CHOICE, "Hình thức tiếp nhận", required=True, choices=cat.TIP_CHANNELS),
        Field("place", F.TEXT, "Địa điểm được báo", searchable=True),
        Field("establishment_id", F.REF, "Cơ sở được báo", ref="establishment"),
        Field("content", F.TEXT, "Nội dung tin báo", required=True, searchable=True),
        Field("status", F.CHOICE, "Tình trạng xử lý", required=True, choices=cat.TIP_STATUSES),
        Field("handled_on", F.DATE, "Ngày xử lý xong"),
        Field("outcome", F.TEXT, "Kết quả xử lý", searchable=True),
        Field("informant_name", F.TEXT, "Người cung cấp tin", sensitive=True, confidential=True),
        Field(
            "informant_contact",
            F.TEXT,
            "Liên lạc của người cung cấp tin",
            sensitive=True,
            confidential=True,
        ),
        _note(),
    ),
    date_field="received_on",
)

INSPECTION = RecordKind(
    "inspection",
    "Kiểm tra cơ sở",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày kiểm tra", required=True),
        Field("establishment_id", F.REF, "Cơ sở được kiểm tra", required=True, ref="establishment"),
        Field("team_level", F.CHOICE, "Cấp đội kiểm tra", required=True, choices=cat.TEAM_LEVELS),
        Field("agencies", F.TEXT_LIST, "Cơ quan tham gia", searchable=True),
        Field("findings", F.TEXT, "Kết quả kiểm tra", searchable=True),
        Field("violations", F.VIOLATIONS, "Vi phạm phát hiện", choices=cat.VIOLATION_KINDS),
        Field("fine_vnd", F.MONEY, "Tiền phạt (đồng)"),
        Field("suspended", F.BOOL, "Đình chỉ hoạt động"),
        Field("licence_revoked", F.BOOL, "Tước giấy phép"),
        Field("decision_no", F.TEXT, "Số quyết định xử phạt", searchable=True),
        Field("follow_up_of", F.REF, "Hậu kiểm của lần kiểm tra", ref="inspection"),
        Field("tip_id", F.REF, "Theo tin báo", ref="tip"),
        _note(),
    ),
    date_field="date",
)

HOTSPOT = RecordKind(
    "hotspot",
    "Tụ điểm",
    (
        _id(),
        _unit(),
        Field("name", F.TEXT, "Tên tụ điểm", required=True, searchable=True),
        Field("location", F.TEXT, "Địa điểm", searchable=True),
        Field("kind", F.CHOICE, "Loại tụ điểm", required=True, choices=cat.HOTSPOT_KINDS),
        Field("identified_on", F.DATE, "Ngày phát hiện", required=True),
        Field("eradicated_on", F.DATE, "Ngày triệt xóa"),
        Field("handed_over_to", F.TEXT, "Bàn giao cho", searchable=True),
        _note(),
    ),
    date_field="identified_on",
)

PATROL = RecordKind(
    "patrol",
    "Tuần tra tụ điểm",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày tuần tra", required=True),
        Field("hotspot_id", F.REF, "Tụ điểm", required=True, ref="hotspot"),
        Field("result", F.CHOICE, "Kết quả", required=True, choices=cat.PATROL_RESULTS),
        Field("team", F.TEXT, "Tổ tuần tra", searchable=True),
        Field("people_encountered", F.INT, "Số người gặp"),
        _note(),
    ),
    date_field="date",
)

PERSON = RecordKind(
    "person",
    "Người được hỗ trợ",
    (
        _id(),
        _unit(),
        Field("code", F.TEXT, "Mã hồ sơ", required=True, searchable=True),
        Field("opened_on", F.DATE, "Ngày lập hồ sơ", required=True),
        Field("full_name", F.TEXT, "Họ và tên", required=True, sensitive=True),
        Field("birth_year", F.YEAR, "Năm sinh"),
        Field("sex", F.CHOICE, "Giới tính", choices=cat.SEXES),
        Field("id_number", F.TEXT, "Số định danh cá nhân", sensitive=True),
        Field("residence", F.TEXT, "Nơi cư trú", sensitive=True),
        Field("home_province", F.TEXT, "Quê quán (tỉnh)", searchable=True),
        Field("consent", F.BOOL, "Đồng ý tham gia"),
        Field("status", F.CHOICE, "Tình trạng", choices=cat.PERSON_STATUSES),
        _note(sensitive=True),
    ),
    date_field="opened_on",
)

SERVICE = RecordKind(
    "service",
    "Dịch vụ hỗ trợ",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày hỗ trợ", required=True),
        Field("person_id", F.REF, "Người được hỗ trợ", required=True, ref="person"),
        Field("type", F.CHOICE, "Loại hỗ trợ", required=True, choices=cat.SERVICE_TYPES),
        Field("amount_vnd", F.MONEY, "Số tiền vay (đồng)"),
        Field("provider", F.TEXT, "Đơn vị cung cấp", searchable=True),
        Field("outcome", F.TEXT, "Kết quả", searchable=True),
        _note(),
    ),
    date_field="date",
)

SANCTION = RecordKind(
    "sanction",
    "Xử phạt hành chính",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày quyết định", required=True),
        Field("role", F.CHOICE, "Đối tượng", required=True, choices=cat.SANCTION_ROLES),
        Field("fine_vnd", F.MONEY, "Tiền phạt (đồng)", required=True),
        Field("decision_no", F.TEXT, "Số quyết định", searchable=True),
        Field("legal_basis", F.TEXT, "Căn cứ pháp lý", searchable=True),
        Field("person_id", F.REF, "Người bị xử phạt", ref="person"),
        Field("establishment_id", F.REF, "Cơ sở bị xử phạt", ref="establishment"),
        Field(
            "authority", F.CHOICE, "Người, cơ quan ra quyết định", choices=cat.SANCTION_AUTHORITIES
        ),
        Field("inspection_id", F.REF, "Theo lần kiểm tra", ref="inspection"),
        _note(),
    ),
    date_field="date",
)

CASE = RecordKind(
    "case",
    "Vụ án hình sự",
    (
        _id(),
        _unit(),
        Field("offence", F.CHOICE, "Tội danh", required=True, choices=cat.CASE_OFFENCES),
        Field("detected_on", F.DATE, "Ngày phát hiện, khởi tố", required=True),
        Field("prosecuted_on", F.DATE, "Ngày truy tố"),
        Field("tried_on", F.DATE, "Ngày xét xử"),
        Field("defendants", F.INT, "Số bị can, bị cáo"),
        Field("summary", F.TEXT, "Tóm tắt", searchable=True),
        Field("tip_id", F.REF, "Theo tin báo", ref="tip"),
    ),
    date_field="detected_on",
)

# Plan II.3: the commune's volunteer social work team (Đội Công tác xã hội tình nguyện),
# its members (names and phones are personal data) and the activities it runs.
VOLUNTEER_TEAM = RecordKind(
    "volunteer_team",
    "Đội công tác xã hội tình nguyện",
    (
        _id(),
        _unit(),
        Field("name", F.TEXT, "Tên đội", required=True, searchable=True),
        Field("area", F.TEXT, "Địa bàn phụ trách", searchable=True),
        Field("established_on", F.DATE, "Ngày thành lập", required=True),
        Field("dissolved_on", F.DATE, "Ngày giải thể"),
        _note(),
    ),
    date_field="established_on",
)

VOLUNTEER_MEMBER = RecordKind(
    "volunteer_member",
    "Thành viên đội tình nguyện",
    (
        _id(),
        _unit(),
        Field("team_id", F.REF, "Đội", required=True, ref="volunteer_team"),
        Field("full_name", F.TEXT, "Họ và tên", required=True, sensitive=True),
        Field("birth_year", F.YEAR, "Năm sinh"),
        Field("sex", F.CHOICE, "Giới tính", choices=cat.SEXES),
        Field("phone", F.TEXT, "Điện thoại", sensitive=True),
        Field("role", F.CHOICE, "Vai trò", required=True, choices=cat.VOLUNTEER_ROLES),
        Field("area", F.TEXT, "Địa bàn được phân công", searchable=True),
        Field("joined_on", F.DATE, "Ngày tham gia", required=True),
        Field("left_on", F.DATE, "Ngày thôi tham gia"),
        _note(sensitive=True),
    ),
    date_field="joined_on",
)

ACTIVITY = RecordKind(
    "activity",
    "Tuyên truyền, tập huấn",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày tổ chức", required=True),
        Field("kind", F.CHOICE, "Hình thức", required=True, choices=cat.ACTIVITY_KINDS),
        Field("title", F.TEXT, "Nội dung", required=True, searchable=True),
        Field("participants", F.INT, "Số người tham dự"),
        Field("materials", F.INT, "Số tài liệu, tờ rơi"),
        Field("location", F.TEXT, "Địa điểm", searchable=True),
        Field("volunteer_team_id", F.REF, "Đội tình nguyện thực hiện", ref="volunteer_team"),
        _note(),
    ),
    date_field="date",
)

COMMUNE_STATUS = RecordKind(
    "commune_status",
    "Mô hình và đánh giá xã, phường",
    (
        _unit(),
        Field("year", F.YEAR, "Năm", required=True),
        Field("pcmd_model", F.CHOICE, "Mô hình PCMD", required=True, choices=cat.PCMD_MODELS),
        Field("clean", F.BOOL, "Xã, phường lành mạnh không có tệ nạn mại dâm", required=True),
        _note(),
    ),
    key=("unit", "year"),
)

# Plan III.15: "phân loại, chấm điểm, đánh giá xã, phường lành mạnh". A year's criteria
# sheet: one score per criterion of domain.assessment.CRITERIA; the result (lành mạnh or
# not) is derived from the scores, never typed, and feeds `commune.clean`.
COMMUNE_ASSESSMENT = RecordKind(
    "commune_assessment",
    "Chấm điểm xã, phường lành mạnh",
    (
        _unit(),
        Field("year", F.YEAR, "Năm", required=True),
        Field("assessed_on", F.DATE, "Ngày chấm điểm", required=True),
        Field("score_no_hotspot", F.INT, "Không phát sinh tụ điểm, tệ nạn mại dâm", required=True),
        Field("score_propaganda", F.INT, "Tuyên truyền, vận động", required=True),
        Field("score_business_control", F.INT, "Quản lý cơ sở kinh doanh dịch vụ", required=True),
        Field("score_support", F.INT, "Hỗ trợ người bán dâm hòa nhập", required=True),
        Field("score_volunteer", F.INT, "Đội tình nguyện, mô hình ở cơ sở", required=True),
        Field(
            "score_leadership", F.INT, "Chỉ đạo, kế hoạch của cấp ủy, chính quyền", required=True
        ),
        Field("assessed_by", F.TEXT, "Hội đồng, người chấm", searchable=True),
        _note(),
    ),
    key=("unit", "year"),
)

BUDGET = RecordKind(
    "budget",
    "Kinh phí",
    (
        _id(),
        _unit(),
        Field("date", F.DATE, "Ngày chi", required=True),
        Field("amount_vnd", F.MONEY, "Số tiền (đồng)", required=True),
        Field("source", F.TEXT, "Nguồn kinh phí", searchable=True),
        Field("purpose", F.TEXT, "Nội dung chi", searchable=True),
    ),
    date_field="date",
)

PLAN_TARGET = RecordKind(
    "plan_target",
    "Chỉ tiêu kế hoạch",
    (
        _unit(),
        Field("year", F.YEAR, "Năm", required=True),
        Field("indicator", F.INDICATOR, "Chỉ tiêu", required=True),
        Field("target", F.NUMBER, "Kế hoạch năm", required=True),
    ),
    key=("unit", "year", "indicator"),
)

# In the order of records.md: referenced kinds come before the kinds that refer to them,
# which is also the order an export writes and an import needs.
RECORD_KINDS: tuple[RecordKind, ...] = (
    ESTABLISHMENT,
    TIP,
    INSPECTION,
    HOTSPOT,
    PATROL,
    PERSON,
    SERVICE,
    SANCTION,
    CASE,
    VOLUNTEER_TEAM,
    VOLUNTEER_MEMBER,
    ACTIVITY,
    COMMUNE_STATUS,
    COMMUNE_ASSESSMENT,
    BUDGET,
    PLAN_TARGET,
)

KINDS: dict[str, RecordKind] = {k.name: k for k in RECORD_KINDS}


def kind_of(name: str) -> RecordKind:
    """The record kind named `name`; KeyError when there is none."""
    return KINDS[name]
