"""Record lists at a city's scale, each against the bare SQLite query for the same rows
run in the same process on the same file:

1. opening the list of 1,000,000 inspections (default order: date, newest first) and
   showing its last 100 rows, against `LIMIT 100 OFFSET 999900` (and against count(*)
   plus that page); re-sorting the million by establishment name against the bare
   ORDER BY on the names' collation keys;
2. a search typed without tones over 100,000 establishments and its first 100 rows,
   against the bare full-text query for the same rows (and a naive LIKE scan).

The database (gen_lists.py) is generated once and cached in benchmarks/out/.
Each figure: one warm-up, then the median of 3.

    .venv/bin/python benchmarks/bench_lists.py [--establishments 100000]
        [--inspections 1000000] [--search "hoa hong"]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import gen_lists
from common import machine, median_time

from pcmd_desktop.db.search import fts_query
from pcmd_desktop.services.auth import login
from pcmd_desktop.services.record_list import ListFilter, ListQuery, RecordList, list_spec
from pcmd_desktop.services.workspace import open_workspace

PAGE = 100


def timed(fn, repeat: int = 3) -> float:
    fn()  # warm-up: the page cache, the statement cache
    return median_time(fn, repeat)


def _columns(kind_name: str) -> str:
    """The same expressions RecordList.rows selects (every column of the list)."""
    return ", ".join(c.select for c in list_spec(kind_name).columns)


def inspections_end(ws, bare: sqlite3.Connection) -> dict:
    spec = list_spec("inspection")
    total = bare.execute("SELECT count(*) FROM inspections WHERE deleted_at IS NULL").fetchone()[0]
    page_sql = (
        f"SELECT t.id, {_columns('inspection')} FROM {spec.source} "
        "WHERE t.deleted_at IS NULL ORDER BY t.date DESC, t.rowid DESC LIMIT ? OFFSET ?"
    )

    def app():
        lst = RecordList.open(ws, "inspection")
        return lst, lst.rows(len(lst) - PAGE, PAGE)

    def bare_page():
        return bare.execute(page_sql, (PAGE, total - PAGE)).fetchall()

    def bare_count_page():
        n = bare.execute("SELECT count(*) FROM inspections WHERE deleted_at IS NULL").fetchone()[0]
        return n, bare.execute(page_sql, (PAGE, n - PAGE)).fetchall()

    lst, rows = app()
    assert len(lst) == total, (len(lst), total)
    assert [r.key for r in rows] == [r[0] for r in bare_page()], "not the same rows"
    return {
        "rows": total,
        "app_s": timed(app),
        "bare_page_s": timed(bare_page),
        "bare_count_page_s": timed(bare_count_page),
    }


def inspections_by_establishment(ws, bare: sqlite3.Connection) -> dict:
    bare_sql = (
        "SELECT i.rowid FROM inspections i JOIN establishments e ON e.id = i.establishment_id "
        "WHERE i.deleted_at IS NULL ORDER BY e.name_key, i.rowid"
    )

    def app():
        # As the window asks it when the header is clicked (A to Z), there on a worker
        # thread with its own connection (ListQuery.ids_on_own_connection).
        return ListQuery(ws, "inspection", sort="establishment", descending=False).ids(ws.db.conn)

    def bare_sort():
        return bare.execute(bare_sql).fetchall()

    assert list(app()) == [r[0] for r in bare_sort()], "not the same order"
    return {"app_s": timed(app), "bare_s": timed(bare_sort)}


def establishment_search(ws, bare: sqlite3.Connection, text: str, phrase: str) -> dict:
    spec = list_spec("establishment")
    cols = _columns("establishment")
    match = fts_query(text)  # '"hoa"* AND "hong"*': every word starts a word of the record
    fts_from = (
        "FROM search_index s CROSS JOIN search_keys k ON k.rowid = s.rowid "
        "JOIN establishments t ON t.id = k.key "
        "WHERE search_index MATCH ? AND k.kind = 'establishment' AND t.deleted_at IS NULL"
    )
    fts_page = f"SELECT t.id, {cols} {fts_from} ORDER BY t.name_key, t.rowid LIMIT {PAGE}"
    like_where = (
        f"FROM {spec.source} WHERE t.deleted_at IS NULL "
        "AND (t.name LIKE ?1 OR t.address LIKE ?1 OR t.owner_name LIKE ?1)"
    )
    like_page = f"SELECT t.id, {cols} {like_where} ORDER BY t.name_key, t.rowid LIMIT {PAGE}"
    like_arg = f"%{phrase}%"

    def app():
        lst = RecordList.open(ws, "establishment", ListFilter(search=text))
        return lst, lst.rows(0, PAGE)

    def bare_fts():
        return bare.execute(fts_page, (match,)).fetchall()

    def bare_fts_count():
        n = bare.execute(f"SELECT count(*) {fts_from}", (match,)).fetchone()[0]
        return n, bare_fts()

    def like():
        return bare.execute(like_page, (like_arg,)).fetchall()

    def like_count():
        n = bare.execute(f"SELECT count(*) {like_where}", (like_arg,)).fetchone()[0]
        return n, like()

    lst, rows = app()
    assert [r.key for r in rows] == [r[0] for r in bare_fts()], "not the same rows"
    assert len(lst) == bare_fts_count()[0]
    like_hits = like_count()[0]
    return {
        "text": text,
        "match": match,
        "hits": len(lst),
        "app_s": timed(app),
        "bare_fts_s": timed(bare_fts),
        "bare_fts_count_s": timed(bare_fts_count),
        "like_phrase": phrase,
        "like_hits": like_hits,
        "like_s": timed(like),
        "like_count_s": timed(like_count),
    }


def run(establishments: int, inspections: int, text: str, phrase: str) -> dict:
    path, info = gen_lists.ensure(establishments, inspections)
    ws = open_workspace(path)
    login(ws, gen_lists.ADMIN, gen_lists.PASSWORD)
    # The baselines: the standard library's driver alone, read-only, on the same file.
    bare = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        end = inspections_end(ws, bare)
        resort = inspections_by_establishment(ws, bare)
        search = establishment_search(ws, bare, text, phrase)
    finally:
        bare.close()
        ws.close()
    return {
        "establishments": establishments,
        "inspections": inspections,
        "generation": info,
        "end": {**end, "ratio_page": end["app_s"] / end["bare_page_s"],
                "ratio_count_page": end["app_s"] / end["bare_count_page_s"]},
        "resort": {**resort, "ratio": resort["app_s"] / resort["bare_s"]},
        "search": {**search, "ratio": search["app_s"] / search["bare_fts_s"],
                   "ratio_count": search["app_s"] / search["bare_fts_count_s"]},
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--establishments", type=int, default=100_000)
    ap.add_argument("--inspections", type=int, default=1_000_000)
    ap.add_argument("--search", default="hoa hong", help="typed without tones")
    ap.add_argument("--like", default="Hoa Hồng", help="the phrase the LIKE scan looks for")
    args = ap.parse_args()
    r = run(args.establishments, args.inspections, args.search, args.like)
    print(json.dumps({**r, "machine": machine()}, ensure_ascii=False))


if __name__ == "__main__":
    main()
