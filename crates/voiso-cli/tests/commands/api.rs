//! `voiso api PATH` against the real mock (part of the `cli` test binary):
//! the same answer as a typed command, a write that changes the mock's
//! state, errors mapped like every other command, and a write whose answer
//! is lost never sent twice.

#[allow(unused_imports)]
use super::*;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_reads_and_writes_any_path_with_the_commands_guarantees() {
    let all = messages::all_scopes("demo-key");
    let mock = MockProcess::start(3, &["--key", &all, "--key", "ro:campaigns.read"]);

    // A GET equals the typed command's record.
    let (code, typed, stderr) = mock.run(&["campaigns", "get", "3", "-o", "json"]).await;
    assert_eq!(code, Some(0), "{stderr}");
    let (code, raw, stderr) = mock.run(&["api", "campaigns/3"]).await;
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(json(&raw)["campaign"], json(&typed));
    let (code, absolute, _) = mock.run(&["api", "/api/v4/campaigns/3"]).await;
    assert_eq!(code, Some(0));
    assert_eq!(absolute, raw);

    // Query pairs reach the server.
    let (code, listed, stderr) = mock
        .run(&["api", "campaigns", "-q", "status=active", "-q", "limit=1"])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
    let listed = json(&listed);
    let campaigns = listed["campaigns"].as_array().unwrap();
    assert_eq!(campaigns.len(), 1, "{listed}");
    assert_eq!(campaigns[0]["status"], "active");
    let active_id = campaigns[0]["id"].clone();
    let active = active_id.to_string();

    // A POST changes the mock's state.
    let path = format!("campaigns/{active}/pause");
    let (code, _, stderr) = mock.run(&["api", "-X", "POST", &path]).await;
    assert_eq!(code, Some(0), "{stderr}");
    let state = mock.state().await;
    let paused = state["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == active_id)
        .unwrap();
    assert_eq!(paused["status"], "paused", "{paused}");

    // A 404 and a refused key, as every command reports them.
    let (code, _, stderr) = mock.run(&["api", "routing/queues/999999"]).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("404"), "{stderr}");
    let (code, _, stderr) = mock
        .run(&["api", "campaigns/3", "--api-key", "not-a-key"])
        .await;
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("--api-key"), "{stderr}");
    assert!(!stderr.contains("not-a-key"), "{stderr}");
    let (code, _, stderr) = mock
        .run(&["api", "-X", "POST", &path, "--api-key", "ro"])
        .await;
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("403"), "{stderr}");

    // Usage: a URL (the key would leave the host), a body that is not JSON.
    let (code, _, stderr) = mock.run(&["api", "https://example.com/x"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    let (code, _, stderr) = mock.run(&["api", "campaigns", "-q", "nokey"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{not json").unwrap();
    let (code, _, stderr) = mock
        .run(&["api", "voice/calls", "--input", bad.to_str().unwrap()])
        .await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not JSON"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_whose_answer_is_lost_is_not_sent_again() {
    let mock = MockProcess::start(
        3,
        &["--lost-reply-rate", "1", "--lost-reply-stall-ms", "100"],
    );
    let agent = mock.agents(true).await.remove(0);
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("call.json");
    std::fs::write(
        &body,
        serde_json::json!({"user_id": agent, "phone_number": PHONE}).to_string(),
    )
    .unwrap();
    let (code, stdout, stderr) = mock
        .run(&["api", "voice/calls", "--input", body.to_str().unwrap()])
        .await;
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("not sent again"), "{stderr}");
    let calls = mock.calls().await;
    assert_eq!(calls.len(), 1, "sent exactly once: {calls:?}");
    assert_eq!(mock.stats().await["requests"], 1);
}
