"""Dân vận khéo: new and cumulative models over time, by field, by locality (danvan/report.py)."""

from ui import cache, components, filters

page = cache.report("models", filters.current())
components.page_header(page)
components.charts(page)
