//! Lead files as CRMs write them (part of the `cli` test binary): other
//! encodings refused with the command that re-encodes them, `;` and tab
//! read, columns renamed or skipped, and the campaign checked first.

#[allow(unused_imports)]
use super::*;

fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lead_files_from_crms() {
    let mock = MockProcess::start(0, &[]);
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let dry = |file: &Path, extra: &[&str]| {
        let mut cmd = mock.voiso();
        cmd.current_dir(dir.path())
            .args([
                "campaigns",
                "leads",
                "import",
                "2",
                "--dry-run",
                "-o",
                "json",
                "--file",
            ])
            .arg(file.file_name().unwrap())
            .args(extra);
        cmd
    };
    let csv = "phone_number,name\n493000000001,Jos\u{e9}\n";

    // Refused, with the exact command that re-encodes the file.
    let refused: &[(&str, Vec<u8>, &str)] = &[
        (
            "u16bom.csv",
            utf16le(csv, true),
            "`iconv -f UTF-16 -t UTF-8 u16bom.csv > u16bom-utf8.csv`",
        ),
        (
            "u16.csv",
            utf16le(csv, false),
            "`iconv -f UTF-16 -t UTF-8 u16.csv > u16-utf8.csv`",
        ),
        (
            "latin1.csv",
            b"phone_number,name\n493000000001,Jos\xe9\n493000000002,J\xfcrgen\n".to_vec(),
            "`iconv -f LATIN1 -t UTF-8 latin1.csv > latin1-utf8.csv`",
        ),
        (
            "cp1252.csv",
            b"phone_number,name\n493000000001,\x93Jo\x94\n".to_vec(),
            "`iconv -f WINDOWS-1252 -t UTF-8 cp1252.csv > cp1252-utf8.csv`",
        ),
        (
            "crm.csv",
            b"phone_number,name,email\n493000000001,Ann,a@example.com\n".to_vec(),
            "--ignore-column email",
        ),
        (
            "crm.ndjson",
            b"{\"phone_number\":\"493000000001\",\"email\":\"a@example.com\"}\n".to_vec(),
            "--ignore-column email",
        ),
    ];
    for (name, bytes, needle) in refused {
        let file = write(name, bytes);
        let out = run(dry(&file, &[])).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains(needle), "{name}: {stderr}");
        insta::assert_snapshot!(format!("err__leads_{}", name.replace('.', "_")), stderr);
    }

    // Read: `;` and tab found from the header, a forced delimiter, and a
    // CRM's columns renamed and skipped, in CSV and NDJSON alike.
    // Misread, a header would be one unknown column: each exits 2.
    let read: &[(&str, &[u8], &[&str])] = &[
        (
            "semi.csv",
            b"phone_number;name\n493000000001;Ann, Jr\n",
            &[],
        ),
        (
            "tab.tsv",
            b"phone_number\tname\n493000000001\tAnn; Jr\n",
            &[],
        ),
        (
            "forced.csv",
            b"phone_number|name\n493000000001|Ann\n",
            &["--delimiter", "|"],
        ),
        (
            "export.csv",
            b"Phone,Full name,email\n493000000001,Ann,a@example.com\n",
            &[
                "--map",
                "Phone=phone_number",
                "--map",
                "Full name=name",
                "--ignore-column",
                "email",
            ],
        ),
        (
            "export.ndjson",
            b"{\"Phone\":\"493000000001\",\"name\":\"Ann\",\"email\":\"a@example.com\"}\n",
            &["--map", "Phone=phone_number", "--ignore-column", "email"],
        ),
    ];
    for (name, bytes, extra) in read {
        let file = write(name, bytes);
        let report = dir.path().join(format!("{name}.report"));
        let mut cmd = mock.voiso();
        cmd.args([
            "campaigns",
            "leads",
            "import",
            "2",
            "-o",
            "ndjson",
            "--file",
        ])
        .arg(&file)
        .args(*extra)
        .arg("--report")
        .arg(&report);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}{stderr}",
            text(&out.stdout)
        );
        assert_eq!(
            out.stdout.iter().filter(|&&b| b == b'\n').count(),
            1,
            "{name}: one line"
        );
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(summary["counts"]["invalid"], 0, "{name}: {summary}");
        if name.ends_with(".csv") && extra.is_empty() {
            assert!(stderr.contains("-separated"), "{name}: {stderr}");
        }
    }
    assert!(mock.campaign(2).await["leads"].as_u64().unwrap() >= 1);

    // A --map naming no column is a typo, refused before anything is sent.
    let file = write("typo.csv", b"phone_number,name\n493000000002,Bo\n");
    let out = run(dry(&file, &["--map", "Phnoe=phone_number"])).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no column \"Phnoe\""),
        "{}",
        text(&out.stderr)
    );
}

/// A campaign that does not exist is found by one GET before any batch:
/// no summary, nothing sent, the ID named.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_campaign_is_found_before_any_row_is_sent() {
    let mock = MockProcess::start(0, &[]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("leads.csv");
    std::fs::write(&file, "phone_number\n493000000003\n").unwrap();
    let mut cmd = mock.voiso();
    cmd.args([
        "campaigns",
        "leads",
        "import",
        "999",
        "-o",
        "json",
        "--file",
    ])
    .arg(&file);
    let out = run(cmd).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{}{stderr}", text(&out.stdout));
    assert!(
        out.stdout.is_empty(),
        "a batch was reported: {}",
        text(&out.stdout)
    );
    assert!(
        stderr.contains("campaign 999 was not found") && stderr.contains("voiso campaigns list"),
        "{stderr}"
    );
}
