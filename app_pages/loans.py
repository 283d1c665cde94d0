"""Dư nợ ủy thác: balance by the four entrusted organizations, households, savings groups,
overdue ratio, by locality (danvan/report.py)."""

from ui import cache, components, filters

page = cache.report("loans", filters.current())
components.page_header(page)
components.charts(page)
