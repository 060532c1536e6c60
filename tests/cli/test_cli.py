"""`pcmd` as a user runs it: exit codes, Vietnamese messages on stderr, data on stdout."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV

from pcmd_desktop import __version__
from pcmd_desktop.cli import main


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    """The admin of every database these tests create, as a script would pass it."""
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def init(path, unit=CHUONG_DUONG) -> int:
    return main(
        ["init", "--unit", unit, "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", str(path)]
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite3"
    assert init(path) == 0
    return str(path)


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")  # fmt: skip
    return str(path)


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_names_the_unit(tmp_path, capsys):
    path = tmp_path / "a.sqlite3"
    assert init(path) == 0
    captured = capsys.readouterr()
    assert "Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội" in captured.err
    assert "KHÓA KHÔI PHỤC" in captured.err and len(captured.out.strip()) == 47
    assert path.exists()


def test_init_with_an_unknown_unit_exits_2(tmp_path, capsys):
    path = tmp_path / "a.sqlite3"
    assert init(path, "99999") == 2
    assert "Không có đơn vị hành chính mã '99999'" in capsys.readouterr().err
    assert not path.exists()


def test_init_refuses_to_overwrite(db, capsys):
    assert init(db) == 1
    assert "đã có" in capsys.readouterr().err


def test_usage_errors_exit_2_in_vietnamese(capsys):
    assert main(["init"]) == 2
    assert "thiếu tham số bắt buộc: --unit, --admin" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    assert "lựa chọn không hợp lệ" in capsys.readouterr().err
    assert main(["export-records", "--record", "meeting"]) == 2
    assert "loại bản ghi 'meeting' không có" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "LỆNH" in capsys.readouterr().err


def test_import_export_round_trip(db, tmp_path, capsys):
    records = f.one_of_each()
    path = write_jsonl(tmp_path / "in.jsonl", records)
    assert main(["import-records", path, "--db", db]) == 0
    assert f"Đã nhập {len(records)} bản ghi" in capsys.readouterr().err
    assert main(["export-records", "--db", db]) == 0
    exported = capsys.readouterr().out
    assert len(exported.splitlines()) == len(records) == 16
    assert main(["export-records", "--record", "person", "--db", db]) == 0
    (person,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert person["full_name"] == "Nguyễn Thị Hòa"


def test_bad_import_exits_1_names_line_and_field_and_changes_nothing(db, tmp_path, capsys):
    records = [f.activity(), f.activity(date="2018-13-01")]
    path = write_jsonl(tmp_path / "bad.jsonl", records)
    assert main(["import-records", path, "--db", db]) == 1
    err = capsys.readouterr().err
    assert "Dòng 2: Ngày tổ chức (date)" in err and "Không nhập bản ghi nào" in err
    main(["export-records", "--db", db])
    assert capsys.readouterr().out == ""


def test_import_of_a_missing_file_exits_1(db, tmp_path, capsys):
    assert main(["import-records", str(tmp_path / "none.jsonl"), "--db", db]) == 1
    assert "Không đọc được tệp" in capsys.readouterr().err


def test_import_of_a_non_utf8_file_exits_1(db, tmp_path, capsys):
    path = tmp_path / "utf16.jsonl"
    path.write_bytes('{"record": "activity", "title": "Tuyên truyền"}'.encode("utf-16"))
    assert main(["import-records", str(path), "--db", db]) == 1
    assert "UTF-8" in capsys.readouterr().err


def test_search_prints_json_lines(db, tmp_path, capsys):
    write_jsonl(tmp_path / "in.jsonl", [f.establishment(name="Karaoke Hoa Hồng"),
                                        f.establishment(name="Nhà nghỉ Đào Viên",
                                                        type="guesthouse")])  # fmt: skip
    main(["import-records", str(tmp_path / "in.jsonl"), "--db", db])
    capsys.readouterr()
    assert main(["search", "karaoke hoa hong", "--db", db]) == 0
    (hit,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert hit["name"] == "Karaoke Hoa Hồng" and hit["record"] == "establishment"
    assert main(["search", "dao", "--record", "establishment", "--db", db]) == 0
    (hit,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert hit["name"] == "Nhà nghỉ Đào Viên"


def test_delete_and_restore_record(db, tmp_path, capsys):
    a = f.activity()
    main(["import-records", write_jsonl(tmp_path / "a.jsonl", [a]), "--db", db])
    assert main(["delete", "activity", a["id"], "--db", db]) == 0
    main(["export-records", "--db", db])
    assert capsys.readouterr().out == ""
    assert main(["delete", "activity", a["id"], "--db", db]) == 1
    assert main(["restore-record", "activity", a["id"], "--db", db]) == 0
    main(["export-records", "--db", db])
    assert a["id"] in capsys.readouterr().out
    assert main(["restore-record", "activity", a["id"], "--db", db]) == 1
    assert main(["delete", "meeting", a["id"], "--db", db]) == 2


def test_check_reports_a_healthy_database(db, capsys):
    assert main(["check", "--db", db]) == 0
    err = capsys.readouterr().err
    assert "không có lỗi" in err and "Lược đồ: phiên bản" in err


def test_commands_on_a_missing_database_exit_1(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "Không tìm thấy cơ sở dữ liệu" in capsys.readouterr().err


def test_demo_builds_a_commune_database_and_refuses_real_data(tmp_path, db, capsys, monkeypatch):
    path = tmp_path / "demo.sqlite3"
    monkeypatch.delenv("PCMD_PASSWORD")
    assert main(["demo", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert "Chương Dương" in err and "admin / pcmd-demo-2018" in err
    monkeypatch.setenv("PCMD_USER", "admin")
    monkeypatch.setenv("PCMD_PASSWORD", "pcmd-demo-2018")
    assert main(["check", "--db", str(path)]) == 0
    assert main(["demo", "--db", str(path)]) == 1  # exists: needs --replace
    assert main(["demo", "--db", str(path), "--replace", "--seed", "7"]) == 0
    assert main(["demo", "--db", db, "--replace"]) == 1  # a real database is never replaced
    assert "không phải CSDL trình diễn" in capsys.readouterr().err
    assert main(["demo", "--db", str(path), "--scale", "0"]) == 2
