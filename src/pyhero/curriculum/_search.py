"""Ranked full-text search over topics and their resources (small, in-memory, no stemming).

Every query word must match a document, as a whole word or a word prefix (half weight); a
document's score adds each word's best field weight, plus a bonus when the whole query appears
in the title. Ties go to topics first, then index order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pyhero.curriculum._models import SearchHit, Topic

__all__ = ["SearchIndex"]

_WORD = re.compile(r"[a-z0-9]+")
_TOPIC_WEIGHTS = {"slug": 4.0, "title": 4.0, "key_points": 2.0, "summary": 1.0}
_RESOURCE_WEIGHTS = {"title": 2.0, "url": 1.0}


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class _Doc:
    kind: Literal["topic", "resource"]
    topic: str
    title: str
    url: str | None
    rank: int
    phrase_text: str
    fields: tuple[tuple[float, frozenset[str]], ...]

    def score(self, query: list[tuple[str, frozenset[str]]], phrase: str) -> float:
        """``query`` pairs each word with the longer vocabulary words it is a prefix of."""
        total = 0.0
        for word, longer in query:
            best = 0.0
            for weight, words in self.fields:
                if word in words:
                    best = max(best, weight)
                elif best < weight / 2 and not longer.isdisjoint(words):
                    best = weight / 2
            if best == 0.0:
                return 0.0
            total += best
        if phrase and phrase in self.phrase_text:
            total += 3.0 if self.phrase_text == phrase else 1.5
        return total


class SearchIndex:
    """Built once per curriculum; :meth:`search` is a linear scan (hundreds of documents)."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        docs: list[_Doc] = []
        seen_urls: set[str] = set()
        for topic in topics:
            docs.append(
                _Doc(
                    "topic",
                    topic.slug,
                    topic.title,
                    None,
                    len(docs),
                    " ".join(_WORD.findall(topic.title.lower())),
                    (
                        (_TOPIC_WEIGHTS["slug"], _words(topic.slug)),
                        (_TOPIC_WEIGHTS["title"], _words(topic.title)),
                        (_TOPIC_WEIGHTS["key_points"], _words(" ".join(topic.key_points))),
                        (_TOPIC_WEIGHTS["summary"], _words(topic.summary)),
                    ),
                )
            )
            for resource in topic.resources:
                if resource.url in seen_urls:
                    continue
                seen_urls.add(resource.url)
                docs.append(
                    _Doc(
                        "resource",
                        topic.slug,
                        resource.title,
                        resource.url,
                        len(docs),
                        " ".join(_WORD.findall(resource.title.lower())),
                        (
                            (_RESOURCE_WEIGHTS["title"], _words(resource.title)),
                            (_RESOURCE_WEIGHTS["url"], _words(resource.url)),
                        ),
                    )
                )
        self._docs = docs
        self._vocabulary = sorted({w for doc in docs for _, words in doc.fields for w in words})

    def _longer(self, word: str) -> frozenset[str]:
        start = bisect.bisect_right(self._vocabulary, word)
        end = bisect.bisect_left(self._vocabulary, word + "\U0010ffff", lo=start)
        return frozenset(self._vocabulary[start:end])

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        query = _WORD.findall(text.lower())
        if not query or limit <= 0:
            return []
        phrase = " ".join(query)
        expanded = [(word, self._longer(word)) for word in query]
        scored = [(doc.score(expanded, phrase), doc) for doc in self._docs]
        ranked = sorted(
            ((s, d) for s, d in scored if s > 0),
            key=lambda pair: (-pair[0], pair[1].kind != "topic", pair[1].rank),
        )
        return [
            SearchHit(kind=d.kind, topic=d.topic, title=d.title, url=d.url, score=s)
            for s, d in ranked[:limit]
        ]
