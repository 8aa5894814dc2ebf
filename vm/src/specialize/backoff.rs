//! The adaptive backoff counter in a family head's first cache unit, as
//! CPython 3.14's `pycore_backoff.h`: the top 12 bits hold a value that
//! counts down, the low 4 bits a backoff exponent.

pub const BACKOFF_BITS: u16 = 4;
const MAX_BACKOFF: u16 = 12;
const UNREACHABLE_BACKOFF: u16 = 15;

#[inline(always)]
pub const fn make(value: u16, backoff: u16) -> u16 {
    value << BACKOFF_BITS | backoff
}

/// First specialization attempt on the second execution.
pub const WARMUP: u16 = make(1, 1);
/// After a success: re-specialize after 53 misses (a prime).
pub const COOLDOWN: u16 = make(52, 0);
/// Never triggers (specialization off).
pub const UNREACHABLE: u16 = make(0, UNREACHABLE_BACKOFF);

/// Whether the generic instruction should try to specialize now.
#[inline(always)]
pub fn triggers(c: u16) -> bool {
    c < UNREACHABLE_BACKOFF
}

/// One more generic execution.
#[inline(always)]
pub fn advance(c: u16) -> u16 {
    c.wrapping_sub(1 << BACKOFF_BITS)
}

/// After a failed attempt: wait `2^(b+1) - 1` executions, doubling up to 4095.
pub fn restart(c: u16) -> u16 {
    let backoff = (c & ((1 << BACKOFF_BITS) - 1)).min(MAX_BACKOFF - 1);
    let next = backoff + 1;
    make((1 << next) - 1, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warmup_triggers_on_second_execution() {
        assert!(!triggers(WARMUP));
        assert!(triggers(advance(WARMUP)));
    }

    #[test]
    fn cooldown_allows_53_misses() {
        let mut c = COOLDOWN;
        let mut misses = 0;
        while !triggers(c) {
            c = advance(c);
            misses += 1;
        }
        assert_eq!(misses, 52);
        // The 53rd miss finds the counter triggering and re-specializes.
    }

    #[test]
    fn failures_back_off_exponentially_to_4095() {
        let mut c = advance(WARMUP);
        let mut waits = Vec::new();
        for _ in 0..14 {
            c = restart(c);
            waits.push(c >> BACKOFF_BITS);
            while !triggers(c) {
                c = advance(c);
            }
        }
        assert_eq!(&waits[..4], &[3, 7, 15, 31]);
        assert_eq!(*waits.last().unwrap(), 4095);
        // A failure right after cooldown goes back to the warm-up state.
        assert_eq!(restart(COOLDOWN), WARMUP);
    }

    #[test]
    fn unreachable_never_triggers() {
        assert!(!triggers(UNREACHABLE));
        assert!(!triggers(advance(UNREACHABLE)));
    }
}
