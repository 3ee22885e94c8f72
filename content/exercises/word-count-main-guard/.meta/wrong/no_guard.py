"""The last line calls ``main(sys.argv[1:])`` without a main guard.

Run as a script it works, apart from the exit status. But every ``import`` runs it too:
the indexer that imports the module prints a word count of its own command line. The
visible tests import the module and catch it.
"""

import sys

USAGE = "usage: python word_count_main_guard.py WORD..."


def count_words(text: str) -> dict[str, int]:
    """How often each lower-cased word occurs, in first-seen order."""
    counts: dict[str, int] = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """At most ``n`` pairs, most frequent first, ties from A to Z."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


def main(argv: list[str]) -> int:
    """Print the top 3 words of ``argv``; the exit status (2 without words)."""
    if not argv:
        print(USAGE)
        return 2
    for word, count in top_words(count_words(" ".join(argv)), 3):
        print(f"{word} {count}")
    return 0


main(sys.argv[1:])
