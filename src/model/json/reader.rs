//! Reads JSON bytes into a [`Value`], step for step as serde_json's reader does, so that every
//! syntax error has serde_json's message, line and column, and nesting stops at the same depth.

use super::{Map, Number, Value};

/// How deep arrays and objects may nest (serde_json's limit): no input can exhaust the stack.
const MAX_DEPTH: u8 = 128;

/// Why bytes are not one JSON value, and where: line from 1, column in bytes as serde_json counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    code: Code,
    line: usize,
    column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    InvalidUnicodeCodePoint,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimitExceeded,
}

impl SyntaxError {
    pub fn line(&self) -> usize {
        self.line
    }

    pub fn column(&self) -> usize {
        self.column
    }

    /// Whether the document ended before the value did.
    pub fn is_eof(&self) -> bool {
        matches!(
            self.code,
            Code::EofWhileParsingList
                | Code::EofWhileParsingObject
                | Code::EofWhileParsingString
                | Code::EofWhileParsingValue
        )
    }

    /// serde_json's words for the error, without the position.
    pub fn message(&self) -> &'static str {
        match self.code {
            Code::EofWhileParsingList => "EOF while parsing a list",
            Code::EofWhileParsingObject => "EOF while parsing an object",
            Code::EofWhileParsingString => "EOF while parsing a string",
            Code::EofWhileParsingValue => "EOF while parsing a value",
            Code::ExpectedColon => "expected `:`",
            Code::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Code::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Code::ExpectedSomeIdent => "expected ident",
            Code::ExpectedSomeValue => "expected value",
            Code::InvalidEscape => "invalid escape",
            Code::InvalidNumber => "invalid number",
            Code::NumberOutOfRange => "number out of range",
            Code::InvalidUnicodeCodePoint => "invalid unicode code point",
            Code::ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Code::KeyMustBeAString => "key must be a string",
            Code::LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingCharacters => "trailing characters",
            Code::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Code::RecursionLimitExceeded => "recursion limit exceeded",
        }
    }
}

/// Reads one JSON value that spans the whole input (whitespace aside).
pub fn from_slice(bytes: &[u8]) -> Result<Value> {
    let mut reader = Reader { bytes, index: 0, depth: MAX_DEPTH };
    let value = reader.value()?;
    match reader.whitespace() {
        Some(_) => Err(reader.peek_error(Code::TrailingCharacters)),
        None => Ok(value),
    }
}

type Result<T> = std::result::Result<T, SyntaxError>;

/// The powers of ten by which some u64 significand overflows f64: 10^289 to 10^308.
const FIRST_RISKY_POWER: i32 = 289;
const RISKY_POWERS: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304,
    1e305, 1e306, 1e307, 1e308,
];

struct Reader<'b> {
    bytes: &'b [u8],
    index: usize,
    /// Nesting levels left before the limit.
    depth: u8,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    fn eat(&mut self) {
        self.index += 1;
    }

    /// Where a byte offset is: line from 1, column counted in bytes from the line's start.
    fn error_at(&self, index: usize, code: Code) -> SyntaxError {
        let before = self.bytes.get(..index).unwrap_or(self.bytes);
        let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |newline| newline + 1);
        let lines = before.get(..line_start).map_or(0, |b| b.iter().filter(|b| **b == b'\n').count());
        SyntaxError { code, line: 1 + lines, column: index - line_start }
    }

    /// An error caused by the byte just read.
    fn error(&self, code: Code) -> SyntaxError {
        self.error_at(self.index, code)
    }

    /// An error caused by the byte about to be read.
    fn peek_error(&self, code: Code) -> SyntaxError {
        self.error_at(self.bytes.len().min(self.index + 1), code)
    }

    /// Skips whitespace; the next byte, not consumed.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.eat();
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Value> {
        let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofWhileParsingValue)) };
        match peek {
            b'n' => self.ident(b"ull", Value::Null),
            b't' => self.ident(b"rue", Value::Bool(true)),
            b'f' => self.ident(b"alse", Value::Bool(false)),
            b'-' => {
                self.eat();
                self.number(false).map(Value::Number)
            }
            b'0'..=b'9' => self.number(true).map(Value::Number),
            b'"' => {
                self.eat();
                self.string().map(Value::String)
            }
            b'[' => self.nested(|reader| reader.array_items().map(Value::Array)),
            b'{' => self.nested(|reader| reader.object_members().map(|members| Value::Object(Map { members }))),
            _ => Err(self.peek_error(Code::ExpectedSomeValue)),
        }
    }

    /// An array or object: one level deeper, its opening byte eaten, its closing byte after.
    fn nested(&mut self, read: impl FnOnce(&mut Self) -> Result<Value>) -> Result<Value> {
        self.depth -= 1;
        if self.depth == 0 {
            return Err(self.peek_error(Code::RecursionLimitExceeded));
        }
        self.eat();
        let value = read(self);
        self.depth += 1;
        // The items' loop stops only at the closing byte.
        self.eat();
        value
    }

    fn ident(&mut self, rest: &[u8], value: Value) -> Result<Value> {
        self.eat();
        for expected in rest {
            match self.next() {
                None => return Err(self.error(Code::EofWhileParsingValue)),
                Some(byte) if byte != *expected => return Err(self.error(Code::ExpectedSomeIdent)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    fn array_items(&mut self) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        loop {
            let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofWhileParsingList)) };
            if peek == b']' {
                return Ok(items);
            }
            if !items.is_empty() {
                if peek != b',' {
                    return Err(self.peek_error(Code::ExpectedListCommaOrEnd));
                }
                self.eat();
                match self.whitespace() {
                    Some(b']') => return Err(self.peek_error(Code::TrailingComma)),
                    Some(_) => {}
                    None => return Err(self.peek_error(Code::EofWhileParsingValue)),
                }
            }
            items.push(self.value()?);
        }
    }

    fn object_members(&mut self) -> Result<Vec<(String, Value)>> {
        let mut members = Vec::new();
        loop {
            let Some(peek) = self.whitespace() else { return Err(self.peek_error(Code::EofWhileParsingObject)) };
            if peek == b'}' {
                return Ok(members);
            }
            if members.is_empty() {
                if peek != b'"' {
                    return Err(self.peek_error(Code::KeyMustBeAString));
                }
            } else if peek == b',' {
                self.eat();
                match self.whitespace() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(Code::TrailingComma)),
                    Some(_) => return Err(self.peek_error(Code::KeyMustBeAString)),
                    None => return Err(self.peek_error(Code::EofWhileParsingValue)),
                }
            } else {
                return Err(self.peek_error(Code::ExpectedObjectCommaOrEnd));
            }
            self.eat();
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.eat(),
                Some(_) => return Err(self.peek_error(Code::ExpectedColon)),
                None => return Err(self.peek_error(Code::EofWhileParsingObject)),
            }
            members.push((key, self.value()?));
        }
    }

    /// The rest of a string whose opening quote was eaten.
    fn string(&mut self) -> Result<String> {
        let mut text = Vec::new();
        let mut start = self.index;
        loop {
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.eat();
            }
            let run = self.bytes.get(start..self.index).unwrap_or_default();
            match self.next() {
                None => return Err(self.error(Code::EofWhileParsingString)),
                Some(b'"') => {
                    text.extend_from_slice(run);
                    return String::from_utf8(text).map_err(|error| {
                        // Points at the first invalid byte (approximately, after escapes).
                        let invalid = error.as_bytes().len() - error.utf8_error().valid_up_to();
                        let mut error = self.error(Code::InvalidUnicodeCodePoint);
                        error.column = error.column.saturating_sub(invalid);
                        error
                    });
                }
                Some(b'\\') => {
                    text.extend_from_slice(run);
                    self.escape(&mut text)?;
                    start = self.index;
                }
                Some(_) => return Err(self.error(Code::ControlCharacterWhileParsingString)),
            }
        }
    }

    /// An escape whose backslash was eaten, appended to `text`.
    fn escape(&mut self, text: &mut Vec<u8>) -> Result<()> {
        let byte = match self.next() {
            None => return Err(self.error(Code::EofWhileParsingString)),
            Some(b'u') => return self.unicode_escape(text),
            Some(b'"') => b'"',
            Some(b'\\') => b'\\',
            Some(b'/') => b'/',
            Some(b'b') => b'\x08',
            Some(b'f') => b'\x0c',
            Some(b'n') => b'\n',
            Some(b'r') => b'\r',
            Some(b't') => b'\t',
            Some(_) => return Err(self.error(Code::InvalidEscape)),
        };
        text.push(byte);
        Ok(())
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, after the `\u`.
    fn unicode_escape(&mut self, text: &mut Vec<u8>) -> Result<()> {
        let first = self.hex_escape()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.error(Code::LoneLeadingSurrogateInHexEscape)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    match self.next() {
                        None => return Err(self.error(Code::EofWhileParsingString)),
                        Some(byte) if byte != expected => return Err(self.error(Code::UnexpectedEndOfHexEscape)),
                        Some(_) => {}
                    }
                }
                let second = self.hex_escape()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error(Code::LoneLeadingSurrogateInHexEscape));
                }
                0x1_0000 + (((u32::from(first) - 0xD800) << 10) | (u32::from(second) - 0xDC00))
            }
            other => u32::from(other),
        };
        // Every code here is a scalar value: surrogates were paired or rejected above.
        if let Some(c) = char::from_u32(code) {
            text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        Ok(())
    }

    fn hex_escape(&mut self) -> Result<u16> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(Code::EofWhileParsingString));
        };
        self.index += 4;
        let value = digits.iter().try_fold(0_u16, |value, digit| {
            let nibble = char::from(*digit).to_digit(16)?;
            Some((value << 4) | nibble as u16)
        });
        value.ok_or_else(|| self.error(Code::InvalidEscape))
    }

    /// A number, after its minus sign if it has one.
    fn number(&mut self, positive: bool) -> Result<Number> {
        let mut significand = match self.next() {
            None => return Err(self.error(Code::EofWhileParsingValue)),
            Some(b'0') if matches!(self.peek(), Some(b'0'..=b'9')) => return Err(self.peek_error(Code::InvalidNumber)),
            Some(digit @ b'0'..=b'9') => u64::from(digit - b'0'),
            Some(_) => return Err(self.error(Code::InvalidNumber)),
        };
        while significand != 0 {
            let Some(digit @ b'0'..=b'9') = self.peek() else { break };
            match significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(digit - b'0'))) {
                Some(next) => {
                    self.eat();
                    significand = next;
                }
                None => {
                    // Too long for 64 bits: the rest counts only as a magnitude.
                    let mut exponent: i32 = 0;
                    while let Some(b'0'..=b'9') = self.peek() {
                        self.eat();
                        exponent = exponent.saturating_add(1);
                    }
                    return self.fraction_or_exponent(positive, significand, exponent).map(|()| Number::Float);
                }
            }
        }
        if let Some(b'.' | b'e' | b'E') = self.peek() {
            return self.fraction_or_exponent(positive, significand, 0).map(|()| Number::Float);
        }
        Ok(match (positive, i64::try_from(significand)) {
            (true, _) => Number::Unsigned(significand),
            // serde_json reads -0 as a float, and so does anything below i64::MIN.
            (false, Ok(0)) => Number::Float,
            (false, Ok(n)) => Number::Negative(-n),
            (false, Err(_)) if significand == 1 << 63 => Number::Negative(i64::MIN),
            (false, Err(_)) => Number::Float,
        })
    }

    /// What may follow a float's integer digits: a fraction, an exponent, or neither.
    fn fraction_or_exponent(&mut self, positive: bool, significand: u64, exponent: i32) -> Result<()> {
        match self.peek() {
            Some(b'.') => self.fraction(positive, significand, exponent),
            Some(b'e' | b'E') => self.exponent(positive, significand, exponent),
            _ => self.check_range(significand, exponent),
        }
    }

    fn fraction(&mut self, positive: bool, mut significand: u64, exponent: i32) -> Result<()> {
        self.eat();
        let mut digits = 0;
        let mut overflowed = false;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            match significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(digit - b'0'))) {
                Some(next) if !overflowed => {
                    significand = next;
                    digits += 1;
                }
                // Further digits cannot change the magnitude: they are skipped.
                _ => overflowed = true,
            }
            self.eat();
        }
        if digits == 0 && !overflowed {
            return Err(match self.peek() {
                Some(_) => self.peek_error(Code::InvalidNumber),
                None => self.peek_error(Code::EofWhileParsingValue),
            });
        }
        let exponent = exponent.saturating_sub(digits);
        match self.peek() {
            Some(b'e' | b'E') => self.exponent(positive, significand, exponent),
            _ => self.check_range(significand, exponent),
        }
    }

    fn exponent(&mut self, _positive: bool, significand: u64, start: i32) -> Result<()> {
        self.eat();
        let positive_exponent = match self.peek() {
            Some(b'+') => {
                self.eat();
                true
            }
            Some(b'-') => {
                self.eat();
                false
            }
            _ => true,
        };
        let mut exponent = match self.next() {
            None => return Err(self.error(Code::EofWhileParsingValue)),
            Some(digit @ b'0'..=b'9') => i32::from(digit - b'0'),
            Some(_) => return Err(self.error(Code::InvalidNumber)),
        };
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            self.eat();
            match exponent.checked_mul(10).and_then(|e| e.checked_add(i32::from(digit - b'0'))) {
                Some(next) => exponent = next,
                None if significand != 0 && positive_exponent => return Err(self.error(Code::NumberOutOfRange)),
                None => {
                    while let Some(b'0'..=b'9') = self.peek() {
                        self.eat();
                    }
                    return Ok(());
                }
            }
        }
        let exponent = if positive_exponent { start.saturating_add(exponent) } else { start.saturating_sub(exponent) };
        self.check_range(significand, exponent)
    }

    /// serde_json refuses a number whose magnitude is beyond f64, rather than read it as infinity.
    /// It multiplies the significand by a power of ten (without its `float_roundtrip` feature,
    /// which the widget does not use); below 10^289 no u64 can overflow, and a negative exponent,
    /// however large (down to `i32::MIN`, where the exponent saturates), only brings it nearer 0.
    fn check_range(&self, significand: u64, exponent: i32) -> Result<()> {
        let risky = exponent.checked_sub(FIRST_RISKY_POWER).and_then(|i| usize::try_from(i).ok());
        let power = risky.map(|i| RISKY_POWERS.get(i));
        let infinite = significand != 0
            && match power {
                None => false,
                Some(None) => true,
                Some(Some(power)) => (significand as f64 * power).is_infinite(),
            };
        if infinite {
            Err(self.error(Code::NumberOutOfRange))
        } else {
            Ok(())
        }
    }
}
