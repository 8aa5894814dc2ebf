//! The codecs `str.encode` / `bytes.decode` support: UTF-8, ASCII and
//! Latin-1 with the strict, replace, ignore, backslashreplace and
//! xmlcharrefreplace error handlers, with CPython's error messages.

use crate::runtime::errors::{lookup_error, PyErr};
use crate::runtime::types::types;
use crate::runtime::PyResult;
use std::fmt::Write;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks an encoding name up (`LookupError: unknown encoding: X`).
pub(crate) fn lookup(name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        _ => return Err(lookup_error(format!("unknown encoding: {name}"))),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    lookup_error(format!("unknown error handler name '{errors}'"))
}

fn encode_error(codec: Codec, s: &str, start: usize, end: usize, limit: u32) -> PyErr {
    unicode_error(
        types().unicode_encode_error,
        codec,
        crate::objects::str::new_str(s),
        start,
        end,
        &format!("ordinal not in range({limit})"),
    )
}

/// `UnicodeEncodeError`/`UnicodeDecodeError(encoding, object, start, end, reason)` (the message
/// is built by `str()`, see `unicode_error_message`).
fn unicode_error(
    cls: crate::object::Gc<crate::objects::typeobj::TypeObj>,
    codec: Codec,
    object: crate::value::Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    use crate::value::Value;
    PyErr::with_args(
        cls,
        crate::objects::tuple::new_tuple([
            crate::objects::str::new_str(codec.name()),
            object,
            Value::small_int(start as i64),
            Value::small_int(end as i64),
            crate::objects::str::new_str(reason),
        ]),
    )
}

/// CPython's `str()` of a UnicodeEncodeError (`object` a str) or UnicodeDecodeError (`object`
/// bytes) built from `(encoding, object, start, end, reason)`.
pub(crate) fn unicode_error_message(
    encoding: &str,
    object: crate::value::Value,
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    if let Some(s) = object.as_str() {
        if end == start + 1 {
            let c = s.chars().nth(start).map_or(0, |c| c as u32);
            let shown = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            );
        }
        return format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        );
    }
    let data = object.as_bytes().unwrap_or(&[]);
    if end == start + 1 && start < data.len() {
        return format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        );
    }
    format!(
        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
        end.saturating_sub(1)
    )
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(codec, s, i, end, limit)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                let mut t = String::new();
                for &ch in &chars[i..end] {
                    push_escape(&mut t, ch as u32);
                }
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &ch in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn push_escape(t: &mut String, c: u32) {
    let _ = if c <= 0xff {
        write!(t, "\\x{c:02x}")
    } else if c <= 0xffff {
        write!(t, "\\u{c:04x}")
    } else {
        write!(t, "\\U{c:08x}")
    };
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        types().unicode_decode_error,
        codec,
        crate::objects::bytes::new_bytes(data.to_vec()),
        start,
        end,
        reason,
    )
}

/// Handles the undecodable bytes `data[start..end]`.
fn on_decode_error(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            // UTF-8 replaces each maximal invalid subpart once; ASCII each byte.
            let n = if codec == Codec::Utf8 { 1 } else { end - start };
            out.extend(std::iter::repeat_n('\u{fffd}', n));
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                push_escape(out, b as u32);
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// `data.decode(encoding, errors)`.
pub(crate) fn decode(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8(data.to_vec()).expect("ascii"));
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    on_decode_error(
                        &mut out,
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                        let start = pos + good;
                        let lead = rest[good];
                        let (len, reason) = match e.error_len() {
                            Some(n) if (0xc2..=0xf4).contains(&lead) => {
                                (n, "invalid continuation byte")
                            }
                            Some(n) => (n, "invalid start byte"),
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        on_decode_error(&mut out, codec, data, start, start + len, reason, errors)?;
                        rest = &rest[good + len..];
                        pos = start + len;
                    }
                }
            }
        }
    }
}
