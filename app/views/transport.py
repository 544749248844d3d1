"""Transport controls that show the player: scrub slider, step/time readout, speed, jump kind."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QWidget

from simulator.lib.durations import readable_duration

from ..player import SPEEDS
from ..timeline_model import JUMP_GROUPS


class TransportBar(QWidget):
    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setFocusPolicy(Qt.NoFocus)
        self.slider.setMinimumWidth(220)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._slid)
        self.readout = QLabel("no trace")
        self.readout.setMinimumWidth(230)
        self.speed = QComboBox()
        self.speed.setFocusPolicy(Qt.NoFocus)
        for s in SPEEDS:
            self.speed.addItem(f"{s} steps/s", s)
        self.speed.setCurrentIndex(SPEEDS.index(10))
        self.speed.setToolTip("Playback speed  ([ and ])")
        self.speed.currentIndexChanged.connect(lambda k: player.set_speed(SPEEDS[k]))
        self.kind = QComboBox()
        self.kind.setFocusPolicy(Qt.NoFocus)
        for name, (label, _k) in JUMP_GROUPS.items():
            self.kind.addItem(label, name)
        self.kind.setToolTip("Shift+← / Shift+→ jump to the previous / next event of this kind")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.readout)
        lay.addWidget(QLabel("speed"))
        lay.addWidget(self.speed)
        lay.addWidget(QLabel("jump to"))
        lay.addWidget(self.kind)
        self._syncing = False
        player.trace_loaded.connect(lambda _t: self._loaded())
        player.position_changed.connect(self._moved)
        player.speed_changed.connect(self._speed_changed)

    @property
    def jump_group(self) -> str:
        return self.kind.currentData()

    def change_speed(self, delta: int) -> None:
        k = max(0, min(len(SPEEDS) - 1, self.speed.currentIndex() + delta))
        self.speed.setCurrentIndex(k)

    def _speed_changed(self, v: float) -> None:
        if int(v) in SPEEDS:
            self.speed.setCurrentIndex(SPEEDS.index(int(v)))

    def _loaded(self) -> None:
        self._syncing = True
        self.slider.setRange(0, max(0, self.player.count - 1))
        self._syncing = False
        self._moved(self.player.position)

    def _moved(self, i: int) -> None:
        p = self.player
        if p.trace is None or i < 0:
            self.readout.setText("no trace")
            return
        self._syncing = True
        self.slider.setValue(i)
        self._syncing = False
        ev = p.trace[i]
        who = p.trace.goroutine_name(ev.gid) if ev.gid else "runtime"
        self.readout.setText(f"step {i + 1}/{p.count} · {readable_duration(ev.time)} · "
                             f"{ev.kind.name.lower()} · {who.split(' ·')[0]}")
        self.readout.setToolTip(f"{ev.kind.name}  {ev.data}\n{ev.pos or ''}")

    def _slid(self, v: int) -> None:
        if not self._syncing:
            self.player.seek(v)
