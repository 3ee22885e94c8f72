"""A different route: a regular expression reads the documented spellings, the version and
variant come from the 128-bit integer, the random id's bits are set with masks, and the
name-based ids are SHA-1 hashes built by hand as RFC 4122 describes."""

import hashlib
import os
import re
import uuid
from collections.abc import Callable, Collection

_SPELLINGS = re.compile(
    r"(?:urn:uuid:)?\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?",
    re.IGNORECASE | re.ASCII,
)


def normalise_request_id(raw: str) -> str:
    """Return the canonical lower-case hyphenated form of a UUID string."""
    if type(raw) is not str and not isinstance(raw, str):
        raise TypeError("a request id is text")
    match = _SPELLINGS.fullmatch(raw.strip())
    if match is None:
        raise ValueError(f"invalid request id: {raw!r}")
    return "-".join(match.groups()).lower()


def require_version(raw: str, allowed: Collection[int] = (4,)) -> uuid.UUID:
    """Parse ``raw`` and insist on an RFC 4122 UUID of one of the ``allowed`` versions."""
    number = int(normalise_request_id(raw).replace("-", ""), 16)
    if (number >> 62) & 0b11 != 0b10:
        raise ValueError("not an RFC 4122 id (wrong variant bits)")
    version = (number >> 76) & 0xF
    if version not in allowed:
        raise ValueError(f"version {version} is not accepted here")
    return uuid.UUID(int=number)


def new_request_id(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """Build a random version-4 id from 16 bytes supplied by ``random_bytes``."""
    data = bytearray(random_bytes(16))
    data[6] = (data[6] & 0x0F) | 0x40
    data[8] = (data[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(data)))


def _name_based(namespace: uuid.UUID, name: str) -> uuid.UUID:
    digest = bytearray(hashlib.sha1(namespace.bytes + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    return uuid.UUID(bytes=bytes(digest))


def tenant_namespace(domain: str) -> uuid.UUID:
    """Namespace UUID of a tenant, derived from its DNS domain (case-insensitive)."""
    cleaned = domain.strip().lower()
    if cleaned == "":
        raise ValueError("a tenant needs a domain")
    return _name_based(uuid.NAMESPACE_DNS, cleaned)


def order_id(namespace: uuid.UUID, tenant: str, external_ref: str) -> uuid.UUID:
    """Deterministic order id: the same tenant and reference always give the same id."""
    if "" in (tenant, external_ref) or ":" in tenant:
        raise ValueError("tenant and reference must be non-empty, and the tenant has no ':'")
    return _name_based(namespace, tenant + ":" + external_ref)
