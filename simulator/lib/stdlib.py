"""Every library package module; importing this registers them all (see registry.load_all).
One import per line; append new packages at the end."""
from . import runtime_errors  # noqa: F401
from . import errorspkg  # noqa: F401
from . import fmtpkg  # noqa: F401
from . import strconvpkg  # noqa: F401
from . import stringspkg  # noqa: F401
from . import unicodepkg  # noqa: F401
from . import bytespkg  # noqa: F401
from . import syscallpkg  # noqa: F401
from . import ospkg  # noqa: F401
from . import signalpkg  # noqa: F401
from . import runtimepkg  # noqa: F401
from . import logpkg  # noqa: F401
from . import timepkg  # noqa: F401
from . import timeformat  # noqa: F401
from . import timesleep  # noqa: F401
from . import syncpkg  # noqa: F401
from . import syncmutex  # noqa: F401
from . import atomicpkg  # noqa: F401
from . import contextpkg  # noqa: F401
from . import iopkg  # noqa: F401
from . import urlpkg  # noqa: F401
from . import netpkg  # noqa: F401
from . import httppkg  # noqa: F401
from . import mathpkg  # noqa: F401
from . import signalctx  # noqa: F401
from . import flagpkg  # noqa: F401
