"""Delivery zones by destination country."""

ZONES = {"DE": 1, "AT": 1, "NL": 1, "FR": 2, "IT": 2, "ES": 2, "SE": 3, "US": 4}


class UnknownCountryError(KeyError):
    """The carrier does not deliver to this country."""


def zone_for(country: str) -> int:
    """Find the delivery zone of a country.

    Parameters
    ----------
    country : str
        ISO 3166-1 alpha-2 code, in any case (``"de"`` or ``"DE"``).

    Returns
    -------
    int
        The zone, 1 (domestic) to 4 (overseas).

    Raises
    ------
    UnknownCountryError
        If the carrier does not deliver to ``country``.
    """
    try:
        return ZONES[country.upper()]
    except KeyError:
        raise UnknownCountryError(country) from None
