//! The reader against serde_json, the reference: same values, and the same syntax errors (message,
//! line, column) for every prefix and many one-byte corruptions of documents that use all of JSON.

use super::differential::{ours, reference};
use super::Value;

const ALL_OF_JSON: &str = "{\n  \"text\": \"plain, \\\"quoted\\\", \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 朱锋\",\n  \
    \"numbers\": [0, -0, 7, -12, 1.5, -0.25e-3, 2E+8, 18446744073709551615, 18446744073709551616, -9223372036854775808,\n\
    -9223372036854775809, 123456789012345678901234567890.5e-10, 0.000000000000000000001],\n  \
    \"nested\": {\"a\": [true, false, null, [], {}], \"a\": {\"deep\": [[[\"x\"]]]}},\r\n\t\"last\": \"\"\n}\n";

const ODD_CASES: &[&str] = &[
    "",
    " ",
    "n",
    "nul",
    "nulx",
    "tru",
    "falsey",
    "-",
    "-x",
    "01",
    "1.",
    "1.x",
    "1e",
    "1e+",
    "1ex",
    "-0",
    "1e400",
    "-1e400",
    "1e-400",
    "0e99999999999",
    "1e99999999999",
    "1e-99999999999",
    "1.7976931348623157e308",
    "17976931348623159e292",
    "0.1e310",
    "1234567890123456789012345678901234567890",
    // Exponents at and past the ends of i32, with every kind of significand.
    "1e-2147483647",
    "0.1e-2147483647",
    "{\"x\":1e-2147483647}",
    "1e-2147483648",
    "1e-2147483649",
    "-1e-2147483647",
    "123456789012345678901234567890e-2147483647",
    "1.5e-2147483640",
    "0e-2147483648",
    "1e2147483647",
    "1e2147483648",
    "0e2147483648",
    "0.0e2147483647",
    "1e+2147483646",
    "1e-0000000000000000000000000000000000001",
    "1e00000000000000000000000000000000000000308",
    "1e309",
    "1e-324",
    "-1e-400",
    "2.4703282292062328e-324",
    // Not "1.7976931348623158e308", in the sliver above f64::MAX where serde_json's verdict
    // depends on its `float_roundtrip` feature (on in `cargo test --workspace`, through jsonschema).
    "1.7976931348623159e308",
    "18446744073709551615e289",
    "18446744073709551616e289",
    "0.18446744073709551616e310",
    "-0.0",
    "-0e0",
    "-0e-2147483647",
    "-00",
    "000",
    "0.00000000000000000000000000000000000000000000000000000000000000000000000001e-2147483600",
    "[1,]",
    "[1 2]",
    "[,1]",
    "{\"a\" 1}",
    "{\"a\":1,}",
    "{\"a\":1 \"b\":2}",
    "{1:2}",
    "{\"a\":1,2:3}",
    "{,}",
    "\"\\ud800\"",
    "\"\\ud800\\u0041\"",
    "\"\\udc00\"",
    "\"\\ud800x\"",
    "\"\\ud800\\x\"",
    "\"\\u12\"",
    "\"\\u12g4\"",
    "\"\\q\"",
    "\"\u{1}\"",
    "\"a\nb\"",
    "\"\\",
    "\"\\u",
    "[1] x",
    "{} {}",
    "\u{feff}{}",
    "[\"\\ud83d\\ude00\", \"\\u0000\"]",
    "\t\r\n []",
];

fn assert_same(bytes: &[u8]) {
    assert_eq!(ours(bytes), reference(bytes), "input {:?}", String::from_utf8_lossy(bytes));
}

#[test]
fn documents_read_as_serde_json_reads_them() {
    assert!(ours(ALL_OF_JSON.as_bytes()).is_ok());
    assert_same(ALL_OF_JSON.as_bytes());
    assert_same(include_bytes!("../../../tests/fixtures/north-korea-2013.json"));
}

#[test]
fn every_prefix_fails_as_in_serde_json() {
    let bytes = ALL_OF_JSON.as_bytes();
    for end in 0..bytes.len() {
        assert_same(&bytes[..end]);
    }
}

#[test]
fn one_byte_corruptions_fail_as_in_serde_json() {
    let bytes = ALL_OF_JSON.as_bytes();
    for at in 0..bytes.len() {
        for byte in *b"\"\\,:{}[]0-.eEux \n\x01\xff\xe6/9" {
            let mut corrupt = bytes.to_vec();
            corrupt[at] = byte;
            assert_same(&corrupt);
        }
    }
}

#[test]
fn odd_cases_as_in_serde_json() {
    for case in ODD_CASES {
        assert_same(case.as_bytes());
    }
    assert_same(b"\"\xff\"");
    assert_same(b"\"ok \xe6\x9c\xb1 then \xe6\x9c\"");
    assert_same(b"\"escaped \\n then bad \xc3\"");
}

#[test]
fn nesting_stops_at_serde_jsons_depth() {
    for depth in [126, 127, 128, 129, 5000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_same(arrays.as_bytes());
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert_same(objects.as_bytes());
        assert_same("[".repeat(depth).as_bytes());
    }
}

#[test]
fn a_repeated_key_keeps_its_last_value() {
    let value = ours(b"{\"a\": 1, \"b\": 2, \"a\": \"x\"}").expect("valid");
    assert_eq!(value.get("a").and_then(Value::as_str), Some("x"));
}
