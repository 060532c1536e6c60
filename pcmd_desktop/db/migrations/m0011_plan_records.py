"""Schema 11: what the plan asks offices to record and check (issue 14).

New record kinds: `tips` (the informant's name and contact encrypted, like a person's),
`volunteer_teams` and `volunteer_members` (a member's name, phone and note encrypted),
`commune_assessments` (the yearly criteria sheet, one score column per criterion). New
links: an inspection or a case names the tip it came from, a sanction its issuing
authority and the inspection it follows, an activity the volunteer team that ran it.

`approvals` keeps data approval (DHIS2's "accept"): at a parent, each decision it gave on
a child's period (direction 'given'); at a child, each decision it received from its
parent (direction 'received'). The latest row of a (unit, period) is its state: accepted
locks the period at the child, reopened (the parent's revision request) unlocks it.
`submissions.breakdowns` keeps the sex and age-band breakdown a child's file carried.
"""

NAME = "plan_records"

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
    f"""CREATE TABLE tips (
    id TEXT PRIMARY KEY,
    {_UNIT},
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    place TEXT,
    establishment_id TEXT {_ref("establishments")},
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    handled_on TEXT,
    outcome TEXT,
    informant_name TEXT,
    informant_contact TEXT,
    note TEXT,{_STAMPS}
)""",
    f"ALTER TABLE inspections ADD COLUMN tip_id TEXT {_ref('tips')}",
    f"ALTER TABLE cases ADD COLUMN tip_id TEXT {_ref('tips')}",
    "ALTER TABLE sanctions ADD COLUMN authority TEXT",
    f"ALTER TABLE sanctions ADD COLUMN inspection_id TEXT {_ref('inspections')}",
    f"""CREATE TABLE volunteer_teams (
    id TEXT PRIMARY KEY,
    {_UNIT},
    name TEXT NOT NULL,
    area TEXT,
    established_on TEXT NOT NULL,
    dissolved_on TEXT,
    note TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE volunteer_members (
    id TEXT PRIMARY KEY,
    {_UNIT},
    team_id TEXT NOT NULL {_ref("volunteer_teams")},
    full_name TEXT NOT NULL,
    birth_year INTEGER,
    sex TEXT,
    phone TEXT,
    role TEXT NOT NULL,
    area TEXT,
    joined_on TEXT NOT NULL,
    left_on TEXT,
    note TEXT,{_STAMPS}
)""",
    f"ALTER TABLE activities ADD COLUMN volunteer_team_id TEXT {_ref('volunteer_teams')}",
    f"""CREATE TABLE commune_assessments (
    {_UNIT},
    year INTEGER NOT NULL,
    assessed_on TEXT NOT NULL,
    score_no_hotspot INTEGER NOT NULL,
    score_propaganda INTEGER NOT NULL,
    score_business_control INTEGER NOT NULL,
    score_support INTEGER NOT NULL,
    score_volunteer INTEGER NOT NULL,
    score_leadership INTEGER NOT NULL,
    assessed_by TEXT,
    note TEXT,{_STAMPS},
    PRIMARY KEY (unit, year)
)""",
    "CREATE INDEX idx_tips_unit_received ON tips(unit, received_on)",
    "CREATE INDEX idx_inspections_tip ON inspections(tip_id)",
    "CREATE INDEX idx_cases_tip ON cases(tip_id)",
    "CREATE INDEX idx_volunteer_members_team ON volunteer_members(team_id)",
    "CREATE INDEX idx_activities_team ON activities(volunteer_team_id)",
    "CREATE INDEX idx_tips_establishment_id ON tips(establishment_id)",
    "CREATE INDEX idx_sanctions_inspection_id ON sanctions(inspection_id)",
    "CREATE INDEX idx_volunteer_teams_unit ON volunteer_teams(unit, established_on)",
    *(
        # Partial, as in schema 2: the recycle bin is small, the index stays small.
        f"CREATE INDEX idx_{t}_deleted ON {t}(deleted_at) WHERE deleted_at IS NOT NULL"
        for t in ("tips", "volunteer_teams", "volunteer_members", "commune_assessments")
    ),
    """CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    unit TEXT NOT NULL,
    period TEXT NOT NULL,
    revision INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('accepted', 'reopened')),
    parent TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    reason TEXT,
    sha256 TEXT,
    kept_at TEXT NOT NULL
)""",
    "CREATE INDEX idx_approvals_unit_period ON approvals(unit, period, id)",
    "ALTER TABLE submissions ADD COLUMN breakdowns TEXT",
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
