"""``collections.Counter`` for the counts, a two-pass stable sort for the ranking, one
``print`` of joined lines, and ``raise SystemExit`` in the guard."""

import sys
from collections import Counter


def count_words(text: str) -> dict[str, int]:
    return dict(Counter(word.lower() for word in text.split()))


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    alphabetical = sorted(counts.items())
    return sorted(alphabetical, key=lambda pair: pair[1], reverse=True)[:n]


def main(argv: list[str]) -> int:
    if len(argv) == 0:
        print("usage: python word_count_main_guard.py WORD...")
        return 2
    top = top_words(count_words(" ".join(argv)), 3)
    print("\n".join(f"{word} {count}" for word, count in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
