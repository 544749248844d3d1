"""The pinned PySide6 survives many void Qt calls (6.12.0 on CPython 3.11 aborts with
"Fatal Python error: none_dealloc" after a few thousand)."""
import os
import subprocess
import sys

SCRIPT = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRect, QPoint
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
r = QRect(0, 0, 10, 10)
w = QWidget()
for i in range(20000):
    r.setWidth(i % 100)          # void
    r.moveTo(QPoint(i % 7, 0))   # void
    if i % 4 == 0:
        w.setVisible(False)      # void
        w.setToolTip("x")        # void
print("ok", r.width())
"""


def test_twenty_thousand_void_qt_calls_do_not_abort():
    """A subprocess making ~20k void Qt calls exits 0 (catches a wrong PySide6 pin)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       timeout=120, env=env)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.startswith("ok")
    assert "none_dealloc" not in p.stderr
