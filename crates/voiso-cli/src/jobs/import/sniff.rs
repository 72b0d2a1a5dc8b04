//! What a lead file's first bytes say about it: its encoding (only UTF-8
//! is read; another is refused with the command that re-encodes it) and,
//! for CSV, its delimiter.

/// Refuses text that is not UTF-8, from the start of the file, with the
/// command that re-encodes it: a UTF-16 file (Excel's "Unicode text")
/// would otherwise read as one garbled column, a Latin-1 one as rows with
/// broken names. A file is taken for Latin-1 when its header is not UTF-8,
/// or when its start holds several bytes that are not and no character
/// that is: one stray byte in a UTF-8 file only makes its row invalid.
pub fn check_encoding(head: &[u8], file: &str) -> Result<(), String> {
    let utf16 = head.starts_with(b"\xFF\xFE")
        || head.starts_with(b"\xFE\xFF")
        || (head.len() >= 2 && (head[0] == 0) != (head[1] == 0));
    let (from, what) = if utf16 {
        ("UTF-16", "UTF-16 (as Excel's \"Unicode text\" writes)")
    } else if head.contains(&0) {
        ("UTF-16", "not text: it holds NUL bytes, as UTF-16 does")
    } else if !not_utf8(head) {
        return Ok(());
    } else if head.iter().any(|b| (0x80..=0x9F).contains(b)) {
        // Windows-1252 uses 0x80 to 0x9F for printable signs (€, smart
        // quotes), which Latin-1 leaves as controls.
        ("WINDOWS-1252", "not UTF-8: it looks like Windows-1252")
    } else {
        ("LATIN1", "not UTF-8: it looks like Latin-1 (ISO-8859-1)")
    };
    let path = std::path::Path::new(file);
    let stem = path
        .file_stem()
        .map_or("leads".into(), |s| s.to_string_lossy());
    let ext = path
        .extension()
        .map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
    let out = path.with_file_name(format!("{stem}-utf8{ext}"));
    Err(format!(
        "the file is {what}; leads files are read as UTF-8. Re-encode it: `iconv -f {from} -t UTF-8 {} > {}`, then import {}",
        super::resume::quote(file),
        super::resume::quote(&out.display().to_string()),
        super::resume::quote(&out.display().to_string()),
    ))
}

/// Whether `head` reads as another 8-bit encoding than UTF-8 (see
/// [`check_encoding`]).
fn not_utf8(head: &[u8]) -> bool {
    let header_end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    let (mut invalid, mut multibyte, mut rest) = (0, 0, head);
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                multibyte += text.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                multibyte += std::str::from_utf8(good)
                    .map_or(0, |t| t.chars().filter(|c| !c.is_ascii()).count());
                // A character cut by the end of the buffer is not an error.
                let Some(len) = e.error_len() else { break };
                if head.len() - after.len() < header_end {
                    return true;
                }
                invalid += 1;
                rest = &after[len..];
            }
        }
    }
    invalid >= 2 && multibyte == 0
}

/// The delimiter of a header line: the most frequent of `,` `;` and tab
/// outside quotes, a comma on a tie (or a single column).
pub fn delimiter(line: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8]) -> Result<(), String> {
        check_encoding(bytes, "leads.csv")
    }

    #[test]
    fn other_encodings_are_refused_with_the_command_that_re_encodes_them() {
        let refused = |bytes: &[u8]| check(bytes).expect_err("refused");
        let utf16: Vec<u8> = "phone_number\n1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        for bytes in [
            [b"\xFF\xFE".as_slice(), &utf16].concat(),
            utf16.clone(),
            utf16.iter().rev().copied().collect(),
        ] {
            assert!(
                refused(&bytes).contains("iconv -f UTF-16 -t UTF-8 leads.csv > leads-utf8.csv")
            );
        }
        // Latin-1: in the header, or several bytes and no UTF-8 character.
        assert!(refused(b"phone_number,n\xe4me\n1,a\n").contains("iconv -f LATIN1"));
        assert!(refused(b"phone_number,name\n1,\xe9\n2,\xfc\n").contains("iconv -f LATIN1"));
        assert!(refused(b"phone_number,name\n1,\x93a\x94\n").contains("WINDOWS-1252"));
        // One stray byte in a UTF-8 file: not refused here (its row is).
        assert!(check(b"phone_number,name\n1,\xc3\xa9\n2,\xff\n").is_ok());
        assert!(check(b"phone_number,name\n1,\xff\n2,b\n").is_ok());
    }

    #[test]
    fn delimiters_are_read_from_the_header_line() {
        assert_eq!(delimiter(b"phone_number;name;\"a,b\""), b';');
        assert_eq!(delimiter(b"phone_number\tname"), b'\t');
        assert_eq!(delimiter(b"phone_number,name"), b',');
        assert_eq!(delimiter(b"phone_number"), b',');
        assert_eq!(delimiter(b"\"a;b;c\",d"), b',');
    }
}
