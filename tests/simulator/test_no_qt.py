"""The simulator is pure Python: importing it (and running a program) loads no Qt module."""
import subprocess
import sys


def test_simulator_imports_no_qt():
    """`import simulator` and a full run leave PySide6, shiboken6 and pyqtgraph unloaded."""
    code = (
        "import sys, simulator\n"
        "from simulator import simulate\n"
        "r = simulate('package main\\nimport \"fmt\"\\nfunc main() { fmt.Println(1) }\\n')\n"
        "assert r.stdout == '1\\n', r\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
