"""The context tree of a run, rebuilt from its trace (for the app's context view).

``context_tree(trace, step)`` replays the CTX_CREATE and CTX_CANCEL events with index <= step
into a ``networkx.DiGraph``: one node per context id, an edge parent -> child.  Node attributes:
* ``kind``: "background", "todo", "cancel", "deadline", "value", "withoutCancel", "afterFunc";
* ``deadline``: virtual ns or None; ``created``: the event index;
* ``err``: None while live, else the error text ("context canceled", "context deadline
  exceeded"); ``cancelled_at``: the event index of the cancel that reached it;
* ``cause``: the cancel's error text (the trace does not carry custom causes);
* ``waiters``: goroutines known to wait on its Done channel (the trace does not link them: ()).
networkx is imported here only, so the simulator does not need it to run programs.
"""
from __future__ import annotations

from ..tracing.events import EventKind as K


def context_tree(trace, step: int):
    import networkx as nx
    g = nx.DiGraph()
    for ev in trace.of_kind(K.CTX_CREATE, K.CTX_CANCEL):
        if ev.index > step:
            break
        d = ev.data
        if ev.kind == K.CTX_CREATE:
            g.add_node(d["ctx"], kind=d["kind"], deadline=d["deadline"], created=ev.index,
                       err=None, cause=None, cancelled_at=None, waiters=())
            if d["parent"]:
                g.add_edge(d["parent"], d["ctx"])
        else:
            for cid in (d["ctx"],) + tuple(d["cascade"]):
                if cid in g and g.nodes[cid]["err"] is None:
                    g.nodes[cid].update(err=d["err"], cause=d["err"], cancelled_at=ev.index)
    return g
