//! The garbage-collected heap: non-moving mark-sweep over size-classed blocks.
//!
//! * Allocation: each thread takes whole free lists of blocks from the global
//!   pool and then allocates from them without a lock (`heap/local.rs`).
//! * Scheduling: when the bytes handed to threads since the last collection
//!   pass a threshold, the allocating thread sets `GC_SCHEDULED` on its eval
//!   breaker; the collection runs at the next safepoint, with the world
//!   stopped (`runtime::gc`).
//! * Sweeping is lazy (`heap/sweep.rs`): the stopped world only marks; each
//!   block is then swept by the allocator that takes it, and the blocks no
//!   allocator took by the collecting thread before it stops the world for
//!   the next collection.
//! * Roots: the runtime's precise roots (thread frames and value stacks,
//!   modules, builtin types, interned strings), plus a conservative scan of
//!   every thread's native stack and callee-saved registers captured at its
//!   safepoint. Rust code may therefore hold `Value`/`Gc` in locals freely;
//!   what it must not do is hold the only reference in an untraced heap
//!   allocation (a `Vec<Value>` kept across a call back into Python) — use a
//!   list object or a traced field instead. `-X gc-stress` collects at every
//!   safepoint to catch violations.

pub mod block;
pub mod kinds;
pub(crate) mod local;
pub mod stack_scan;
mod sweep;

use crate::object::{Gc, Header, Obj, Payload};
use crate::objects::typeobj::TypeObj;
use crate::value::Value;
use block::{Block, BLOCK_SIZE, SIZE_CLASSES};
use parking_lot::Mutex;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
pub use sweep::finish_sweep;
use sweep::{sweep_unswept, ClassLists};

type BlockSet = HashSet<usize, BuildHasherDefault<DefaultHasher>>;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

pub use local::alloc;

struct Pool {
    blocks: Vec<Block>,
    block_set: BlockSet,
    /// Swept, unowned blocks that have free cells, per size class.
    partial: ClassLists,
    /// Blocks whose marks are still the last collection's verdict, per size
    /// class: allocators sweep them as they take them (`heap/sweep.rs`).
    unswept: ClassLists,
    /// The marker's worklist buffer, kept between collections.
    worklist: Vec<usize>,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    blocks: Vec::new(),
    block_set: HashSet::with_hasher(BuildHasherDefault::new()),
    partial: ClassLists::new(),
    unswept: ClassLists::new(),
    worklist: Vec::new(),
});

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static THRESHOLD: AtomicUsize = AtomicUsize::new(MIN_THRESHOLD);
/// Bumped by every collection; thread allocators drop stale free lists.
pub(crate) static GC_EPOCH: AtomicU64 = AtomicU64::new(0);
/// Objects freed by lazy sweeps since the last collection.
static FREED: AtomicUsize = AtomicUsize::new(0);
static STRESS: AtomicBool = AtomicBool::new(false);
const MIN_THRESHOLD: usize = 16 << 20;

/// Statistics of the last collection.
#[derive(Clone, Copy, Debug, Default)]
pub struct GcStats {
    pub collections: u64,
    /// Objects the last collection found reachable.
    pub live_objects: usize,
    /// Objects reclaimed by the last completed sweep: the previous
    /// collection's, which finishes lazily (or this one's, if eager).
    pub freed_objects: usize,
    pub heap_bytes: usize,
}
static STATS: Mutex<GcStats> = Mutex::new(GcStats {
    collections: 0,
    live_objects: 0,
    freed_objects: 0,
    heap_bytes: 0,
});

pub fn stats() -> GcStats {
    *STATS.lock()
}

pub fn set_stress(on: bool) {
    STRESS.store(on, Ordering::Relaxed);
}
pub fn stress() -> bool {
    STRESS.load(Ordering::Relaxed)
}

/// Counts memory an object owns outside its cell (string bytes, list
/// buffers) towards the next collection.
#[inline]
pub fn note_external(bytes: usize) {
    if ALLOCATED.fetch_add(bytes, Ordering::Relaxed) + bytes > THRESHOLD.load(Ordering::Relaxed) {
        crate::runtime::gc::schedule();
    }
}

/// Whether the allocation budget since the last collection is spent.
pub fn over_budget() -> bool {
    ALLOCATED.load(Ordering::Relaxed) > THRESHOLD.load(Ordering::Relaxed)
}

/// Marks reachable objects. Only the collector creates one, while the world
/// is stopped, which is what makes `peek` sound.
pub struct Tracer {
    /// Addresses of marked objects whose fields are still to be traced.
    worklist: Vec<usize>,
    block_set: *const BlockSet,
    live: usize,
    live_bytes: usize,
}

impl Tracer {
    #[inline]
    fn mark_header(&mut self, h: *const Header) {
        // SAFETY: `h` is a live object: a pointer value or a scanned cell.
        let mark = unsafe { &(*h).mark };
        if mark.load(Ordering::Relaxed) == 0 {
            mark.store(1, Ordering::Relaxed);
            self.worklist.push(h as usize);
            self.live += 1;
            // SAFETY: as above; the kind of a live object never changes.
            self.live_bytes += kinds::cell_size(unsafe { (*h).kind });
        }
    }
    #[inline]
    pub fn value(&mut self, v: Value) {
        if v.is_ptr() {
            self.mark_header(v.addr() as *const Header);
        }
    }
    #[inline]
    pub fn values(&mut self, vs: &[Value]) {
        for &v in vs {
            self.value(v);
        }
    }
    #[inline]
    pub fn gc<T>(&mut self, g: Gc<T>) {
        self.mark_header(g.as_ptr() as *const Header);
    }
    #[inline]
    pub fn opt<T>(&mut self, g: Option<Gc<T>>) {
        if let Some(g) = g {
            self.gc(g);
        }
    }
    /// Reads a lock-protected payload field without locking.
    pub fn peek<'a, T>(&self, m: &'a parking_lot::Mutex<T>) -> &'a T {
        // SAFETY: a Tracer exists only while the world is stopped, and no
        // thread holds an object lock at a safepoint (locks are never held
        // across calls that can reach one), so nobody mutates `T` now.
        unsafe { &*m.data_ptr() }
    }
    /// Treats `word` as a possible pointer into the heap (conservative root).
    pub fn conservative(&mut self, word: usize) {
        if word >> 48 != 0 || word < BLOCK_SIZE {
            return;
        }
        let base = word & !(BLOCK_SIZE - 1);
        // SAFETY: the set is owned by the locked pool for the whole collection.
        if !unsafe { &*self.block_set }.contains(&base) {
            return;
        }
        let block =
            Block(std::ptr::NonNull::new(base as *mut block::BlockHeader).expect("non-null"));
        if let Some(cell) = block.cell_containing(word) {
            self.mark_header(cell);
        }
    }
    fn drain(&mut self) {
        while let Some(h) = self.worklist.pop() {
            let h = h as *const Header;
            // SAFETY: `h` was marked as a live object; its kind tells its layout.
            unsafe {
                self.mark_header((*h).cls.load(Ordering::Relaxed) as *const Header);
                self.value(Value::from_bits((*h).dict.load(Ordering::Relaxed)));
                kinds::trace_payload((*h).kind, h as *const u8, self);
            }
        }
    }
}

/// Runs a full collection. The caller has stopped the world; `roots` reports
/// the precise roots and calls `Tracer::conservative` over native stacks.
/// Only marking happens here unless `eager`: every block is left unswept,
/// and allocators sweep the blocks they take (`heap/sweep.rs`).
pub fn collect(roots: impl FnOnce(&mut Tracer), eager: bool) {
    let mut pool = POOL.lock();
    // Finish the previous collection's sweep: marking starts from clean
    // marks, and no cell it left dead may look allocated to the stack scan.
    let mut freed = sweep_unswept(&mut pool) + FREED.swap(0, Ordering::Relaxed);
    let mut tracer = Tracer {
        // Reuse the last collection's buffer (no allocation, no page faults).
        worklist: std::mem::take(&mut pool.worklist),
        block_set: &pool.block_set,
        live: 0,
        live_bytes: 0,
    };
    roots(&mut tracer);
    tracer.drain();
    pool.worklist = std::mem::take(&mut tracer.worklist);
    let (live, live_bytes) = (tracer.live, tracer.live_bytes);
    crate::objects::typeobj::prune_subclass_lists(|bits| {
        // SAFETY: every registered entry is an object that was alive at the
        // previous collection or registered since (see
        // `prune_subclass_lists`), so its header is intact; the world is
        // stopped, so nobody else touches the mark.
        unsafe { (*(bits as *const Header)).mark.load(Ordering::Relaxed) != 0 }
    });
    // Every block now holds this collection's verdict in its marks.
    pool.partial.drain_all();
    for b in pool.blocks.clone() {
        // SAFETY: the world is stopped and the pool locked: we own every
        // block. An owned block's free list is already with its thread,
        // which drops it when it sees the new epoch.
        let hdr = unsafe { b.hdr() };
        hdr.owned = false;
        hdr.free = std::ptr::null_mut();
        hdr.nfree = 0;
        pool.unswept.push(hdr.class, b);
    }
    if eager {
        freed = sweep_unswept(&mut pool);
    }
    let heap_bytes = pool.blocks.len() * BLOCK_SIZE;
    drop(pool);
    GC_EPOCH.fetch_add(1, Ordering::Release);
    ALLOCATED.store(0, Ordering::Relaxed);
    THRESHOLD.store(MIN_THRESHOLD.max(live_bytes * 2), Ordering::Relaxed);
    let mut st = STATS.lock();
    st.collections += 1;
    st.live_objects = live;
    st.freed_objects = freed;
    st.heap_bytes = heap_bytes;
}

/// Allocates a fully initialised object of class `cls`.
#[inline]
pub fn new_object<T: Payload>(cls: Gc<TypeObj>, data: T) -> Gc<T> {
    alloc(cls, data)
}

/// Keeps `v` (and so the object it references) on the native stack up to
/// this point, where the conservative scan will see it.
#[inline(always)]
pub fn keep_alive<T>(v: &T) {
    std::hint::black_box(v);
}

/// Size of `Obj<T>` rounded to its cell, for statistics.
pub const fn cell_size_of<T>() -> usize {
    SIZE_CLASSES[block::size_class_of(std::mem::size_of::<Obj<T>>())]
}
