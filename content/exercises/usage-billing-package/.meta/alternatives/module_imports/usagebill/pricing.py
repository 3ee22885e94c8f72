from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from . import models


def price_readings(readings):
    exact = defaultdict(Decimal)
    for reading in readings:
        exact[reading.customer] += reading.quantity * models.RATES[reading.metric]
    return {
        name: exact[name].quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        for name in sorted(exact)
    }
