"""One small file per format in, RawDocuments out."""

import json

import pytest

from watchfloor.ingest import InputError, read_inputs
from watchfloor.records import RawDocument

BODY = (
    "Security forces cleared the road between Torkham and Landi Kotal on Sunday after a "
    "two-day sit-in by transporters, district officials said."
)


def read(*inputs, **kwargs):
    return list(read_inputs([str(i) for i in inputs], **kwargs))


def docs(results):
    assert all(isinstance(r, RawDocument) for r in results), results
    return results


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_headline_becomes_title(tmp_path):
    path = write(tmp_path / "wire" / "torkham.txt", f"Torkham road reopens\n\n{BODY}\n")
    [doc] = docs(read(path))
    assert doc.title == "Torkham road reopens"
    assert doc.text == BODY
    assert doc.external_id == "torkham.txt"
    assert doc.origin == str(path)
    assert doc.source == "wire"  # the parent folder
    assert doc.language == "en"
    assert doc.published is None


@pytest.mark.parametrize(
    "first_line",
    [
        "Security forces cleared the road on Sunday.",  # ends with a period: a sentence
        "A very long first line that goes on and on with many words about the road and the "
        "border crossing and the transporters who blocked it for two days in protest",
    ],
)
def test_txt_first_line_that_is_not_a_headline_stays_text(tmp_path, first_line):
    [doc] = docs(read(write(tmp_path / "a.txt", f"{first_line}\n\n{BODY}")))
    assert doc.title is None
    assert doc.text.startswith(first_line)


def test_txt_first_line_without_blank_line_is_not_a_title(tmp_path):
    [doc] = docs(read(write(tmp_path / "a.txt", f"Torkham road reopens\n{BODY}")))
    assert doc.title is None


def test_txt_front_matter(tmp_path):
    text = (
        "---\n"
        "title: Torkham road reopens\n"
        "published: 2025-02-09T14:05:00+05:00\n"
        "source: Frontier Desk\n"
        "url: https://example.org/torkham\n"
        "id: fd-2025-0209\n"
        "language: en-GB\n"
        "illustrative: true\n"
        "desk: border\n"
        "---\n"
        f"{BODY}\n"
    )
    [doc] = docs(read(write(tmp_path / "a.txt", text)))
    assert doc.title == "Torkham road reopens"
    assert doc.text == BODY
    assert doc.published == "2025-02-09T14:05:00+05:00"
    assert doc.source == "Frontier Desk"
    assert doc.url == "https://example.org/torkham"
    assert doc.external_id == "fd-2025-0209"
    assert doc.language == "en"
    assert doc.meta == {"illustrative": True, "desk": "border"}


def test_front_matter_date_only_and_source_override(tmp_path):
    text = f"---\npublished: 2025-02-09\nsource: Frontier Desk\n---\n{BODY}"
    [doc] = docs(read(write(tmp_path / "a.txt", text), source="Analyst upload"))
    assert doc.published == "2025-02-09"
    assert doc.source == "Analyst upload"


def test_invalid_front_matter_is_an_error_with_line(tmp_path):
    path = write(tmp_path / "a.txt", f"---\ntitle: [unclosed\n---\n{BODY}")
    [err] = read(path)
    assert isinstance(err, InputError)
    assert err.origin.startswith(f"{path}:")
    assert "front matter" in err.message


def test_markdown_is_stripped_to_text(tmp_path):
    md = (
        "# Torkham road reopens\n\n"
        "Security forces cleared the road on **Sunday**, officials *said* "
        "([statement](https://example.org/s)).\n\n"
        "## Background\n\n"
        "- Transporters blocked the road for `two` days.\n"
        "- Trade resumed by evening.\n\n"
        "> We will not allow it again, a commander said.\n"
    )
    [doc] = docs(read(write(tmp_path / "a.md", md)))
    assert doc.title == "Torkham road reopens"
    assert doc.text == (
        "Security forces cleared the road on Sunday, officials said (statement).\n\n"
        "Background\n\n"
        "Transporters blocked the road for two days.\n\n"
        "Trade resumed by evening.\n\n"
        "We will not allow it again, a commander said."
    )


def test_markdown_front_matter_and_hostile_html(tmp_path):
    md = (
        "---\ntitle: From front matter\n---\n"
        "Text with <script>alert(1)</script> and [a link](javascript:alert(2)) and "
        '<img src=x onerror="alert(3)"> end of story here.\n'
    )
    [doc] = docs(read(write(tmp_path / "a.markdown", md)))
    assert doc.title == "From front matter"
    assert doc.text == "Text with and a link and end of story here."


HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><title>Torkham road reopens | Frontier Daily</title>
<meta property="og:site_name" content="Frontier Daily">
<meta property="article:published_time" content="2025-02-09T14:05:00+05:00">
<script>alert(1)</script><style>body { color: red }</style></head>
<body onload="alert(4)">
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Torkham road reopens</h1>
<p>Security forces cleared the road between Torkham and Landi Kotal on Sunday after a two-day
sit-in by transporters, district officials said.</p>
<p>The transporters had blocked the highway to protest against new customs rules.<br>Trade
resumed by evening, a customs official said.<img src="x" onerror="alert(2)"></p>
<p>Traders said <a href="javascript:alert(3)">the new rules</a> had doubled waiting times at
the crossing, where hundreds of lorries queue each day.</p>
<script>document.write('injected')</script>
</article>
<footer>Copyright 2019 Frontier Daily. All rights reserved.</footer>
</body></html>"""


def test_html_article_without_boilerplate_or_script(tmp_path):
    [doc] = docs(read(write(tmp_path / "page.html", HOSTILE_PAGE)))
    assert doc.title == "Torkham road reopens"
    assert doc.source == "Frontier Daily"
    assert doc.published == "2025-02-09T14:05:00+05:00"
    assert doc.external_id == "page.html"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Security forces cleared the road")
    assert "Trade resumed by evening" in paragraphs[1]
    for bad in ("alert", "javascript", "onerror", "injected", "color: red", "Home", "Copyright"):
        assert bad not in doc.text


def test_short_html_page_uses_fallback_and_keeps_paragraphs(tmp_path):
    page = (
        "<html><head><title>Brief</title></head><body>"
        "<p>Two rockets hit an empty field near <b>Bagram</b>.<img src=x onerror=alert(1)></p>"
        "<p>Nobody was hurt.</p><p><a href='javascript:alert(3)'>More</a></p></body></html>"
    )
    [doc] = docs(read(write(tmp_path / "brief.htm", page)))
    assert doc.title == "Brief"
    assert doc.text == "Two rockets hit an empty field near Bagram.\n\nNobody was hurt.\n\nMore"


def test_html_without_article_text_is_an_error(tmp_path):
    page = "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
    path = write(tmp_path / "empty.html", page)
    assert read(path) == [InputError(str(path), "no article text")]


def test_html_in_declared_legacy_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners in '
        "the old city reopened on Monday after the curfew was lifted.</p></body></html>"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    [doc] = docs(read(path))
    assert doc.text.startswith("Café owners")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontier Wire</title><link>https://example.org</link>
<item><title>Torkham road reopens</title><guid>https://example.org/a/1</guid>
<link>https://example.org/a/1?utm=rss</link>
<pubDate>Sun, 09 Feb 2025 14:05:00 +0500</pubDate>
<description>&lt;p&gt;Security forces cleared the road.&lt;/p&gt;&lt;p&gt;Trade resumed
&lt;script&gt;alert(1)&lt;/script&gt;by evening.&lt;/p&gt;</description></item>
<item><title>Curfew lifted</title><link>https://example.org/a/2</link>
<description>The curfew in the old city was lifted on Monday.</description></item>
<item><title>Only a title</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Border Notes</title>
<entry><id>tag:example.org,2025:7</id><title>Crossing closed</title>
<updated>2025-02-10T08:00:00Z</updated>
<content type="html">&lt;p&gt;The crossing was closed for a second day.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items(tmp_path):
    path = write(tmp_path / "wire.rss", RSS)
    first, second, third = read(path)
    assert first.external_id == "https://example.org/a/1"  # the guid
    assert first.url == "https://example.org/a/1?utm=rss"
    assert first.title == "Torkham road reopens"
    assert first.source == "Frontier Wire"
    assert first.published == "2025-02-09T14:05:00+05:00"
    assert first.text == "Security forces cleared the road.\n\nTrade resumed by evening."
    assert first.origin == f"{path}[item 1]"
    assert second.external_id == "https://example.org/a/2"  # no guid: the link
    assert second.text == "The curfew in the old city was lifted on Monday."
    assert isinstance(third, InputError) and "empty document" in third.message


def test_atom_feed_with_xml_extension(tmp_path):
    [doc] = docs(read(write(tmp_path / "notes.xml", ATOM)))
    assert doc.external_id == "tag:example.org,2025:7"
    assert doc.published == "2025-02-10T08:00:00+00:00"
    assert doc.source == "Border Notes"
    assert doc.text == "The crossing was closed for a second day."


def test_jsonl_rows(tmp_path):
    rows = [
        {
            "id": 17,
            "text": BODY,
            "title": "Torkham road reopens",
            "url": "https://example.org/t",
            "source": "Frontier Wire",
            "published": "2025-02-09 14:05",
            "language": "EN",
            "desk": "border",
        },
        {"text": "The curfew in the old city was lifted on Monday, police said."},
    ]
    path = write(tmp_path / "batch" / "rows.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = docs(read(path))
    assert first.external_id == "17"
    assert first.published == "2025-02-09T14:05:00"
    assert first.language == "en"
    assert first.meta == {"desk": "border"}
    assert first.origin == f"{path}:1"
    assert second.external_id == "rows.jsonl:2"
    assert second.source == "batch"


def test_ndjson_extension(tmp_path):
    [doc] = docs(read(write(tmp_path / "a.ndjson", json.dumps({"text": BODY}))))
    assert doc.text == BODY


def test_csv_and_tsv(tmp_path):
    csv_text = (
        "ID,Title,Text,Published,Reporter\n"
        f'a1,Torkham road reopens,"{BODY}\n\nTrade resumed by evening.",09/02/2025,staff\n'
        ',,"The curfew in the old city was lifted on Monday, police said.",,\n'
    )
    first, second = docs(read(write(tmp_path / "rows.csv", csv_text)))
    assert first.external_id == "a1"
    assert first.text == f"{BODY}\n\nTrade resumed by evening."
    assert first.meta == {"reporter": "staff"}
    assert first.published is not None and first.published.startswith("2025-")
    assert second.external_id == "rows.csv:5"  # the row starts on line 5 (after a 3-line field)
    tsv = f"id\ttext\nt1\t{BODY}\n"
    [doc] = docs(read(write(tmp_path / "rows.tsv", tsv)))
    assert doc.external_id == "t1"


def test_csv_without_text_column(tmp_path):
    path = write(tmp_path / "rows.csv", "id,body\n1,hello\n")
    [err] = read(path)
    assert err.origin == f"{path}:1"
    assert "no 'text' column" in err.message


def test_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path):
    write(tmp_path / "b" / "2.txt", f"Second\n\n{BODY}")
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b" / "1.md", BODY)
    write(tmp_path / ".hidden.txt", BODY)
    write(tmp_path / ".git" / "x.txt", BODY)
    write(tmp_path / "notes.pdf", "not really a pdf")
    write(tmp_path / "script.py", "print(1)")
    results = docs(read(tmp_path))
    assert [d.external_id for d in results] == ["a.txt", "1.md", "2.txt"]


def test_explicit_unknown_extension_is_an_error(tmp_path):
    path = write(tmp_path / "notes.pdf", "x")
    [err] = read(path)
    assert err.origin == str(path) and "unsupported file type '.pdf'" in err.message


def test_language_detected_and_published_normalised(tmp_path):
    rows = [
        {"text": "Las fuerzas de seguridad despejaron la carretera el domingo por la tarde."},
        {"text": BODY, "published": "9 February 2025 14:05 +0500"},
        {"text": BODY, "published": "sometime last winter"},
        {"text": BODY, "published": "2025-02"},
        {
            "text": "Les forces de sécurité ont rouvert la route dimanche après deux jours.",
            "published": "9 février 2025",
        },
    ]
    path = write(tmp_path / "rows.jsonl", "\n".join(json.dumps(r) for r in rows))
    spanish, tz, vague, month, french = docs(read(path))
    assert spanish.language == "es"
    assert tz.published == "2025-02-09T14:05:00+05:00"
    assert vague.published is None
    assert month.published == "2025-02"
    assert french.language == "fr" and french.published == "2025-02-09"


def test_html_payloads_in_svg_noscript_comments_frames_never_reach_text(tmp_path):
    page = """<html><body><article>
<p>Officials met on Monday to discuss the reopening of the border crossing.</p>
<!-- <script>alert('comment')</script> --><svg onload="alert(5)"><text>svgtext</text></svg>
<noscript><img src=x onerror=alert(6)>noscripttext</noscript><iframe srcdoc="<p>framed</p>">
</iframe><p style="x:expression(alert(7))">Traders welcomed the decision
<a href="data:text/html,<script>alert(8)</script>">here</a>.</p>
<template><p>templated</p></template><object data="x.swf">objtext</object>
</article></body></html>"""
    [doc] = docs(read(write(tmp_path / "nasty.html", page)))
    assert doc.text == (
        "Officials met on Monday to discuss the reopening of the border crossing.\n\n"
        "Traders welcomed the decision here."
    )


def test_absurdly_deep_html_is_an_error_not_a_crash(tmp_path):
    page = "<html><body>" + "<div>" * 20000 + "<p>Deep.</p>" + "</div>" * 20000 + "</body></html>"
    [result] = read(write(tmp_path / "deep.html", page))
    assert isinstance(result, (RawDocument, InputError))
