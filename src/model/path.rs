//! Where in a document a problem is: a JSON path such as `sections[2].points[0].speakers[1]`.

use std::fmt;

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
    /// A field the format does not name (in a warning about it).
    Key(String),
}

/// A path from the document's root to a value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(Vec<Step>);

impl JsonPath {
    /// The document itself.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path, one field further in.
    pub fn field(&self, name: &'static str) -> Self {
        self.with(Step::Field(name))
    }

    /// This path, one field of any name further in.
    pub fn key(&self, name: &str) -> Self {
        self.with(Step::Key(name.to_owned()))
    }

    /// This path, one array element further in.
    pub fn index(&self, index: usize) -> Self {
        self.with(Step::Index(index))
    }

    /// Whether this is the document itself.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    fn with(&self, step: Step) -> Self {
        let mut steps = self.0.clone();
        steps.push(step);
        Self(steps)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("document");
        }
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(name) if n == 0 => f.write_str(name)?,
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Index(i) => write!(f, "[{i}]")?,
                Step::Key(name) if is_identifier(name) && n == 0 => f.write_str(name)?,
                Step::Key(name) if is_identifier(name) => write!(f, ".{name}")?,
                Step::Key(name) => write!(f, "[{}]", super::error::Quoted(name))?,
            }
        }
        Ok(())
    }
}

/// Whether a name reads as a JavaScript identifier (then written `.name`, else `["name"]`).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::JsonPath;

    #[test]
    fn unknown_keys_are_quoted_unless_identifiers() {
        let section = JsonPath::root().field("sections").index(1);
        assert_eq!(section.key("moderator").to_string(), "sections[1].moderator");
        assert_eq!(section.key("end date").to_string(), "sections[1][\"end date\"]");
        assert_eq!(JsonPath::root().key("titel").to_string(), "titel");
    }

    #[test]
    fn paths_read_like_javascript() {
        let path = JsonPath::root().field("sections").index(2).field("points").index(0);
        assert_eq!(path.field("speakers").index(1).to_string(), "sections[2].points[0].speakers[1]");
        assert_eq!(JsonPath::root().to_string(), "document");
    }
}
