"""HTML → plain text that keeps paragraphs as paragraphs.

Only element text is ever read, never attributes, so event handlers and `javascript:` URLs cannot
reach the stored text; script-like elements are dropped with their content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree
from lxml import html as lxml_html

from watchfloor.ingest._clean import clean_line, clean_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_HTML_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
_HTML_DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "canvas",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "param",
    ]
)
# Chrome of a page; dropped only when trafilatura found no article and we fall back.
_BOILERPLATE = frozenset(["nav", "header", "footer", "aside", "form", "menu", "dialog"])
# trafilatura's XML vocabulary.
_TRAF_BLOCKS = frozenset(
    ["main", "doc", "head", "p", "list", "item", "quote", "table", "row", "code"]
)
_TRAF_DROP = frozenset(["comments", "graphic"])
_CELLS = frozenset({"td", "th", "cell"})
_WS = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _local(tag: object) -> str | None:
    if not isinstance(tag, str):  # comments and processing instructions
        return None
    return tag.rsplit("}", 1)[-1].lower()


def tree_to_text(
    root: etree._Element,
    *,
    blocks: frozenset[str] = _HTML_BLOCKS,
    drop: frozenset[str] = _HTML_DROP,
    breaks: frozenset[str] = frozenset({"br", "lb"}),
) -> str:
    """Walk the tree without recursion (hostile pages nest thousands deep)."""
    paragraphs: list[str] = []
    buf: list[str] = []
    pre_depth = 0

    def add(text: str | None) -> None:
        if text:
            buf.append(text if pre_depth else _WS.sub(" ", text))

    def flush() -> None:
        if buf:
            lines = (line.strip() for line in "".join(buf).split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                paragraphs.append(paragraph)
            buf.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _local(el.tag)
        if event == "start":
            if tag is None or tag in drop:
                walker.skip_subtree()
                continue
            if tag in breaks:
                buf.append("\n")
            elif tag in blocks:
                flush()
            elif tag in _CELLS:
                buf.append(" ")
            if tag == "pre":
                pre_depth += 1
            add(el.text)
        else:
            if tag == "pre":
                pre_depth -= 1
            if tag in blocks:
                flush()
            elif tag in _CELLS:
                buf.append(" ")
            if el is not root:
                add(el.tail)
    flush()
    return "\n\n".join(paragraphs)


def parse_html(markup: str) -> etree._Element | None:
    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def html_fragment_to_text(markup: str) -> str:
    """For HTML snippets (feed entries, rendered Markdown): all text, chrome included."""
    root = parse_html(f"<div>{markup}</div>")
    return clean_text(tree_to_text(root)) if root is not None else ""


_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "pubdate",
    "publishdate",
    "date",
)


def _meta_published(root: etree._Element) -> str | None:
    """The page's own machine-readable date, which keeps the time and zone that trafilatura's
    date (day precision) drops."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key in _META_DATE_KEYS and content and key not in found:
            found[key] = content.strip()
    for key in _META_DATE_KEYS:
        if key in found:
            return found[key]
    for time_el in root.iter("time"):
        if time_el.get("itemprop", "").lower() == "datepublished" and time_el.get("datetime"):
            return time_el.get("datetime")
    return None


def _page_title(root: etree._Element) -> str | None:
    for meta in root.iter("meta"):
        if (meta.get("property") or "").lower() == "og:title" and meta.get("content"):
            return clean_line(meta.get("content"))
    for el in root.iter("h1", "title"):
        title = clean_line(el.text_content())
        if title:
            return title
    return None


def _site_name(root: etree._Element) -> str | None:
    for meta in root.iter("meta"):
        if (meta.get("property") or "").lower() == "og:site_name" and meta.get("content"):
            return clean_line(meta.get("content"))
    return None


def _canonical_url(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    for meta in root.iter("meta"):
        if (meta.get("property") or "").lower() == "og:url" and meta.get("content"):
            return meta.get("content").strip()
    return None


META_PREFIX = "watchfloor:"


def _own_meta(root: etree._Element) -> dict[str, str]:
    """`<meta name="watchfloor:KEY" content="...">`: how a page carries the same extra fields
    (e.g. `illustrative`) that front matter carries for text files."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        if name.startswith(META_PREFIX) and meta.get("content") is not None:
            found[name[len(META_PREFIX) :]] = meta.get("content").strip()
    return found


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    site_name: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _prune(root: etree._Element) -> None:
    for el in list(root.iter()):
        tag = _local(el.tag)
        if (tag is None or tag in _HTML_DROP or tag in _BOILERPLATE) and tag not in (
            "head",
            "title",
            "meta",
        ):
            parent = el.getparent()
            if parent is not None:
                # Keep the tail: it is text of the enclosing element, not of the removed one.
                if el.tail:
                    prev = el.getprevious()
                    if prev is not None:
                        prev.tail = (prev.tail or "") + el.tail
                    else:
                        parent.text = (parent.text or "") + el.tail
                parent.remove(el)


# Below this much text trafilatura falls back to its own whole-page heuristics, which merge
# paragraphs and keep navigation; our pruned-page walk does better on such short pages.
MIN_TRAFILATURA_CHARS = 200


def extract_article(markup: str, *, url: str | None = None) -> Article:
    """Main text of a web page (empty `text` when it has none)."""
    import trafilatura

    root = parse_html(markup)
    pruned = parse_html(markup)  # a second tree to prune; root keeps the page's own metadata
    if root is None or pruned is None:  # the same markup: both parse or neither does
        return Article(text="")
    meta_date = _meta_published(root)
    _prune(pruned)
    text, title, date, site = "", None, None, None
    try:
        xml = trafilatura.extract(
            pruned,
            url=url,
            output_format="xml",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            # Guessing a date from copyright lines and stray numbers is worse than none.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura has no error contract; the fallback below still works
        xml = None
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"))
        title = clean_line(doc.get("title"))
        date = doc.get("date")
        site = clean_line(doc.get("sitename"))
        main = doc.find("main")
        if main is not None:
            first = next(iter(main), None)
            # The headline is stored as the title, not repeated as the first paragraph.
            if (
                first is not None
                and first.tag == "head"
                and title
                and clean_line("".join(first.itertext())) == title
            ):
                first.tail = None
                main.remove(first)
            text = clean_text(tree_to_text(main, blocks=_TRAF_BLOCKS, drop=_TRAF_DROP))
    if len(text) < MIN_TRAFILATURA_CHARS:
        body = pruned.find("body")
        fallback = clean_text(tree_to_text(body)) if body is not None else ""
        if len(fallback) >= len(text) or not text:
            text = fallback
    return Article(
        text=text,
        title=title or _page_title(root),
        published=meta_date or date,
        site_name=site or _site_name(root),
        url=_canonical_url(root),
        meta=_own_meta(root),
    )


_md: MarkdownIt | None = None


def markdown_to_html(text: str) -> str:
    global _md
    if _md is None:
        from markdown_it import MarkdownIt

        class _AnyLinkMarkdownIt(MarkdownIt):
            # Render every link as <a> so only its text survives; a rejected link (javascript:)
            # would otherwise stay in the text as literal "[text](javascript:...)".
            def validateLink(self, url: str) -> bool:
                return True

        _md = _AnyLinkMarkdownIt("commonmark")
    return _md.render(text)


def markdown_to_text(text: str) -> tuple[str | None, str]:
    """(first-level heading when the document opens with one, plain text of the rest)."""
    root = parse_html(f"<div>{markdown_to_html(text)}</div>")
    if root is None:
        return None, ""
    container = root.find(".//div")
    title = None
    if container is not None:
        first = next(iter(container), None)
        if first is not None and first.tag == "h1" and not (container.text or "").strip():
            title = clean_line(first.text_content())
            first.tail = None
            container.remove(first)
    return title, clean_text(tree_to_text(root))
