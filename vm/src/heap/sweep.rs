//! Lazy sweeping.
//!
//! A collection only marks while the world is stopped; afterwards every
//! block is "unswept": its mark bits are that collection's verdict on its
//! cells. The blocks wait on per-class lists of the pool, and an allocator
//! that needs a block takes one off the list (under the pool lock) and
//! sweeps it itself, without the lock, while the other threads run: dead
//! cells get their payload dropped and go on the block's free list, live
//! cells get their mark cleared. A thread about to collect first sweeps
//! whatever no allocator took (`finish_sweep`, still concurrently), and the
//! collection sweeps anything left after that with the world stopped before
//! it marks, so marking always starts from clean marks and the conservative
//! stack scan (which trusts any non-free cell) can never revive an object an
//! earlier collection found dead.

use super::block::{Block, SIZE_CLASSES};
use super::{note_external, Pool, FREED, POOL};
use crate::object::{Header, Kind};
use std::sync::atomic::Ordering;

/// Hands a block with free cells of `class` to a thread allocator; returns its
/// free list and the number of cells on it. Prefers swept blocks, then sweeps
/// unswept ones (outside the pool lock), then makes a new block.
pub(super) fn take_block(class: usize) -> (*mut Header, usize) {
    let me = thread_token();
    let block = loop {
        let mut pool = POOL.lock();
        if let Some(b) = pool.partial.pop(class) {
            break b;
        }
        let Some(b) = pool.unswept.pop_own(class, me) else {
            let b = Block::new(class);
            pool.blocks.push(b);
            pool.block_set.insert(b.base());
            break b;
        };
        drop(pool);
        // SAFETY: taking the block off the unswept list under the pool lock
        // made this thread its only user: no allocator owns it, and no
        // collection can start before this thread's next safepoint, which
        // it does not reach while sweeping (allocation happens only on
        // attached threads). Its marks are the last collection's.
        let swept = unsafe { sweep_block(b) };
        FREED.fetch_add(swept.freed, Ordering::Relaxed);
        if swept.free > 0 {
            break b;
        }
        // Full of live objects: it stays only in `blocks` until the next
        // collection flags it unswept again.
    };
    // SAFETY: the block is on no list and unowned (popped from `partial`,
    // just swept by this thread, or fresh), so this thread is its only user.
    let hdr = unsafe { block.hdr() };
    hdr.owned = true;
    hdr.owner = me;
    let (free, n) = (hdr.free, hdr.nfree);
    hdr.free = std::ptr::null_mut();
    hdr.nfree = 0;
    note_external(n * SIZE_CLASSES[class]);
    (free, n)
}

thread_local! {
    static TOKEN: u8 = const { 0 };
}

/// A number unique to the calling thread among running threads (the
/// address of a thread-local), for the blocks' `owner` hint.
fn thread_token() -> usize {
    TOKEN.with(|t| t as *const u8 as usize)
}

/// Sweeps the blocks the last collection left unswept, one at a time off
/// the pool lock, while the other threads run: a thread about to collect
/// calls this first, so the stopped world has (almost) nothing left to
/// sweep. The caller must be attached (as for allocation).
pub fn finish_sweep() {
    loop {
        let Some(b) = POOL.lock().unswept.pop_any() else {
            return;
        };
        // SAFETY: as in `take_block`: popping the block under the pool lock
        // made this thread its only user until its next safepoint.
        let swept = unsafe { sweep_block(b) };
        FREED.fetch_add(swept.freed, Ordering::Relaxed);
        if swept.free > 0 {
            // SAFETY: reading the block's immutable class.
            let class = unsafe { b.hdr() }.class;
            POOL.lock().partial.push(class, b);
        }
    }
}

/// Sweeps every block still on the unswept list (the world is stopped and
/// the pool locked); swept blocks with free cells go to `partial`.
pub(super) fn sweep_unswept(pool: &mut Pool) -> usize {
    let mut freed = 0;
    for b in pool.unswept.drain_all() {
        // SAFETY: the world is stopped and the pool locked, so nobody else
        // uses the block; it was on the unswept list, so its marks are the
        // last collection's.
        let swept = unsafe { sweep_block(b) };
        freed += swept.freed;
        if swept.free > 0 {
            // SAFETY: as above (reading the block's immutable class).
            pool.partial.push(unsafe { b.hdr() }.class, b);
        }
    }
    freed
}

/// Cells of one block after sweeping it.
#[derive(Clone, Copy, Default)]
pub(super) struct Swept {
    /// Free cells now on the block's free list.
    pub free: usize,
    /// Dead objects whose payloads were dropped.
    pub freed: usize,
}

/// Sweeps `block`: drops the payloads of unmarked objects, clears the marks
/// of marked ones and rebuilds the block's free list (in address order)
/// from every free cell. The block is left unowned.
///
/// # Safety
/// The caller must have exclusive use of the block: the world is stopped,
/// or the caller took the block off the pool's unswept list and no
/// collection can start before it is done (allocation runs only on attached
/// threads, and a collection waits for every attached thread to reach a
/// safepoint, which sweeping never does). The block's marks must be those
/// of the last mark phase, with no allocation in it since (true of a block
/// on the unswept list: no allocator owns it).
pub(super) unsafe fn sweep_block(block: Block) -> Swept {
    // SAFETY: exclusive use, per the caller.
    let hdr = unsafe { block.hdr() };
    let mut free: *mut Header = std::ptr::null_mut();
    let mut out = Swept::default();
    for i in (0..hdr.ncells).rev() {
        let cell = block.cell(i);
        // SAFETY: `cell` is inside the block. An allocated cell holds a
        // valid object of its kind; an unmarked one was unreachable at the
        // last mark phase, and nothing can have reached it since (the
        // mutators only hold references to reachable objects, and weak
        // lists were pruned while the world was stopped), so dropping its
        // payload and reusing the cell cannot be observed. Live cells are
        // only read here (kind) and their mark byte is atomic.
        unsafe {
            if (*cell).kind != Kind::Free {
                if (*cell).mark.load(Ordering::Relaxed) != 0 {
                    (*cell).mark.store(0, Ordering::Relaxed);
                    continue;
                }
                super::kinds::drop_payload((*cell).kind, cell as *mut u8);
                (*cell).kind = Kind::Free;
                (*cell).dict.store(0, Ordering::Relaxed);
                out.freed += 1;
            }
            (*cell).cls.store(free as u64, Ordering::Relaxed);
        }
        free = cell;
        out.free += 1;
    }
    hdr.free = free;
    hdr.nfree = out.free;
    hdr.owned = false;
    out
}

/// How many blocks from the end of an unswept list `pop_own` looks at.
const OWNER_SCAN: usize = 32;

/// Per-size-class lists of blocks.
pub(super) struct ClassLists(Vec<Vec<Block>>);

impl ClassLists {
    pub(super) const fn new() -> ClassLists {
        ClassLists(Vec::new())
    }
    pub(super) fn push(&mut self, class: usize, b: Block) {
        if self.0.is_empty() {
            self.0 = vec![Vec::new(); SIZE_CLASSES.len()];
        }
        self.0[class].push(b);
    }
    pub(super) fn pop(&mut self, class: usize) -> Option<Block> {
        self.0.get_mut(class)?.pop()
    }
    /// Removes a block of `class`, preferably one whose last owner is the
    /// thread `me` (among the most recent few): sweeping it frees payload
    /// buffers that thread allocated, which keeps `free` on the allocator's
    /// own arena and caches. The pool lock must be held.
    pub(super) fn pop_own(&mut self, class: usize, me: usize) -> Option<Block> {
        let list = self.0.get_mut(class)?;
        let window = list.len().saturating_sub(OWNER_SCAN);
        // SAFETY: the pool lock is held and these blocks are on its list.
        let mine = (window..list.len())
            .rev()
            .find(|&i| unsafe { list[i].owner() } == me);
        match mine {
            Some(i) => Some(list.swap_remove(i)),
            None => list.pop(),
        }
    }
    /// Removes a block of any class.
    pub(super) fn pop_any(&mut self) -> Option<Block> {
        self.0.iter_mut().find_map(Vec::pop)
    }
    /// Removes and returns every block of every class.
    pub(super) fn drain_all(&mut self) -> Vec<Block> {
        self.0.iter_mut().flat_map(std::mem::take).collect()
    }
}
