"""Schema 4: users and roles, the wrapped data key, and the hash-chained audit log.

A database of schema 3 or older has no users: the first admin is created through
`services.auth.setup_admin`, which also encrypts any personal field still in clear.
"""

NAME = "users_keys_audit"

STATEMENTS = [
    """CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'reporter', 'viewer')),
    password_hash TEXT NOT NULL,
    kdf TEXT NOT NULL,
    wrapped_key BLOB NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
)""",
    # The data key wrapped by something other than a user's password (the recovery key).
    """CREATE TABLE key_wraps (
    name TEXT PRIMARY KEY,
    kdf TEXT NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at TEXT NOT NULL
)""",
    """CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT,
    record_key TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)""",
    "CREATE INDEX idx_audit_log_user ON audit_log(user, at)",
    "CREATE INDEX idx_audit_log_record ON audit_log(kind, record_key)",
    "CREATE INDEX idx_audit_log_at ON audit_log(at)",
    # Append-only inside SQLite too: the program never updates or deletes an entry.
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute(sql)
