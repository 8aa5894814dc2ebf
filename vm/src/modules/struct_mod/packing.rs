//! Packing and unpacking whole structs, with buffer offsets.

use super::*;

pub(super) fn pack_items(
    ts: &mut Thread,
    s: &StructData,
    items: &[Value],
    out: &mut [u8],
) -> PyResult<()> {
    let mut k = 0;
    for c in &s.layout.codes {
        match c.ch {
            b'x' => out[c.offset..c.offset + c.count].fill(0),
            b's' | b'p' => {
                let dst = &mut out[c.offset..c.offset + c.count];
                codec::pack_one(ts, c.ch, s.layout.order, items[k], dst)?;
                k += 1;
            }
            _ => {
                for j in 0..c.count {
                    let at = c.offset + j * c.size;
                    codec::pack_one(
                        ts,
                        c.ch,
                        s.layout.order,
                        items[k],
                        &mut out[at..at + c.size],
                    )?;
                    k += 1;
                }
            }
        }
    }
    Ok(())
}

pub(super) fn check_count(s: &StructData, name: &str, n: usize) -> PyResult<()> {
    if n != s.layout.len {
        return Err(error(format!(
            "{name} expected {} items for packing (got {n})",
            s.layout.len
        )));
    }
    Ok(())
}

pub(super) fn pack(ts: &mut Thread, s: &StructData, items: &[Value]) -> PyResult<Value> {
    check_count(s, "pack", items.len())?;
    let mut out = vec![0u8; s.layout.size];
    pack_items(ts, s, items, &mut out)?;
    Ok(new_bytes(out))
}

pub(super) fn unpack_at(s: &StructData, data: &[u8]) -> Value {
    let mut items = Vec::with_capacity(s.layout.len);
    for c in &s.layout.codes {
        match c.ch {
            b'x' => {}
            b's' | b'p' => items.push(codec::unpack_one(
                c.ch,
                s.layout.order,
                &data[c.offset..c.offset + c.count],
            )),
            _ => {
                for j in 0..c.count {
                    let at = c.offset + j * c.size;
                    items.push(codec::unpack_one(
                        c.ch,
                        s.layout.order,
                        &data[at..at + c.size],
                    ));
                }
            }
        }
    }
    new_tuple(items)
}

pub(super) fn unpack(s: &StructData, buf: Value) -> PyResult<Value> {
    let data = buffer_bytes(buf)?;
    if data.len() != s.layout.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            s.layout.size
        )));
    }
    Ok(unpack_at(s, &data))
}

/// Resolves a possibly negative offset for `*_from`/`*_into`.
pub(super) fn offset_in(s: &StructData, len: usize, offset: i64, packing: bool) -> PyResult<usize> {
    let size = s.layout.size;
    let (verb, noun) = if packing {
        ("pack_into", "packing")
    } else {
        ("unpack_from", "unpacking")
    };
    let mut off = offset;
    if off < 0 {
        if off + (len as i64) < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        off += len as i64;
        if (len as i64 - off) < size as i64 {
            return Err(error(if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            }));
        }
    }
    let off = off as usize;
    if len < size || len - size < off {
        return Err(error(format!(
            "{verb} requires a buffer of at least {} bytes for {noun} {size} bytes at offset {off} (actual buffer size is {len})",
            size as u128 + off as u128
        )));
    }
    Ok(off)
}

pub(super) fn unpack_from(
    ts: &mut Thread,
    s: &StructData,
    buf: Value,
    offset: Option<Value>,
) -> PyResult<Value> {
    let data = buffer_bytes(buf)?;
    let offset = match offset {
        Some(o) => crate::builtins::numbers::as_ssize(ts, o)?,
        None => 0,
    };
    let off = offset_in(s, data.len(), offset, false)?;
    Ok(unpack_at(s, &data[off..off + s.layout.size]))
}

pub(super) fn pack_into(ts: &mut Thread, s: &StructData, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(error("pack_into expected buffer argument"));
    }
    if args.len() < 2 {
        return Err(error("pack_into expected offset argument"));
    }
    check_count(s, "pack_into", args.len() - 2)?;
    let target = args[0];
    let len = match (
        target.downcast::<ByteArrayObj>(),
        crate::modules::array::array_byte_len(target),
    ) {
        (Some(ba), _) => ba.data.lock().len(),
        (None, Some(n)) => n,
        _ => {
            return Err(type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                type_name(target)
            )))
        }
    };
    let offset = crate::builtins::numbers::as_ssize(ts, args[1])?;
    let off = offset_in(s, len, offset, true)?;
    let mut out = vec![0u8; s.layout.size];
    pack_items(ts, s, &args[2..], &mut out)?;
    match target.downcast::<ByteArrayObj>() {
        Some(ba) => {
            let mut data = ba.data.lock();
            if data.len() >= off + out.len() {
                data[off..off + out.len()].copy_from_slice(&out);
            }
        }
        None => crate::modules::array::array_write(target, off, &out),
    }
    Ok(Value::NONE)
}
