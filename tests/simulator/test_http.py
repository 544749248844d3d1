"""net/http model: Shutdown's polling, Close vs Shutdown request contexts, per-run package state."""
from simulator import simulate
from simulator.lib.httpserver import SHUTDOWN_POLL_INTERVAL_BASE_NS, SHUTDOWN_POLL_INTERVAL_MAX_NS
from simulator.lib.netpkg import FIRST_EPHEMERAL_PORT
from simulator.tracing.events import EventKind as K

MS = 1_000_000

# a handler busy for 2 s while main calls STOP (Shutdown or Close) at 50 ms
INFLIGHT = '''package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

var _ = context.Background // STOP may not need context (srv.Close()): Go rejects unused imports

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	res := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
			res <- fmt.Sprint("handler done, ctx err: ", r.Context().Err())
		case <-r.Context().Done():
			res <- fmt.Sprint("handler cancelled: ", r.Context().Err())
		}
	})}
	go srv.Serve(ln)
	go http.Get("http://" + ln.Addr().String() + "/")
	time.Sleep(50 * time.Millisecond)
	STOP
	fmt.Println(<-res)
}
'''


def run(src, seed=1):
    from simulator.api import RunConfig
    r = simulate(src, "main.go", RunConfig(seed=seed))
    assert r.status == 0, (r.status, r.stderr)
    return r


def http_events(r, what):
    return [e for e in r.trace.of_kind(K.HTTP) if e.data["what"] == what]


def test_shutdown_polls_with_doubling_jittered_intervals():
    """Shutdown polls 1 ms, 2 ms, 4 ms ... up to 500 ms apart, each at most 10% late."""
    r = run(INFLIGHT.replace("STOP", "fmt.Println(srv.Shutdown(context.Background()))"))
    assert r.stdout == "<nil>\nhandler done, ctx err: <nil>\n"
    times = [e.time for e in http_events(r, "shutdown-poll")]
    assert len(times) > 10
    base = SHUTDOWN_POLL_INTERVAL_BASE_NS
    for a, b in zip(times, times[1:]):
        assert base <= b - a < base + base // 10 + 1, (b - a, base)
        base = min(base * 2, SHUTDOWN_POLL_INTERVAL_MAX_NS)
    done = http_events(r, "shutdown-done")[0]
    assert 0 <= done.time - times[-1] < MS // 1000 and done.time > 2000 * MS


def test_shutdown_does_not_cancel_request_context():
    """Shutdown waits for the handler, whose context stays live."""
    r = run(INFLIGHT.replace("STOP", 'fmt.Println("shutdown:", srv.Shutdown(context.Background()))'))
    assert r.stdout == "shutdown: <nil>\nhandler done, ctx err: <nil>\n"


def test_close_cancels_request_context():
    """Close drops the connection at once: the handler's context is cancelled."""
    r = run(INFLIGHT.replace("STOP", 'fmt.Println("close:", srv.Close())'))
    assert r.stdout == "close: <nil>\nhandler cancelled: context canceled\n"
    closes = http_events(r, "close")
    states = [e for e in http_events(r, "state") if e.data["detail"] == "closed"]
    assert closes and states and states[0].time - closes[0].time < MS


def test_shutdown_times_are_deterministic_per_seed():
    """The jitter comes from the seeded RNG: same seed, same poll times."""
    src = INFLIGHT.replace("STOP", "srv.Shutdown(context.Background())")
    a = [e.time for e in http_events(run(src, 7), "shutdown-poll")]
    b = [e.time for e in http_events(run(src, 7), "shutdown-poll")]
    assert a == b


def test_default_servemux_is_per_run():
    """Two runs registering the same pattern on DefaultServeMux do not see each other."""
    src = '''package main

import (
	"fmt"
	"net"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	ln, _ := net.Listen("tcp", ":8080")
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	fmt.Println(ln.Addr(), ln2.Addr())
}
'''
    for _ in range(2):
        r = run(src)
        assert r.stdout == f"[::]:8080 127.0.0.1:{FIRST_EPHEMERAL_PORT}\n"


def test_connection_goroutine_is_named_like_go():
    """Each accepted connection is served by its own net/http.(*conn).serve goroutine."""
    r = run(INFLIGHT.replace("STOP", "srv.Close()"))
    names = {info["func"] for info in r.trace.goroutines.values()}
    assert "net/http.(*conn).serve" in names, names
