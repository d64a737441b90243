#!/usr/bin/env python3
"""Turns the hand-made dedup corpus into feeds, an OPML list and the ground truth.

Reads CORPUS/outlets.json and CORPUS/clusters/*.json (see CORPUS/SCHEMA.md) and writes:

- OUTDIR/feeds/<outlet-id>.xml|.json: one feed per outlet that carries items, in the outlet's
  format (rss2, atom, rss1, json), plus one RSS 2.0 feed per wire agency (`agency-<slug>`,
  "Reuters Wire") with the wire originals in full;
- OUTDIR/feeds.opml: every written feed (xmlUrl under --base-url, else a file:// URL);
- OUTDIR/truth.json: every item with its feed, guid, link, title and label (the cluster id for a
  wire story and its copies, the negative's own id for a hard negative).

Same input, same bytes: nothing depends on the clock or on dict/set order, and the feeds do not
name their own location unless --base-url is given. Stale *.xml / *.json files in OUTDIR/feeds/
are removed.

    bench/dedup/make-feeds.py --corpus Tests/TidingsDedupTests/Corpus --out /tmp/dedup-feeds \\
        [--base-url http://127.0.0.1:8080]
"""
import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from xml.sax.saxutils import escape, quoteattr

FORMATS = {"rss2": "xml", "atom": "xml", "rss1": "xml", "json": "json"}
BODIES = ("content", "summary", "title")
LINKS = ("own", "wire", "own+tracking", "wire+tracking")
DATELINES = ("full", "tag-only", "none")
KINDS = ("follow-up", "other-agency", "preview", "roundup", "same-topic")
# Characters XML 1.0 does not allow (the feeds must stay well-formed whatever the writers typed).
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
TAG_RE = re.compile(r"\([^()]*\)\s*[-\u2013\u2014]+")


class CorpusError(Exception):
    """A corpus mistake, reported as one sentence."""


# ---------------------------------------------------------------- small helpers

def digest(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def slugify(text, limit=60):
    text = re.sub(r"['\u2019]", "", text)  # "Europe's" -> "europes", not "europe-s"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "story"


def parse_date(value, where):
    if not isinstance(value, str):
        raise CorpusError(f"{where} has no 'published' date.")
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CorpusError(f"{where} has an unreadable published date {value!r}.") from None
    if stamp.tzinfo is None:
        raise CorpusError(f"{where} has a published date without a time zone ({value!r}).")
    return stamp.astimezone(timezone.utc)


def rfc3339(stamp):
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(stamp):
    return format_datetime(stamp, usegmt=True)


def add_tracking(url, campaign):
    scheme, netloc, path, query, fragment = urlsplit(url)
    extra = f"utm_source=rss&utm_medium=feed&utm_campaign={campaign}"
    return urlunsplit((scheme, netloc, path, f"{query}&{extra}" if query else extra, fragment))


def site_root(url):
    scheme, netloc, _, _, _ = urlsplit(url)
    return f"{scheme}://{netloc}"


def host_of(url):
    return urlsplit(url).hostname or "example"


def text_el(name, value, attrs=""):
    return f"<{name}{attrs}>{escape(value)}</{name}>"


def cdata(value):
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def paragraph(text):
    return f"<p>{escape(text)}</p>"


def agency_tag(dateline, agency):
    """The "(Reuters) -" part of a dateline; built from the agency when the dateline has none."""
    if dateline:
        match = TAG_RE.search(dateline)
        if match:
            return match.group(0)
    return f"({agency}) -"


def with_dateline(text, prefix):
    return f"{prefix} {text}" if prefix else text


# ---------------------------------------------------------------- reading the corpus

def load_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{path} is not valid JSON ({error.msg} at line {error.lineno}).") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{path} is not valid UTF-8.") from None


def need(mapping, key, where, kinds=str, allow_none=False):
    if not isinstance(mapping, dict) or key not in mapping:
        raise CorpusError(f"{where} is missing '{key}'.")
    value = mapping[key]
    if value is None and allow_none:
        return None
    if not isinstance(value, kinds) or isinstance(value, bool) and kinds is not bool:
        raise CorpusError(f"{where} has a '{key}' of the wrong type ({type(value).__name__}).")
    return value


def optional(mapping, key, where, kinds=str, default=None):
    if mapping.get(key) is None:
        return default
    return need(mapping, key, where, kinds)


def load_outlets(corpus):
    path = corpus / "outlets.json"
    if not path.is_file():
        raise CorpusError(f"{path} does not exist.")
    raw = load_json(path)
    if not isinstance(raw, list):
        raise CorpusError(f"{path} is not a list of outlets.")
    outlets = {}
    for number, entry in enumerate(raw):
        where = f"outlets.json entry {number}"
        outlet_id = need(entry, "id", where)
        where = f"outlet '{outlet_id}'"
        if outlet_id in outlets:
            raise CorpusError(f"outlet id '{outlet_id}' appears twice in outlets.json.")
        if outlet_id.startswith("agency-"):
            raise CorpusError(f"outlet id '{outlet_id}' clashes with the generated agency feeds (agency-*).")
        fmt = need(entry, "format", where)
        body = need(entry, "body", where)
        if fmt not in FORMATS:
            raise CorpusError(f"{where} has unknown format '{fmt}' (expected one of {', '.join(FORMATS)}).")
        if body not in BODIES:
            raise CorpusError(f"{where} has unknown body '{body}' (expected one of {', '.join(BODIES)}).")
        outlets[outlet_id] = {
            "id": outlet_id,
            "name": need(entry, "name", where),
            "site": need(entry, "site", where).rstrip("/"),
            "format": fmt,
            "body": body,
            "footer_html": optional(entry, "footer_html", where),
            "aggregator": bool(entry.get("aggregator", False)),
            "agency": False,
        }
    return outlets


def check_paragraph_indexes(indexes, count, where):
    if indexes is None:
        return list(range(count))
    if not isinstance(indexes, list):
        raise CorpusError(f"{where} has 'paragraphs' that is not a list of indexes.")
    for index in indexes:
        if not isinstance(index, int) or isinstance(index, bool):
            raise CorpusError(f"{where} selects paragraph {index!r}, which is not an integer index.")
        if not 0 <= index < count:
            raise CorpusError(f"{where} selects paragraph {index}, but the wire has only {count} "
                              f"paragraphs (0-{count - 1}).")
    return list(indexes)


def load_clusters(corpus, outlets):
    folder = corpus / "clusters"
    if not folder.is_dir():
        raise CorpusError(f"{folder} does not exist.")
    files = sorted(folder.glob("*.json"))
    clusters, seen_clusters, seen_labels = [], {}, {}
    for path in files:
        data = load_json(path)
        name = path.name
        cluster_id = need(data, "cluster", name)
        if cluster_id in seen_clusters:
            raise CorpusError(f"cluster id '{cluster_id}' appears in both {seen_clusters[cluster_id]} and {name}.")
        seen_clusters[cluster_id] = name
        if cluster_id in seen_labels:
            raise CorpusError(f"cluster id '{cluster_id}' in {name} is already a negative id in {seen_labels[cluster_id]}.")
        seen_labels[cluster_id] = name
        if cluster_id != path.stem:
            warn(f"{name}: cluster id '{cluster_id}' differs from the file name.")

        wire_where = f"{name}: wire"
        wire = need(data, "wire", name, dict)
        paragraphs = need(wire, "paragraphs", wire_where, list)
        if not paragraphs or not all(isinstance(p, str) for p in paragraphs):
            raise CorpusError(f"{wire_where} needs a non-empty list of paragraph strings.")
        wire_out = {
            "agency": need(wire, "agency", wire_where),
            "dateline": optional(wire, "dateline", wire_where),
            "byline": optional(wire, "byline", wire_where),
            "published": parse_date(wire.get("published"), wire_where),
            "link": need(wire, "link", wire_where),
            "headline": need(wire, "headline", wire_where),
            "paragraphs": paragraphs,
        }

        copies = []
        for number, copy in enumerate(need(data, "copies", name, list)):
            where = f"{name}: copy {number}"
            outlet = need(copy, "outlet", where)
            if outlet not in outlets:
                raise CorpusError(f"{where} names unknown outlet '{outlet}'.")
            where = f"{name}: copy {number} ({outlet})"
            link = need(copy, "link", where)
            if link not in LINKS:
                raise CorpusError(f"{where} has unknown link '{link}' (expected one of {', '.join(LINKS)}).")
            keep = optional(copy, "keep_dateline", where, default="full")
            if keep not in DATELINES:
                raise CorpusError(f"{where} has unknown keep_dateline '{keep}' (expected one of {', '.join(DATELINES)}).")
            kept = check_paragraph_indexes(copy.get("paragraphs"), len(paragraphs), where)
            replace = optional(copy, "replace", where, list, [])
            for pair in replace:
                if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(s, str) for s in pair)):
                    raise CorpusError(f"{where} has a 'replace' entry that is not a [old, new] pair of strings.")
            inserts = optional(copy, "insert", where, list, [])
            for insert in inserts:
                before = need(insert, "before", f"{where} insert", int)
                need(insert, "html", f"{where} insert")
                if not 0 <= before <= len(kept):
                    raise CorpusError(f"{where} inserts before paragraph {before}, but only {len(kept)} "
                                      f"paragraphs are kept (0-{len(kept)}).")
            copies.append({
                "index": number,
                "outlet": outlet,
                "published": parse_date(copy.get("published"), where),
                "headline": optional(copy, "headline", where),
                "headline_suffix": optional(copy, "headline_suffix", where, default=""),
                "link": link,
                "keep_dateline": keep,
                "byline": bool(copy.get("byline", False)),
                "paragraphs": kept,
                "replace": replace,
                "insert": inserts,
                "lead_html": optional(copy, "lead_html", where),
                "trailer_html": optional(copy, "trailer_html", where),
                "summary": optional(copy, "summary", where),
                "variant": optional(copy, "variant", where),
            })

        negatives = []
        for number, negative in enumerate(data.get("negatives") or []):
            where = f"{name}: negative {number}"
            negative_id = need(negative, "id", where)
            where = f"{name}: negative '{negative_id}'"
            if negative_id in seen_labels:
                raise CorpusError(f"negative id '{negative_id}' in {name} is already used in {seen_labels[negative_id]}.")
            seen_labels[negative_id] = name
            outlet = need(negative, "outlet", where)
            if outlet not in outlets:
                raise CorpusError(f"{where} names unknown outlet '{outlet}'.")
            link = need(negative, "link", where)
            if link not in LINKS:
                raise CorpusError(f"{where} has unknown link '{link}' (expected one of {', '.join(LINKS)}).")
            kind = need(negative, "kind", where)
            if kind not in KINDS:
                warn(f"{where} has an unusual kind '{kind}'.")
            texts = need(negative, "paragraphs", where, list)
            if not texts or not all(isinstance(p, str) for p in texts):
                raise CorpusError(f"{where} needs a non-empty list of paragraph strings.")
            negatives.append({
                "index": number,
                "id": negative_id,
                "kind": kind,
                "outlet": outlet,
                "published": parse_date(negative.get("published"), where),
                "link": link,
                "dateline": optional(negative, "dateline", where),
                "headline": need(negative, "headline", where),
                "headline_suffix": optional(negative, "headline_suffix", where, default=""),
                "paragraphs": texts,
                "summary": optional(negative, "summary", where),
            })
        clusters.append({"id": cluster_id, "file": name, "wire": wire_out,
                         "copies": copies, "negatives": negatives})
    return clusters


# ---------------------------------------------------------------- building items

def copy_item(cluster, copy, outlet):
    """One republished copy: title, link, bodies as the outlet carries them."""
    wire = cluster["wire"]
    headline = copy["headline"] if copy["headline"] is not None else wire["headline"]
    title = headline + copy["headline_suffix"]

    if copy["keep_dateline"] == "full":
        prefix = wire["dateline"] or ""
    elif copy["keep_dateline"] == "tag-only":
        prefix = agency_tag(wire["dateline"], wire["agency"])
    else:
        prefix = ""
    texts = []
    for position, index in enumerate(copy["paragraphs"]):
        text = wire["paragraphs"][index]
        for old, new in copy["replace"]:
            text = text.replace(old, new)
        texts.append(with_dateline(text, prefix) if position == 0 else text)
    first = texts[0] if texts else ""

    parts = []
    if copy["lead_html"]:
        parts.append(copy["lead_html"])
    if copy["byline"] and wire["byline"]:
        byline = wire["byline"].strip()
        parts.append(paragraph(byline if byline.lower().startswith("by ") else "By " + byline))
    for position, text in enumerate(texts):
        parts.extend(insert["html"] for insert in copy["insert"] if insert["before"] == position)
        parts.append(paragraph(text))
    parts.extend(insert["html"] for insert in copy["insert"] if insert["before"] == len(texts))
    if copy["trailer_html"]:
        parts.append(copy["trailer_html"])
    if outlet["footer_html"]:
        parts.append(outlet["footer_html"])

    item = base_item(outlet, cluster, "copy", copy["index"], title, headline, copy["link"],
                     wire["link"], copy["published"])
    fill_body(item, outlet["body"], first, "\n".join(parts), copy["summary"])
    item.update(label=cluster["id"], kind=None, variant=copy["variant"])
    return item


def negative_wire_link(cluster, negative):
    """A wire-style address for a negative: its agency's site, the original's path shape."""
    wire = cluster["wire"]
    tag = re.search(r"\(([^()]*)\)", negative["dateline"] or "")
    agency = tag.group(1).strip() if tag else wire["agency"]
    last = f"{slugify(negative['headline'])}-{negative['published'].strftime('%Y-%m-%d')}"
    if agency.lower() == wire["agency"].lower():
        scheme, netloc, path, _, _ = urlsplit(wire["link"])
        trailing = path.endswith("/")
        segments = [s for s in path.split("/") if s]
        segments[-1:] = [last]
        return urlunsplit((scheme, netloc, "/" + "/".join(segments) + ("/" if trailing else ""), "", ""))
    return f"https://www.{slugify(agency)}.example/news/{last}/"


def negative_item(cluster, negative, outlet):
    title = negative["headline"] + negative["headline_suffix"]
    texts = list(negative["paragraphs"])
    texts[0] = with_dateline(texts[0], negative["dateline"] or "")
    parts = [paragraph(text) for text in texts]
    if outlet["footer_html"]:
        parts.append(outlet["footer_html"])
    item = base_item(outlet, cluster, "negative", negative["index"], title, negative["headline"],
                     negative["link"], negative_wire_link(cluster, negative), negative["published"])
    fill_body(item, outlet["body"], texts[0], "\n".join(parts), negative["summary"])
    item.update(label=negative["id"], kind=negative["kind"], variant=None)
    return item


def wire_item(cluster, agency_feed):
    wire = cluster["wire"]
    texts = list(wire["paragraphs"])
    texts[0] = with_dateline(texts[0], wire["dateline"] or "")
    parts = []
    if wire["byline"]:
        byline = wire["byline"].strip()
        parts.append(paragraph(byline if byline.lower().startswith("by ") else "By " + byline))
    parts.extend(paragraph(text) for text in texts)
    item = base_item(agency_feed, cluster, "wire", 0, wire["headline"], wire["headline"], "wire",
                     wire["link"], wire["published"])
    fill_body(item, "content", texts[0], "\n".join(parts), None)
    item.update(label=cluster["id"], kind=None, variant=None)
    return item


def base_item(feed, cluster, role, index, title, headline, link_rule, wire_link, published):
    key = digest(feed["id"], cluster["id"], role, index)
    own = f"{feed['site']}/news/2026/11/{slugify(headline)}-{key[:8]}"
    link = own if link_rule.startswith("own") else wire_link
    if link_rule.endswith("+tracking"):
        link = add_tracking(link, feed["id"])
    return {"feed": feed["id"], "cluster": cluster["id"], "role": role, "key": key, "title": title,
            "link": link, "own_link": own if link_rule.startswith("own") else None,
            "published": published}


def fill_body(item, body, first_text, html, summary):
    item["body"] = body
    if body == "content":
        item["summary"] = first_text
        item["content_html"] = html
    elif body == "summary":
        item["summary"] = summary if summary is not None else first_text
        item["content_html"] = None
    else:
        item["summary"] = None
        item["content_html"] = None


# ---------------------------------------------------------------- identifiers

def feed_style(feed):
    """Per-feed habits, fixed by the feed id: guid shape and CDATA use."""
    bits = int(digest("style", feed["id"])[:4], 16)
    return {"permalink_guids": bool(bits & 1), "cdata": bool(bits & 2)}


def assign_guids(feed, items):
    """Stable guid per item, written as the feed's format writes identifiers."""
    style = feed_style(feed)
    used = set()

    def post_number(item):
        number = int(item["key"][:12], 16) % 9_000_000 + 1_000_000
        while number in used:
            number += 1
        used.add(number)
        return f"{feed['site']}/?p={number}"

    # Items in a fixed order (cluster, role, index) so the collision walk is stable too.
    for item in sorted(items, key=lambda i: (i["cluster"], i["role"], i["key"])):
        fmt = feed["format"]
        item["guid_permalink"] = False
        if feed["agency"]:
            stamp = item["published"].strftime("%Y%m%d")
            item["guid"] = f"urn:newsml:{host_of(feed['site'])}:{stamp}:{item['key'][:14].upper()}"
        elif fmt == "rss2":
            if item["own_link"] and style["permalink_guids"]:
                item["guid"] = item["own_link"]
                item["guid_permalink"] = True
            else:
                item["guid"] = post_number(item)
        elif fmt == "atom":
            item["guid"] = f"tag:{host_of(feed['site'])},2026-11:{item['key'][:16]}"
        else:  # rss1 (rdf:about) and json (id): the article address, or a post number
            item["guid"] = item["own_link"] or post_number(item)


# ---------------------------------------------------------------- writers

def rss2_feed(feed, items, feed_url):
    style = feed_style(feed)
    body = lambda html: cdata(html) if style["cdata"] else escape(html)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           text_el("title", feed["name"]),
           text_el("link", feed["site"] + "/"),
           text_el("description", feed["description"]),
           text_el("language", "en")]
    if feed_url:
        out.append(f'<atom:link href={quoteattr(feed_url)} rel="self" type="application/rss+xml"/>')
    if items:
        out.append(text_el("lastBuildDate", rfc822(items[0]["published"])))
    for item in items:
        out.append("<item>")
        out.append(text_el("title", item["title"]))
        out.append(text_el("link", item["link"]))
        attrs = "" if item["guid_permalink"] else ' isPermaLink="false"'
        out.append(text_el("guid", item["guid"], attrs))
        out.append(text_el("pubDate", rfc822(item["published"])))
        if item["summary"] is not None:
            out.append(text_el("description", item["summary"]))
        if item["content_html"] is not None:
            out.append(f"<content:encoded>{body(item['content_html'])}</content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


def atom_feed(feed, items, feed_url):
    updated = items[0]["published"] if items else datetime(2026, 11, 1, tzinfo=timezone.utc)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           text_el("title", feed["name"]),
           text_el("subtitle", feed["description"]),
           text_el("id", feed["site"] + "/"),
           f'<link rel="alternate" type="text/html" href={quoteattr(feed["site"] + "/")}/>']
    if feed_url:
        out.append(f'<link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>')
    out += [text_el("updated", rfc3339(updated)),
            f"<author>{text_el('name', feed['name'])}</author>"]
    for item in items:
        stamp = rfc3339(item["published"])
        out += ["<entry>",
                text_el("title", item["title"], ' type="text"'),
                f'<link rel="alternate" type="text/html" href={quoteattr(item["link"])}/>',
                text_el("id", item["guid"]),
                text_el("published", stamp),
                text_el("updated", stamp)]
        if item["summary"] is not None:
            out.append(text_el("summary", item["summary"], ' type="text"'))
        if item["content_html"] is not None:
            out.append(text_el("content", item["content_html"], ' type="html"'))
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


def rss1_feed(feed, items, feed_url):
    about = feed_url or feed["site"] + "/"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f"<channel rdf:about={quoteattr(about)}>",
           text_el("title", feed["name"]),
           text_el("link", feed["site"] + "/"),
           text_el("description", feed["description"]),
           text_el("dc:language", "en")]
    if items:
        out.append(text_el("dc:date", rfc3339(items[0]["published"])))
    out.append("<items>")
    out.append("<rdf:Seq>")
    out += [f"<rdf:li rdf:resource={quoteattr(item['guid'])}/>" for item in items]
    out += ["</rdf:Seq>", "</items>", "</channel>"]
    for item in items:
        out += [f"<item rdf:about={quoteattr(item['guid'])}>",
                text_el("title", item["title"]),
                text_el("link", item["link"])]
        if item["summary"] is not None:
            out.append(text_el("description", item["summary"]))
        if item["content_html"] is not None:
            out.append(text_el("content:encoded", item["content_html"]))
        out += [text_el("dc:date", rfc3339(item["published"])), "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n"


def json_feed(feed, items, feed_url):
    document = {"version": "https://jsonfeed.org/version/1.1",
                "title": feed["name"],
                "home_page_url": feed["site"] + "/"}
    if feed_url:
        document["feed_url"] = feed_url
    document["description"] = feed["description"]
    document["language"] = "en"
    entries = []
    for item in items:
        entry = {"id": item["guid"], "url": item["link"], "title": item["title"]}
        if item["content_html"] is not None:
            entry["content_html"] = item["content_html"]
            entry["summary"] = item["summary"]
        elif item["summary"] is not None:
            entry["summary"] = item["summary"]
            entry["content_text"] = item["summary"]  # JSON Feed needs a content_* field
        else:
            entry["content_text"] = ""  # title only: no description, but still a valid item
        entry["date_published"] = rfc3339(item["published"])
        entries.append(entry)
    document["items"] = entries
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


WRITERS = {"rss2": rss2_feed, "atom": atom_feed, "rss1": rss1_feed, "json": json_feed}


def opml(feeds):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<opml version="2.0">',
           "<head>",
           text_el("title", "Tidings dedup corpus"),
           "</head>",
           "<body>"]
    for feed in feeds:
        kind = "rss"
        out.append(f"<outline type={quoteattr(kind)} text={quoteattr(feed['name'])} "
                   f"title={quoteattr(feed['name'])} xmlUrl={quoteattr(feed['url'])} "
                   f"htmlUrl={quoteattr(feed['site'] + '/')}/>")
    out += ["</body>", "</opml>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main

def warn(message):
    print(f"make-feeds: warning: {message}", file=sys.stderr)


def write(path, text):
    if XML_ILLEGAL.search(text):
        raise CorpusError(f"{path.name} would contain a character XML and JSON text cannot carry "
                          f"(a control character or lone surrogate in the corpus).")
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def build(corpus, out, base_url):
    outlets = load_outlets(corpus)
    clusters = load_clusters(corpus, outlets)

    feeds = {outlet_id: dict(outlet, description=f"Latest stories from {outlet['name']}")
             for outlet_id, outlet in outlets.items()}
    agencies = {}
    items = []  # truth order: cluster by cluster, wire, copies, negatives
    for cluster in clusters:
        wire = cluster["wire"]
        agency_id = "agency-" + slugify(wire["agency"])
        if agency_id not in agencies:
            agencies[agency_id] = {"id": agency_id, "name": f"{wire['agency']} Wire",
                                   "site": site_root(wire["link"]), "format": "rss2",
                                   "body": "content", "footer_html": None, "aggregator": False,
                                   "agency": True,
                                   "description": f"{wire['agency']} wire stories, full text"}
        items.append(wire_item(cluster, agencies[agency_id]))
        items += [copy_item(cluster, copy, feeds[copy["outlet"]]) for copy in cluster["copies"]]
        items += [negative_item(cluster, negative, feeds[negative["outlet"]])
                  for negative in cluster["negatives"]]
    feeds.update(sorted(agencies.items()))

    per_feed = {}
    for item in items:
        per_feed.setdefault(item["feed"], []).append(item)
    feeds_dir = out / "feeds"
    feeds_dir.mkdir(parents=True, exist_ok=True)
    base = base_url.rstrip("/") if base_url else None
    written, guids = [], {}
    for feed_id, feed in feeds.items():
        feed_items = per_feed.get(feed_id)
        if not feed_items:
            continue
        assign_guids(feed, feed_items)
        for item in feed_items:
            if item["guid"] in guids:
                raise CorpusError(f"two items would share the guid {item['guid']} (a hash collision).")
            guids[item["guid"]] = item
        feed_items.sort(key=lambda i: (-i["published"].timestamp(), i["guid"]))
        file_name = f"{feed_id}.{FORMATS[feed['format']]}"
        path = feeds_dir / file_name
        url = f"{base}/feeds/{file_name}" if base else path.resolve().as_uri()
        feed["file"], feed["url"] = file_name, url
        write(path, WRITERS[feed["format"]](feed, feed_items, url if base else None))
        written.append(feed)
    kept = {feed["file"] for feed in written}
    for stale in sorted(feeds_dir.iterdir()):
        if stale.suffix in (".xml", ".json") and stale.name not in kept and stale.is_file():
            stale.unlink()

    write(out / "feeds.opml", opml(written))
    labels = sorted({item["label"] for item in items})
    truth = {"items": [{"feed": item["feed"], "feed_url": feeds[item["feed"]]["url"],
                        "guid": item["guid"], "link": item["link"], "title": item["title"],
                        "label": item["label"], "cluster": item["cluster"], "role": item["role"],
                        "kind": item["kind"], "variant": item["variant"], "body": item["body"]}
                       for item in items],
             "clusters": len(clusters), "labels": len(labels)}
    write(out / "truth.json", json.dumps(truth, ensure_ascii=False, indent=2) + "\n")

    copies = sum(1 for item in items if item["role"] == "copy")
    negatives = sum(1 for item in items if item["role"] == "negative")
    print(f"make-feeds: {len(written)} feeds ({len(agencies)} agency), {len(items)} items, "
          f"{len(labels)} labels ({len(clusters)} clusters), {copies} copies, {negatives} negatives "
          f"-> {out}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description="Write the dedup corpus as feeds, OPML and truth.json.")
    parser.add_argument("--corpus", required=True, type=Path, help="the corpus directory (outlets.json, clusters/)")
    parser.add_argument("--out", required=True, type=Path, help="where feeds/, feeds.opml and truth.json go")
    parser.add_argument("--base-url", help="the URL OUTDIR is served under (xmlUrl, feed_url, self links)")
    args = parser.parse_args()
    try:
        build(args.corpus, args.out, args.base_url)
    except CorpusError as error:
        print(f"make-feeds: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
