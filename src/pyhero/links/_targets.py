"""Which URLs to check: every distinct resource URL of the selected sections and topics."""

from __future__ import annotations

from collections.abc import Collection

from pyhero.curriculum import Curriculum
from pyhero.links._models import LinkTarget

__all__ = ["link_targets"]


def link_targets(
    cur: Curriculum,
    sections: Collection[str] = (),
    topics: Collection[str] = (),
) -> list[LinkTarget]:
    """Distinct URLs in curriculum order, each with the topics that list it.

    With ``sections`` and/or ``topics``, only resources of those (a topic is selected when
    either names it). A URL is known dead when any resource that lists it says so.
    Unknown slugs raise ``KeyError`` (topics: :class:`~pyhero.curriculum.UnknownTopicError`).
    """
    for slug in sections:
        cur.section(slug)
    for slug in topics:
        cur.topic(slug)
    chosen = [
        t
        for t in cur.topics.values()
        if (not sections and not topics) or t.section in sections or t.slug in topics
    ]
    found: dict[str, LinkTarget] = {}
    for topic in chosen:
        for resource in topic.resources:
            seen = found.get(resource.url)
            found[resource.url] = LinkTarget(
                url=resource.url,
                topics=(*seen.topics, topic.slug) if seen else (topic.slug,),
                dead=resource.dead or (seen.dead if seen else None),
                replacement=resource.replacement or (seen.replacement if seen else None),
            )
    return list(found.values())
