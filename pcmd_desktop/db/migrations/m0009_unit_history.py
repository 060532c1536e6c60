"""Schema 9: units through time (issue 13).

`unit_versions` keeps every version of a unit (code, valid from, valid to, name, level,
parent): a rename or a reused code adds a version instead of overwriting the name old
reports print. `valid_from` is '' for a version in force since always. `admin_units`
stays the registry of codes that records refer to, holding each code's latest version.
`unit_successions` says which new unit took an old unit's territory, and from when.
"""

NAME = "unit_history"


def apply(db) -> None:
    db.execute(
        """CREATE TABLE unit_versions (
    code TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '',
    valid_to TEXT,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    division_type TEXT NOT NULL DEFAULT '',
    parent_code TEXT,
    PRIMARY KEY (code, valid_from)
)"""
    )
    db.execute(
        "INSERT INTO unit_versions (code, valid_from, valid_to, name, level, division_type, "
        "parent_code) SELECT code, coalesce(valid_from, ''), valid_to, name, level, "
        "division_type, parent_code FROM admin_units"
    )
    db.execute("CREATE INDEX idx_unit_versions_parent ON unit_versions(parent_code)")
    db.execute(
        """CREATE TABLE unit_successions (
    old_code TEXT NOT NULL,
    new_code TEXT NOT NULL,
    since TEXT NOT NULL,
    PRIMARY KEY (old_code, new_code, since)
)"""
    )
