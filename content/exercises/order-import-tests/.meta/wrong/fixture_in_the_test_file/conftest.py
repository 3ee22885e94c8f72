"""Fixtures shared by your tests: define them here."""
