"""Tests for blob_stores.py: write yours here (see the instructions)."""

import pytest

from blob_stores import MemoryStore


@pytest.fixture
def memory_store():
    return MemoryStore()


def test_a_blob_comes_back(memory_store):
    memory_store.put("reports/q1.csv", b"id,total\n")
    assert memory_store.get("reports/q1.csv") == b"id,total\n"
