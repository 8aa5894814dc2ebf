//! `_random`: the Mersenne Twister (MT19937) core behind `random`, producing
//! CPython's exact sequences for integer seeds.
//!
//! `_random.Random()` makes a generator object with methods `seed(n)`,
//! `random()`, `getrandbits(k)`, `getstate()` and `setstate(state)`; the
//! Python `random` module wraps one such object per `Random` instance.

use crate::builtins::args::check;
use crate::object::{Gc, Kind};
use crate::objects::builtin_fn::KwArgs;
use crate::objects::int::{int_from_big, int_from_i64};
use crate::objects::native::{new_native, NativeData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::TypeObj;
use crate::protocol::dict::dict_set_str;
use crate::runtime::errors::{type_error, value_error};
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_name, types};
use crate::runtime::PyResult;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use parking_lot::Mutex;
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

static RANDOM_TYPE: OnceLock<Gc<TypeObj>> = OnceLock::new();

/// The generator state: 624 words plus the next-word index.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// A `_random.Random` object.
pub struct PyRandom {
    mt: Mutex<Mt>,
}

impl NativeData for PyRandom {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn create(_ts: &mut Thread) -> PyResult<Value> {
    let (m, d) = crate::runtime::import::new_registered_module("_random", None);
    let ty = random_type();
    dict_set_str(d, intern("RandomType"), ty.value());
    crate::modules::add_functions(d, "_random", &[("Random", new_random)]);
    Ok(m.value())
}

fn random_type() -> Gc<TypeObj> {
    *RANDOM_TYPE.get_or_init(|| {
        crate::builtins::new_builtin_type(
            "Random",
            "_random",
            Kind::Native,
            types().object,
            &[
                ("seed", rnd_seed),
                ("random", rnd_random),
                ("getrandbits", rnd_getrandbits),
                ("getstate", rnd_getstate),
                ("setstate", rnd_setstate),
            ],
        )
    })
}

fn this(v: Value) -> PyResult<&'static PyRandom> {
    v.as_native::<PyRandom>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_random.Random' object but received '{}'",
            type_name(v)
        ))
    })
}

/// `_random.Random([seed])`: a new generator, seeded from `seed` (or from
/// the clock and process when omitted or None).
fn new_random(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("Random", args, kw, 0, 1)?;
    let obj = new_native(
        random_type(),
        PyRandom {
            mt: Mutex::new(Mt::new()),
        },
    );
    let a = args.first().copied().unwrap_or(Value::NONE);
    seed_with(ts, this(obj)?, a)?;
    Ok(obj)
}

/// Seeds from the time, the process id and a per-call counter.
fn entropy_key() -> Vec<u32> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let c = COUNTER.fetch_add(1, Ordering::Relaxed);
    let addr = &c as *const u64 as usize as u64;
    let mix = (now as u64) ^ (c.wrapping_mul(0x9e37_79b9_7f4a_7c15)) ^ addr.rotate_left(17);
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        mix as u32,
        (mix >> 32) as u32,
    ]
}

fn seed_with(ts: &mut Thread, r: &PyRandom, a: Value) -> PyResult<()> {
    let key: Vec<u32> = if a.is_none() {
        entropy_key()
    } else {
        let n: BigInt = match a.as_bigint() {
            Some(b) => b.into_owned(),
            None => {
                let h = crate::protocol::hash::hash(ts, a)?;
                BigInt::from(h)
            }
        };
        let (_, words) = n.abs().to_u32_digits();
        if words.is_empty() {
            vec![0]
        } else {
            words
        }
    };
    r.mt.lock().init_by_array(&key);
    Ok(())
}

fn rnd_seed(ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("seed", args, kw, 1, 2)?;
    let r = this(args[0])?;
    seed_with(ts, r, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

fn rnd_random(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("random", args, kw, 1, 1)?;
    let r = this(args[0])?;
    let x = r.mt.lock().random();
    Ok(Value::float(x))
}

fn rnd_getrandbits(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getrandbits", args, kw, 2, 2)?;
    let r = this(args[0])?;
    let k = match args[1].as_bigint() {
        Some(b) => b.into_owned(),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(args[1])
            )))
        }
    };
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k: u64 = u64::try_from(&k)
        .map_err(|_| crate::runtime::errors::overflow_error("getrandbits bit count too large"))?;
    if k == 0 {
        return Ok(int_from_i64(0));
    }
    let mut mt = r.mt.lock();
    if k <= 32 {
        let v = mt.genrand_u32() >> (32 - k);
        return Ok(int_from_i64(v as i64));
    }
    let nwords = ((k - 1) / 32 + 1) as usize;
    let mut words = Vec::with_capacity(nwords);
    let mut left = k;
    for _ in 0..nwords {
        let mut w = mt.genrand_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        words.push(w);
        left = left.saturating_sub(32);
    }
    drop(mt);
    Ok(int_from_big(BigInt::from_slice(Sign::Plus, &words)))
}

fn rnd_getstate(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("getstate", args, kw, 1, 1)?;
    let r = this(args[0])?;
    let mt = r.mt.lock();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| int_from_i64(w as i64)).collect();
    items.push(int_from_i64(mt.index as i64));
    Ok(new_tuple(items))
}

fn rnd_setstate(_ts: &mut Thread, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check("setstate", args, kw, 2, 2)?;
    let r = this(args[0])?;
    let Some(items) = args[1].as_tuple() else {
        return Err(type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, &v) in state.iter_mut().zip(items.iter()) {
        let Some(b) = v.as_bigint() else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )));
        };
        let b = b.into_owned();
        let (_, digits) = b.to_u32_digits();
        if digits.len() > 1 || b.is_negative() {
            return Err(crate::runtime::errors::overflow_error(
                "Python int too large to convert to C unsigned long",
            ));
        }
        *slot = digits.first().copied().unwrap_or(0);
    }
    let index = match items[N].as_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(value_error("invalid state")),
        None => return Err(type_error("state index must be an integer")),
    };
    let mut mt = r.mt.lock();
    mt.state = state;
    mt.index = index;
    Ok(Value::NONE)
}
