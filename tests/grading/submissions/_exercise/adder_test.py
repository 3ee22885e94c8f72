import unittest

from adder import add


class AdderTest(unittest.TestCase):
    def test_small_numbers(self):
        result = add(2, 3)
        self.assertIs(type(result), int)
        self.assertEqual(result, 5)

    def test_negative_numbers(self):
        result = add(-4, -6)
        self.assertIs(type(result), int)
        self.assertEqual(result, -10)

    def test_zero_is_neutral(self):
        result = add(0, 17)
        self.assertIs(type(result), int)
        self.assertEqual(result, 17)


def test_large_numbers():
    result = add(10**20, 1)
    assert type(result) is int
    assert result == 100000000000000000001


def test_floats():
    result = add(0.5, 0.25)
    assert type(result) is float
    assert result == 0.75
