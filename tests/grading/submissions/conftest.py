# Hostile submissions (some of them are conftest.py, pytest.py or sitecustomize.py files)
# are data for tests/grading/test_hostile.py, which grades them in a sandbox. The
# repository's own pytest run must never collect or import anything below this directory.
collect_ignore_glob = ["*"]
