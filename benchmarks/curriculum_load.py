"""How long ``load_curriculum`` takes on the real content, against plain YAML parsing.

Baseline: ``yaml.load`` with the C safe loader (when available) of the same section files,
i.e. the floor any loader that reads YAML has to pay. Goal: the full load under 100 ms.

    uv run python benchmarks/curriculum_load.py [CONTENT_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from pyhero.curriculum import ContentError, load_curriculum

ROOT = Path(__file__).resolve().parents[1]
GOAL_MS = 100.0
Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _time_ms(
    action: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = clock()
        action()
        samples.append((clock() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content_dir", nargs="?", type=Path, default=ROOT / "content")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    files = sorted((args.content_dir / "curriculum").glob("*.yaml"))

    def baseline() -> None:
        for path in files:
            yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)

    try:
        cur = load_curriculum(args.content_dir)  # warm-up: imports, pydantic schema build
    except ContentError as exc:
        raise SystemExit(f"cannot benchmark invalid content: {exc}") from None
    load = _time_ms(lambda: load_curriculum(args.content_dir), args.repeat)
    base = _time_ms(baseline, args.repeat)
    # CPU time of this process: what the load costs, whatever else the machine is doing
    load_cpu = _time_ms(lambda: load_curriculum(args.content_dir), args.repeat, time.process_time)
    base_cpu = _time_ms(baseline, args.repeat, time.process_time)
    order = _time_ms(lambda: load_curriculum(args.content_dir).learning_order(), args.repeat)
    search = _time_ms(lambda: cur.search("async http client"), args.repeat)

    stats = cur.stats()
    load_ms, base_ms = statistics.median(load), statistics.median(base)
    print(
        f"content: {args.content_dir} ({len(files)} files, {stats.topics} topics, "
        f"{stats.resources} resources, {stats.exercises} exercises; baseline {Loader.__name__})"
    )
    print(f"load_curriculum        median {load_ms:7.2f} ms  min {min(load):7.2f} ms")
    print(f"load + learning_order  median {statistics.median(order):7.2f} ms")
    print(f"yaml.load baseline     median {base_ms:7.2f} ms  min {min(base):7.2f} ms")
    print(f"ratio load / baseline  {load_ms / base_ms:7.2f}x (wall)")
    cpu_ms = statistics.median(load_cpu)
    print(
        f"CPU time               load {cpu_ms:7.2f} ms  baseline "
        f"{statistics.median(base_cpu):7.2f} ms  ratio {cpu_ms / statistics.median(base_cpu):.2f}x"
    )
    print(f"search (warm index)    median {statistics.median(search):7.3f} ms")
    for label, value in (("wall median", load_ms), ("CPU median", cpu_ms)):
        verdict = "OK" if value < GOAL_MS else "OVER"
        print(f"goal < {GOAL_MS:.0f} ms ({label}): {verdict} ({value / GOAL_MS:.0%} of the budget)")


if __name__ == "__main__":
    main()
