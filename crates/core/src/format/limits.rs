//! The limits a file must keep to, checked before the file is parsed, so that no file can make
//! the reader use deep recursion or a great deal of memory.

use crate::error::ImportError;

/// The largest file an import reads: 8 MiB, room for a thousand goals and thousands of
/// entries, and well below what a browser lets a page keep.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// The deepest nesting of lists and objects a file may have. Records nest six deep at most.
pub const MAX_NESTING: usize = 16;

/// The most values, across every list in a file: answers, goals, steps, history events, plan
/// entries and links all count.
pub const MAX_LIST_ENTRIES: usize = 100_000;

/// Which limits apply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Check {
    /// A file from anywhere: every limit.
    File,
    /// The browser's stored copy, which the browser's own storage limit bounds: nesting only.
    Stored,
}

/// Checks size, nesting and the number of list entries in one pass over the bytes, without
/// building anything. Text that is not JSON passes here and is refused by the parser after.
pub(super) fn check(text: &str, check: Check) -> Result<(), ImportError> {
    let file = check == Check::File;
    if file && text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // Whether each open bracket is a list (`[`) or an object (`{`).
    let mut open: Vec<bool> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut list_just_opened = false;
    let mut entries = 0usize;
    for &byte in text.as_bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        if byte.is_ascii_whitespace() {
            continue;
        }
        if list_just_opened {
            list_just_opened = false;
            if byte != b']' {
                entries += 1;
            }
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                if open.len() == MAX_NESTING {
                    return Err(ImportError::TooDeep { limit: MAX_NESTING });
                }
                open.push(byte == b'[');
                list_just_opened = byte == b'[';
            }
            b']' | b'}' => {
                open.pop();
            }
            b',' if open.last() == Some(&true) => entries += 1,
            _ => {}
        }
        if file && entries > MAX_LIST_ENTRIES {
            return Err(ImportError::TooManyEntries {
                limit: MAX_LIST_ENTRIES,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_file(text: &str) -> Result<(), ImportError> {
        check(text, Check::File)
    }

    #[test]
    fn the_stored_copy_is_bound_by_nesting_only() {
        let big = format!("[{}]", vec!["0"; MAX_LIST_ENTRIES + 1].join(","));
        assert_eq!(check(&big, Check::Stored), Ok(()));
        assert!(check(&"[".repeat(MAX_NESTING + 1), Check::Stored).is_err());
    }

    #[test]
    fn a_file_of_exactly_the_largest_size_is_read() {
        let text = " ".repeat(MAX_FILE_BYTES);
        assert_eq!(check_file(&text), Ok(()));
        assert_eq!(
            check_file(&format!("{text} ")),
            Err(ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1,
                limit: MAX_FILE_BYTES
            })
        );
    }

    #[test]
    fn commas_between_an_objects_fields_are_not_list_entries() {
        let object = format!("{{{}}}", vec!["\"a\":0"; MAX_LIST_ENTRIES + 1].join(","));
        assert_eq!(check_file(&object), Ok(()));
        let list = format!(
            "[{}]",
            vec!["{\"a\":0,\"b\":[]}"; MAX_LIST_ENTRIES].join(",")
        );
        assert_eq!(check_file(&list), Ok(()));
    }

    #[test]
    fn nesting_past_the_limit_is_refused_before_parsing() {
        let deep = "[".repeat(MAX_NESTING + 1);
        assert_eq!(
            check_file(&deep),
            Err(ImportError::TooDeep { limit: MAX_NESTING })
        );
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert_eq!(check_file(&ok), Ok(()));
        // Brackets inside text do not count.
        let quoted = format!("{{\"a\":\"{}\\\"{}\"}}", "[".repeat(100), "{".repeat(100));
        assert_eq!(check_file(&quoted), Ok(()));
    }

    #[test]
    fn list_entries_are_counted_across_every_list() {
        let list = |n: usize| format!("[{}]", vec!["{}"; n].join(","));
        assert_eq!(check_file(&list(MAX_LIST_ENTRIES)), Ok(()));
        assert_eq!(
            check_file(&list(MAX_LIST_ENTRIES + 1)),
            Err(ImportError::TooManyEntries {
                limit: MAX_LIST_ENTRIES
            })
        );
        let two = format!("{{\"a\":{},\"b\":{}}}", list(60_000), list(60_000));
        assert!(check_file(&two).is_err());
        assert_eq!(check_file("[]"), Ok(()));
        assert_eq!(check_file("[ [ ] , [ 1 ] ]"), Ok(()));
    }
}
