"""API payloads with orjson: canonical bytes out, typed orders in, NDJSON for exports."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID


class Status(enum.Enum):
    """Where an order is in its life."""

    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Order:
    """An order as the API exchanges it."""

    order_id: UUID
    customer: str
    placed_at: datetime
    total: Decimal
    status: Status
    tags: frozenset[str]


def encode(payload: Any) -> bytes:
    """The canonical JSON bytes of ``payload``."""
    raise NotImplementedError


def decode_order(data: bytes | str) -> Order:
    """The order in a JSON document, every field checked and converted."""
    raise NotImplementedError


def encode_lines(records: Iterable[Any]) -> bytes:
    """NDJSON: each record as ``encode`` writes it, then a newline."""
    raise NotImplementedError


def decode_lines(data: bytes) -> list[Any]:
    """The values of an NDJSON document; blank lines are skipped."""
    raise NotImplementedError
