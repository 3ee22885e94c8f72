from decimal import Decimal


def format_bill(totals, currency="EUR"):
    grand = Decimal("0")
    out = []
    for name, amount in sorted(totals.items()):
        grand += amount
        out.append(f"{name}: {amount:.2f} {currency}")
    out.append(f"TOTAL: {grand:.2f} {currency}")
    return "\n".join(out)
