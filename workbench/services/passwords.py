"""Password hashing with argon2id (memory-hard); clear passwords are never stored or logged."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workbench.core.errors import ValidationError

MIN_LENGTH = 8


@cache
def _hasher() -> PasswordHasher:
    # The library's defaults (RFC 9106 low-memory profile: 64 MiB, 3 passes) fit office PCs.
    return PasswordHasher()


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"A password needs at least {MIN_LENGTH} characters.",
                              code="password_too_short")
    if password.strip() != password or not password.isprintable():
        raise ValidationError("A password may not start or end with spaces or contain "
                              "control characters.", code="password_invalid")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return hash_password("not-a-real-password")


def burn_time(password: str) -> None:
    """Spend as long as a real check, so an unknown user name is not revealed by timing."""
    verify_password(_dummy_hash(), password)


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher().check_needs_rehash(stored_hash)
    except InvalidHashError:
        return False
