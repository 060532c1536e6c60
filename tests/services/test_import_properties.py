"""Arbitrary input to the validators and the JSON-lines importer: never an unhandled
exception, only clear refusals, and a refused import writes nothing."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcmd_desktop.domain.coerce import coerce
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.records_io import ImportRejected, import_records

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
kind_names = st.sampled_from(sorted(KINDS))


@st.composite
def record_like(draw):
    """Objects shaped like records, with each field sometimes right, sometimes anything."""
    kind = KINDS[draw(kind_names)]
    obj = {"record": kind.name}
    for f in kind.fields:
        if draw(st.booleans()):
            obj[f.key] = draw(json_values)
    if draw(st.booleans()):  # a field records.md does not have
        obj[draw(st.text(max_size=8).filter(lambda k: k != "record"))] = draw(json_values)
    return obj


@given(kind_names, json_values)
def test_coerce_never_raises_on_any_json(kind, value):
    record, problems = coerce(KINDS[kind], value)
    assert isinstance(record, dict)
    assert all(p.message for p in problems)


@given(record_like())
def test_coerce_never_raises_on_record_like_objects(obj):
    _record, problems = coerce(KINDS[obj["record"]], obj)
    assert all(isinstance(p.message, str) and p.message for p in problems)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(record_like().map(json.dumps), st.text(max_size=40)), max_size=6))
def test_importer_accepts_or_refuses_cleanly(ws, lines):
    before = ws.counts()
    try:
        import_records(ws, lines, today=date(2018, 12, 31))
    except ImportRejected as e:
        assert e.problems and all(p.line >= 1 and p.message for p in e.problems)
        assert ws.counts() == before  # a refused import writes nothing
