//! Where in a document a problem is: a JSON path such as `sections[2].points[0].speakers[1]`.

use std::fmt;

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
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
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::JsonPath;

    #[test]
    fn paths_read_like_javascript() {
        let path = JsonPath::root().field("sections").index(2).field("points").index(0);
        assert_eq!(path.field("speakers").index(1).to_string(), "sections[2].points[0].speakers[1]");
        assert_eq!(JsonPath::root().to_string(), "document");
    }
}
