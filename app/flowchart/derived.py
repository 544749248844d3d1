"""Derived charts: mermaid text of what a goroutine (or the whole process) actually did.

``derive_chart(trace, gid)`` walks the trace's rich events once and keeps the steps that tell the
shutdown story: start -> defer pushes -> body -> panic? -> defers run -> exit, or -> killed and
the defers lost.  The output is plain mermaid so real mermaid renders it too (checked with
mermaid-cli; ``tests/app/test_flowchart_mermaid_syntax.py`` keeps the rules): every label quoted,
with # " < > & backslash and backquote as entity codes (``#35;``, ``#quot;``, ``#lt;``, ...), since
mermaid reads ``<x`` as an HTML tag, a backslash-n as a line break and a leading backquote as
markdown; every subgraph says ``direction TB`` (mermaid lays a subgraph without outside links
left-to-right otherwise); deferred calls are shortened (func literal bodies, comments, long
strings) so ``pushed``/``runs``/``lost`` stays visible.  ``parse_chart`` of it never fails.

Each "SIG sent" node points where that delivery went, matched through the trace: SIGNAL_RELAYED
to a Notify channel queues the delivery on that channel, and the next CHAN_RECV of it (or the
SELECT of the goroutine it was handed to) is its own "receives SIG" node; a default action that
ends the process (SIGNAL_DEFAULT kill/dump) points to EXIT.  A goroutine ended by such a signal
gets no "panic?" diamond: it never reached that decision.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from simulator.tracing.events import EventKind as K

MAX_STEPS = 40            # per goroutine; longer stories keep their start and end
MAX_GOROUTINES = 12       # in the whole-process chart; the rest are summarised in one node
MAX_LABEL = 72            # characters, so boxes stay readable
MAX_CALL = 40             # a deferred call's text in a label (``defer CALL pushed``)
MAX_STRING = 24           # a string literal inside that call
_ENDING = {K.PANIC, K.DEFER_RUN, K.GO_EXIT, K.GOEXIT, K.EXIT}
#: bookkeeping that is not "the body ran": scheduling, returns, output, a deferred call ending
#: SIGNAL_DEFAULT actions that end the process
_FATAL_ACTIONS = {"kill", "dump"}
_NOT_BODY = {K.PROC_RUN, K.RUNQ, K.SYSMON, K.FRAME_POP, K.DEFER_DONE, K.GO_READY, K.GO_SCHED,
             K.GO_PREEMPT, K.PREEMPT_REQUEST, K.TIMER_FIRE}


@dataclass
class Step:
    key: str              # "push", "run", "panic", "exit", "lost", ...
    label: str
    shape: str = "rect"   # rect | stadium | diamond
    cls: str = ""         # "bad" | "lost" | "ok"
    edge_label: str = ""  # label of the edge entering this step
    chan: object = None   # for signal receives: the channel


@dataclass
class _Delivery:
    """One SIGNAL_SENT and where it went: receive steps, and/or ``to_exit`` (it ended the
    process)."""
    ev: object
    steps: list[Step] = field(default_factory=list)
    to_exit: bool = False
    dropped: bool = False


@dataclass
class _Story:
    gid: int
    steps: list[Step] = field(default_factory=list)
    lost: list[Step] = field(default_factory=list)
    ended: bool = False


def quote(text: str) -> str:
    """A mermaid-safe quoted label body."""
    text = " ".join(str(text).split())
    if len(text) > MAX_LABEL:
        text = text[:MAX_LABEL - 1] + "…"
    return "".join(_ESCAPES.get(c, c) for c in text)


#: characters real mermaid misreads inside a quoted label (``#`` first: the others produce one)
_ESCAPES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "\\": "#92;",
            "`": "#96;"}
_FUNC_LIT = re.compile(r"(func\s*\([^)]*\)[^{]*\{)\s*(.*?)\s*\}\s*(\(.*\))$", re.S)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _strip_comments(src: str) -> str:
    """Go source without ``//`` and ``/* */`` comments (string and rune literals respected)."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c in "\"'`":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" and c != "`" else 1
            out.append(src[i:j + 1])
            i = j + 1
        elif src.startswith("//", i):
            while i < n and src[i] != "\n":
                i += 1
        elif src.startswith("/*", i):
            end = src.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def short_call(text: str, limit: int = MAX_CALL) -> str:
    """A deferred call's source on one line and at most ``limit`` characters: comments dropped,
    a func literal's body cut (``func() { time.Sleep(release) … }()``), long strings cut."""
    text = " ".join(_strip_comments(str(text)).split())
    if len(text) <= limit:
        return text
    m = _FUNC_LIT.match(text)
    if m:
        head, body, args = m.groups()
        room = max(limit - len(head) - len(args) - 4, 8)
        if len(body) > room:
            body = body[:room].rstrip() + "…"
        return f"{head} {body} }}{args}"
    text = _STRING.sub(lambda s: s.group(0) if len(s.group(1)) <= MAX_STRING
                       else '"' + s.group(1)[:MAX_STRING - 1].rstrip("\\") + '…"', text)
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return text


def _stories(trace, gids: set[int] | None) -> tuple[dict[int, _Story], list[_Delivery], dict]:
    """One pass: steps per goroutine, signal deliveries, and the exit event."""
    stories: dict[int, _Story] = {}
    defer_owner: dict[int, tuple[int, str]] = {}
    signals: list[_Delivery] = []
    last_sent: dict[str, _Delivery] = {}          # sig -> its latest delivery
    relayed: dict[object, deque] = {}              # Notify chan -> deliveries not yet received
    handoff: dict[object, int] = {}                # chan -> gid of the parked receiver just sent to
    in_select: dict[int, object] = {}              # gid -> signal chan handed to it while in select
    signal_kill = False                            # the process is being ended by a signal
    exit_ev = None
    body: dict[int, int] = {}
    decided: set[int] = set()

    def story(g: int) -> _Story:
        s = stories.get(g)
        if s is None:
            info = trace.goroutines.get(g, {})
            func = info.get("func", "?")
            s = stories[g] = _Story(g, [Step("start", f"G{g} {func} starts", "stadium")])
        return s

    def add(g: int, step: Step, kind) -> None:
        s = story(g)
        if s.ended:
            return
        if body.get(g):
            n = body[g] - 1          # 1 = "ran something", more = that many calls too
            s.steps.append(Step("body", f"body runs ({n} call{'s' if n != 1 else ''})" if n else "body runs"))
            body[g] = 0
        if kind in _ENDING and g not in decided and kind != K.GOEXIT and not (
                kind == K.EXIT and signal_kill):
            decided.add(g)
            if any(st.key == "push" for st in s.steps) or kind == K.PANIC:
                s.steps.append(Step("decide", "panic?", "diamond"))
                step.edge_label = "yes" if kind == K.PANIC else "no"
        s.steps.append(step)

    def want(g: int) -> bool:
        return g > 0 and (gids is None or g in gids)

    in_defer: dict[int, int] = {}     # gid -> deferred calls running (their insides are not "body")
    depth: dict[int, int] = {}        # gid -> frames on its stack
    for ev in trace.rich_events():
        k, d, g = ev.kind, ev.data, ev.gid
        if k == K.DEFER_RUN:
            in_defer[g] = in_defer.get(g, 0) + 1
        elif k == K.DEFER_DONE:
            in_defer[g] = max(0, in_defer.get(g, 0) - 1)
        elif k == K.FRAME_PUSH:
            depth[g] = depth.get(g, 0) + 1
        elif k == K.FRAME_POP:
            depth[g] = max(0, depth.get(g, 0) - 1)
        if k == K.DEFER_PUSH:
            defer_owner[d["defer"]] = (g, short_call(d["text"]))
            if want(g):
                add(g, Step("push", f"defer {defer_owner[d['defer']][1]} pushed"), k)
        elif k == K.DEFER_RUN and d["defer"] in defer_owner:
            owner, text = defer_owner[d["defer"]]
            if want(owner):
                add(owner, Step("run", f"defer {text} runs"), k)
        elif k == K.DEFER_LOST and d["defer"] in defer_owner:
            owner, text = defer_owner[d["defer"]]
            if want(owner):
                story(owner).lost.append(Step("lost", f"defer {text} lost: {d['reason']}",
                                              cls="lost"))
        elif k == K.SIGNAL_SENT:
            signals.append(_Delivery(ev))
            last_sent[d["sig"]] = signals[-1]
        elif k == K.CHAN_SEND and g == 0:
            handoff[d["chan"]] = d.get("to") or 0
        elif k == K.SIGNAL_RELAYED:
            if d["sig"] in last_sent:
                relayed.setdefault(d["chan"], deque()).append(last_sent[d["sig"]])
            to = handoff.pop(d["chan"], 0)
            if to > 0:
                in_select[to] = d["chan"]
        elif k == K.SIGNAL_DROPPED and d["sig"] in last_sent:
            last_sent[d["sig"]].dropped = True
        elif k == K.SIGNAL_DEFAULT and d["action"] in _FATAL_ACTIONS:
            signal_kill = True
            if d["sig"] in last_sent:
                last_sent[d["sig"]].to_exit = True
        elif (k == K.CHAN_RECV and relayed.get(d["chan"])) or (
                k == K.SELECT and relayed.get(in_select.get(g))):
            chan = d["chan"] if k == K.CHAN_RECV else in_select[g]
            if in_select.get(g) == chan:
                del in_select[g]
            delivery = relayed[chan].popleft()
            if want(g):
                step = Step("sigrecv", f"receives {delivery.ev.data['sig']}", chan=chan)
                delivery.steps.append(step)
                add(g, step, k)
        elif k == K.EXIT:
            exit_ev = ev
            for sg in sorted(stories) if gids is None else sorted(gids):
                s = story(sg)
                if s.ended:
                    continue
                if sg == 1 and d["status"] == 0 and "main returned" in str(d["reason"]):
                    add(sg, Step("exit", "main returns: exit 0", "stadium", "ok"), k)
                else:
                    add(sg, Step("killed", f"process ends: {d['reason']}", "stadium", "bad"), k)
                s.ended = True
        elif not want(g):
            continue
        elif k == K.GO_CREATE:
            add(g, Step("go", f"go {d['func']} (G{d['child']})"), k)
            if want(d["child"]):
                story(d["child"])
        elif k == K.PANIC:
            add(g, Step("panic", f"panic: {d['value']}", cls="bad"), k)
        elif k == K.RECOVER:
            add(g, Step("recover", f"recover() = {d['value']}", cls="ok"), k)
        elif k == K.GOEXIT:
            add(g, Step("goexit", "runtime.Goexit()"), k)
        elif k == K.CHAN_CLOSE:
            add(g, Step("close", f"close(chan {d['chan']})"), k)
        elif k == K.CTX_CANCEL:
            add(g, Step("cancel", f"context cancelled: {d['err']}"), k)
        elif k == K.GO_EXIT:
            add(g, Step("exit", f"G{g} exits", "stadium", "ok"), k)
            story(g).ended = True
        elif k in _NOT_BODY or in_defer.get(g) or (k == K.FRAME_PUSH and depth.get(g, 0) <= 1):
            story(g)
        else:
            # something ran: the first such event counts 1, each call one more
            if not body.get(g):
                body[g] = 1
            if k == K.FRAME_PUSH and depth.get(g, 0) > 1:    # not the goroutine's own function
                body[g] += 1
            story(g)
    return stories, signals, {"exit": exit_ev}


def _node(nid: str, step: Step) -> str:
    q = quote(step.label)
    if step.shape == "stadium":
        body = f'(["{q}"])'
    elif step.shape == "diamond":
        body = f'{{"{q}"}}'
    else:
        body = f'["{q}"]'
    return f"{nid}{body}" + (f":::{step.cls}" if step.cls else "")


def _trim(steps: list[Step]) -> list[Step]:
    if len(steps) <= MAX_STEPS:
        return steps
    keep = MAX_STEPS - 2
    return steps[:keep] + [Step("more", f"… {len(steps) - keep - 1} more steps")] + steps[-1:]


def _emit_story(s: _Story, lines: list[str], indent: str,
                node_of: dict[int, str] | None = None) -> dict[str, str]:
    """Write one goroutine's chain; returns ids of interesting steps (first/last/sigrecv).
    ``node_of`` (if given) gets ``id(step) -> node id`` for every step written."""
    ids: dict[str, str] = {}
    prev = None
    for i, step in enumerate(_trim(s.steps)):
        nid = f"g{s.gid}_{i}"
        lines.append(f"{indent}{_node(nid, step)}")
        if prev is not None:
            label = f'|"{quote(step.edge_label)}"|' if step.edge_label else ""
            lines.append(f"{indent}{prev} -->{label} {nid}")
        if step.key == "sigrecv":
            ids.setdefault("sigrecv", nid)
        if node_of is not None:
            node_of[id(step)] = nid
        ids.setdefault("first", nid)
        ids["last"] = nid
        ids["last_key"] = step.key
        prev = nid
    for j, step in enumerate(s.lost[:MAX_STEPS]):
        nid = f"g{s.gid}_lost{j}"
        lines.append(f"{indent}{_node(nid, step)}")
        lines.append(f"{indent}{prev} -.-> {nid}")
    return ids


_CLASSES = ["    classDef bad fill:#ffdddd,stroke:#cc3333",
            "    classDef lost fill:#eeeeee,stroke:#999999,stroke-dasharray:4 3,color:#777777",
            "    classDef ok fill:#ddffdd,stroke:#339933"]


def derive_chart(trace, gid: int | None = None) -> str:
    """Mermaid flowchart text of goroutine ``gid``'s run, or of the whole process (None)."""
    lines = ["flowchart TD"]
    if gid is not None:
        stories, _, _ = _stories(trace, {gid})
        s = stories.get(gid) or _Story(gid, [Step("start", f"G{gid} never ran", "stadium")])
        _emit_story(s, lines, "    ")
        return "\n".join(lines + _CLASSES) + "\n"
    stories, signals, facts = _stories(trace, None)
    shown = sorted(stories)[:MAX_GOROUTINES]
    ends: dict[int, dict[str, str]] = {}
    node_of: dict[int, str] = {}
    for g in shown:
        title = quote(trace.goroutine_name(g))
        lines.append(f'    subgraph G{g}["{title}"]')
        lines.append("        direction TB")
        ends[g] = _emit_story(stories[g], lines, "        ", node_of)
        lines.append("    end")
    hidden = len(stories) - len(shown)
    if hidden > 0:
        lines.append(f'    more["… {hidden} more goroutines"]')
    exit_ev = facts["exit"]
    if exit_ev is not None:
        d = exit_ev.data
        cls = "ok" if d["status"] == 0 else "bad"
        lines.append(f'    EXIT(["exit {quote(d["status"])}: {quote(d["reason"])}"]):::{cls}')
        for g in shown:
            if ends[g].get("last_key") in ("killed", "exit") and ends[g].get("last"):
                if ends[g]["last_key"] == "killed" or g == 1:
                    lines.append(f"    {ends[g]['last']} --> EXIT")
    for i, dl in enumerate(signals[:MAX_GOROUTINES]):
        d = dl.ev.data
        note = ", dropped" if dl.dropped and not dl.steps and not dl.to_exit else ""
        lines.append(f'    sig{i}(["{quote(d["sig"])} sent by {quote(d["source"])}{note}"])')
        targets = [node_of.get(id(st), "more" if hidden > 0 else "") for st in dl.steps]
        if dl.to_exit and exit_ev is not None:
            targets.append("EXIT")
        for target in dict.fromkeys(t for t in targets if t):
            lines.append(f"    sig{i} -.-> {target}")
    return "\n".join(lines + _CLASSES) + "\n"
