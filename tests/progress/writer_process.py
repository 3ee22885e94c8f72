"""Run as a script by the reliability tests: opens the store and records attempts.

Usage: writer_process.py URL LEARNER COUNT TAG — prints ``committed N`` after each commit
(COUNT 0 means: forever, until killed).
"""

from __future__ import annotations

import sys

from pyhero.progress import NewAttempt, TestSummary, open_store


def main() -> None:
    url, learner, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    store = open_store(url)
    number = 0
    while count == 0 or number < count:
        number += 1
        store.record_attempt(
            learner,
            NewAttempt(
                exercise=f"exercise-{number % 7}",
                verdict="passed" if number % 3 == 0 else "failed",
                tests=tuple(TestSummary(name=f"test_{i}", status="pass") for i in range(20)),
                duration_ms=float(number),
                code={"solution.py": f"# {tag} attempt {number}\n" + "x = 1\n" * 200},
                isolation="local",
            ),
        )
        store.use_hint(learner, f"exercise-{number % 7}", 3)
        print(f"committed {number}", flush=True)
    store.close()


if __name__ == "__main__":
    main()
