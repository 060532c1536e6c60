"""Which backups to keep: 7 daily, 4 weekly, 12 monthly. Pure: decided on timestamps, so
it is tested on a synthetic history without touching files."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _newest_per(
    stamps: Iterable[datetime], key: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest stamp of each of the `count` most recent periods that have stamps."""
    newest: dict[Hashable, datetime] = {}
    for s in stamps:
        k = key(s)
        if k not in newest or s > newest[k]:
            newest[k] = s
    recent = sorted(newest, key=lambda k: newest[k], reverse=True)[:count]
    return {newest[k] for k in recent}


def _iso_week(s: datetime) -> tuple[int, int]:
    year, week, _ = s.isocalendar()
    return (year, week)


def choose_kept(stamps: list[datetime], now: datetime) -> set[datetime]:
    """Which backups to keep: the newest of each of the last 7 days that have backups,
    the newest of each of the last 4 ISO weeks that have backups, and the newest of each
    of the last 12 months that have backups. Periods are counted among those that have
    backups (as borg and restic do), so months without use never empty the history.
    Stamps after `now` (a clock set back) are all kept.
    """
    future = {s for s in stamps if s > now}
    past = [s for s in stamps if s <= now]
    kept = set(future)
    kept |= _newest_per(past, lambda s: s.date(), KEEP_DAILY)
    kept |= _newest_per(past, _iso_week, KEEP_WEEKLY)
    kept |= _newest_per(past, lambda s: (s.year, s.month), KEEP_MONTHLY)
    return kept
