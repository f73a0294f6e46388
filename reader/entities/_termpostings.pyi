"""Types of the compiled module reader/entities/_termpostings.c."""

from array import array

def group_pairs(
    rows: list[tuple[int, int, array[int], array[int]]], to_ids: list[array[int]], n_ids: int, /
) -> tuple[bytes, bytes, bytes]: ...
