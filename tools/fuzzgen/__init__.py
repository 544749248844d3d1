"""Generators of random Go programs whose output real Go prints deterministically (margins of
10+ ms between timed events, only one case ready at a time, only main printing after joins).
Each family is ``family(seed) -> Go source``; tools/difffuzz.py runs them against real Go."""
from .channels import chan_program, pipe_program, select_program, sync_program
from .nethttp import http_program
from .panics import defer_program
from .signals import sig_program, sigctx_program
from .timing import ctx_program, timer_program

FAMILIES = {"defer": defer_program, "chan": chan_program, "pipe": pipe_program, "sig": sig_program,
            "sigctx": sigctx_program, "ctx": ctx_program, "timer": timer_program, "http": http_program,
            "select": select_program, "sync": sync_program}
