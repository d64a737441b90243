#!/usr/bin/env python3
"""Writes the large-feed benchmark corpus into bench/corpus/ (git-ignored).

Real-shaped RSS 2.0 and Atom 1.0 documents of 100 KB to 5 MB: many items, long HTML bodies as
CDATA and as escaped markup, character references, non-ASCII text, the usual namespaces (content,
dc, atom, sy, slash, wfw, media, itunes). Every document is well-formed XML with no undeclared
entities, so `xmllint --stream` reads each one to the end and the comparison with it is fair.

The output is the same on every run (a fixed seed per file): the numbers of two runs compare.

    bench/make-corpus.py [OUTPUT_DIR]
"""
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape, quoteattr

WORDS = """
river lantern harbour council budget weather station library garden quarterly bridge orchard
ferry archive market signal winter summer autumn spring village county railway timetable museum
volunteer bakery festival election committee survey planning hearing editor column letter reader
compiler kernel release patch benchmark parser memory thread socket latency throughput schema
migration database backup mirror package upstream downstream maintainer review changelog feature
regression fixture golden stream buffer encoding character entity namespace element attribute
""".split()
ACCENTED = ["café", "naïve", "Zürich", "São Paulo", "Kraków", "smörgåsbord", "façade", "Ærø",
            "東京", "Москва", "Αθήνα", "coöperate", "jalapeño", "Malmö"]
PEOPLE = ["Ada Pryce", "Tomás Okafor", "Lena Vogt", "Priya Raman", "Jonas Berg", "Mei Tanaka",
          "Sam O'Neill", "Chloé Martin"]
TAGS = ["local", "transport", "culture", "software", "releases", "weather", "opinion", "science",
        "history", "food", "open source", "podcasts"]
EPOCH = datetime(2023, 3, 14, 9, 26, 53, tzinfo=timezone.utc)


class Writer:
    """Text generator on its own seeded random stream."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def words(self, low, high):
        count = self.rng.randint(low, high)
        picked = [self.rng.choice(WORDS) for _ in range(count)]
        if self.rng.random() < 0.3:
            picked[self.rng.randrange(count)] = self.rng.choice(ACCENTED)
        return " ".join(picked)

    def title(self):
        text = self.words(4, 10).capitalize()
        if self.rng.random() < 0.25:
            text += " & " + self.words(1, 3)
        if self.rng.random() < 0.2:
            text += " \u2014 " + self.rng.choice(ACCENTED)
        return text

    def sentence(self):
        text = self.words(8, 24).capitalize()
        roll = self.rng.random()
        if roll < 0.1:
            text += " &mdash; " + self.words(2, 5)     # an HTML entity inside HTML
        elif roll < 0.2:
            text += "&nbsp;" + self.rng.choice(ACCENTED)
        elif roll < 0.3:
            text += ", \u201c" + self.words(2, 6) + "\u201d"
        return text + "."

    def html(self, paragraphs, base):
        """An article body: paragraphs with links, emphasis, images, lists and code."""
        out = []
        for number in range(paragraphs):
            parts = [self.sentence() for _ in range(self.rng.randint(2, 6))]
            if self.rng.random() < 0.5:
                slug = "-".join(self.words(2, 4).split())
                parts.insert(1, f'<a href="{base}/{slug}?ref=feed&amp;n={number}">{self.words(2, 5)}</a>')
            if self.rng.random() < 0.3:
                parts.insert(0, f"<em>{self.words(1, 3)}</em>")
            out.append("<p>" + " ".join(parts) + "</p>")
            roll = self.rng.random()
            if roll < 0.12:
                out.append(f'<p><img src="/images/{self.rng.randint(1000, 9999)}.jpg" '
                           f'alt="{self.words(2, 4)}" width="640" height="360"></p>')
            elif roll < 0.2:
                items = "".join(f"<li>{self.words(3, 8)}</li>" for _ in range(self.rng.randint(2, 5)))
                out.append(f"<ul>{items}</ul>")
            elif roll < 0.25:
                out.append("<pre><code>if (a &lt; b &amp;&amp; c &gt; d) { return 0; }</code></pre>")
            elif roll < 0.28:
                out.append("<blockquote><p>" + self.sentence() + "</p></blockquote>")
        return "\n".join(out)


def rfc822(moment):
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def rfc3339(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def rss_document(seed, target_bytes, podcast=False):
    pen = Writer(seed)
    site = f"https://news{seed}.example.org"
    head = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:media="http://search.yahoo.com/mrss/"
  xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>{escape(pen.title())}</title>
  <atom:link href="{site}/feed/" rel="self" type="application/rss+xml" />
  <link>{site}/</link>
  <description>{escape(pen.sentence())}</description>
  <lastBuildDate>{rfc822(EPOCH)}</lastBuildDate>
  <language>en-GB</language>
  <sy:updatePeriod>hourly</sy:updatePeriod>
  <sy:updateFrequency>1</sy:updateFrequency>
  <generator>https://wordpress.org/?v=6.4.2</generator>
  <image><url>{site}/logo.png</url><title>Logo</title><link>{site}/</link></image>
"""
    if podcast:
        head += f"""  <itunes:author>{escape(pen.rng.choice(PEOPLE))}</itunes:author>
  <itunes:explicit>false</itunes:explicit>
  <itunes:image href="{site}/cover.jpg" />
  <itunes:category text="Technology" />
"""
    parts = [head]
    size = len(head.encode())
    number = 0
    while size < target_bytes - 400:
        number += 1
        moment = EPOCH - timedelta(minutes=37 * number + pen.rng.randint(0, 30))
        slug = "-".join(pen.words(3, 6).split())
        link = f"{site}/{moment:%Y/%m/%d}/{slug}/"
        body = pen.html(pen.rng.randint(3, 25) if not podcast else pen.rng.randint(2, 6), site)
        excerpt = pen.html(1, site)
        item = [f"  <item>\n    <title>{escape(pen.title())}</title>\n    <link>{link}</link>",
                f"    <comments>{link}#comments</comments>",
                f"    <dc:creator>{cdata(pen.rng.choice(PEOPLE))}</dc:creator>",
                f"    <pubDate>{rfc822(moment)}</pubDate>"]
        for tag in pen.rng.sample(TAGS, pen.rng.randint(1, 4)):
            item.append(f"    <category>{cdata(tag)}</category>")
        item.append(f'    <guid isPermaLink="false">{site}/?p={100000 + number}</guid>')
        item.append(f"    <description>{escape(excerpt)}</description>")
        item.append(f"    <content:encoded>{cdata(body)}</content:encoded>")
        item.append(f"    <wfw:commentRss>{link}feed/</wfw:commentRss>")
        item.append(f"    <slash:comments>{pen.rng.randint(0, 80)}</slash:comments>")
        if podcast or pen.rng.random() < 0.1:
            length = pen.rng.randint(5_000_000, 90_000_000)
            item.append(f'    <enclosure url="{site}/audio/episode-{number}.mp3" length="{length}" '
                        'type="audio/mpeg" />')
            item.append(f"    <itunes:duration>{pen.rng.randint(10, 90)}:{pen.rng.randint(10, 59)}</itunes:duration>")
        if pen.rng.random() < 0.3:
            item.append(f'    <media:content url="{site}/images/{number}.jpg" medium="image" width="1200">'
                        f"<media:title>{escape(pen.words(3, 6))}</media:title></media:content>")
        item.append("  </item>\n")
        text = "\n".join(item)
        parts.append(text)
        size += len(text.encode())
    parts.append("</channel>\n</rss>\n")
    return "".join(parts)


def atom_document(seed, target_bytes):
    pen = Writer(seed)
    site = f"https://blog{seed}.example.net"
    head = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">{escape(pen.title())}</title>
  <subtitle type="html">{escape("<em>" + pen.sentence() + "</em>")}</subtitle>
  <id>tag:blog{seed}.example.net,2009:feed</id>
  <updated>{rfc3339(EPOCH)}</updated>
  <link rel="alternate" type="text/html" href="{site}/" />
  <link rel="self" type="application/atom+xml" href="{site}/atom.xml" />
  <author><name>{escape(pen.rng.choice(PEOPLE))}</name><uri>{site}/about</uri></author>
  <generator uri="https://gohugo.io/" version="0.121.1">Hugo</generator>
  <rights>© 2009–2023 {escape(pen.rng.choice(PEOPLE))}</rights>
"""
    parts = [head]
    size = len(head.encode())
    number = 0
    while size < target_bytes - 300:
        number += 1
        moment = EPOCH - timedelta(hours=5 * number, minutes=pen.rng.randint(0, 59))
        slug = "-".join(pen.words(3, 6).split())
        link = f"{site}/posts/{slug}/"
        body = pen.html(pen.rng.randint(3, 25), site)
        title = pen.title()
        entry = ["  <entry>"]
        if pen.rng.random() < 0.2:
            entry.append(f'    <title type="html">{escape("<code>" + escape(title) + "</code>")}</title>')
        else:
            entry.append(f"    <title>{escape(title)}</title>")
        entry.append(f'    <link rel="alternate" type="text/html" href="{link}" />')
        entry.append(f"    <id>tag:blog{seed}.example.net,{moment:%Y-%m-%d}:/posts/{slug}</id>")
        entry.append(f"    <published>{rfc3339(moment)}</published>")
        entry.append(f"    <updated>{rfc3339(moment + timedelta(hours=2))}</updated>")
        entry.append(f"    <author><name>{escape(pen.rng.choice(PEOPLE))}</name></author>")
        for tag in pen.rng.sample(TAGS, pen.rng.randint(1, 3)):
            entry.append(f"    <category term={quoteattr(tag)} />")
        entry.append(f'    <summary type="html">{escape(pen.html(1, site))}</summary>')
        roll = pen.rng.random()
        if roll < 0.15:
            # Inline XHTML: the body must be well-formed XML, so HTML entities become characters.
            xhtml = body.replace("&nbsp;", "\u00a0").replace("&mdash;", "\u2014")
            xhtml = xhtml.replace('height="360">', 'height="360" />')
            entry.append(f'    <content type="xhtml" xml:base="{link}"><div xmlns="http://www.w3.org/1999/xhtml">'
                         f"{xhtml}</div></content>")
        elif roll < 0.5:
            entry.append(f'    <content type="html" xml:base="{link}">{cdata(body)}</content>')
        else:
            entry.append(f'    <content type="html" xml:base="{link}">{escape(body)}</content>')
        entry.append("  </entry>\n")
        text = "\n".join(entry)
        parts.append(text)
        size += len(text.encode())
    parts.append("</feed>\n")
    return "".join(parts)


CORPUS = [
    ("rss-blog-100k.xml", lambda: rss_document(101, 100_000)),
    ("atom-blog-300k.xml", lambda: atom_document(202, 300_000)),
    ("rss-podcast-800k.xml", lambda: rss_document(303, 800_000, podcast=True)),
    ("rss-news-1500k.xml", lambda: rss_document(404, 1_500_000)),
    ("atom-archive-2500k.xml", lambda: atom_document(505, 2_500_000)),
    ("rss-fulltext-5m.xml", lambda: rss_document(606, 5_000_000)),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "corpus")
    os.makedirs(output, exist_ok=True)
    for name, make in CORPUS:
        data = make().encode("utf-8")
        with open(os.path.join(output, name), "wb") as file:
            file.write(data)
        print(f"{len(data):>9} bytes  {os.path.join(output, name)}")


if __name__ == "__main__":
    main()
