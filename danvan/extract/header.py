"""What a document says about itself: web address, title, publisher, publication date.

Web pages saved as text often begin with the address, a site name, a date line ("12:11 -
12/09/2017", "Thứ Bảy, ngày 13 tháng 7 năm 2024") and the title. The address is context (it names
the publisher and often the province) and never a source of figures. When the page shows no date,
the lead's event date is used ("Ngày 1/8/2017, Đoàn khảo sát …"); when that date has no year
("Ngày 18/12, …"), the year comes from the period the lead reports on ("tổng kết … năm 2020").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from danvan import periods as notation
from danvan.extract import periods
from danvan.extract.segment import paragraphs

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.IGNORECASE)
_DOMAIN_TAG = re.compile(r"\(\s*([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))\s*\)", re.IGNORECASE)
_LEAD_TAG = re.compile(r"^\s*\(([^()]{2,40})\)\s*[-–]?\s*|^\s*([A-ZĐ]{2,8})\s*[-–]\s+")
_PUBLISHER_LINE = re.compile(
    r"^(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|ban |báo |cổng |trang |ủy ban|mặt trận|"
    r"liên đoàn|tỉnh đoàn|thành đoàn|hội |đài |tạp chí)",
)
_FULL_DATES = [
    re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?!\d)"),
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})"),
]
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_LEAD_DATE = re.compile(
    r"\s*(?:\([^()]{2,40}\)\s*[-–]?\s*|[A-ZĐ]{2,8}\s*[-–]\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:nay\s+)?)?"
    r"(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*((?:19|20)\d{2}))?(?!\d)",
    re.IGNORECASE,
)
_TIME_PREFIX = re.compile(r"\s*\(?\s*\d{1,2}:\d{2}\s*[-–]?\s*\d{1,2}/\d{1,2}/\d{4}\s*\)?\s*$")


@dataclass(frozen=True)
class Header:
    url: str | None
    host: str | None
    title: str
    title_span: tuple[int, int]
    publisher: str | None
    published: periods.Published
    published_source: str  # given, header, lead, lead_inferred, none
    lead_span: tuple[int, int]  # the first paragraph of the body
    body_start: int
    issuer_span: tuple[int, int] = (0, 0)  # an official report's issuer line ("BCH HỘI … HUYỆN …")


def _host(url: str) -> str:
    host = re.sub(r"^(?:https?://)?", "", url, flags=re.IGNORECASE).split("/")[0].lower()
    return host[4:] if host.startswith("www.") else host


def _date(d: str, m: str, y: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


# A menu or breadcrumb line of a web page: items between "|" or ">" (two separators or more), or
# the words sites put around an article.
_CHROME_LINE = re.compile(
    r"(?:[^|>\n]+[|>»›]){2,}|^\s*(?:trang chủ|home)\b|^\s*(?:chia sẻ|share|in bài|bình luận)\b"
    r"|lượt truy cập|đang truy cập|hotline|đường dây nóng"
    # an official report's heading: the motto, its number
    r"|cộng hòa xã hội chủ nghĩa|độc lập\s*-\s*tự do|^\s*số\s*:"
    # a site's name beside a section: "CẦN THƠ 24H | Video"
    r"|^[^|\n]{1,40}\|[^|\n]{1,30}$"
    # a section path: "Chính trị - Xây dựng Đảng - Dân vận"
    r"|^[^\d\n:]{2,40}(?:\s[-–]\s[^\d\n:]{2,40}){2,}$",
    re.IGNORECASE,
)


def read(text: str, folded: str, published: date | None = None, given_url: str | None = None) -> Header:
    """The page's header; given_url: its address when known from outside the text (it wins)."""
    paras = paragraphs(text)
    url = host = None
    publisher = None
    title = ""
    title_span = (0, 0)
    header_date: date | None = None
    issuer_span = (0, 0)
    dated_lines: list[tuple[int, date]] = []  # the date lines of the page's top, where they are
    for a, b in paras[:10]:
        line = text[a:b]
        u = _URL.search(line)
        if u and url is None and len(line.strip()) - len(u.group(0)) < 15:
            url, host = u.group(0).rstrip(".,;"), _host(u.group(0))
            continue
        date_line = False
        if len(line) < 90:
            for pattern in _FULL_DATES:
                dm = pattern.search(folded, a, b)
                if dm:
                    date_line = len(line.split()) < 9
                    if date_line and (day := _date(*dm.groups())) is not None:
                        dated_lines.append((a, day))
                    break
            iso = _ISO_DATE.search(folded, a, b)
            if iso:
                date_line = len(line.split()) < 9
                if date_line and (day := _date(iso.group(3), iso.group(2), iso.group(1))) is not None:
                    dated_lines.append((a, day))
        if date_line:
            continue
        if not title:
            words = line.split()
            stripped = _TIME_PREFIX.sub("", line).strip()
            if _CHROME_LINE.search(line):
                continue  # a site's menu or breadcrumb ("Thời sự | Chính trị | …", "Trang chủ > …")
            if len(words) <= 12 and line.upper() == line and any(ch.isalpha() for ch in line):
                if re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s", folded[a:b]):
                    issuer_span = (a, b)  # the issuing office and its unit ("BCH HỘI … HUYỆN YÊN LẬP")
                continue  # a site's or an office's name in capitals ("CỰU CHIẾN BINH HÀ GIANG")
            if len(words) <= 8 and _PUBLISHER_LINE.match(folded[a:b]) and publisher is None:
                publisher = line.strip()
                continue
            # A title is a short line; a long first paragraph is the body of a text without one.
            if (
                4 <= len(stripped.split()) <= 40
                and len(stripped) <= 300
                and not _FULL_DATES[0].fullmatch(stripped)
            ):
                title = stripped
                title_span = (a, a + len(stripped) + (len(line) - len(line.lstrip())))
                # A date at the end of the title line ("… quý I năm 2019 (20:47 11/04/2019)").
                if header_date is None:
                    dm = _FULL_DATES[0].search(folded, a, b)
                    if dm and _TIME_PREFIX.search(line):
                        header_date = _date(*dm.groups())
    # The article's date line is the one nearest its title (just above or below it); one further up
    # is the site's banner ("HOTLINE … Thứ hai, ngày 07/03/2016"), one further down a sidebar's.
    if header_date is None and dated_lines:
        title_at = next((i for i, (a, _) in enumerate(paras) if a == title_span[0]), None)
        if title_at is None:
            header_date = dated_lines[0][1]
        else:
            at = {a: i for i, (a, _) in enumerate(paras)}
            header_date = min(dated_lines, key=lambda d: (abs(at[d[0]] - title_at), at[d[0]] < title_at))[1]
    body_start = title_span[1]
    lead_span = (body_start, body_start)
    for a, b in paras:
        if a >= body_start and len(text[a:b]) >= 80:
            lead_span = (a, b)
            break
    lead = text[lead_span[0] : lead_span[1]]
    tag = _LEAD_TAG.match(lead)
    domain = _DOMAIN_TAG.search(text[: max(lead_span[1], 1500)])
    if url is None and domain:
        url, host = domain.group(1), _host(domain.group(1))
    if publisher is None:
        if tag:
            publisher = (tag.group(1) or tag.group(2)).strip()
        elif host:
            publisher = host

    def dated(day: date | None, exact: bool, source: str) -> Header:
        published_ = periods.Published(day, exact)
        return Header(
            url, host, title, title_span, publisher, published_, source, lead_span, body_start, issuer_span
        )

    if published is not None:
        return dated(published, True, "given")
    if header_date is not None:
        return dated(header_date, True, "header")
    lm = _LEAD_DATE.match(folded, lead_span[0], lead_span[1])
    if lm:
        d_text, m_text, y_text = lm.groups()
        if y_text and (day := _date(d_text, m_text, y_text)):
            return dated(day, True, "lead")
        if not y_text and (day := _infer_year(int(d_text), int(m_text), folded, title_span, lead_span)):
            return dated(day, True, "lead_inferred")
    url, host = (given_url, _host(given_url)) if given_url else (url, host)
    day, exact = _url_date(url) if url else (None, False)
    if day is not None:  # no date on the page, but its address carries one
        return dated(day, exact, "url")
    return dated(None, False, "none")


# Dates news sites put in their addresses: "…-20230911083012.htm" (the day and time), "/2024/05/17/",
# "/2024-05-17/", "/202405/" (the month only: its last day, so that a figure of that month is not
# taken for a plan).
_URL_STAMP = re.compile(r"[-/_](20\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?:\.html?|/|$)")
_URL_DAY = re.compile(r"/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_])")
_URL_MONTH = re.compile(r"/(20\d{2})(\d{2})/")


def _url_date(url: str) -> tuple[date | None, bool]:
    """The publication date a web address gives, and whether it is the day (not only the month)."""
    for pattern in (_URL_STAMP, _URL_DAY):
        m = pattern.search(url)
        if m and (day := _date(m.group(3), m.group(2), m.group(1))):
            return day, True
    m = _URL_MONTH.search(url)
    if m and 1 <= int(m.group(2)) <= 12:
        year, month = int(m.group(1)), int(m.group(2))
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1), False
    return None, False


def _infer_year(day: int, month: int, folded: str, title_span, lead_span) -> date | None:
    """An event date without its year ("Ngày 18/12, … tổng kết … năm 2020") follows the period it reviews.

    The year is the first one at or after the reviewed period's year for which the event falls no
    earlier than 75 days before that period ends (a review of 2020 held on 18/12 is in 2020; one held
    on 15/1 is in 2021).
    """
    found = periods.find(folded[: lead_span[1]], periods.Published(None, False))
    reviewed = [m for m in found if m.period and m.explicit_year and m.kind != "comparison"]
    if not reviewed:
        # No period reviewed in the lead: the latest year the page's start names ("Sáng 25-9, … Tính
        # đến ngày 30/6/2025, …" → 2025), if the day falls after what that year's dates say.
        years = [int(y) for y in re.findall(r"(?<![\d])((?:19|20)\d{2})(?!\d)", folded[: lead_span[1] + 800])]
        if not years:
            return None
        try:
            return date(max(years), month, day)
        except ValueError:
            return None
    p = notation.parse(reviewed[0].period)
    first = reviewed[0]
    if first.kind == "range" and re.search(r"nhiệm\s+kỳ", folded[max(0, first.start - 15) : first.end]):
        try:  # a congress opening the term 2023–2028 meets in 2023
            return date(p.start.year, month, day)
        except ValueError:
            return None
    for year in (p.end.year, p.end.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= p.end - timedelta(days=75):
            return candidate
    return None
