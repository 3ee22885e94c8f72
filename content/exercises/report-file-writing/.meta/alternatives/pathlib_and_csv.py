"""``Path.write_text`` with the whole text built first, the ``csv`` module (with
``lineterminator="\\n"``) for the table, and a two-pass stable sort for the ranking."""

import csv
from pathlib import Path


def write_lines(path: str | Path, lines: list[str]) -> None:
    Path(path).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def append_line(path: str | Path, line: str) -> None:
    with Path(path).open("a", encoding="utf-8") as log:
        print(line, file=log)


def save_scores(path: str | Path, scores: dict[str, int]) -> int:
    by_name = sorted(scores.items())
    ranked = sorted(by_name, key=lambda item: item[1], reverse=True)
    with open(path, "w", encoding="utf-8", newline="") as table:
        writer = csv.writer(table, lineterminator="\n")
        writer.writerow(["name", "score"])
        writer.writerows(ranked)
    return len(ranked)


def load_scores(path: str | Path) -> dict[str, int]:
    with open(path, encoding="utf-8", newline="") as table:
        rows = list(csv.reader(table))
    return {name: int(score) for name, score in rows[1:]}
