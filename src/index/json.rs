//! The JSON of the stored record (`record` field): the bytes `serde_json::to_string` writes,
//! written with a cheaper test of the strings.
//!
//! serde_json looks every byte of every string up in its escape table; the record of a
//! measure is mostly its text, its grants' sentences and its titles — ideographs, none of
//! whose bytes is ever escaped — and that lookup was about 2% of a build's instructions. Here
//! a string is tested eight bytes at a time for a byte JSON escapes (a control character,
//! `"` or `\`): a string with none is copied whole between its quotes, any other is written by
//! serde_json itself, as are the floating-point numbers. A value this writer does not handle
//! (maps, enums with data, tuples: the record has none) makes the whole value go through
//! serde_json instead, so the output is serde_json's in every case.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// `serde_json::to_string(value)`, byte for byte.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = String::with_capacity(1024);
    match value.serialize(Writer { out: &mut out }) {
        Ok(()) => Ok(out),
        Err(Unsupported) => serde_json::to_string(value),
    }
}

/// Whether JSON writes `s` as it is between its quotes: no byte below 0x20, no `"`, no `\`.
/// Eight bytes a step: a zero answer of each test below is exact (a byte that matches always
/// sets its bit), so `true` is never wrong; a `false` only sends the string to serde_json.
fn plain(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0;
        if control
            || has_zero(w ^ (ONES * u64::from(b'"')))
            || has_zero(w ^ (ONES * u64::from(b'\\')))
        {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&b| b >= 0x20 && b != b'"' && b != b'\\')
}

/// A value serde_json is left to write whole.
#[derive(Debug)]
struct Unsupported;

impl Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("written by serde_json")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: Display>(_: T) -> Self {
        Unsupported
    }
}

/// Writes one value onto `out`.
struct Writer<'a> {
    out: &'a mut String,
}

impl Writer<'_> {
    fn string(&mut self, s: &str) -> Result<(), Unsupported> {
        if plain(s) {
            self.out.push('"');
            self.out.push_str(s);
            self.out.push('"');
        } else {
            self.out
                .push_str(&serde_json::to_string(s).map_err(|_| Unsupported)?);
        }
        Ok(())
    }

    fn integer(&mut self, n: impl Display) -> Result<(), Unsupported> {
        write!(self.out, "{n}").map_err(|_| Unsupported)
    }

    fn float<F: Serialize>(&mut self, x: F) -> Result<(), Unsupported> {
        self.out
            .push_str(&serde_json::to_string(&x).map_err(|_| Unsupported)?);
        Ok(())
    }
}

/// A sequence or a struct being written: whether an element was written yet.
struct Compound<'a> {
    out: &'a mut String,
    first: bool,
}

impl Compound<'_> {
    fn separate(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.out.push(',');
        }
    }
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(mut self, v: i8) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_i16(mut self, v: i16) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_i32(mut self, v: i32) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_i64(mut self, v: i64) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_u8(mut self, v: u8) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_u16(mut self, v: u16) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_u32(mut self, v: u32) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_u64(mut self, v: u64) -> Result<(), Unsupported> {
        self.integer(v)
    }
    fn serialize_f32(mut self, v: f32) -> Result<(), Unsupported> {
        self.float(v)
    }
    fn serialize_f64(mut self, v: f64) -> Result<(), Unsupported> {
        self.float(v)
    }
    fn serialize_char(mut self, v: char) -> Result<(), Unsupported> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(mut self, v: &str) -> Result<(), Unsupported> {
        self.string(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Unsupported> {
        self.out.push('[');
        Ok(Compound {
            out: self.out,
            first: true,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        self.out.push('{');
        Ok(Compound {
            out: self.out,
            first: true,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.separate();
        value.serialize(Writer {
            out: &mut *self.out,
        })
    }

    fn end(self) -> Result<(), Unsupported> {
        self.out.push(']');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.separate();
        Writer {
            out: &mut *self.out,
        }
        .string(key)?;
        self.out.push(':');
        value.serialize(Writer {
            out: &mut *self.out,
        })
    }

    fn end(self) -> Result<(), Unsupported> {
        self.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_json_escapes_is_seen_wherever_it_stands() {
        // each ASCII byte and a few others at every place of strings of 1 to 20 bytes,
        // among ideographs and letters: `plain` is true exactly when serde_json copies it
        for len in 1..20 {
            for at in 0..len {
                for b in (0u8..0x80)
                    .map(char::from)
                    .chain(['年', 'é', '\u{7f}', '\u{2028}'])
                {
                    let mut s: String = "a年".chars().cycle().take(len).collect();
                    let cut = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                    s.insert(cut, b);
                    let escaped = serde_json::to_string(&s).unwrap();
                    assert_eq!(plain(&s), escaped[1..escaped.len() - 1] == s, "{s:?}");
                    assert_eq!(to_string(&s).unwrap(), escaped);
                }
            }
        }
    }

    #[test]
    fn a_record_is_what_serde_json_writes() {
        let mut m = crate::Measure {
            id: "x.1".into(),
            title: Some("标题\"引号\"\\反斜杠\n换行\t制表\u{1}".into()),
            text: "为小微企业提供最高50万元贷款。".into(),
            year: Some(2020),
            lead_units: vec!["市发展改革委".into(), String::new()],
            ..Default::default()
        };
        m.amounts.push(crate::measure::Amount {
            text: "0.5个工作日".into(),
            value: 0.5,
            unit: "个工作日".into(),
            beneficiary: None,
            benefit_type: Some("时限压缩".into()),
            start: 3,
            end: 9,
        });
        for value in [0.0, 50.0, 1e21, 1e-7, f64::NAN, 123_456.789] {
            m.amounts[0].value = value;
            assert_eq!(to_string(&m).unwrap(), serde_json::to_string(&m).unwrap());
        }
        // a value the writer leaves to serde_json: the same bytes all the same
        let map: std::collections::BTreeMap<&str, (u8, char)> = [("a", (1, 'b'))].into();
        assert_eq!(
            to_string(&map).unwrap(),
            serde_json::to_string(&map).unwrap()
        );
    }

    #[test]
    fn every_measure_of_the_corpus_is_written_as_serde_json_writes_it() {
        let loaded = crate::corpus::load_dir(std::path::Path::new("corpus")).unwrap();
        let mut n = 0;
        for doc in &loaded.documents {
            for m in crate::extract::measures(doc) {
                assert_eq!(to_string(&m).unwrap(), serde_json::to_string(&m).unwrap());
                n += 1;
            }
        }
        assert!(n > 1000, "{n}");
    }
}
