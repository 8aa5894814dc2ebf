//! Blocks: 256 KiB aligned chunks, each holding cells of one size class.
//!
//! Alignment lets the conservative stack scanner map any address to its block
//! with a mask, and a block's cells sit at fixed strides after its header.

use crate::object::{Header, Kind};
use std::alloc::{alloc_zeroed, Layout};
use std::ptr::NonNull;

pub const BLOCK_SIZE: usize = 256 * 1024;
/// Cell sizes in bytes; every heap object fits the largest.
pub const SIZE_CLASSES: [usize; 14] = [
    32, 48, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512, 1024,
];
pub const MAX_CELL: usize = SIZE_CLASSES[SIZE_CLASSES.len() - 1];
/// Cells start here, after the block header.
const FIRST_CELL: usize = 128;

#[repr(C)]
pub struct BlockHeader {
    pub cell_size: usize,
    pub ncells: usize,
    pub class: usize,
    /// Head of this block's free cells (linked through the `cls` word).
    pub free: *mut Header,
    pub nfree: usize,
    /// Whether some thread's allocator currently owns the free list.
    pub owned: bool,
    /// Token of the thread that last took the block (0: none): the thread
    /// whose allocations fill it, preferred to sweep it (`heap/sweep.rs`).
    pub owner: usize,
}

/// A handle to a block; only the heap module dereferences it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Block(pub(crate) NonNull<BlockHeader>);

// SAFETY: blocks are only mutated by the allocator that owns them or by the
// collector while the world is stopped (see `heap.rs`).
unsafe impl Send for Block {}
// SAFETY: as above.
unsafe impl Sync for Block {}

pub const fn size_class_of(size: usize) -> usize {
    let mut i = 0;
    while i < SIZE_CLASSES.len() {
        if SIZE_CLASSES[i] >= size {
            return i;
        }
        i += 1;
    }
    panic!("object larger than the largest size class")
}

impl Block {
    /// Allocates a fresh block whose cells are all free, linked in address order.
    pub fn new(class: usize) -> Block {
        let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).expect("block layout");
        // SAFETY: the layout has non-zero size.
        let base = unsafe { alloc_zeroed(layout) };
        let Some(base) = NonNull::new(base) else {
            std::alloc::handle_alloc_error(layout)
        };
        let cell_size = SIZE_CLASSES[class];
        let ncells = (BLOCK_SIZE - FIRST_CELL) / cell_size;
        let hdr = base.cast::<BlockHeader>();
        // SAFETY: the block is fresh, zeroed and large enough for its header;
        // every cell address computed below lies inside it.
        unsafe {
            hdr.as_ptr().write(BlockHeader {
                cell_size,
                ncells,
                class,
                free: std::ptr::null_mut(),
                nfree: 0,
                owned: false,
                owner: 0,
            });
            let block = Block(hdr);
            let mut next: *mut Header = std::ptr::null_mut();
            for i in (0..ncells).rev() {
                let cell = block.cell(i);
                (*cell).cls = std::sync::atomic::AtomicU64::new(next as u64);
                next = cell;
            }
            (*hdr.as_ptr()).free = next;
            (*hdr.as_ptr()).nfree = ncells;
            block
        }
    }

    #[inline]
    pub fn base(self) -> usize {
        self.0.as_ptr() as usize
    }
    /// # Safety
    /// The caller must own the block (allocator) or have stopped the world.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn hdr(&self) -> &mut BlockHeader {
        // SAFETY: forwarded to the caller.
        unsafe { &mut *self.0.as_ptr() }
    }
    /// The block's `owner` token.
    ///
    /// # Safety
    /// The caller must hold the pool lock and the block must be on one of
    /// its lists (then nobody writes the field), or own the block.
    #[inline]
    pub unsafe fn owner(self) -> usize {
        // SAFETY: forwarded to the caller; a plain read of one field.
        unsafe { (*self.0.as_ptr()).owner }
    }
    #[inline]
    pub fn cell(self, i: usize) -> *mut Header {
        // SAFETY: reading the immutable geometry of a live block.
        let cs = unsafe { (*self.0.as_ptr()).cell_size };
        (self.base() + FIRST_CELL + i * cs) as *mut Header
    }
    /// The start of the allocated cell containing `addr`, if any. Exact
    /// only while every block is swept (the collector's mark phase): in an
    /// unswept block, dead objects still look allocated.
    #[inline]
    pub fn cell_containing(self, addr: usize) -> Option<*mut Header> {
        // SAFETY: reading the immutable geometry of a live block.
        let (cs, n) = unsafe { ((*self.0.as_ptr()).cell_size, (*self.0.as_ptr()).ncells) };
        let off = addr.checked_sub(self.base() + FIRST_CELL)?;
        let i = off / cs;
        if i >= n {
            return None;
        }
        let cell = self.cell(i);
        // SAFETY: `cell` is inside the block; a free cell has kind `Free`.
        let kind = unsafe { (*cell).kind };
        (kind != Kind::Free).then_some(cell)
    }
}
