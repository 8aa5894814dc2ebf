//! `struct.iter_unpack` and its `unpack_iterator` type.

use super::packing::unpack_at;
use super::*;

static ITER_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

pub(super) struct UnpackIter {
    st: Value,
    data: Vec<u8>,
    pos: Mutex<usize>,
}

impl NativeData for UnpackIter {
    fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(self.st)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(super) fn iter_type() -> Gc<TypeObj> {
    *ITER_TYPE.get_or_init(|| {
        crate::builtins::new_dunder_type(
            "unpack_iterator",
            "_struct",
            &[
                ("__iter__", it_iter),
                ("__next__", it_next),
                ("__length_hint__", it_length_hint),
            ],
        )
    })
}

pub(super) fn iter_unpack(st: Value, buf: Value) -> PyResult<Value> {
    let s = this(st)?;
    let data = buffer_bytes(buf)?;
    if s.layout.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % s.layout.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            s.layout.size
        )));
    }
    Ok(new_native(
        iter_type(),
        UnpackIter {
            st,
            data,
            pos: Mutex::new(0),
        },
    ))
}

pub(super) fn it_this(v: Value) -> PyResult<&'static UnpackIter> {
    v.as_native::<UnpackIter>()
        .ok_or_else(|| type_error("expected an unpack_iterator"))
}

pub(super) fn it_iter(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    it_this(args[0])?;
    Ok(args[0])
}

pub(super) fn it_next(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let s = this(it.st)?;
    let size = s.layout.size;
    let at = {
        let mut pos = it.pos.lock();
        if *pos + size > it.data.len() {
            return Err(stop_iteration(Value::NONE));
        }
        let at = *pos;
        *pos += size;
        at
    };
    Ok(unpack_at(s, &it.data[at..at + size]))
}

pub(super) fn it_length_hint(_ts: &mut Thread, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = it_this(args[0])?;
    let size = this(it.st)?.layout.size;
    let left = (it.data.len() - *it.pos.lock()) / size;
    Ok(int_from_i64(left as i64))
}
