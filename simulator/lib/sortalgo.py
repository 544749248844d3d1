"""Go's sorting algorithms, ported line for line from go1.27's sort/zsortfunc.go (the same text as
zsortinterface.go, slices/zsortanyfunc.go and zsortordered.go with other Less/Swap spellings).

Every variant is ``less(i, j) -> bool`` plus ``swap(i, j)`` on indexes, so elements with equal
keys end where real Go leaves them and a program's less/cmp is called the same times in the same
order: pdqsort for the unstable sorts (insertion sort up to 12 elements, ninther pivots from 50,
a deterministic xorshift seeded by the length to break patterns, heapsort after too many bad
pivots), insertion-sorted blocks of 20 merged by SymMerge for the stable ones.
"""
from __future__ import annotations

MAX_INSERTION = 12          # pdqsort: shorter ranges are insertion-sorted
SHORTEST_NINTHER = 50       # choosePivot: Tukey's ninther from this length, median of 3 below
MAX_SWAPS = 4 * 3           # choosePivot: this many swaps means the range looked decreasing
SHORTEST_SHIFTING = 50      # partialInsertionSort: don't shift elements in shorter ranges
MAX_STEPS = 5               # partialInsertionSort: adjacent out-of-order pairs it may fix
STABLE_BLOCK = 20           # stable: insertion-sorted block size before merging

UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT = 0, 1, 2
_MASK64 = (1 << 64) - 1


def pdqsort_all(less, swap, n: int) -> None:
    """sort.Slice / slices.SortFunc: pdqsort(data, 0, n, bits.Len(uint(n)))."""
    pdqsort(less, swap, 0, n, n.bit_length())


def insertion_sort(less, swap, a: int, b: int) -> None:
    for i in range(a + 1, b):
        j = i
        while j > a and less(j, j - 1):
            swap(j, j - 1)
            j -= 1


def _sift_down(less, swap, lo: int, hi: int, first: int) -> None:
    root = lo
    while True:
        child = 2 * root + 1
        if child >= hi:
            return
        if child + 1 < hi and less(first + child, first + child + 1):
            child += 1
        if not less(first + root, first + child):
            return
        swap(first + root, first + child)
        root = child


def heap_sort(less, swap, a: int, b: int) -> None:
    first, lo, hi = a, 0, b - a
    for i in range((hi - 1) // 2, -1, -1):
        _sift_down(less, swap, i, hi, first)
    for i in range(hi - 1, -1, -1):
        swap(first, first + i)
        _sift_down(less, swap, lo, i, first)


def pdqsort(less, swap, a: int, b: int, limit: int) -> None:
    was_balanced = was_partitioned = True
    while True:
        length = b - a
        if length <= MAX_INSERTION:
            insertion_sort(less, swap, a, b)
            return
        if limit == 0:
            heap_sort(less, swap, a, b)
            return
        if not was_balanced:
            _break_patterns(swap, a, b)
            limit -= 1
        pivot, hint = _choose_pivot(less, a, b)
        if hint == DECREASING_HINT:
            _reverse_range(swap, a, b)
            pivot = (b - 1) - (pivot - a)
            hint = INCREASING_HINT
        if was_balanced and was_partitioned and hint == INCREASING_HINT:
            if _partial_insertion_sort(less, swap, a, b):
                return
        if a > 0 and not less(a - 1, pivot):
            a = _partition_equal(less, swap, a, b, pivot)
            continue
        mid, was_partitioned = _partition(less, swap, a, b, pivot)
        left_len, right_len = mid - a, b - mid
        balance_threshold = length // 8
        if left_len < right_len:
            was_balanced = left_len >= balance_threshold
            pdqsort(less, swap, a, mid, limit)
            a = mid + 1
        else:
            was_balanced = right_len >= balance_threshold
            pdqsort(less, swap, mid + 1, b, limit)
            b = mid


def _partition(less, swap, a: int, b: int, pivot: int) -> tuple[int, bool]:
    swap(a, pivot)
    i, j = a + 1, b - 1
    while i <= j and less(i, a):
        i += 1
    while i <= j and not less(j, a):
        j -= 1
    if i > j:
        swap(j, a)
        return j, True
    swap(i, j)
    i += 1
    j -= 1
    while True:
        while i <= j and less(i, a):
            i += 1
        while i <= j and not less(j, a):
            j -= 1
        if i > j:
            break
        swap(i, j)
        i += 1
        j -= 1
    swap(j, a)
    return j, False


def _partition_equal(less, swap, a: int, b: int, pivot: int) -> int:
    swap(a, pivot)
    i, j = a + 1, b - 1
    while True:
        while i <= j and not less(a, i):
            i += 1
        while i <= j and less(a, j):
            j -= 1
        if i > j:
            break
        swap(i, j)
        i += 1
        j -= 1
    return i


def _partial_insertion_sort(less, swap, a: int, b: int) -> bool:
    i = a + 1
    for _ in range(MAX_STEPS):
        while i < b and not less(i, i - 1):
            i += 1
        if i == b:
            return True
        if b - a < SHORTEST_SHIFTING:
            return False
        swap(i, i - 1)
        if i - a >= 2:                      # shift the smaller one to the left
            for j in range(i - 1, 0, -1):
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
        if b - i >= 2:                      # shift the greater one to the right
            for j in range(i + 1, b):
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
    return False


def _break_patterns(swap, a: int, b: int) -> None:
    length = b - a
    if length >= 8:
        r = length                          # xorshift(length)
        modulus = 1 << length.bit_length()  # nextPowerOfTwo
        for idx in range(a + (length // 4) * 2 - 1, a + (length // 4) * 2 + 2):
            r ^= (r << 13) & _MASK64
            r ^= r >> 7
            r ^= (r << 17) & _MASK64
            other = r & (modulus - 1)
            if other >= length:
                other -= length
            swap(idx, a + other)


def _choose_pivot(less, a: int, b: int) -> tuple[int, int]:
    n = b - a
    swaps = [0]
    i, j, k = a + n // 4 * 1, a + n // 4 * 2, a + n // 4 * 3
    if n >= 8:
        if n >= SHORTEST_NINTHER:
            i = _median(less, i - 1, i, i + 1, swaps)
            j = _median(less, j - 1, j, j + 1, swaps)
            k = _median(less, k - 1, k, k + 1, swaps)
        j = _median(less, i, j, k, swaps)
    if swaps[0] == 0:
        return j, INCREASING_HINT
    if swaps[0] == MAX_SWAPS:
        return j, DECREASING_HINT
    return j, UNKNOWN_HINT


def _median(less, a: int, b: int, c: int, swaps: list) -> int:
    """The index of the median of data[a], data[b], data[c] (order2 three times)."""
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    if less(c, b):
        swaps[0] += 1
        b, c = c, b
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    return b


def _reverse_range(swap, a: int, b: int) -> None:
    i, j = a, b - 1
    while i < j:
        swap(i, j)
        i += 1
        j -= 1


def _swap_range(swap, a: int, b: int, n: int) -> None:
    for i in range(n):
        swap(a + i, b + i)


# -- stable: sort.Stable, sort.SliceStable, slices.SortStableFunc --------------------------------

def stable(less, swap, n: int) -> None:
    block = STABLE_BLOCK
    a, b = 0, block
    while b <= n:
        insertion_sort(less, swap, a, b)
        a = b
        b += block
    insertion_sort(less, swap, a, n)
    while block < n:
        a, b = 0, 2 * block
        while b <= n:
            _sym_merge(less, swap, a, a + block, b)
            a = b
            b += 2 * block
        m = a + block
        if m < n:
            _sym_merge(less, swap, a, m, n)
        block *= 2


def _sym_merge(less, swap, a: int, m: int, b: int) -> None:
    """Merge the sorted data[a:m] and data[m:b] (Kim & Kutzner's SymMerge); a < m < b."""
    if m - a == 1:                          # insert data[a] into data[m:b]
        i, j = m, b
        while i < j:
            h = (i + j) >> 1
            if less(h, a):
                i = h + 1
            else:
                j = h
        for k in range(a, i - 1):
            swap(k, k + 1)
        return
    if b - m == 1:                          # insert data[m] into data[a:m]
        i, j = a, m
        while i < j:
            h = (i + j) >> 1
            if not less(m, h):
                i = h + 1
            else:
                j = h
        for k in range(m, i, -1):
            swap(k, k - 1)
        return
    mid = (a + b) >> 1
    n = mid + m
    if m > mid:
        start, r = n - b, mid
    else:
        start, r = a, m
    p = n - 1
    while start < r:
        c = (start + r) >> 1
        if not less(p - c, c):
            start = c + 1
        else:
            r = c
    end = n - start
    if start < m < end:
        _rotate(swap, start, m, end)
    if a < start < mid:
        _sym_merge(less, swap, a, start, mid)
    if mid < end < b:
        _sym_merge(less, swap, mid, end, b)


def _rotate(swap, a: int, m: int, b: int) -> None:
    i, j = m - a, b - m
    while i != j:
        if i > j:
            _swap_range(swap, m - i, m, j)
            i -= j
        else:
            _swap_range(swap, m - i, m + j - i, i)
            j -= i
    _swap_range(swap, m - i, m, i)
