"""The loaded curriculum: sections, topics, exercises, learning order and search."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path

from pyhero.curriculum._exercise_order import exercise_ranks
from pyhero.curriculum._graph import topological_order
from pyhero.curriculum._models import CurriculumStats, Exercise, SearchHit, Section, Topic
from pyhero.curriculum._search import SearchIndex

__all__ = ["Curriculum", "UnknownTopicError"]


class UnknownTopicError(KeyError):
    """No topic has this slug; ``suggestions`` holds the closest slugs."""

    def __init__(self, slug: str, suggestions: list[str]) -> None:
        super().__init__(slug)
        self.slug = slug
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"no topic {self.slug!r}{hint}"


class Curriculum:
    """A validated curriculum; build it with :func:`pyhero.curriculum.load_curriculum`."""

    def __init__(
        self,
        content_dir: Path,
        sections: Iterable[Section],
        topics: Iterable[Topic],
        exercises: Mapping[str, Exercise],
    ) -> None:
        self.content_dir = content_dir
        self.sections: list[Section] = list(sections)
        self.topics: dict[str, Topic] = {t.slug: t for t in sorted(topics, key=lambda t: t.index)}
        self.exercises: dict[str, Exercise] = dict(sorted(exercises.items()))

    def __repr__(self) -> str:
        s = self.stats()
        return f"<Curriculum {self.content_dir} sections={s.sections} topics={s.topics}>"

    def topic(self, slug: str) -> Topic:
        """The topic named ``slug``; raise :class:`UnknownTopicError` with suggestions."""
        try:
            return self.topics[slug]
        except KeyError:
            raise UnknownTopicError(slug, self.suggest(slug)) from None

    def section(self, slug: str) -> Section:
        for section in self.sections:
            if section.slug == slug:
                return section
        raise KeyError(slug)

    def section_topics(self, slug: str) -> list[Topic]:
        return [self.topics[t] for t in self.section(slug).topics]

    def suggest(self, text: str, limit: int = 5) -> list[str]:
        """Topic slugs close to ``text``: close spellings first, then slugs containing it."""
        needle = text.strip().lower().replace("_", "-").replace(" ", "-")
        titles = {t.title.lower(): t.slug for t in self.topics.values()}
        close = difflib.get_close_matches(needle, list(self.topics), n=limit, cutoff=0.6)
        close += [titles[t] for t in difflib.get_close_matches(text.lower(), list(titles), n=limit)]
        close += [slug for slug in self.topics if needle and needle in slug]
        return list(dict.fromkeys(close))[:limit]

    @cached_property
    def _order(self) -> list[Topic]:
        requires = {slug: topic.prerequisites for slug, topic in self.topics.items()}
        rank = {slug: topic.index for slug, topic in self.topics.items()}
        order, _ = topological_order(requires, rank)
        return [self.topics[slug] for slug in order]

    def learning_order(self) -> list[Topic]:
        """Every topic after its prerequisites; ties broken by index order."""
        return list(self._order)

    def dependents(self, slug: str) -> list[Topic]:
        """Topics that list ``slug`` as a prerequisite, in index order."""
        return [t for t in self.topics.values() if slug in t.prerequisites]

    @cached_property
    def _within_topic(self) -> list[Exercise]:
        """Every exercise by difficulty, then its topic's ``exercise_order``, then slug."""
        ranks = exercise_ranks({slug: t.exercise_order for slug, t in self.topics.items()})
        unlisted = len(ranks)
        return sorted(
            self.exercises.values(),
            key=lambda e: (e.difficulty, ranks.get(e.slug, unlisted), e.slug),
        )

    @cached_property
    def _by_topic(self) -> dict[str, list[Exercise]]:
        grouped: dict[str, list[Exercise]] = {}
        for exercise in self._within_topic:
            grouped.setdefault(exercise.topic, []).append(exercise)
        return grouped

    def topic_exercises(self, slug: str) -> list[Exercise]:
        """The exercises of one topic: by difficulty, then as its ``exercise_order`` lists
        them, then (those it does not list) by slug."""
        return list(self._by_topic.get(slug, ()))

    def exercise_order(self) -> list[Exercise]:
        """All exercises: by their topic's place in the learning order, then as
        :meth:`topic_exercises` orders them."""
        return [e for topic in self._order for e in self._by_topic.get(topic.slug, ())]

    @cached_property
    def _index(self) -> SearchIndex:
        return SearchIndex(self.topics.values())

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Ranked topic and resource hits for ``text`` (every word must match)."""
        return self._index.search(text, limit)

    def stats(self) -> CurriculumStats:
        resources = [r for t in self.topics.values() for r in t.resources]
        return CurriculumStats(
            sections=len(self.sections),
            topics=len(self.topics),
            resources=len(resources),
            distinct_urls=len({r.url for r in resources}),
            edges=sum(len(t.prerequisites) for t in self.topics.values()),
            exercises=len(self.exercises),
        )
