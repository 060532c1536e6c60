"""The errors services raise; str() of each is a Vietnamese message for users."""

from __future__ import annotations


class ServiceError(Exception):
    """A request that cannot be done as asked (CLI exit 1)."""


class AuthError(ServiceError):
    """Not logged in, wrong password, account locked or disabled (CLI exit 3)."""


class PermissionDenied(ServiceError):
    """The user's role does not allow this (CLI exit 3)."""
