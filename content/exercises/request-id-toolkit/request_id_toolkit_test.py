import uuid

import pytest
from request_id_toolkit import (
    new_request_id,
    normalise_request_id,
    order_id,
    require_version,
    tenant_namespace,
)

CANONICAL = "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0e"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "raw",
    [
        CANONICAL,
        CANONICAL.upper(),
        "{" + CANONICAL + "}",
        "urn:uuid:" + CANONICAL,
        CANONICAL.replace("-", ""),
        "  " + CANONICAL + "\n",
    ],
    ids=["canonical", "upper", "braces", "urn", "compact", "whitespace"],
)
def test_normalise_accepts_common_spellings(raw: str) -> None:
    got = normalise_request_id(raw)
    assert got == CANONICAL, f"{raw!r} should normalise to the canonical form, got {got!r}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("raw", ["", "not-a-uuid", CANONICAL[:-1], CANONICAL + "0", "g" * 32])
def test_normalise_rejects_malformed_ids(raw: str) -> None:
    with pytest.raises(ValueError, match="invalid request id"):
        normalise_request_id(raw)


@pytest.mark.task(taskno=1)
def test_normalise_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        normalise_request_id(uuid.UUID(CANONICAL))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        normalise_request_id(CANONICAL.encode())  # type: ignore[arg-type]


@pytest.mark.task(taskno=2)
def test_require_version_returns_a_uuid_object() -> None:
    got = require_version(CANONICAL.upper())
    assert got == uuid.UUID(CANONICAL), "the parsed UUID is returned"
    assert isinstance(got, uuid.UUID), "the result is a uuid.UUID, not a string"


@pytest.mark.task(taskno=2)
def test_require_version_checks_the_version() -> None:
    v5 = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"))
    with pytest.raises(ValueError, match="version 5"):
        require_version(v5)
    assert require_version(v5, allowed={4, 5}).version == 5, "5 is allowed when listed"
    with pytest.raises(ValueError, match="version 4"):
        require_version(CANONICAL, allowed=[1])


@pytest.mark.task(taskno=2)
def test_require_version_rejects_non_rfc_4122_variants() -> None:
    nil = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(ValueError, match="RFC 4122"):
        require_version(nil, allowed=range(10))
    ncs = "12345678-1234-4234-0234-123456789abc"
    with pytest.raises(ValueError, match="RFC 4122"):
        require_version(ncs)


@pytest.mark.task(taskno=3)
def test_new_request_id_sets_version_and_variant_bits() -> None:
    got = new_request_id(lambda n: bytes(range(n)))
    assert got == "00010203-0405-4607-8809-0a0b0c0d0e0f", f"version/variant bits set, got {got}"
    ones = new_request_id(lambda n: b"\xff" * n)
    assert ones == "ffffffff-ffff-4fff-bfff-ffffffffffff", f"bits are cleared too, got {ones}"


@pytest.mark.task(taskno=3)
def test_new_request_id_asks_for_sixteen_bytes_and_defaults_to_random() -> None:
    asked: list[int] = []

    def fake(n: int) -> bytes:
        asked.append(n)
        return bytes(n)

    new_request_id(fake)
    assert asked == [16], f"a UUID needs exactly 16 random bytes, asked for {asked}"
    first, second = new_request_id(), new_request_id()
    assert first != second, "the default source is random"
    assert uuid.UUID(first).version == 4, "default ids are version 4"


@pytest.mark.task(taskno=4)
def test_tenant_namespace_is_uuid5_of_the_lowercased_domain() -> None:
    got = tenant_namespace("  Acme.Example ")
    assert got == uuid.UUID("0637e301-e05d-505b-8267-486f5677de9b"), f"got {got}"
    assert got == uuid.uuid5(uuid.NAMESPACE_DNS, "acme.example"), "derived from NAMESPACE_DNS"
    with pytest.raises(ValueError):
        tenant_namespace("   ")
    sharp_s = tenant_namespace("Straße.de")
    assert sharp_s == uuid.uuid5(uuid.NAMESPACE_DNS, "straße.de"), "lower(), not casefold()"


@pytest.mark.task(taskno=4)
def test_order_id_is_deterministic_and_scoped() -> None:
    ns = tenant_namespace("acme.example")
    got = order_id(ns, "acme", "PO-1001")
    assert got == uuid.UUID("f4c8cafe-7633-51f6-b76c-15ae9e793d01"), f"got {got}"
    assert order_id(ns, "acme", "PO-1001") == got, "same input, same id"
    assert order_id(ns, "acme", "PO-1002") != got, "another reference, another id"
    other = order_id(tenant_namespace("globex.example"), "acme", "PO-1001")
    assert other != got, "another namespace, another id"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("tenant", "ref"), [("", "PO-1"), ("acme", ""), ("ac:me", "PO-1")], ids=["t", "r", "colon"]
)
def test_order_id_rejects_empty_parts_and_colons_in_tenant(tenant: str, ref: str) -> None:
    with pytest.raises(ValueError):
        order_id(uuid.NAMESPACE_OID, tenant, ref)


@pytest.mark.task(taskno=4)
def test_order_id_allows_colons_in_the_reference() -> None:
    got = order_id(uuid.NAMESPACE_OID, "acme", "a:b")
    assert got == uuid.uuid5(uuid.NAMESPACE_OID, "acme:a:b"), "name is 'tenant:ref'"
