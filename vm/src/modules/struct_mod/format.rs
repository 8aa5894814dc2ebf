//! Struct format strings: byte order, sizes, native alignment, item counts
//! (CPython's `prepare_s` and its native/standard `formatdef` tables).

/// Byte order and size mode, from the first format character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@`: native order, native sizes and alignment.
    Native,
    /// `=`: native (little-endian) order, standard sizes.
    NativeStd,
    /// `<`
    Little,
    /// `>` or `!`
    Big,
}

impl Order {
    pub fn little(self) -> bool {
        self != Order::Big
    }
    pub fn standard(self) -> bool {
        self != Order::Native
    }
}

/// One format code instance: `count` repeats of `ch` starting at `offset`
/// (for `s`/`p`, one item of `count` bytes).
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub ch: u8,
    pub offset: usize,
    pub count: usize,
    /// Size of one element.
    pub size: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub order: Order,
    pub codes: Vec<Code>,
    /// Total size in bytes.
    pub size: usize,
    /// Number of Python values packed/unpacked.
    pub len: usize,
}

/// `(size, alignment)` of a code in the given mode; None for a bad char.
pub fn code_size(ch: u8, order: Order) -> Option<(usize, usize)> {
    let native = !order.standard();
    let size = match ch {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((size, if native { size } else { 1 }))
}

const TOO_LONG: &str = "total struct size too long";

/// Parses a format; Err is a `struct.error` message.
pub fn parse(fmt: &[u8]) -> Result<Layout, String> {
    if fmt.contains(&0) {
        return Err("embedded null character".into());
    }
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=') => (Order::NativeStd, &fmt[1..]),
        Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut codes = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut num = 1usize;
        if c.is_ascii_digit() {
            num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier".into());
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
            }
        }
        let Some((item, align)) = code_size(c, order) else {
            return Err("bad char in struct format".into());
        };
        match c {
            b's' | b'p' => len += 1,
            b'x' => {}
            _ => len += num,
        }
        if align > 1 {
            size = size.div_ceil(align).checked_mul(align).ok_or(TOO_LONG)?;
        }
        let total = num.checked_mul(item).ok_or(TOO_LONG)?;
        codes.push(Code {
            ch: c,
            offset: size,
            count: num,
            size: item,
        });
        size = size
            .checked_add(total)
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or(TOO_LONG)?;
    }
    Ok(Layout {
        order,
        codes,
        size,
        len,
    })
}
