"""Edit-to-reload of `threesteps serve`, end to end: saves a body edit of one
page and times until the live-reload event stream says `reload` (inotify,
serve's 10 ms of quiet, the rebuild, the event). Also prints serve's
own rebuild times.

    python3 ../shared/bench/gen_corpus.py --pages 1000 --langs en,pl,ur,ar,pa,ro,sk,cs \
        --layout threesteps --out /tmp/corpus --translation-meta
    rm -rf /tmp/corpus/translations && cp -a themes translations /tmp/corpus/
    python3 benches/serve_reload.py target/release/threesteps /tmp/corpus 10

Give two binaries' runs interleaved to compare them (the machine is noisy)."""
import subprocess, sys, time, socket, re, statistics, threading, os
BIN, ROOT, N = sys.argv[1], sys.argv[2], int(sys.argv[3])
page = os.path.join(ROOT, "content/en/bath-time/alcohol-blanket-691.md")
original = open(page).read()
proc = subprocess.Popen([BIN, "serve", "--root", ROOT, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = proc.stdout.readline()
port = int(re.search(r":(\d+)/", line).group(1))
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET /__threesteps/events HTTP/1.1\r\nHost: x\r\n\r\n")
events = []
def reader():
    buf = b""
    while True:
        data = s.recv(4096)
        if not data: return
        buf += data
        while b"\n\n" in buf:
            msg, buf = buf.split(b"\n\n", 1)
            if b"event: reload" in msg: events.append(time.monotonic())
threading.Thread(target=reader, daemon=True).start()
time.sleep(1.0)
times = []
try:
    for i in range(N):
        before = len(events)
        text = original.replace("\n\n", f"\n\nEdit {i} of the benchmark.\n\n", 1)
        start = time.monotonic()
        with open(page, "w") as f: f.write(text)
        while len(events) == before and time.monotonic() - start < 10: time.sleep(0.001)
        if len(events) > before: times.append((events[before] - start) * 1000)
        time.sleep(0.4)
finally:
    open(page, "w").write(original)
    proc.terminate()
rest = proc.stdout.read()
took = [int(m) for m in re.findall(r"(\d+) ms\)", rest)]
print("serve's own rebuild times (ms):", took)
times.sort()
print(f"{len(times)} edits: median {statistics.median(times):.0f} ms, min {times[0]:.0f}, max {times[-1]:.0f}")
