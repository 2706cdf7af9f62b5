//! The development server's HTTP side: the same URLs as production (pretty
//! URLs, `404.html`, short links as 301s, the `_headers` security headers),
//! plus the live-reload script and event stream under `/__threesteps/`.
//! It serves only the in-memory outputs: no request ever reads the disk.

use crate::output::headers::security_headers;
use crate::routes::{self, Made};
use crate::serve::{Event, Shared};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::Duration;

const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");
const LIVE_TAG: &str = "<script src=\"/__threesteps/live.js\" defer></script>";

/// A response: status, content type, extra headers and body.
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response { status, content_type, headers: Vec::new(), body: body.into() }
    }

    fn redirect(to: &str) -> Response {
        let mut r = Response::new(301, "text/plain; charset=utf-8", format!("Moved to {to}\n"));
        r.headers.push(("Location".into(), to.into()));
        r
    }
}

/// The longest request head (request line and headers) `serve` reads.
const MAX_HEAD: usize = 16 * 1024;
/// How long a client may take to send its request head, in all.
const HEAD_DEADLINE: Duration = Duration::from_secs(10);

/// Handles one connection: reads the request, answers it (or streams events).
/// A request that is too large, too slow or not HTTP gets a 4xx answer and
/// the connection is closed; nothing a client sends can stop the server.
pub fn handle(mut stream: TcpStream, shared: &Shared) {
    let (method, target) = match read_request_line(&mut stream) {
        Ok(request) => request,
        Err(Some(status)) => {
            let body = format!("{}\n", reason(status));
            let _ = write_response(&mut stream, &Response::new(status, "text/plain; charset=utf-8", body), false);
            return;
        }
        Err(None) => return, // the client went away
    };
    if method != "GET" && method != "HEAD" {
        let _ = write_response(
            &mut stream,
            &Response::new(405, "text/plain; charset=utf-8", "Method not allowed\n"),
            false,
        );
        return;
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == "/__threesteps/events" {
        stream_events(stream, shared);
        return;
    }
    let response = respond(path, shared);
    let _ = write_response(&mut stream, &response, method == "HEAD");
}

/// Reads the request head within [`MAX_HEAD`] bytes and [`HEAD_DEADLINE`]
/// and returns its method and target (parsed by `httparse`).
/// `Err(Some(status))` for a request to refuse, `Err(None)` when the client
/// closed the connection.
fn read_request_line(stream: &mut TcpStream) -> Result<(String, String), Option<u16>> {
    let started = std::time::Instant::now();
    let mut head = Vec::with_capacity(1024);
    let mut buffer = [0u8; 2048];
    loop {
        if let Some(request) = parse_head(&head)? {
            return Ok(request);
        }
        if head.len() > MAX_HEAD {
            return Err(Some(431));
        }
        let left = HEAD_DEADLINE.checked_sub(started.elapsed()).filter(|d| !d.is_zero()).ok_or(Some(408))?;
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut buffer) {
            Ok(0) => return Err(if head.is_empty() { None } else { Some(400) }),
            Ok(n) => head.extend_from_slice(&buffer[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(Some(408))
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(None),
        }
    }
}

/// The method and target of a complete request head, `None` while it is
/// still arriving; only origin-form HTTP/1.x targets (`/…`) are accepted.
fn parse_head(head: &[u8]) -> Result<Option<(String, String)>, Option<u16>> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(head) {
        Ok(httparse::Status::Complete(_)) => match (request.method, request.path) {
            (Some(method), Some(target)) if target.starts_with('/') => Ok(Some((method.into(), target.into()))),
            _ => Err(Some(400)),
        },
        Ok(httparse::Status::Partial) => Ok(None),
        Err(httparse::Error::TooManyHeaders) => Err(Some(431)),
        Err(_) => Err(Some(400)),
    }
}

/// The answer to a GET of `path`.
pub fn respond(raw_path: &str, shared: &Shared) -> Response {
    let Some(path) = safe_path(raw_path) else {
        return Response::new(404, "text/plain; charset=utf-8", "Not found\n");
    };
    match path.as_str() {
        "/__threesteps/live.js" => return Response::new(200, "text/javascript; charset=utf-8", LIVE_JS),
        "/__threesteps/live.css" => return Response::new(200, "text/css; charset=utf-8", LIVE_CSS),
        "/__threesteps/errors" => {
            let errors = shared.snapshot.read().map(|s| s.errors.clone()).unwrap_or_default();
            return Response::new(200, "application/json", serde_json::to_vec(&errors).unwrap_or_default());
        }
        _ => {}
    }
    let Ok(snapshot) = shared.snapshot.read() else {
        return Response::new(500, "text/plain; charset=utf-8", "Server error\n");
    };
    if snapshot.files.is_empty() {
        // No good build yet: a page that shows the errors and recovers by itself.
        let body = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><main><h1>The site does not build yet</h1><p>Fix the errors; this page reloads when the build succeeds.</p></main>{LIVE_TAG}</body></html>"
        );
        return Response::new(200, "text/html; charset=utf-8", body);
    }
    let file = routes::output_path(&path);
    if let Some(bytes) = snapshot.files.get(&file) {
        return Response::new(200, content_type(&file), with_live_reload(&file, bytes));
    }
    if matches!(routes::made_kind(&path), Made::Leaflet | Made::PosterOrSlides | Made::Bundle) {
        if let Some(leaflets) = snapshot.leaflets.clone() {
            drop(snapshot);
            return match leaflets.get(&path) {
                Some(Ok(bytes)) => Response::new(200, content_type(&path), bytes),
                Some(Err(message)) => Response::new(500, "text/plain; charset=utf-8", format!("{message}\n")),
                None => not_found(shared),
            };
        }
    }
    if let Some(to) = snapshot.redirects.get(&path) {
        return Response::redirect(to);
    }
    if !path.ends_with('/') && snapshot.files.contains_key(&format!("{}/index.html", &path[1..])) {
        return Response::redirect(&format!("{path}/"));
    }
    not_found_page(&snapshot)
}

fn not_found(shared: &Shared) -> Response {
    match shared.snapshot.read() {
        Ok(snapshot) => not_found_page(&snapshot),
        Err(_) => Response::new(500, "text/plain; charset=utf-8", "Server error\n"),
    }
}

fn not_found_page(snapshot: &crate::serve::Snapshot) -> Response {
    match snapshot.files.get("404.html") {
        Some(bytes) => Response::new(404, "text/html; charset=utf-8", with_live_reload("404.html", bytes)),
        None => Response::new(404, "text/plain; charset=utf-8", "Not found\n"),
    }
}

/// Decodes `%xx` and refuses anything that could leave the site: `..` and
/// `.` segments, backslashes, NUL, non-UTF-8.
pub fn safe_path(raw: &str) -> Option<String> {
    if !raw.starts_with('/') {
        return None;
    }
    // A `%` must start a valid escape: a malformed one is refused, not kept.
    let bytes = raw.as_bytes();
    let escapes_valid = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'%')
        .all(|(i, _)| bytes.get(i + 1..i + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)));
    if !escapes_valid {
        return None;
    }
    let decoded: Vec<u8> = percent_encoding::percent_decode_str(raw).collect();
    let path = String::from_utf8(decoded).ok()?;
    let unsafe_segment = path.split('/').any(|s| s == ".." || s == ".");
    if unsafe_segment || path.contains('\\') || path.contains('\0') || path.contains("//") {
        return None;
    }
    Some(path)
}

fn with_live_reload(file: &str, bytes: &[u8]) -> Vec<u8> {
    if !file.ends_with(".html") {
        return bytes.to_vec();
    }
    let html = String::from_utf8_lossy(bytes);
    match html.rfind("</body>") {
        Some(i) => format!("{}{LIVE_TAG}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{LIVE_TAG}").into_bytes(),
    }
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        404 => "Not Found",
        400 => "Bad Request",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

fn write_response(stream: &mut TcpStream, response: &Response, head_only: bool) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len()
    );
    // The production headers, so CSP mistakes show up while editing.
    for (name, value) in security_headers() {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

/// Server-sent events: `reload` after each good rebuild, `errors` with the
/// diagnostics after a bad one. A comment every 15 s keeps it open.
fn stream_events(mut stream: TcpStream, shared: &Shared) {
    let (tx, rx) = mpsc::channel();
    if let Ok(mut clients) = shared.clients.lock() {
        clients.push(tx);
    }
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
    if stream.write_all(head.as_bytes()).and_then(|()| stream.flush()).is_err() {
        return;
    }
    loop {
        let message = match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(Event::Reload(version)) => format!("event: reload\ndata: {version}\n\n"),
            Ok(Event::Errors(errors)) => {
                format!("event: errors\ndata: {}\n\n", serde_json::to_string(&errors).unwrap_or_default())
            }
            Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if stream.write_all(message.as_bytes()).and_then(|()| stream.flush()).is_err() {
            return;
        }
    }
}

/// Answers 503 and closes: for connections over the server's limit.
pub fn refuse_busy(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let response = Response::new(503, "text/plain; charset=utf-8", "Too many connections; try again\n");
    let _ = write_response(&mut stream, &response, false);
}

#[cfg(test)]
mod tests {
    use super::{parse_head, safe_path};

    #[test]
    fn a_head_is_read_once_complete_and_refused_when_malformed() {
        let request = Some(("GET".to_string(), "/en/?q=1".to_string()));
        assert_eq!(parse_head(b"GET /en/?q=1 HTTP/1.1\r\nHost: x\r\n\r\nbody"), Ok(request.clone()));
        assert_eq!(parse_head(b"GET /en/?q=1 HTTP/1.1\n\n"), Ok(request));
        assert_eq!(parse_head(b"GET / HTTP/1.1\r\nHost: x\r\n"), Ok(None));
        assert_eq!(parse_head(b"GET http://evil/ HTTP/1.1\r\n\r\n"), Err(Some(400)));
        assert_eq!(parse_head(b"NOT HTTP AT ALL\r\n\r\n"), Err(Some(400)));
        let many: String = (0..100).map(|i| format!("X-{i}: y\r\n")).collect();
        assert_eq!(parse_head(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes()), Err(Some(431)));
    }

    #[test]
    fn traversal_is_refused_in_every_spelling() {
        assert_eq!(safe_path("/en/safer-sleep/").as_deref(), Some("/en/safer-sleep/"));
        assert_eq!(safe_path("/pl/%C5%82%C3%B3%C5%BCeczko/").as_deref(), Some("/pl/łóżeczko/"));
        for bad in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/en/..%2f..%2fsite.yaml",
            "/en/%2E%2E/x",
            "/a\\b",
            "/%00",
            "//etc/passwd",
            "/%zz",
            "relative",
        ] {
            assert_eq!(safe_path(bad), None, "{bad}");
        }
    }
}
