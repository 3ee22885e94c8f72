"""Edge-case-rich generators over a ``random.Random`` (deterministic for a given state).

Times
    :func:`utc_offset`, :func:`fixed_zone` (half- and three-quarter-hour, negative, ±14 h),
    :func:`zone` (``ZoneInfo``, with or without DST), :func:`microsecond`,
    :func:`aware_datetime`, :func:`naive_datetime`, :func:`dst_transitions`,
    :func:`around_transition`, :func:`dst_wall_time` (gaps and folds),
    :func:`iso_timestamp` (the variants ``datetime.fromisoformat`` reads).
Numbers
    :func:`integer` (0, negatives, beyond 64 bits), :func:`decimal` and
    :func:`decimal_text` (not binary-exact, given places, halves), :func:`is_binary_exact`,
    :func:`numeric_strings` (text order ≠ numeric order), :func:`with_ties`.
Text
    :func:`text`, :func:`word`, :func:`whitespace`, :func:`digit_text` (unicode, tabs,
    double spaces, NBSP, combining marks, non-ASCII digits, emoji, empty).
Sampling
    :func:`chance`, :func:`pick`, :func:`some`, :func:`shuffled`, :func:`size`.
"""

from pyhero.sealed._gen_numbers import (
    decimal,
    decimal_text,
    integer,
    is_binary_exact,
    numeric_strings,
    with_ties,
)
from pyhero.sealed._gen_sample import chance, pick, shuffled, size, some
from pyhero.sealed._gen_text import (
    EMOJI,
    NON_ASCII_DIGITS,
    WHITESPACE,
    digit_text,
    text,
    whitespace,
    word,
)
from pyhero.sealed._gen_time import (
    DST_ZONES,
    OFFSETS,
    STEADY_ZONES,
    around_transition,
    aware_datetime,
    dst_transitions,
    dst_wall_time,
    fixed_zone,
    iso_timestamp,
    microsecond,
    naive_datetime,
    utc_offset,
    zone,
)

__all__ = [
    "DST_ZONES",
    "EMOJI",
    "NON_ASCII_DIGITS",
    "OFFSETS",
    "STEADY_ZONES",
    "WHITESPACE",
    "around_transition",
    "aware_datetime",
    "chance",
    "decimal",
    "decimal_text",
    "digit_text",
    "dst_transitions",
    "dst_wall_time",
    "fixed_zone",
    "integer",
    "is_binary_exact",
    "iso_timestamp",
    "microsecond",
    "naive_datetime",
    "numeric_strings",
    "pick",
    "shuffled",
    "size",
    "some",
    "text",
    "utc_offset",
    "whitespace",
    "with_ties",
    "word",
    "zone",
]
