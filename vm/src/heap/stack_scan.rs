//! Conservative scanning of native stacks.
//!
//! A thread that reaches a safepoint (or detaches) first spills its
//! callee-saved registers into a stack array, then records its stack pointer;
//! the collector scans every word from there up to the thread's stack base.

use super::Tracer;

/// Number of callee-saved registers captured.
const NREGS: usize = 12;

/// Spills callee-saved registers onto the stack and calls `f` with an
/// address at or below every live word of the caller's native stack.
#[inline(never)]
pub fn with_registers_spilled<R>(f: impl FnOnce(usize) -> R) -> R {
    let mut regs = [0usize; NREGS];
    spill(&mut regs);
    let regs = std::hint::black_box(&mut regs);
    let sp = regs.as_ptr() as usize;
    let r = f(sp);
    std::hint::black_box(regs);
    r
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill(regs: &mut [usize; NREGS]) {
    // SAFETY: only stores six registers into the array; no other effects.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill(regs: &mut [usize; NREGS]) {
    // SAFETY: only stores eleven callee-saved registers into the array.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "str x29, [{0}, #80]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("conservative stack scanning needs a register spill for this architecture");

/// An address inside the current native frame (used as a stack base).
#[inline(always)]
pub fn approximate_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Scans the words in `[lo, hi)` of a stopped thread's stack.
///
/// # Safety
/// `[lo, hi)` must be mapped stack memory of a thread that does not run
/// (stopped at a safepoint or detached) or of the calling thread.
pub unsafe fn scan_range(tracer: &mut Tracer, lo: usize, hi: usize) {
    let mut p = lo & !7;
    while p + 8 <= hi {
        // SAFETY: forwarded from the caller; volatile because the words may
        // be uninitialised padding that the compiler must not reason about.
        let w = unsafe { std::ptr::read_volatile(p as *const usize) };
        tracer.conservative(w);
        p += 8;
    }
}
