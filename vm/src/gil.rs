//! The GIL (cargo feature `gil`). Without the feature Weft is free-threaded
//! and this module only reports that. The drop-request protocol (switch
//! interval, GIL_DROP_REQUEST on the holder's eval breaker, forced
//! switching) lands with the threading issue.

use std::sync::atomic::{AtomicU64, Ordering};

/// `sys.getswitchinterval()` in microseconds (CPython's default 5 ms).
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

/// `sys._is_gil_enabled()`.
pub const fn is_enabled() -> bool {
    cfg!(feature = "gil")
}

pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

pub fn set_switch_interval(seconds: f64) {
    SWITCH_INTERVAL_US.store((seconds * 1e6).max(1.0) as u64, Ordering::Relaxed);
}
