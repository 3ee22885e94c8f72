"""Download a rate card over HTTP: needs the optional ``fetch`` extra (httpx)."""

from ratecard.pricing import RateCard

__all__ = ["fetch_rate_card"]


def fetch_rate_card(url: str, *, timeout: float = 10.0) -> RateCard:
    """Download and read the rate card at ``url``."""
    try:
        import httpx
    except ImportError as error:
        raise RuntimeError(
            "fetching rate cards needs: pip install 'acme-ratecard[fetch]'"
        ) from error
    response = httpx.get(url, timeout=timeout, follow_redirects=True)
    response.raise_for_status()
    return RateCard.from_toml(response.text)
