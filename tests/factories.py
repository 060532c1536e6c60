"""Valid synthetic records of every kind, for tests. Names are invented."""

from __future__ import annotations

import uuid

from conftest import CHUONG_DUONG


def nid() -> str:
    return str(uuid.uuid4())


def establishment(**kw) -> dict:
    return {"record": "establishment", "id": nid(), "unit": CHUONG_DUONG,
            "name": "Karaoke Hoa Hồng", "type": "karaoke",
            "address": "số 12 phố Hồng Hà", "owner_name": "Trần Văn Thử", **kw}  # fmt: skip


def inspection(establishment_id: str, **kw) -> dict:
    return {"record": "inspection", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-03-10",
            "establishment_id": establishment_id, "team_level": "commune",
            "agencies": ["Công an phường", "Văn hóa - Thông tin"],
            "violations": [{"kind": "guest_register", "description": "Không ghi sổ khách"}],
            "fine_vnd": 1500000, "decision_no": "15/QĐ-XPVPHC", **kw}  # fmt: skip


def hotspot(**kw) -> dict:
    return {"record": "hotspot", "id": nid(), "unit": CHUONG_DUONG,
            "name": "Khu vực bãi sông Hồng Hà", "kind": "public_place",
            "identified_on": "2016-05-01", **kw}  # fmt: skip


def patrol(hotspot_id: str, **kw) -> dict:
    return {"record": "patrol", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-04-02",
            "hotspot_id": hotspot_id, "result": "clean", "team": "Tổ 1",
            "people_encountered": 0, **kw}  # fmt: skip


def person(**kw) -> dict:
    return {"record": "person", "id": nid(), "unit": CHUONG_DUONG, "code": "HK-2018-0001",
            "opened_on": "2018-02-01", "full_name": "Nguyễn Thị Hòa", "birth_year": 1990,
            "sex": "female", "id_number": "001190000001", "residence": "Tổ 5, Chương Dương",
            "home_province": "Thái Bình", "consent": True, "status": "active", **kw}  # fmt: skip


def service(person_id: str, **kw) -> dict:
    return {"record": "service", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-05-05",
            "person_id": person_id, "type": "counselling", "provider": "Hội Phụ nữ phường",
            **kw}  # fmt: skip


def sanction(**kw) -> dict:
    return {"record": "sanction", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-06-01",
            "role": "buyer", "fine_vnd": 1000000, "decision_no": "22/QĐ-XPVPHC", **kw}  # fmt: skip


def case(**kw) -> dict:
    return {"record": "case", "id": nid(), "unit": CHUONG_DUONG, "offence": "brokering",
            "detected_on": "2018-02-10", "defendants": 2,
            "summary": "Môi giới mại dâm tại nhà nghỉ", **kw}  # fmt: skip


def activity(**kw) -> dict:
    return {"record": "activity", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-03-08",
            "kind": "propaganda", "title": "Tuyên truyền tại tổ dân phố",
            "participants": 120, "materials": 300, **kw}  # fmt: skip


def commune_status(**kw) -> dict:
    return {"record": "commune_status", "unit": CHUONG_DUONG, "year": 2018,
            "pcmd_model": "maintained", "clean": True, **kw}  # fmt: skip


def budget(**kw) -> dict:
    return {"record": "budget", "id": nid(), "unit": CHUONG_DUONG, "date": "2018-01-10",
            "amount_vnd": 25000000, "source": "Ngân sách phường", "purpose": "In tờ rơi",
            **kw}  # fmt: skip


def plan_target(**kw) -> dict:
    return {"record": "plan_target", "unit": CHUONG_DUONG, "year": 2018,
            "indicator": "propaganda.sessions", "target": 20, **kw}  # fmt: skip


def one_of_each() -> list[dict]:
    """One valid record of every kind, referenced ones first."""
    e = establishment()
    h = hotspot()
    p = person()
    t = tip(establishment_id=e["id"])
    team = volunteer_team()
    return [e, t, inspection(e["id"], tip_id=t["id"]), h, patrol(h["id"]), p, service(p["id"]),
            sanction(person_id=p["id"], authority="commune_team"), case(tip_id=t["id"]), team,
            volunteer_member(team["id"]), activity(volunteer_team_id=team["id"]),
            commune_status(), commune_assessment(), budget(), plan_target()]  # fmt: skip


def tip(**kw) -> dict:
    return {"record": "tip", "id": nid(), "unit": CHUONG_DUONG, "received_on": "2018-02-01",
            "channel": "hotline", "place": "Ngõ 12 phố Hồng Hà",
            "content": "Nghi có hoạt động mại dâm tại nhà nghỉ", "status": "handled",
            "handled_on": "2018-02-09", "outcome": "Đã kiểm tra", **kw}  # fmt: skip


def volunteer_team(**kw) -> dict:
    return {"record": "volunteer_team", "id": nid(), "unit": CHUONG_DUONG,
            "name": "Đội công tác xã hội tình nguyện phường", "area": "Tổ 1 đến tổ 10",
            "established_on": "2017-01-15", **kw}  # fmt: skip


def volunteer_member(team_id: str, **kw) -> dict:
    return {"record": "volunteer_member", "id": nid(), "unit": CHUONG_DUONG,
            "team_id": team_id, "full_name": "Lê Thị Tình Nguyện", "birth_year": 1985,
            "sex": "female", "phone": "0900000001", "role": "leader", "area": "Tổ 1",
            "joined_on": "2017-01-15", **kw}  # fmt: skip


def commune_assessment(**kw) -> dict:
    return {"record": "commune_assessment", "unit": CHUONG_DUONG, "year": 2018,
            "assessed_on": "2018-12-10", "score_no_hotspot": 30, "score_propaganda": 14,
            "score_business_control": 13, "score_support": 12, "score_volunteer": 8,
            "score_leadership": 13, "assessed_by": "Hội đồng chấm điểm phường", **kw}  # fmt: skip
