//! The site in memory, and writing it so that no half-written site is ever left behind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::CliError;

/// Every file of the site by its path under the site's root (`/`-separated), in sorted order.
#[derive(Debug, Default)]
pub struct Site {
    files: BTreeMap<String, Vec<u8>>,
}

impl Site {
    pub fn add(&mut self, path: String, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path, bytes.into());
    }

    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
    }

    /// Writes the site into a new folder beside `out`, then puts it in `out`'s place: the old
    /// site (if any) is renamed away and removed only once the new one is there. On an error the
    /// new folder is removed and `out` is as it was.
    pub fn write(&self, out: &Path) -> Result<(), CliError> {
        let failed = |path: &Path, source: std::io::Error| CliError::WriteFile { path: path.to_owned(), source };
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "site".into());
        let parent = match out.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        if out.exists() && !out.is_dir() {
            return Err(CliError::Arguments(format!("--out {}: exists and is not a folder", out.display())));
        }
        let staging = parent.join(format!(".{name}.publishing-{}", std::process::id()));
        let result = (|| {
            std::fs::create_dir(&staging).map_err(|e| failed(&staging, e))?;
            for (path, bytes) in self.files() {
                let file = staging.join(path);
                if let Some(folder) = file.parent() {
                    std::fs::create_dir_all(folder).map_err(|e| failed(folder, e))?;
                }
                std::fs::write(&file, bytes).map_err(|e| failed(&file, e))?;
            }
            let old = parent.join(format!(".{name}.replaced-{}", std::process::id()));
            let had_old = out.exists();
            if had_old {
                std::fs::rename(out, &old).map_err(|e| failed(out, e))?;
            }
            if let Err(error) = std::fs::rename(&staging, out) {
                if had_old {
                    // Put the old site back; if even that fails, the error says where it is.
                    let _ = std::fs::rename(&old, out);
                }
                return Err(failed(out, error));
            }
            if had_old {
                std::fs::remove_dir_all(&old).map_err(|e| failed(&old, e))?;
            }
            Ok(())
        })();
        if result.is_err() && staging.exists() {
            let _ = std::fs::remove_dir_all(&staging);
        }
        result
    }
}
