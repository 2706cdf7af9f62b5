//! `serve`: the same URLs as production, live reload after edits, the error
//! overlay and its recovery, and no way out of the site.

use crate::util::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `threesteps serve` on a free port, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(fx: &Fixture) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_threesteps"))
            .args(["serve", "--port", "0", "--root", fx.root().to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start serve");
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
        let port = line.split("127.0.0.1:").nth(1).and_then(|r| r.split('/').next()).and_then(|p| p.parse().ok());
        let port = port.unwrap_or_else(|| panic!("no address in {line:?}"));
        // Keep draining stdout so the server never blocks on a full pipe.
        let mut out = child.stdout.take().unwrap();
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        Server { child, port }
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        let response = String::from_utf8_lossy(&self.get_raw(path)).into_owned();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        (status, head.to_string(), body.to_string())
    }

    /// The whole response, head and body, as bytes.
    fn get_raw(&self, path: &str) -> Vec<u8> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        response
    }

    /// Opens the event stream; `wait_for` reads it until some text arrives.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(stream, "GET /__threesteps/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        let mut events = Events { stream, seen: String::new() };
        events.wait_for(": connected");
        events
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 65536];
        while !self.seen.contains(text) {
            assert!(Instant::now() < deadline, "no {text:?} in the event stream; got:\n{}", self.seen);
            if let Ok(n) = self.stream.read(&mut buf) {
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
        let at = self.seen.find(text).unwrap() + text.len();
        let rest = self.seen[at..].to_string();
        self.seen = rest.clone();
        rest
    }

    /// Reads the stream for `time`: whether `text` came.
    fn arrives_within(&mut self, text: &str, time: Duration) -> bool {
        let deadline = Instant::now() + time;
        let mut buf = [0u8; 65536];
        while Instant::now() < deadline && !self.seen.contains(text) {
            if let Ok(n) = self.stream.read(&mut buf) {
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
        self.seen.contains(text)
    }
}

#[test]
fn serves_production_urls_with_headers_and_live_reload_script() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let (status, head, body) = server.get("/en/sleep-safe/");
    assert_eq!(status, 200);
    assert!(body.contains("<h2 id=on-back>"), "{body}");
    assert!(head.contains("Content-Security-Policy: default-src 'self'"), "the _headers CSP is applied: {head}");
    assert!(head.contains("X-Content-Type-Options: nosniff"));
    assert!(
        body.contains("<script src=\"/__threesteps/live.js\" defer></script></body>"),
        "live reload script injected"
    );
    assert!(!body.contains("<script>"), "no inline script");
    assert_eq!(server.get("/__threesteps/live.js").0, 200);
    let (status, head, _) = server.get("/sleep");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /en/sleep-safe/"), "{head}");
    let (status, head, _) = server.get("/en/sleep-safe");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /en/sleep-safe/"), "{head}");
    let (status, _, body) = server.get("/en/no-such-page/");
    assert_eq!(status, 404);
    assert!(body.contains("lang=ar"), "the multilingual 404 page: {body}");
    assert_eq!(server.get("/qr/pl/sleep.png").0, 200);
    // The built site has no live-reload script.
    fx.build();
    for file in list_files(&fx.path("public")) {
        let bytes = std::fs::read(fx.path(&format!("public/{file}"))).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("__threesteps"), "{file} mentions serve's script");
    }
}

#[test]
fn paths_outside_the_site_are_refused() {
    let fx = Fixture::new("basic");
    std::fs::write(fx.path("secret.txt"), "TOP SECRET").unwrap();
    let server = Server::start(&fx);
    for path in [
        "/../site.yaml",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/en/%2e%2e/%2e%2e/secret.txt",
        "/en/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/content/en/sleep-safe.md",
        "/site.yaml",
    ] {
        let (status, _, body) = server.get(path);
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(
            !body.contains("TOP SECRET") && !body.contains("base_url:") && !body.contains("short: sleep"),
            "{path} leaked"
        );
    }
}

#[test]
fn an_edit_reloads_a_bad_edit_shows_errors_and_a_fix_recovers() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let mut events = server.events();

    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Always on the back, every single time.");
    events.wait_for("event: reload");
    assert!(server.get("/en/sleep-safe/").2.contains("every single time"), "new content served");
    assert!(server.get("/pl/sleep-safe/").2.contains("notice-outdated"), "the translation is now outdated");

    fx.edit("content/en/sleep-safe.md", "title: Sleeping safely", "titel: Sleeping safely");
    // (Waiting for the message itself: an editor's save can show a half-written file first.)
    events.wait_for("content/en/sleep-safe.md:2: unknown key 'titel'");
    let (_, _, listed) = server.get("/__threesteps/errors");
    assert!(listed.contains("unknown key 'titel'"), "{listed}");
    let (status, _, body) = server.get("/en/sleep-safe/");
    assert_eq!(status, 200, "the last good build is still served");
    assert!(body.contains("every single time"));

    fx.edit("content/en/sleep-safe.md", "titel: Sleeping safely", "title: Sleeping safely");
    events.wait_for("event: reload");
    assert_eq!(server.get("/__threesteps/errors").2, "[]", "errors cleared");

    // A broken link in a body-only edit is caught too.
    fx.edit("content/en/guides/crying.md", "@/sleep-safe.md#on-back", "@/sleep-safe.md#nowhere");
    events.wait_for("content/en/guides/crying.md:9: link to '@/sleep-safe.md#nowhere'");
    fx.edit("content/en/guides/crying.md", "@/sleep-safe.md#nowhere", "@/sleep-safe.md#on-back");
    events.wait_for("event: reload");

    // A new page and a template change rebuild everything.
    fx.write("content/en/new.md", "---\ntitle: Brand new\ndescription: New.\n---\nFresh.\n");
    events.wait_for("event: reload");
    assert_eq!(server.get("/pl/new/").0, 200);
    fx.edit(
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}<p class=marker>edited template</p>",
    );
    events.wait_for("event: reload");
    assert!(server.get("/en/new/").2.contains("edited template"));
}

#[test]
fn a_site_that_does_not_build_is_served_with_its_errors() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/_index.md", "title:", "titel:");
    let server = Server::start(&fx);
    let (status, _, body) = server.get("/en/");
    assert_eq!(status, 200);
    assert!(body.contains("The site does not build yet") && body.contains("live.js"), "{body}");
    assert!(server.get("/__threesteps/errors").2.contains("unknown key 'titel'"));
    let mut events = server.events();
    fx.edit("content/en/_index.md", "titel:", "title:");
    events.wait_for("event: reload");
    assert!(server.get("/en/").2.contains("Fixture home"));
}

#[test]
fn leaflets_are_made_when_asked_for_and_follow_edits() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    let server = Server::start(&fx);
    let mut events = server.events();
    let (status, head, body) = server.get("/leaflets/en/sleep-safe.pdf");
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("application/pdf"), "{head}");
    assert!(body.starts_with("%PDF-"), "a PDF is served");
    assert_eq!(server.get("/leaflets/pl/red-book-qr.pdf").0, 200);
    assert_eq!(server.get("/leaflets/en/no-such-page.pdf").0, 404);

    // A body edit makes a new leaflet with the new text.
    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Always on the back, said the leaflet.");
    events.wait_for("event: reload");
    let raw = server.get_raw("/leaflets/en/sleep-safe.pdf");
    let body_at = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let file = fx.path("served.pdf");
    std::fs::write(&file, &raw[body_at..]).unwrap();
    let text =
        Command::new("pdftotext").args([file.to_str().unwrap(), "-"]).output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("said the leaflet"), "the served leaflet has the edit:\n{text}");

    // While a bad edit is on screen, the last good build's leaflets are still served.
    fx.edit("content/en/sleep-safe.md", "title: Sleeping safely", "titel: Sleeping safely");
    events.wait_for("content/en/sleep-safe.md:3: unknown key 'titel'");
    assert_eq!(server.get("/leaflets/en/sleep-safe.pdf").0, 200);
}

#[test]
fn toolkit_bundles_are_made_when_asked_for_and_follow_edits() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    let server = Server::start(&fx);
    let mut events = server.events();
    let zip_of = |name: &str| {
        let raw = server.get_raw("/downloads/pl/three-steps-toolkit-pl.zip");
        let head = String::from_utf8_lossy(&raw[..raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap()]).into_owned();
        assert!(head.contains(" 200 ") && head.contains("application/zip"), "{head}");
        let body_at = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        let file = fx.path(name);
        std::fs::write(&file, &raw[body_at..]).unwrap();
        file
    };
    let unzip = |args: &[&str]| {
        let output = Command::new("unzip").args(args).output().expect("unzip (Debian's unzip)");
        assert!(output.status.success(), "unzip {args:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let first = zip_of("first.zip");
    assert!(unzip(&["-t", first.to_str().unwrap()]).contains("No errors detected"));
    assert!(unzip(&["-l", first.to_str().unwrap()]).contains("leaflets/sleep-safe.pdf"));
    assert_eq!(server.get("/downloads/pl/three-steps-toolkit-xx.zip").0, 404);

    // A new title: the next bundle's contents list has it.
    fx.edit("content/pl/sleep-safe.md", "title: Bezpieczny sen", "title: Bezpieczny sen dziecka");
    events.wait_for("event: reload");
    let second = zip_of("second.zip");
    let contents = unzip(&["-p", second.to_str().unwrap(), "contents.txt"]);
    assert!(contents.contains("Bezpieczny sen dziecka"), "{contents}");
}

#[test]
fn a_body_edit_refreshes_the_search_index_of_its_language() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let mut events = server.events();
    assert_eq!(server.get("/pl/search/").0, 200);
    assert!(!server.get("/pl/search-index.json").2.contains("zebrafinch"));
    fx.edit("content/pl/sleep-safe.md", "## Na plecach {#on-back}", "Zebrafinch.\n\n## Na plecach {#on-back}");
    events.wait_for("event: reload");
    assert!(server.get("/pl/search-index.json").2.contains("\"zebrafinch\""), "the Polish index has the new word");
    let (_, _, docs) = server.get("/pl/search-docs.json");
    assert!(docs.contains("Zebrafinch."), "and the snippet: {docs}");
    assert!(!server.get("/en/search-index.json").2.contains("zebrafinch"), "English is not affected");
    // A second edit in the same language (served from the kept search data).
    fx.edit("content/pl/sleep-safe.md", "Zebrafinch.", "Kakadu.");
    events.wait_for("event: reload");
    let index = server.get("/pl/search-index.json").2;
    // Terms are light-stemmed: Kakadu → kakad, plecach → plec.
    assert!(index.contains("\"kakad\"") && !index.contains("zebrafinch"), "{index}");
    assert!(index.contains("\"plec\""), "the rest of the index is still there");
    // The typo list follows: the new word in, the removed one out, the rest kept.
    let words = server.get("/pl/search-words.json").2;
    assert!(words.contains("\"kakadu\"") && !words.contains("zebrafinch"), "{words}");
    assert!(words.contains("\"plecach\""), "{words}");
}

#[test]
fn body_edits_serve_the_search_files_and_dashboard_a_build_makes() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let mut events = server.events();
    // The first edit makes the translations outdated; the second changes no status.
    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Always on the back, for every nap.");
    events.wait_for("event: reload");
    fx.edit("content/en/sleep-safe.md", "for every nap.", "for every nap and every night.");
    events.wait_for("event: reload");
    let served_pages = ["en/search-index.json", "en/search-docs.json", "en/search-words.json", "translation-status/"];
    let served: Vec<String> = served_pages.iter().map(|path| server.get(&format!("/{path}")).2).collect();
    drop(server);
    fx.build();
    for (path, served) in served_pages.iter().zip(served) {
        let built = fx.out(&if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() });
        let served = served.replace("<script src=\"/__threesteps/live.js\" defer></script>", "");
        assert_eq!(served, built, "{path} as served after the edits and as built from the same sources");
    }
    assert!(fx.out("en/search-docs.json").contains("every night"));
    assert!(fx.out("translation-status/index.html").contains("outdated"));
}

#[test]
fn an_editors_save_by_rename_is_one_rebuild() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let mut events = server.events();
    let page = fx.path("content/en/sleep-safe.md");
    let text = fx.read("content/en/sleep-safe.md");
    let saved = |words: &str| text.replace("Always on the back.", words);
    // VS Code's atomic save: the new text in a temporary file, renamed over the page.
    let temporary = fx.path("content/en/.sleep-safe.md.tmp");
    std::fs::write(&temporary, saved("Written and renamed.")).unwrap();
    std::fs::rename(&temporary, &page).unwrap();
    events.wait_for("event: reload");
    assert!(!events.arrives_within("event: ", Duration::from_millis(600)), "one save, one rebuild: {}", events.seen);
    assert!(server.get("/en/sleep-safe/").2.contains("Written and renamed."));
    // vim's: a test file made and removed, the page renamed to a backup, the
    // new text written, the backup removed.
    let probe = fx.path("content/en/4913");
    std::fs::write(&probe, "").unwrap();
    std::fs::remove_file(&probe).unwrap();
    let backup = fx.path("content/en/sleep-safe.md~");
    std::fs::rename(&page, &backup).unwrap();
    std::fs::write(&page, saved("Backed up and written.")).unwrap();
    std::fs::remove_file(&backup).unwrap();
    events.wait_for("event: reload");
    assert!(!events.arrives_within("event: ", Duration::from_millis(600)), "one save, one rebuild: {}", events.seen);
    assert!(server.get("/en/sleep-safe/").2.contains("Backed up and written."));
}

impl Server {
    /// Sends `request` as it is and returns the status of the answer (0 for none).
    fn send_raw(&self, request: &[u8]) -> u16 {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        stream.write_all(request).unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response);
        response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
    }
}

#[test]
fn deep_nesting_in_an_edit_shows_in_the_overlay_and_serve_keeps_serving() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let mut events = server.events();
    let deep = format!("{} deep", ">".repeat(5000));
    fx.edit("content/en/sleep-safe.md", "Always on the back.", &deep);
    events.wait_for("the text nests more than 128 levels deep");
    assert!(server.get("/__threesteps/errors").2.contains("content/en/sleep-safe.md"));
    assert_eq!(server.get("/en/sleep-safe/").0, 200, "the last good build is still served");
    fx.edit("content/en/sleep-safe.md", &deep, "Always on the back.");
    events.wait_for("event: reload");
    assert_eq!(server.get("/__threesteps/errors").2, "[]");
}

#[test]
fn idle_half_sent_and_malformed_requests_do_not_stop_serve() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    // 300 connections that say nothing and 100 that stop half-way through their headers.
    let mut held = Vec::new();
    for _ in 0..300 {
        held.push(TcpStream::connect(("127.0.0.1", server.port)).unwrap());
    }
    for _ in 0..100 {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        stream.write_all(b"GET /en/ HTTP/1.1\r\nHost: loc").unwrap();
        held.push(stream);
    }
    let started = Instant::now();
    assert_eq!(server.get("/en/sleep-safe/").0, 200, "still answering");
    assert!(started.elapsed() < Duration::from_secs(5), "answered at once: {:?}", started.elapsed());
    let huge_head = format!("GET / HTTP/1.1\r\nX-Long: {}", "a".repeat(17_000));
    for (request, status) in [
        (&b"GARBAGE\r\n\r\n"[..], 400),
        (b"GET /en/\r\n\r\n", 400),
        (b"GET /en/ HTTP/1.1 extra\r\n\r\n", 400),
        (b"GET relative HTTP/1.1\r\n\r\n", 400),
        (b"GET /\xff\xfe HTTP/1.1\r\n\r\n", 400),
        (b"POST /en/ HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 405),
        (b"GET /%zz HTTP/1.1\r\n\r\n", 404),
        (huge_head.as_bytes(), 431),
    ] {
        assert_eq!(server.send_raw(request), status, "{}", String::from_utf8_lossy(&request[..request.len().min(40)]));
    }
    // A client that never finishes its request is answered 408 and let go.
    let mut slow = held.pop().unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    drop(held);
    assert_eq!(server.get("/en/").0, 200, "still answering after all that");
}

#[test]
fn serve_never_installs_the_service_worker() {
    let fx = Fixture::new("basic");
    let server = Server::start(&fx);
    let (status, _, page) = server.get("/en/sleep-safe/");
    assert_eq!(status, 200);
    assert!(!page.contains("offline.js") && !page.contains("rel=manifest"), "serve registers no worker: {page}");
    let (status, _, sw) = server.get("/sw.js");
    assert_eq!(status, 200);
    assert!(sw.contains("unregister()") && !sw.contains("const SAVED"), "serve's worker removes itself: {sw}");
    assert_eq!(server.get("/en/manifest.webmanifest").0, 404);
}
