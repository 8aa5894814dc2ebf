//! The sorting algorithm over key indices: CPython's own for short lists,
//! a stable merge sort for longer ones.

/// Lists shorter than this are sorted exactly as CPython's timsort sorts
/// them (one natural run, then binary insertion), so even inconsistent
/// comparisons (NaN keys, odd `__lt__`s) give CPython's order.
const SMALL: usize = 64;

/// Stable merge sort; `gt(a, b)` answers "is b < a" (so equal elements
/// keep their order). `scratch` is reused for every merge.
pub(super) fn merge_sort(
    v: &mut [usize],
    scratch: &mut Vec<usize>,
    gt: &mut impl FnMut(usize, usize) -> bool,
) {
    let n = v.len();
    if n < SMALL {
        small_sort(v, gt);
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], scratch, gt);
    merge_sort(&mut v[mid..], scratch, gt);
    // Already in order (presorted input): nothing to merge.
    if !gt(v[mid - 1], v[mid]) {
        return;
    }
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    // Merge the copied left half with the right half in place: the write
    // position `k = i + (j - mid)` never passes the unread `j`.
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < scratch.len() && j < n {
        if gt(scratch[i], v[j]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = scratch[i];
            i += 1;
        }
        k += 1;
    }
    // Whatever is left of the right half is already in place.
    v[k..k + scratch.len() - i].copy_from_slice(&scratch[i..]);
}

/// CPython's sort of a short list: `count_run` finds the leading
/// ascending (or strictly descending, then reversed) run, and `binarysort`
/// inserts the rest, with the same comparisons in the same order.
fn small_sort(v: &mut [usize], gt: &mut impl FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if gt(v[0], v[1]) {
        while run < n && gt(v[run - 1], v[run]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !gt(v[run - 1], v[run]) {
            run += 1;
        }
    }
    binary_insertion_sort(v, run, gt);
}

/// Inserts each element from `start` on after every earlier one it is not
/// less than (`v[..start]` is sorted).
fn binary_insertion_sort(v: &mut [usize], start: usize, gt: &mut impl FnMut(usize, usize) -> bool) {
    for i in start..v.len() {
        let x = v[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if gt(v[mid], x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v.copy_within(lo..i, lo + 1);
        v[lo] = x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        // Sort indices by key, equal keys in index order.
        for n in [0, 1, 2, 15, 16, 17, 63, 64, 65, 100, 1000] {
            let keys: Vec<u32> = (0..n).map(|i| (i * 7919 % 13) as u32).collect();
            let mut v: Vec<usize> = (0..n).collect();
            let mut scratch = Vec::new();
            merge_sort(&mut v, &mut scratch, &mut |a, b| keys[b] < keys[a]);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| keys[i]);
            assert_eq!(v, want);
        }
    }
}
