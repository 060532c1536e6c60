"""Failed-login lockout policy."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pcmd_desktop.security.lockout import MAX_TRIES, describe_wait, lock_delay, locked_until

NOW = datetime(2018, 12, 31, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("failed", "delay"),
    [
        (0, None),
        (4, None),
        (5, timedelta(minutes=1)),
        (6, timedelta(minutes=2)),
        (7, timedelta(minutes=4)),
        (15, timedelta(minutes=1024)),
        (16, timedelta(hours=24)),
        (100, timedelta(hours=24)),
        (10**12, timedelta(hours=24)),
    ],
)
def test_lock_delay(failed: int, delay: timedelta | None) -> None:
    assert lock_delay(failed) == delay


def test_max_tries_is_five() -> None:
    assert MAX_TRIES == 5


def test_locked_until() -> None:
    assert locked_until(4, NOW) is None
    assert locked_until(6, NOW) == NOW + timedelta(minutes=2)


@pytest.mark.parametrize(
    ("wait", "text"),
    [
        (timedelta(minutes=2), "thử lại sau 2 phút"),
        (timedelta(seconds=45), "thử lại sau 45 giây"),
        (timedelta(seconds=0.2), "thử lại sau 1 giây"),
        (timedelta(seconds=61), "thử lại sau 2 phút"),
        (timedelta(hours=24), "thử lại sau 24 giờ"),
        (timedelta(hours=2, minutes=8), "thử lại sau 2 giờ 8 phút"),
    ],
)
def test_describe_wait(wait: timedelta, text: str) -> None:
    message = describe_wait(NOW + wait, NOW)
    assert message == f"Tài khoản tạm khóa do nhập sai mật khẩu 5 lần; {text}"


def test_describe_wait_after_expiry() -> None:
    assert "có thể thử lại ngay" in describe_wait(NOW, NOW + timedelta(seconds=1))
