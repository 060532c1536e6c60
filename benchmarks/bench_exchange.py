"""A month of a whole city's upward files: 584 commune files imported by their 30
districts (each file read, every check run, kept in one transaction), the 30 district
files then imported and consolidated by the city; against inserting the same rows with
bare SQLite into the same tables, in the same run.

    .venv/bin/python benchmarks/bench_exchange.py

The commune files are made with the package layer and per-commune keys (making 584 full
installations would only time their set-up); their records are the commune's records of
the month in the city demo database (`pcmd demo --scale 584`, made by bench_report.py).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_report import city_database
from common import machine

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.exchange.manifest import encode_records
from pcmd_desktop.exchange.package import build_package
from pcmd_desktop.security import keys, passwords
from pcmd_desktop.security.sealing import new_sealing_key
from pcmd_desktop.security.sealing import public_bytes as sealing_public
from pcmd_desktop.security.signing import new_signing_key, public_bytes, sign
from pcmd_desktop.services.auth import login
from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD
from pcmd_desktop.services.exchange_export import export_period, period_records
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.unit_keys import KeyCard, own_card, trust_card
from pcmd_desktop.services.workspace import create_workspace, open_workspace

PERIOD = "2018-06"
PERSONAL = ("full_name", "id_number", "residence", "note")  # never in a file in clear
PASSWORD = "mat-khau-bench-1"


def commune_files(city_ws, folder: Path) -> tuple[dict[str, list[Path]], dict[str, KeyCard]]:
    """One signed file per commune, by district; and each commune's key card."""
    report = build_report(city_ws, PERIOD)
    start, end = report.period.start.isoformat(), report.period.end.isoformat()
    all_records = period_records(city_ws, start, end, report.period.year)
    by_unit: dict[str, list[dict]] = {}
    for rec in all_records:
        by_unit.setdefault(rec["unit"], []).append(
            {k: v for k, v in rec.items() if k not in PERSONAL}
            if rec["record"] == "person"
            else rec
        )
    files: dict[str, list[Path]] = {}
    cards: dict[str, KeyCard] = {}
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for district in city_ws.units.children(city_ws.unit.code):
        for commune in city_ws.units.descendants(district.code):
            signing, sealing = new_signing_key(), new_sealing_key()
            cards[commune.code] = KeyCard.make(commune.code, commune.name,
                                               public_bytes(signing),
                                               sealing_public(sealing))  # fmt: skip
            values = {i.code: {"value": 1, "ytd": 6} for i in INDICATORS}
            members = {
                "indicators.json": json.dumps({"values": values}).encode(),
                "records.jsonl": encode_records(by_unit.get(commune.code, [])),
                "narrative.json": b"{}",
            }
            fields = {
                "app_version": "bench", "sender": {"unit": commune.code, "name": commune.name},
                "parent": district.code, "revision": 1, "created_at": created,
                "period": {"code": PERIOD, "kind": "month", "from": start, "to": end,
                           "cutoff": report.period.cutoff},
            }  # fmt: skip
            data = build_package(fields, members, lambda m, k=signing: sign(k, m))
            path = folder / f"{commune.code}.pcmd"
            path.write_bytes(data)
            files.setdefault(district.code, []).append(path)
    return files, cards


def main() -> None:
    # The districts' and the city's own passwords at a small cost: the benchmark times
    # files, not logins.
    passwords.SCRYPT_LOG_N, keys.SCRYPT_N = 10, 2**10
    city_ws = open_workspace(city_database())
    login(city_ws, DEMO_ADMIN, DEMO_PASSWORD)
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-exchange-"))
    files, cards = commune_files(city_ws, tmp)
    districts = city_ws.units.children(city_ws.unit.code)
    city_ws.close()
    city = create_workspace(tmp / "city.sqlite3", "01", admin="quan-tri", password=PASSWORD)
    ws_of = {}
    for d in districts:
        ws = create_workspace(tmp / f"{d.code}.sqlite3", d.code, admin="quan-tri",
                              password=PASSWORD)  # fmt: skip
        for path in files[d.code]:
            trust_card(ws, cards[path.stem])
        trust_card(city, own_card(ws))
        ws_of[d.code] = ws
    n_files = sum(len(v) for v in files.values())
    size = sum(p.stat().st_size for v in files.values() for p in v)

    start = time.perf_counter()
    for code, ws in ws_of.items():
        assert all(import_file(ws, p).status == ACCEPTED for p in files[code])
    communes_s = time.perf_counter() - start
    start = time.perf_counter()
    for code, ws in ws_of.items():
        path = export_period(ws, PERIOD, tmp / f"up-{code}.pcmd").path
        assert import_file(city, path).status == ACCEPTED
    report = build_report(city, PERIOD)
    city_s = time.perf_counter() - start

    # Bare: the same rows (file content as stored) inserted with executemany.
    rows = []
    for paths in files.values():
        for p in paths:
            rows.append((p.stem, PERIOD, 1, "0" * 64, "c", "r", "b", "{}", "{}", None,
                         p.read_bytes().decode("latin-1"), None))  # fmt: skip
    con = sqlite3.connect(tmp / "city.sqlite3")
    con.execute("DELETE FROM submissions")
    con.commit()
    start = time.perf_counter()
    with con:
        con.executemany("INSERT INTO submissions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    bare_s = time.perf_counter() - start
    con.close()
    print(json.dumps({
        "files": n_files, "districts": len(ws_of), "megabytes": size / 1e6,
        "communes_s": communes_s, "city_s": city_s, "bare_s": bare_s,
        "city_value": report.values["inspection.visits"].value, "machine": machine(),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
