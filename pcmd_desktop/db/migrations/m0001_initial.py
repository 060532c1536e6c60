"""Schema 1: the unit list, the database's own identity and a table per record kind.

Frozen: once released, a migration is never edited; a change is a new migration.
Foreign keys are DEFERRABLE INITIALLY DEFERRED so that one transaction may insert a
record before the record it refers to (an import file in any order), checked at COMMIT.
"""

NAME = "initial"

_STAMPS = """
    extra TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    deleted_by TEXT"""

_UNIT = "unit TEXT NOT NULL REFERENCES admin_units(code) DEFERRABLE INITIALLY DEFERRED"


def _ref(table: str) -> str:
    return f"REFERENCES {table}(id) DEFERRABLE INITIALLY DEFERRED"


STATEMENTS = [
    """CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    app_version TEXT NOT NULL
)""",
    """CREATE TABLE admin_units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    division_type TEXT NOT NULL DEFAULT '',
    parent_code TEXT,
    valid_from TEXT,
    valid_to TEXT
)""",
    f"""CREATE TABLE establishments (
    id TEXT PRIMARY KEY,
    {_UNIT},
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    address TEXT,
    licence_no TEXT,
    owner_name TEXT,
    phone TEXT,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE inspections (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    establishment_id TEXT NOT NULL {_ref("establishments")},
    team_level TEXT NOT NULL,
    agencies TEXT,
    findings TEXT,
    violations TEXT,
    fine_vnd INTEGER NOT NULL DEFAULT 0,
    suspended INTEGER NOT NULL DEFAULT 0,
    licence_revoked INTEGER NOT NULL DEFAULT 0,
    decision_no TEXT,
    follow_up_of TEXT {_ref("inspections")},
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE hotspots (
    id TEXT PRIMARY KEY,
    {_UNIT},
    name TEXT NOT NULL,
    location TEXT,
    kind TEXT NOT NULL,
    identified_on TEXT NOT NULL,
    eradicated_on TEXT,
    handed_over_to TEXT,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE patrols (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    hotspot_id TEXT NOT NULL {_ref("hotspots")},
    result TEXT NOT NULL,
    team TEXT,
    people_encountered INTEGER,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    {_UNIT},
    code TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_year INTEGER,
    sex TEXT,
    id_number TEXT,
    residence TEXT,
    home_province TEXT,
    consent INTEGER,
    status TEXT,
    note TEXT,{_STAMPS},
    UNIQUE (unit, code)
)""",
    f"""CREATE TABLE services (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    person_id TEXT NOT NULL {_ref("persons")},
    type TEXT NOT NULL,
    amount_vnd INTEGER,
    provider TEXT,
    outcome TEXT,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE sanctions (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    role TEXT NOT NULL,
    fine_vnd INTEGER NOT NULL,
    decision_no TEXT,
    legal_basis TEXT,
    person_id TEXT {_ref("persons")},
    establishment_id TEXT {_ref("establishments")},
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    {_UNIT},
    offence TEXT NOT NULL,
    detected_on TEXT NOT NULL,
    prosecuted_on TEXT,
    tried_on TEXT,
    defendants INTEGER,
    summary TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    participants INTEGER,
    materials INTEGER,
    location TEXT,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE commune_statuses (
    {_UNIT},
    year INTEGER NOT NULL,
    pcmd_model TEXT NOT NULL,
    clean INTEGER NOT NULL,
    note TEXT,{_STAMPS},
    PRIMARY KEY (unit, year)
)""",
    f"""CREATE TABLE budgets (
    id TEXT PRIMARY KEY,
    {_UNIT},
    date TEXT NOT NULL,
    amount_vnd INTEGER NOT NULL,
    source TEXT,
    purpose TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE plan_targets (
    {_UNIT},
    year INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    target REAL NOT NULL,{_STAMPS},
    PRIMARY KEY (unit, year, indicator)
)""",
]


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute(sql)
