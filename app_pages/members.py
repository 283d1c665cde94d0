"""Hội viên: members over time by organization, growth, new members, ranking, composition
(built in danvan/report.py)."""

from ui import cache, components, filters

page = cache.report("members", filters.current())
components.page_header(page)
components.charts(page)
