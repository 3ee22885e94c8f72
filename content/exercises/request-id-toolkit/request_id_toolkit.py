"""Request-id utilities: validation, normalisation and deterministic ids."""

import os
import uuid
from collections.abc import Callable, Collection


def normalise_request_id(raw: str) -> str:
    """Return the canonical lower-case hyphenated form of a UUID string."""
    raise NotImplementedError("normalise_request_id")


def require_version(raw: str, allowed: Collection[int] = (4,)) -> uuid.UUID:
    """Parse ``raw`` and insist on an RFC 4122 UUID of one of the ``allowed`` versions."""
    raise NotImplementedError("require_version")


def new_request_id(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """Build a random version-4 id from 16 bytes supplied by ``random_bytes``."""
    raise NotImplementedError("new_request_id")


def tenant_namespace(domain: str) -> uuid.UUID:
    """Namespace UUID of a tenant, derived from its DNS domain (case-insensitive)."""
    raise NotImplementedError("tenant_namespace")


def order_id(namespace: uuid.UUID, tenant: str, external_ref: str) -> uuid.UUID:
    """Deterministic order id: the same tenant and reference always give the same id."""
    raise NotImplementedError("order_id")
