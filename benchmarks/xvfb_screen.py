"""An Xvfb server whose screen the benchmark reads straight from memory.

Xvfb's `-fbdir` keeps the screen's frame buffer in a memory-mapped file (an XWD image): reading
it costs a memory copy and no X request, so watching the screen every few milliseconds takes
almost nothing from the program being timed, and it sees any program's window the same way.
"""

from __future__ import annotations

import mmap
import os
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCREEN = (1600, 1000)
_XWD_FIELDS = 25  # CARD32s of the XWD header before the window name


@dataclass(slots=True)
class Screen:
    """A running Xvfb display and its frame buffer."""

    display: str
    frame_buffer: mmap.mmap

    def picture(self) -> bytes:
        """A copy of everything on the screen now."""
        return self.frame_buffer[:]

    def pixels_apart(self, one: bytes, other: bytes, limit: int) -> int:
        """How many pixels two pictures of this screen differ in, counted up to limit + 1."""
        offset, line, height = self._layout()
        count = 0
        for row in range(offset, offset + line * height, line):
            if one[row : row + line] != other[row : row + line]:
                a, b = memoryview(one[row : row + line]), memoryview(other[row : row + line])
                count += sum(x != y for x, y in zip(a.cast("I"), b.cast("I"), strict=True))
                if count > limit:
                    break
        return count

    def save_png(self, target: Path) -> None:
        """Write the screen as it is now to a PNG (Qt reads the pixels; no other tool needed)."""
        from PySide6.QtGui import QImage

        offset, line, height = self._layout()
        width = line // 4
        pixels = self.frame_buffer[offset : offset + line * height]
        image = QImage(pixels, width, height, line, QImage.Format.Format_RGB32)
        if not image.save(str(target)):
            raise RuntimeError(f"Cannot write {target}")

    def _layout(self) -> tuple[int, int, int]:
        """Where the pixels start in the XWD image, the bytes of a row, and the rows."""
        header = struct.unpack(f">{_XWD_FIELDS}I", self.frame_buffer[: _XWD_FIELDS * 4])
        size, height, bits, line, colours = header[0], header[5], header[11], header[12], header[19]
        if bits != 32:
            raise RuntimeError(f"Xvfb screen of {bits} bits a pixel: run it at depth 24")
        return size + colours * 12, line, height


def free_display() -> str:
    """The first display number from :99 that has no server's socket or lock."""
    for number in range(99, 200):
        if not (
            Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    raise RuntimeError("No free X display number between :99 and :199")


@contextmanager
def xvfb_screen() -> Iterator[Screen]:
    """Start Xvfb on a free display, yield its screen, and stop it."""
    display = free_display()
    shared = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(prefix="bench-xvfb-", dir=shared) as folder:
        width, height = SCREEN
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
            + ["-fbdir", folder],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            buffer_file = Path(folder) / "Xvfb_screen0"
            socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
            deadline = time.monotonic() + 10
            while not (socket.exists() and buffer_file.exists()):
                if server.poll() is not None or time.monotonic() > deadline:
                    error = server.stderr.read().decode(errors="replace") if server.stderr else ""
                    raise RuntimeError(f"Xvfb did not start on {display}: {error.strip()}")
                time.sleep(0.02)
            with buffer_file.open("rb") as stream:
                frame_buffer = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                yield Screen(display, frame_buffer)
            finally:
                frame_buffer.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
