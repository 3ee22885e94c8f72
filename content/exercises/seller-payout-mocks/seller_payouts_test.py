"""Tests for seller_payouts.py: write yours here (see the instructions)."""

from decimal import Decimal

from seller_payouts import PayoutService, Seller


def test_a_balance_below_the_minimum_is_not_paid():
    service = PayoutService(gateway=None, notifier=None)  # type: ignore[arg-type]
    seller = Seller("s-1", "ann@shop.example", "DE89370400440532013000", Decimal("1.00"))
    assert service.pay(seller, "run-1").transfer_id is None
