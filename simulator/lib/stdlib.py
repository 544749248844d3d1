"""Every library package module; importing this registers them all (see registry.load_all).
One import per line; append new packages at the end."""
from . import runtime_errors  # noqa: F401
from . import errorspkg  # noqa: F401
from . import fmtpkg  # noqa: F401
from . import strconvpkg  # noqa: F401
from . import stringspkg  # noqa: F401
from . import unicodepkg  # noqa: F401
from . import bytespkg  # noqa: F401
