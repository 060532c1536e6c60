"""Schema 7: the unit's own key pairs and the public keys of the units it trusts.

Each installation makes a signing key (Ed25519: the files it sends are signed) and a
sealing key (X25519: files sent to it are sealed for it). The private halves are stored
encrypted with the database's data key (FieldCipher, bound to their purpose), so a copied
file does not give them away. `trusted_keys` holds the parent's and the children's public
keys, trusted by an admin after comparing fingerprints.
"""

NAME = "unit_keys"


def apply(db) -> None:
    db.execute(
        """CREATE TABLE unit_keys (
    purpose TEXT PRIMARY KEY CHECK (purpose IN ('signing', 'sealing')),
    public_key BLOB NOT NULL,
    private_key TEXT NOT NULL,
    created_at TEXT NOT NULL
)"""
    )
    db.execute(
        """CREATE TABLE trusted_keys (
    unit TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('signing', 'sealing')),
    public_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    unit_name TEXT,
    trusted_at TEXT NOT NULL,
    trusted_by TEXT NOT NULL,
    PRIMARY KEY (unit, purpose)
)"""
    )
