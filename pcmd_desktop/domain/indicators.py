"""The indicator catalogue (shared/indicators.md) as data: every code reports, dashboards,
plan targets and upward files speak. A code never changes meaning; a new meaning gets a new
code and CATALOGUE_VERSION a new value. Values are computed elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BY_CODE",
    "CATALOGUE_VERSION",
    "CATALOGUE_VERSIONS",
    "CEILING",
    "DIRECTIONS",
    "GOAL",
    "GROUPS",
    "INDICATORS",
    "KINDS",
    "Indicator",
    "codes_of",
    "is_indicator",
]

# "1": the first 37 codes. "2": the targets of the 2018 city plan on what they name (the
# city's and the districts' 178 teams, the business hotspots to eradicate, the public
# hotspots eradicated before the year that must stay clean). Each code says `since`.
# "3": what issue 14 added to the records (tips, team levels and sanction authorities,
# volunteer teams, the communes' assessment sheets).
CATALOGUE_VERSION = "3"
CATALOGUE_VERSIONS = ("1", "2", "3")

# How an indicator's values combine (indicators.md, "Conventions"):
# flow: a count or sum of what happened in the window; year-to-date covers the whole window.
# distinct: distinct things within one unit's records; year-to-date is distinct over the
#   whole window, never a sum of months.
# at_end: a state on the period's last day; year-to-date is that same state.
# status: the reporting year's status, the same in both columns.
KINDS = ("flow", "distinct", "at_end", "status")

# What a plan's target for an indicator means (its direction):
# goal: a figure to reach; achieved % = year-to-date / target, met when ytd >= target.
# ceiling: a figure not to exceed ("must stay at 0"); met when ytd <= target, and a value
#   above it is flagged. Only indicators that count something to be prevented are ceilings.
GOAL = "goal"
CEILING = "ceiling"
DIRECTIONS = (GOAL, CEILING)

# Report headings, in catalogue order; the key is the code's prefix.
GROUPS: dict[str, str] = {
    "propaganda": "Tuyên truyền",
    "training": "Tập huấn cán bộ",
    "inspection": "Kiểm tra cơ sở kinh doanh dịch vụ",
    "hotspot": "Tụ điểm",
    "tip": "Tin báo, tố giác",
    "sanction": "Xử phạt vi phạm hành chính",
    "case": "Vụ án hình sự",
    "support": "Hỗ trợ người bán dâm",
    "person": "Hồ sơ người bán dâm",
    "volunteer": "Đội công tác xã hội tình nguyện",
    "commune": "Mô hình và xã, phường lành mạnh",
    "budget": "Kinh phí",
}


@dataclass(frozen=True)
class Indicator:
    """One indicator: code, Vietnamese label and unit, group (the code's prefix), the
    definition of what it counts, its kind (KINDS) and the direction of a target set on
    it (DIRECTIONS); `since` is the catalogue version that brought the code."""

    code: str
    label: str
    unit: str
    group: str
    definition: str
    kind: str
    direction: str = GOAL
    since: str = "1"


def _i(
    code: str, label: str, unit: str, kind: str, definition: str, direction: str = GOAL,
    since: str = "1",
) -> Indicator:  # fmt: skip
    return Indicator(code, label, unit, code.split(".", 1)[0], definition, kind, direction, since)


INDICATORS: tuple[Indicator, ...] = (
    _i(
        "propaganda.sessions",
        "Số buổi tuyên truyền",
        "buổi",
        "flow",
        "activities of kind propaganda in period",
    ),
    _i(
        "propaganda.participants",
        "Số lượt người dự tuyên truyền",
        "lượt người",
        "flow",
        "sum of participants of propaganda activities in period",
    ),
    _i(
        "propaganda.materials",
        "Số tài liệu, tờ rơi phát hành",
        "bản",
        "flow",
        "sum of materials distributed at propaganda activities in period",
    ),
    _i(
        "training.sessions",
        "Số lớp tập huấn cán bộ",
        "lớp",
        "flow",
        "activities of kind training in period",
    ),
    _i(
        "training.participants",
        "Số lượt cán bộ được tập huấn",
        "lượt người",
        "flow",
        "sum of participants of training activities in period",
    ),
    _i(
        "inspection.visits",
        "Số lượt kiểm tra cơ sở kinh doanh dịch vụ",
        "lượt",
        "flow",
        "inspections in period, follow-ups included",
    ),
    _i(
        "inspection.establishments",
        "Số cơ sở được kiểm tra",
        "cơ sở",
        "distinct",
        "distinct establishments inspected in period",
    ),
    _i(
        "inspection.establishments_city_team",
        "Số cơ sở được Đội kiểm tra liên ngành 178 thành phố kiểm tra",
        "cơ sở",
        "distinct",
        "distinct establishments inspected by a team of level city in period",
        since="2",
    ),
    _i(
        "inspection.establishments_district_team",
        "Số cơ sở được Đội kiểm tra liên ngành 178 quận, huyện kiểm tra",
        "cơ sở",
        "distinct",
        "distinct establishments inspected by a team of level district in period",
        since="2",
    ),
    _i(
        "inspection.violating",
        "Số cơ sở vi phạm",
        "cơ sở",
        "distinct",
        "distinct establishments with at least one violation found in period",
    ),
    _i(
        "inspection.sanctioned",
        "Số cơ sở bị xử phạt",
        "cơ sở",
        "distinct",
        "distinct establishments with a fine, suspension or revocation in period",
    ),
    _i(
        "inspection.suspended_or_revoked",
        "Số cơ sở bị đình chỉ, tước giấy phép",
        "cơ sở",
        "distinct",
        "distinct establishments suspended or whose licence was revoked in period",
    ),
    _i(
        "inspection.fines_vnd",
        "Tiền phạt cơ sở kinh doanh",
        "đồng",
        "flow",
        "sum of fines decided at inspections in period",
    ),
    _i(
        "inspection.follow_ups",
        "Số lượt hậu kiểm",
        "lượt",
        "flow",
        "inspections in period marked as follow-up of an earlier one",
    ),
    # Issue 14: each team level's own visits, so the city 178 team's work is followed.
    _i(
        "inspection.visits_city_team",
        "Số lượt kiểm tra của Đội 178 thành phố",
        "lượt",
        "flow",
        "inspections in period by a team of level city",
        since="3",
    ),
    _i(
        "inspection.visits_district_team",
        "Số lượt kiểm tra của Đội 178 quận, huyện",
        "lượt",
        "flow",
        "inspections in period by a team of level district",
        since="3",
    ),
    _i(
        "inspection.visits_commune_team",
        "Số lượt kiểm tra của Đội 178 xã, phường",
        "lượt",
        "flow",
        "inspections in period by a team of level commune",
        since="3",
    ),
    _i(
        "inspection.establishments_commune_team",
        "Số cơ sở được Đội kiểm tra liên ngành 178 xã, phường kiểm tra",
        "cơ sở",
        "distinct",
        "distinct establishments inspected by a team of level commune in period",
        since="3",
    ),
    _i(
        "hotspot.complex_at_end",
        "Số tụ điểm phức tạp hiện có",
        "tụ điểm",
        "at_end",
        "hotspots whose status at end is complex or re-activated",
        CEILING,
    ),
    _i(
        "hotspot.eradicated",
        "Số tụ điểm triệt xóa trong kỳ",
        "tụ điểm",
        "flow",
        "hotspots whose eradication date is in period",
    ),
    _i(
        "hotspot.eradicated_business",
        "Số tụ điểm trong cơ sở kinh doanh dịch vụ triệt xóa trong kỳ",
        "tụ điểm",
        "flow",
        "hotspots of kind business whose eradication date is in period",
        since="2",
    ),
    _i(
        "hotspot.kept_clean_at_end",
        "Số tụ điểm đã triệt xóa duy trì trong sạch",
        "tụ điểm",
        "at_end",
        "hotspots eradicated on or before the last day and not re-activated at end",
    ),
    _i(
        "hotspot.reactivated",
        "Số tụ điểm tái hoạt động",
        "tụ điểm",
        "flow",
        "hotspots that became re-activated in period",
        CEILING,
    ),
    _i(
        "hotspot.public_reactivated",
        "Số tụ điểm nơi công cộng đã triệt xóa trước năm báo cáo bị tái hoạt động",
        "tụ điểm",
        "flow",
        "hotspots of kind public_place eradicated before the first day of the reporting year "
        "that became re-activated in period",
        CEILING,
        since="2",
    ),
    _i(
        "hotspot.patrols", "Số lượt tuần tra, kiểm tra tụ điểm", "lượt", "flow", "patrols in period"
    ),
    _i(
        "tip.received",
        "Số tin báo, tố giác tiếp nhận",
        "tin",
        "flow",
        "tips whose reception date is in period",
        since="3",
    ),
    _i(
        "tip.handled",
        "Số tin báo, tố giác đã xử lý xong",
        "tin",
        "flow",
        "tips whose handling date is in period (handled, unfounded or transferred)",
        since="3",
    ),
    _i(
        "tip.led_to_action",
        "Số tin báo dẫn đến kiểm tra hoặc khởi tố vụ án",
        "tin",
        "flow",
        "tips received in period that a live inspection or criminal case names as its origin",
        since="3",
    ),
    _i(
        "sanction.sellers",
        "Số người bán dâm bị xử phạt hành chính",
        "người",
        "flow",
        "administrative sanctions in period with role seller",
    ),
    _i(
        "sanction.buyers",
        "Số người mua dâm bị xử phạt hành chính",
        "người",
        "flow",
        "administrative sanctions in period with role buyer",
    ),
    _i(
        "sanction.others",
        "Số đối tượng khác bị xử phạt (chủ cơ sở, môi giới...)",
        "người",
        "flow",
        "administrative sanctions in period with any other role",
    ),
    _i(
        "sanction.fines_vnd",
        "Tiền phạt vi phạm hành chính",
        "đồng",
        "flow",
        "sum of fines of administrative sanctions in period",
    ),
    _i(
        "sanction.by_city_team",
        "Số quyết định xử phạt của Đội 178 thành phố",
        "quyết định",
        "flow",
        "administrative sanctions in period issued by the city 178 team",
        since="3",
    ),
    _i(
        "sanction.fines_city_team_vnd",
        "Tiền phạt của Đội 178 thành phố",
        "đồng",
        "flow",
        "sum of fines of administrative sanctions in period issued by the city 178 team",
        since="3",
    ),
    _i(
        "sanction.by_district_level",
        "Số quyết định xử phạt cấp quận, huyện",
        "quyết định",
        "flow",
        "administrative sanctions in period issued by a district team or chair",
        since="3",
    ),
    _i(
        "sanction.by_commune_level",
        "Số quyết định xử phạt cấp xã, phường",
        "quyết định",
        "flow",
        "administrative sanctions in period issued by a commune team or chair",
        since="3",
    ),
    _i(
        "case.detected",
        "Số vụ án phát hiện, khởi tố",
        "vụ",
        "flow",
        "criminal cases whose detection date is in period",
    ),
    _i(
        "case.defendants",
        "Số đối tượng trong các vụ án phát hiện",
        "người",
        "flow",
        "sum of defendants of criminal cases whose detection date is in period",
    ),
    _i(
        "case.tried",
        "Số vụ án đưa ra xét xử",
        "vụ",
        "flow",
        "criminal cases whose trial date is in period",
    ),
    _i(
        "support.persons_reached",
        "Số người bán dâm được hỗ trợ",
        "người",
        "distinct",
        "distinct persons with at least one support service in period",
    ),
    _i(
        "support.counselling",
        "Số lượt tư vấn tâm lý",
        "lượt",
        "flow",
        "services of type counselling in period",
    ),
    _i(
        "support.legal_aid",
        "Số lượt trợ giúp pháp lý",
        "lượt",
        "flow",
        "services of type legal aid in period",
    ),
    _i(
        "support.health",
        "Số lượt tiếp cận dịch vụ y tế",
        "lượt",
        "flow",
        "services of type health (HIV, STI, methadone) in period",
    ),
    _i(
        "support.vocational_training",
        "Số người được hỗ trợ học nghề",
        "người",
        "distinct",
        "distinct persons with vocational training in period",
    ),
    _i(
        "support.job_placement",
        "Số người được giới thiệu, giải quyết việc làm",
        "người",
        "distinct",
        "distinct persons with job placement in period",
    ),
    _i(
        "support.credit_persons",
        "Số người được hỗ trợ vay vốn",
        "người",
        "distinct",
        "distinct persons with credit support in period",
    ),
    _i(
        "support.credit_vnd",
        "Số tiền vay vốn được hỗ trợ",
        "đồng",
        "flow",
        "sum of credit amounts in period",
    ),
    _i(
        "person.new",
        "Số người bán dâm mới được lập hồ sơ",
        "người",
        "flow",
        "persons whose record was opened in period",
    ),
    _i(
        "volunteer.teams_at_end",
        "Số đội công tác xã hội tình nguyện hiện có",
        "đội",
        "at_end",
        "volunteer teams established on or before the last day and not dissolved by it",
        since="3",
    ),
    _i(
        "volunteer.members_at_end",
        "Số thành viên đội tình nguyện hiện có",
        "người",
        "at_end",
        "members who joined on or before the last day and had not left by it, of teams in being",
        since="3",
    ),
    _i(
        "volunteer.activities",
        "Số hoạt động do đội tình nguyện thực hiện",
        "buổi",
        "flow",
        "activities in period run by a volunteer team",
        since="3",
    ),
    _i(
        "commune.pcmd_model",
        "Số xã, phường có mô hình PCMD",
        "xã",
        "status",
        "communes with a PCMD model (maintained or new) in the reporting year",
    ),
    _i(
        "commune.pcmd_model_new",
        "Số xã, phường áp dụng mới mô hình",
        "xã",
        "status",
        "communes whose model is new in the reporting year",
    ),
    _i(
        "commune.clean",
        "Số xã, phường không có tệ nạn mại dâm",
        "xã",
        "status",
        "communes assessed free of prostitution in the reporting year (from the year's "
        "assessment sheet where there is one, else the commune status)",
    ),
    _i(
        "commune.assessed",
        "Số xã, phường được chấm điểm lành mạnh",
        "xã",
        "status",
        "communes with an assessment sheet for the reporting year",
        since="3",
    ),
    _i(
        "budget.spent_vnd", "Kinh phí đã sử dụng", "đồng", "flow", "sum of budget entries in period"
    ),
)

BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
assert all(
    i.kind in KINDS and i.direction in DIRECTIONS and i.since in CATALOGUE_VERSIONS
    for i in INDICATORS
)
assert CATALOGUE_VERSIONS[-1] == CATALOGUE_VERSION


def codes_of(version: str) -> tuple[str, ...]:
    """The codes of catalogue `version` (a file written under it carries exactly these), in
    catalogue order; KeyError for a version this program does not know."""
    if version not in CATALOGUE_VERSIONS:
        raise KeyError(version)
    rank = CATALOGUE_VERSIONS.index(version)
    return tuple(i.code for i in INDICATORS if CATALOGUE_VERSIONS.index(i.since) <= rank)


def is_indicator(code: object) -> bool:
    """Whether `code` is a code of this catalogue."""
    return isinstance(code, str) and code in BY_CODE
