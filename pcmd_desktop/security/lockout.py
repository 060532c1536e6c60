"""Failed-login policy as pure functions (the caller stores the count and the time).

After `MAX_TRIES` wrong passwords in a row the account is locked for 1 minute; each further
wrong password doubles the wait, up to 24 hours. This slows guessing to a handful of tries a
day while an officer who mistypes a few times is only delayed briefly.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

MAX_TRIES = 5
FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=24)
# 2**11 minutes already exceeds 24 hours; capping the exponent keeps huge counts cheap.
_MAX_DOUBLINGS = 11


def lock_delay(failed_count: int) -> timedelta | None:
    """How long the account stays locked after `failed_count` consecutive failures."""
    if failed_count < MAX_TRIES:
        return None
    doublings = min(failed_count - MAX_TRIES, _MAX_DOUBLINGS)
    return min(FIRST_DELAY * 2**doublings, MAX_DELAY)


def locked_until(failed_count: int, last_failed_at: datetime) -> datetime | None:
    """End of the lock started by the last failure, or None if not locked.

    The caller compares it with the current time (both aware or both naive).
    """
    delay = lock_delay(failed_count)
    return None if delay is None else last_failed_at + delay


def _format_wait(seconds: int) -> str:
    # Rounded up so the message never promises an earlier time than the real one.
    if seconds < 60:
        return f"{seconds} giây"
    if seconds < 3600:
        return f"{math.ceil(seconds / 60)} phút"
    minutes = math.ceil(seconds / 60)
    hours, rest = divmod(minutes, 60)
    return f"{hours} giờ" if rest == 0 else f"{hours} giờ {rest} phút"


def describe_wait(until: datetime, now: datetime) -> str:
    """Vietnamese message for a locked account, e.g. "...; thử lại sau 2 phút"."""
    head = f"Tài khoản tạm khóa do nhập sai mật khẩu {MAX_TRIES} lần"
    remaining = math.ceil((until - now).total_seconds())
    if remaining <= 0:
        return f"{head}; đã hết thời gian khóa, có thể thử lại ngay"
    return f"{head}; thử lại sau {_format_wait(remaining)}"
