//! The exact command that resumes a stopped run: this one's own arguments,
//! quoted for a POSIX shell, the API key left out (it is taken from the
//! environment or given again).

/// Flags whose value is a secret: dropped with their value.
const SECRET: &str = "--api-key";

pub fn command() -> String {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (kept, dropped) = without_secret(args);
    let line = kept.iter().map(|a| quote(a)).collect::<Vec<_>>().join(" ");
    if dropped {
        format!("{line}   (add --api-key, or set VOISO_API_KEY: the key is not repeated here)")
    } else {
        line
    }
}

/// `args` without `--api-key KEY` or `--api-key=KEY`; whether one was there.
fn without_secret(args: Vec<String>) -> (Vec<String>, bool) {
    let mut kept = Vec::with_capacity(args.len());
    let mut dropped = false;
    let mut skip_next = false;
    for arg in args {
        if skip_next {
            skip_next = false;
        } else if arg == SECRET {
            skip_next = true;
            dropped = true;
        } else if arg.starts_with(&format!("{SECRET}=")) {
            dropped = true;
        } else {
            kept.push(arg);
        }
    }
    (kept, dropped)
}

/// One word as a POSIX shell reads it back.
pub fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,+@%".contains(&b));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_never_appears_and_words_survive_the_shell() {
        let args = [
            "voiso",
            "--api-key",
            "s3cret",
            "campaigns",
            "--api-key=s3cret",
            "x",
        ]
        .map(String::from)
        .to_vec();
        let (kept, dropped) = without_secret(args);
        assert!(dropped);
        assert_eq!(kept, ["voiso", "campaigns", "x"]);
        assert_eq!(quote("leads.csv"), "leads.csv");
        assert_eq!(quote("my leads.csv"), "'my leads.csv'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }
}
