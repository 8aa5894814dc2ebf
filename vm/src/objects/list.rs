//! `list`: a growable array of values (`list/slots.rs`). Length, indexing
//! and iteration steps read the published storage without a lock; every
//! other operation takes the object's lock once, so each is atomic as in
//! CPython, and nothing holds the lock while running Python code.

mod slots;

use crate::atomics::obj_lock::{Mutex, MutexGuard};
use crate::atomics::stw_ptr::StwPtr;
use crate::heap::kinds::Trace;
use crate::heap::{alloc, Tracer};
use crate::object::Gc;
use crate::runtime::types::types;
use crate::value::Value;
use slots::Slots;

/// A list's storage: the published slots and the writers' lock.
#[derive(Default)]
pub struct ListCell {
    lock: Mutex<()>,
    slots: StwPtr<Slots>,
}

pub struct ListObj {
    pub items: ListCell,
}

impl Trace for ListObj {
    fn trace(&self, t: &mut Tracer) {
        if let Some(s) = self.items.slots.load() {
            for i in 0..s.len() {
                t.value(s.get(i).expect("below len"));
            }
        }
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    new_list_gc(items).value()
}

pub fn new_list_gc(items: Vec<Value>) -> Gc<ListObj> {
    let cell = ListCell::default();
    if !items.is_empty() {
        crate::heap::note_external(items.len() * 8);
        cell.slots.replace(Some(Slots::from_vec(items)), 0);
    }
    alloc(types().list, ListObj { items: cell })
}

impl ListCell {
    pub fn new() -> ListCell {
        ListCell::default()
    }
    pub fn lock(&self) -> ListGuard<'_> {
        ListGuard {
            _lock: self.lock.lock(),
            slots: &self.slots,
        }
    }
}

impl ListObj {
    /// A consistent copy of the items (for iteration that may call Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().to_vec()
    }
    /// Lock-free.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.slots.load().map_or(0, Slots::len)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Lock-free `self[i]`.
    #[inline]
    pub fn item(&self, i: usize) -> Option<Value> {
        self.items.slots.load()?.get(i)
    }
    pub fn push(&self, v: Value) {
        self.items.lock().push(v)
    }
}

/// The list locked: its mutations and consistent reads.
pub struct ListGuard<'a> {
    _lock: MutexGuard<'a, ()>,
    slots: &'a StwPtr<Slots>,
}

impl ListGuard<'_> {
    pub fn len(&self) -> usize {
        self.slots.load().map_or(0, Slots::len)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.slots.load()?.get(i)
    }
    /// `self[i] = v`; false when `i` is out of range.
    pub fn set(&mut self, i: usize, v: Value) -> bool {
        match self.slots.load() {
            Some(s) if i < s.len() => {
                s.put(i, v);
                true
            }
            _ => false,
        }
    }
    pub fn to_vec(&self) -> Vec<Value> {
        self.slots.load().map_or_else(Vec::new, Slots::to_vec)
    }
    /// Storage with room for `extra` more items (grown and republished if
    /// needed).
    fn room_for(&mut self, extra: usize) -> &Slots {
        let (len, cap) = self
            .slots
            .load()
            .map_or((0, 0), |s| (s.len(), s.capacity()));
        if len + extra > cap {
            let want = (len + extra).max(cap + cap / 2 + 4);
            self.publish(Some(Slots::grown(self.slots.load(), want)));
        }
        self.slots.load().expect("has room")
    }
    pub fn push(&mut self, v: Value) {
        let s = self.room_for(1);
        let n = s.len();
        s.put(n, v);
        s.set_len(n + 1);
    }
    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push(v);
        }
    }
    /// Inserts `v` before position `i` (at most `len`).
    pub fn insert(&mut self, i: usize, v: Value) {
        let s = self.room_for(1);
        let n = s.len();
        s.shift(i, n, true);
        s.put(i, v);
        s.set_len(n + 1);
    }
    /// Removes and returns item `i` (in range).
    pub fn remove(&mut self, i: usize) -> Value {
        let s = self.slots.load().expect("remove from an empty list");
        let n = s.len();
        let v = s.get(i).expect("index in range");
        s.shift(i + 1, n, false);
        s.set_len(n - 1);
        v
    }
    pub fn pop(&mut self) -> Option<Value> {
        let s = self.slots.load()?;
        let n = s.len();
        let v = s.get(n.checked_sub(1)?)?;
        s.set_len(n - 1);
        Some(v)
    }
    /// Publishes `new` as the storage, retiring the old one.
    fn publish(&mut self, new: Option<Box<Slots>>) {
        let old_bytes = self.slots.load().map_or(0, Slots::bytes);
        if let Some(n) = &new {
            crate::heap::note_external(n.bytes());
        }
        self.slots.replace(new, old_bytes);
    }
    /// Replaces every item.
    /// Items that fit the current storage are written in place (no
    /// allocation, nothing to retire): a concurrent lock-free reader may see
    /// some items old and some new, never an unwritten slot.
    pub fn replace(&mut self, items: Vec<Value>) {
        if let Some(s) = self.slots.load() {
            if !items.is_empty() && items.len() <= s.capacity() && items.len() * 4 >= s.capacity() {
                let grows = items.len() > s.len();
                for (i, &v) in items.iter().enumerate() {
                    s.put(i, v);
                }
                if grows || items.len() < s.len() {
                    s.set_len(items.len());
                }
                return;
            }
        }
        self.publish((!items.is_empty()).then(|| Slots::from_vec(items)));
    }
    /// Empties the list, returning its items.
    pub fn take(&mut self) -> Vec<Value> {
        let items = self.to_vec();
        self.replace(Vec::new());
        items
    }
    pub fn clear(&mut self) {
        self.replace(Vec::new());
    }
    /// Runs an arbitrary mutation on a copy of the items, then publishes it
    /// (for operations that are O(n) anyway: slices, reverse, repeat).
    pub fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        let mut v = self.to_vec();
        let r = f(&mut v);
        self.replace(v);
        r
    }
}
