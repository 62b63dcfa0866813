"""RouteCache: the chart's link routes and rows' spans, kept per zoom level.

Routing a link scores every row it crosses, and a zoom routes every link in view: the routes
of a level stay while the data, rows and font they were drawn from stay, so zooming back finds
them drawn already.
"""

from __future__ import annotations

ROUTES_KEPT = 2_000  # link routes kept for a zoom level out of view

Routes = dict[int, list[tuple[float, float]]]  # by link id, unscrolled
Spans = dict[int, tuple[float, float] | None]  # by row, unscrolled


class RouteCache:
    """Routes and spans by pixels per day, for one state of what they depend on."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._by_zoom: dict[float, tuple[Routes, Spans]] = {}

    def at(self, key: tuple[object, ...], pixels_per_day: float) -> tuple[Routes, Spans]:
        """The routes and spans at this zoom (empty to fill, the first time); all are dropped
        when `key` (what they were drawn from) differs from the last one asked with."""
        if key != self._key:
            self._key = key
            self._by_zoom = {}
        if pixels_per_day not in self._by_zoom:
            # Levels not in view keep a few screens' worth: a plan scrolled end to end at
            # every zoom would otherwise keep each route eight times.
            self._by_zoom = {
                level: cache
                for level, cache in self._by_zoom.items()
                if len(cache[0]) <= ROUTES_KEPT
            }
            self._by_zoom[pixels_per_day] = ({}, {})
        return self._by_zoom[pixels_per_day]
