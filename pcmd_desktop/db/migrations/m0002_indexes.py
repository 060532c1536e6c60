"""Schema 2: indexes for what the lists and the reports ask: by unit and date, by the
record referred to, and the recycle bin (deleted rows)."""

NAME = "list_and_report_indexes"

_DATED = {
    "inspections": "date",
    "patrols": "date",
    "services": "date",
    "sanctions": "date",
    "activities": "date",
    "budgets": "date",
    "cases": "detected_on",
    "hotspots": "identified_on",
    "persons": "opened_on",
}

_REFS = [
    ("inspections", "establishment_id"),
    ("inspections", "follow_up_of"),
    ("patrols", "hotspot_id"),
    ("services", "person_id"),
    ("sanctions", "person_id"),
    ("sanctions", "establishment_id"),
]

_ALL = [
    "establishments", "inspections", "hotspots", "patrols", "persons", "services",
    "sanctions", "cases", "activities", "commune_statuses", "budgets", "plan_targets",
]  # fmt: skip


def apply(db) -> None:
    for table, col in _DATED.items():
        db.execute(f"CREATE INDEX idx_{table}_unit_{col} ON {table}(unit, {col})")
        db.execute(f"CREATE INDEX idx_{table}_{col} ON {table}({col})")
    for table, col in _REFS:
        db.execute(f"CREATE INDEX idx_{table}_{col} ON {table}({col})")
    for table in _ALL:
        # Partial: the recycle bin is small, the index stays small.
        db.execute(
            f"CREATE INDEX idx_{table}_deleted ON {table}(deleted_at) WHERE deleted_at IS NOT NULL"
        )
    db.execute("CREATE INDEX idx_admin_units_parent ON admin_units(parent_code)")
    db.execute("CREATE INDEX idx_cases_tried_on ON cases(tried_on)")
    db.execute("CREATE INDEX idx_hotspots_eradicated_on ON hotspots(eradicated_on)")
    db.execute("CREATE INDEX idx_establishments_unit_name ON establishments(unit, name)")
