"""The indicator catalogue as data: codes, groups, kinds and the 2018 Hà Nội targets."""

from __future__ import annotations

import dataclasses

import pytest

from pcmd_desktop.domain.indicators import (
    BY_CODE,
    CATALOGUE_VERSION,
    CATALOGUE_VERSIONS,
    CEILING,
    GOAL,
    GROUPS,
    INDICATORS,
    KINDS,
    Indicator,
    codes_of,
    is_indicator,
)
from pcmd_desktop.domain.plan_2018 import HANOI_2018_TARGETS

NEW_IN_2 = (
    "inspection.establishments_city_team",
    "inspection.establishments_district_team",
    "hotspot.eradicated_business",
    "hotspot.public_reactivated",
)

NEW_IN_3 = (
    "inspection.visits_city_team",
    "inspection.visits_district_team",
    "inspection.visits_commune_team",
    "inspection.establishments_commune_team",
    "tip.received",
    "tip.handled",
    "tip.led_to_action",
    "sanction.by_city_team",
    "sanction.fines_city_team_vnd",
    "sanction.by_district_level",
    "sanction.by_commune_level",
    "volunteer.teams_at_end",
    "volunteer.members_at_end",
    "volunteer.activities",
    "commune.assessed",
)


def test_catalogue_has_56_unique_codes():
    codes = [i.code for i in INDICATORS]
    assert len(codes) == 56
    assert len(set(codes)) == 56


def test_catalogue_version_and_the_codes_of_each_version():
    assert CATALOGUE_VERSION == "3" and CATALOGUE_VERSIONS == ("1", "2", "3")
    assert len(codes_of("1")) == 37 and not set(NEW_IN_2) & set(codes_of("1"))
    assert len(codes_of("2")) == 41 and not set(NEW_IN_3) & set(codes_of("2"))
    assert codes_of("3") == tuple(BY_CODE)
    assert [i.code for i in INDICATORS if i.since == "2"] == list(NEW_IN_2)
    assert [i.code for i in INDICATORS if i.since == "3"] == list(NEW_IN_3)
    with pytest.raises(KeyError):
        codes_of("4")


def test_ceilings_are_what_must_not_happen():
    ceilings = [i.code for i in INDICATORS if i.direction == CEILING]
    assert ceilings == ["hotspot.complex_at_end", "hotspot.reactivated",
                        "hotspot.public_reactivated"]  # fmt: skip
    assert BY_CODE["inspection.establishments_city_team"].direction == GOAL


def test_catalogue_order_starts_and_ends_as_the_table():
    assert INDICATORS[0].code == "propaganda.sessions"
    assert INDICATORS[-1].code == "budget.spent_vnd"


def test_known_codes_with_labels_and_units():
    assert BY_CODE["case.detected"].label == "Số vụ án phát hiện, khởi tố"
    assert BY_CODE["case.detected"].unit == "vụ"
    assert BY_CODE["inspection.fines_vnd"].unit == "đồng"
    assert BY_CODE["commune.clean"].label == "Số xã, phường không có tệ nạn mại dâm"
    assert BY_CODE["support.credit_persons"].unit == "người"


def test_by_code_indexes_every_indicator():
    assert list(BY_CODE) == [i.code for i in INDICATORS]
    assert all(BY_CODE[i.code] is i for i in INDICATORS)


def test_group_is_the_code_prefix_and_has_a_heading():
    for i in INDICATORS:
        assert i.group == i.code.split(".")[0]
        assert i.group in GROUPS


def test_groups_in_catalogue_order_and_all_used():
    used = list(dict.fromkeys(i.group for i in INDICATORS))
    assert used == list(GROUPS)
    assert GROUPS["inspection"] == "Kiểm tra cơ sở kinh doanh dịch vụ"
    assert GROUPS["commune"] == "Mô hình và xã, phường lành mạnh"


def test_every_indicator_has_label_unit_definition_and_known_kind():
    for i in INDICATORS:
        assert i.label and i.unit and i.definition
        assert i.kind in KINDS


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("propaganda.sessions", "flow"),
        ("inspection.fines_vnd", "flow"),
        ("inspection.establishments", "distinct"),
        ("support.persons_reached", "distinct"),
        ("support.credit_persons", "distinct"),
        ("hotspot.complex_at_end", "at_end"),
        ("hotspot.kept_clean_at_end", "at_end"),
        ("hotspot.eradicated", "flow"),
        ("commune.pcmd_model", "status"),
        ("commune.pcmd_model_new", "status"),
        ("commune.clean", "status"),
    ],
)
def test_kinds_follow_definitions(code, kind):
    assert BY_CODE[code].kind == kind


def test_kind_counts():
    kinds = [i.kind for i in INDICATORS]
    assert (kinds.count("distinct"), kinds.count("at_end"), kinds.count("status")) == (11, 4, 4)


def test_is_indicator():
    assert is_indicator("case.tried")
    assert not is_indicator("case")
    assert not is_indicator("Case.Tried")
    assert not is_indicator("")
    assert not is_indicator(None)


def test_hanoi_2018_targets():
    assert HANOI_2018_TARGETS == {
        "case.detected": 150,
        "case.tried": 120,
        "hotspot.eradicated_business": 2,
        "hotspot.public_reactivated": 0,
        "inspection.establishments_city_team": 60,
        "commune.pcmd_model": 55,
        "commune.clean": 470,
        "support.credit_persons": 6,
    }
    assert all(is_indicator(code) for code in HANOI_2018_TARGETS)


def test_indicator_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        INDICATORS[0].label = "khác"  # type: ignore[misc]
    assert isinstance(INDICATORS[0], Indicator)
