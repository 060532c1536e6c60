"""Schema 6: the narrative sections an officer writes for a period's report (Đánh giá
chung, Khó khăn vướng mắc, ...), kept with the unit and period so the report prints the
same text each time, and the upward file (exchange) can carry it."""

NAME = "report_narratives"


def apply(db) -> None:
    db.execute(
        """CREATE TABLE report_narratives (
    unit TEXT NOT NULL,
    period TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (unit, period, section)
)"""
    )
