"""Volunteer teams and members from the command line: JSON lines in and out (members'
names only for roles that see personal data), search, a rule broken naming its field,
the recycle bin, and the report's volunteer rows."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services import auth

NAME = "Lê Thị Tình Nguyện"


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def write_jsonl(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")  # fmt: skip
    return str(path)


def test_teams_and_members_through_the_command_line(ws, tmp_path, capsys, monkeypatch):
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD + "x")
    db = str(ws.path)
    ws.close()
    team = f.volunteer_team(name="Đội tình nguyện Hồng Hà")
    member = f.volunteer_member(team["id"], full_name=NAME)
    activity = f.activity(volunteer_team_id=team["id"])
    path = write_jsonl(tmp_path / "doi.jsonl", [team, member, activity])
    assert main(["import-records", path, "--db", db]) == 0
    capsys.readouterr()

    assert main(["export-records", "--record", "volunteer_member", "--db", db]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["full_name"] == NAME
    assert main(["search", "tinh nguyen le", "--record", "volunteer_member", "--db", db]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [member["id"]]
    assert main(["report", "--period", "2018", "--db", db]) == 0
    values = json.loads(capsys.readouterr().out)["indicators"]
    assert values["volunteer.teams_at_end"]["value"] == 1
    assert values["volunteer.members_at_end"]["value"] == 1
    assert values["volunteer.activities"]["value"] == 1

    # Leaving before joining: refused, the line and the field named, nothing changed.
    bad = write_jsonl(tmp_path / "bad.jsonl", [{**member, "left_on": "2016-01-01"}])
    assert main(["import-records", bad, "--db", db]) == 1
    assert "Ngày thôi tham gia (left_on)" in capsys.readouterr().err

    assert main(["delete", "volunteer_member", member["id"], "--db", db]) == 0
    assert main(["restore-record", "volunteer_member", member["id"], "--db", db]) == 0
    capsys.readouterr()

    monkeypatch.setenv("PCMD_USER", "nguoi-xem")
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD + "x")
    assert main(["export-records", "--record", "volunteer_member", "--db", db]) == 0
    out = capsys.readouterr().out
    assert NAME not in out and "full_name" not in out and member["id"] in out
    assert main(["search", "tinh nguyen le", "--db", db]) == 0
    assert capsys.readouterr().out == ""
