"""Maps of Vietnam drawn from files the project ships, never from the internet.

* `boundaries` — the province outlines of both eras (data/maps/provinces.geojson), how they were
  built once from OpenStreetMap-derived outlines (ODbL), and the islands of Hoàng Sa and Trường Sa
  that every map of Vietnam shows.
"""
