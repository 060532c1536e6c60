"""The list model reads a window of rows at a time and takes big snapshots on a worker
thread, keeping the window answering; a stale snapshot never replaces a newer one."""

from __future__ import annotations

import pytest

from pcmd_desktop.db import records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.record_list import ListFilter
from pcmd_desktop.ui.models import record_table_model as rtm
from pcmd_desktop.ui.models.record_table_model import RecordTableModel

N = 1_000


@pytest.fixture
def many(workspace):
    """N establishments named 'Cơ sở 0000' … with stable order by name."""
    rows = [
        {"id": f"00000000-0000-4000-8000-{i:012d}", "unit": "00067",
         "name": f"Cơ sở {i:04d}", "type": "hotel"}
        for i in range(N)
    ]  # fmt: skip
    with transaction(workspace.db):
        records_repo.upsert_many(workspace.db, KINDS["establishment"], rows, "quan-tri")
    return workspace


def names(model: RecordTableModel, rows) -> list[str]:
    col = model.column_index("name")
    return [model.data(model.index(r, col)) for r in rows]


def test_rows_are_read_in_pages_never_all(qtbot, many, monkeypatch):
    model = RecordTableModel(many, "establishment")
    model.reload(background=False)
    assert model.rowCount() == N
    assert names(model, [0, N - 1]) == ["Cơ sở 0000", f"Cơ sở {N - 1:04d}"]
    assert set(model._pages) == {0, (N - 1) // rtm.PAGE_SIZE}  # only the pages looked at
    monkeypatch.setattr(rtm, "MAX_PAGES", 2)
    names(model, range(0, N, rtm.PAGE_SIZE))
    assert len(model._pages) == 2  # the oldest pages are let go


def test_big_snapshot_runs_on_a_thread_and_the_newest_wins(qtbot, many):
    model = RecordTableModel(many, "establishment")
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.reload(ListFilter(), background=True)
    assert loaded.args == [N]
    assert names(model, [0]) == ["Cơ sở 0000"]

    # Two requests in a row: only the second one's result is installed.
    model.reload(ListFilter(search="co so 0001"), background=True)
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.reload(ListFilter(), sort="name", descending=True, background=True)
    model.wait()
    qtbot.wait(50)
    assert loaded.args == [N]
    assert model.rowCount() == N
    assert names(model, [0]) == [f"Cơ sở {N - 1:04d}"]


def test_sorting_by_a_heading_takes_a_new_snapshot(qtbot, many, monkeypatch):
    monkeypatch.setattr(rtm, "BACKGROUND_ABOVE", 0)  # as a city's list would
    model = RecordTableModel(many, "establishment")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(model.column_index("name"), Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "name" and model.descending
    assert names(model, [0, N - 1]) == [f"Cơ sở {N - 1:04d}", "Cơ sở 0000"]
