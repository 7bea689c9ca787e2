#!/usr/bin/env python3
"""Generate part A of the dyadwatch sample corpus and its cleaning gold.

Writes, under data/sample/:
  html/*.html                 raw news pages (UTF-8, plus one EUC-KR, one Shift_JIS, one windows-1252 page)
  feeds/korea-japan.rss       RSS 2.0 feed with full text in <content:encoded>
  warc/crawl.warc.gz          small WARC with one deliberately truncated record at the end
  broken/*                    inputs that a cleaner must reject
  gold/cleaning-a.jsonl       expected cleaning result for every input record

All article texts, quotes, reporters, commentators and page templates in this
script were written for the dyadwatch demo corpus.  Events, dates and office
holders follow the project's reference chronology; the people quoted as
scholars, analysts, residents or readers are invented, and statements by
officials are paraphrased or written for the demo.  Outlet names and domains
are used only so that the pages look like the inputs dyadwatch meets in
practice.

The script is deterministic: running it twice produces byte-identical files.
It ends by checking the gold against the raw files it wrote.

Usage:  python data/sample/tools/make_corpus_a.py            # generate + check
        python data/sample/tools/make_corpus_a.py --check    # check only
"""
from __future__ import annotations

import html
import io
import json
import random
import re
import sys
import textwrap
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1]          # data/sample
GOLD_PATH = SAMPLE / "gold" / "cleaning-a.jsonl"

KIND_ORDER = ["navigation", "caption", "comments", "share", "related", "promo", "credits"]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")

NAMED = {
    "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2018": "&lsquo;", "\u2019": "&rsquo;",
    "\u2014": "&mdash;", "\u2013": "&ndash;", "\u2026": "&hellip;", "\u00a0": "&nbsp;",
}


def plain(p: str) -> str:
    """Paragraph as a reader sees it (inline link markup removed)."""
    return LINK_RE.sub(lambda m: m.group(1), p)


def etext(s: str, mode: str = "plain") -> str:
    if mode == "plain":
        return html.escape(s, quote=False)
    if mode == "attr":
        return html.escape(s, quote=True)
    if mode == "named":                      # &quot; &#x27; &ldquo; &mdash; ...
        s = html.escape(s, quote=True)
        return "".join(NAMED.get(c, c) for c in s)
    if mode == "numeric":                    # every non-ASCII char as &#NNNN;
        return html.escape(s, quote=False).encode("ascii", "xmlcharrefreplace").decode("ascii")
    raise ValueError(mode)


def inline(p: str, mode: str = "plain") -> str:
    """Render a paragraph with [[text|url]] links as HTML."""
    out, pos = [], 0
    for m in LINK_RE.finditer(p):
        out.append(etext(p[pos:m.start()], mode))
        out.append('<a href="%s">%s</a>' % (etext(m.group(2), "attr"), etext(m.group(1), mode)))
        pos = m.end()
    out.append(etext(p[pos:], mode))
    return "".join(out)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def summary(a: dict, n: int = 150) -> str:
    if a.get("summary"):
        return a["summary"]
    t = plain(a["paras"][0])
    t = re.sub(r"^[A-Z][A-Z .,\-]+?(?:,\s*[A-Z][a-z]+\.? \d+ \([A-Za-z]+\))?\s*(?:--|—|-|–)\s*", "", t)
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0] + "..."


class Ctx:
    """Collects what a template emitted around the article text."""

    def __init__(self):
        self.must: list[str] = []
        self.kinds: list[str] = []
        self.captions: list[str] = []

    def kind(self, k: str) -> None:
        assert k in KIND_ORDER, k
        if k not in self.kinds:
            self.kinds.append(k)

    def rm(self, s: str, k: str) -> str:
        if s not in self.must:
            self.must.append(s)
        self.kind(k)
        return s

    def sorted_kinds(self) -> list[str]:
        return [k for k in KIND_ORDER if k in self.kinds]


def flow(a: dict, render_para, inserts: dict[int, list[str]]) -> list[str]:
    """Article paragraphs interleaved with inserts; inserts[i] go before paragraph i."""
    out = []
    n = len(a["paras"])
    for i in range(n + 1):
        out.extend(inserts.get(i, []))
        if i < n:
            out.append(render_para(a["paras"][i]))
    return out


def add_insert(ins: dict, at: int, s: str) -> None:
    ins.setdefault(at, []).append(s)


def jsonld(a: dict, publisher: str, logo: str, section: str = "") -> str:
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"],
        "description": summary(a),
        "datePublished": a["ts"],
        "dateModified": a.get("ts_mod", a["ts"]),
        "inLanguage": a["lang"],
        "author": ([{"@type": "Person", "name": a["byline"]}] if a.get("byline")
                   else [{"@type": "Organization", "name": publisher}]),
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": logo}},
    }
    if a.get("figures"):
        d["image"] = [a["figures"][0]["src"]]
    if section:
        d["articleSection"] = section
    return ('<script type="application/ld+json">\n'
            + json.dumps(d, ensure_ascii=False, indent=2) + "\n</script>")


def og(a: dict, site: str, image: bool = True, url: bool = True, desc: bool = True) -> str:
    rows = ['<meta property="og:type" content="article">',
            '<meta property="og:site_name" content="%s">' % attr(site),
            '<meta property="og:title" content="%s">' % attr(a["title"])]
    if desc:
        rows.append('<meta property="og:description" content="%s">' % attr(summary(a)))
    if url:
        rows.append('<meta property="og:url" content="%s">' % attr(a["url"]))
    if image and a.get("figures"):
        rows.append('<meta property="og:image" content="%s">' % attr(a["figures"][0]["src"]))
    rows += ['<meta name="twitter:card" content="summary_large_image">',
             '<meta name="twitter:title" content="%s">' % attr(a["title"])]
    if image and a.get("figures"):
        rows.append('<meta name="twitter:image" content="%s">' % attr(a["figures"][0]["src"]))
    return "\n".join(rows)


def date_meta(a: dict) -> str:
    if a["datemode"] != "meta":
        return ""
    return ('<meta property="article:published_time" content="%s">\n'
            '<meta property="article:modified_time" content="%s">' % (a["ts"], a.get("ts_mod", a["ts"])))


def human_date(a: dict, fmt: str) -> str:
    """Visible date string for pages whose date is also in metadata."""
    import datetime as _dt
    if a["datemode"] not in ("meta", "jsonld"):
        return ""
    t = _dt.datetime.fromisoformat(a["ts"])
    return t.strftime(fmt).replace(" 0", " ")

# ---------------------------------------------------------------------------
# page templates (one per outlet family; markup deliberately differs)
# ---------------------------------------------------------------------------

def figure_generic(P: Ctx, f: dict, tmpl: str, mode: str = "plain") -> str:
    P.captions.append(f["caption"])
    P.rm(f["caption"], "caption")
    if f.get("credit"):
        P.rm(f["credit"], "credits")
    return tmpl.format(src=attr(f["src"]), alt=attr(f.get("alt", "")),
                       cap=etext(f["caption"], mode), credit=etext(f.get("credit", ""), mode))


def related_list(P: Ctx, items, li: str, n_rm: int = 2) -> str:
    for t, _u in items[:n_rm]:
        P.rm(t, "related")
    P.kind("related")
    return "\n".join(li.format(url=attr(u), t=etext(t)) for t, u in items)


def comments_block(P: Ctx, a: dict, tmpl_head: str, tmpl_item: str, tail: str = "") -> str:
    c = a.get("comments")
    if not c:
        return ""
    P.rm("Log in to comment", "comments")
    P.rm("%d Comments" % c["count"], "comments")
    items = []
    for user, text, when, likes in c["items"]:
        P.rm(text, "comments")
        items.append(tmpl_item.format(user=etext(user), text=etext(text), when=etext(when), likes=likes))
    return tmpl_head.format(count=c["count"], items="\n".join(items), url=attr(a["url"])) + tail


def readmore_insert(P: Ctx, a: dict, ins: dict, tmpl: str) -> None:
    rm = a.get("readmore")
    if not rm:
        return
    P.rm(rm["title"], "related")
    add_insert(ins, rm["at"], tmpl.format(url=attr(rm["url"]), t=etext(rm["title"])))


# --- Yonhap (English) ------------------------------------------------------
def layout_yonhap(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="comp-box photo-group">\n<figure class="img-con">\n'
            '<span class="img"><img src="{src}" alt="{alt}" loading="lazy"></span>\n'
            '<figcaption class="desc-con"><p class="desc">{cap}</p><span class="source">{credit}</span></figcaption>\n'
            '</figure>\n</div>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 3),
               '<div class="aside-box ad-area mid"><span class="ad-label">ADVERTISEMENT</span>'
               '<div id="div-gpt-ad-article-mid" class="gpt" style="min-height:250px"></div></div>')
    readmore_insert(P, a, ins, '<p class="related-link"><strong>Read more:</strong> <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"],
        '<li><a href="{url}" class="tit-wrap"><strong class="tit">{t}</strong></a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    P.rm("Subscribe to our newsletter", "promo")
    P.rm("Share on Facebook", "share")
    P.rm("(END)", "credits")
    P.kind("navigation")
    vis = human_date(a, "%H:%M %B %d, %Y")
    byline = ('<span class="tit-name">By %s</span>' % etext(a["byline"])) if a.get("byline") else ""
    email = a.get("email", "")
    if email:
        P.rm(email, "credits")
    tags = "".join('<li><a href="/search/index?query=%s">#%s</a></li>' % (attr(t), etext(t)) for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>{etext(a['title'])} | Yonhap News Agency</title>
<meta name="description" content="{attr(summary(a))}">
<meta name="keywords" content="{attr(', '.join(a.get('tags', [])))}">
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'Yonhap News Agency')}
{date_meta(a)}
<meta property="article:section" content="{attr(a['section'])}">
<link rel="stylesheet" href="https://r.yna.co.kr/global/home/v01/css/en_common.css?v=3.4.2">
<link rel="stylesheet" href="https://r.yna.co.kr/global/home/v01/css/en_view.css?v=3.4.2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ENYNA00001"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-ENYNA00001', {{ 'content_group': '{a['section']}' }});
</script>
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head>
<body class="en view">
<div id="skipNav"><a href="#container">Skip to main content</a></div>
<div class="cookie-consent" id="cookieConsent" role="dialog">
  <p>We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.</p>
  <button type="button" class="btn-type01 accept">Accept</button> <a href="/etc/privacy">Privacy Policy</a>
</div>
<header id="header" class="header">
  <div class="header-top">
    <h1 class="logo"><a href="https://en.yna.co.kr/"><img src="https://r.yna.co.kr/global/home/v01/img/en_logo.svg" alt="Yonhap News Agency"></a></h1>
    <div class="util-menu"><a href="/etc/newsletter">Newsletter</a> <a href="/etc/rss">RSS</a> <a href="https://www.yna.co.kr/">한국어</a> <a href="https://jp.yna.co.kr/">日本語</a></div>
  </div>
  <nav class="gnb" aria-label="Main menu">
    <ul>
      <li><a href="/nk/index">North Korea</a></li>
      <li><a href="/politics/index">Politics</a></li>
      <li><a href="/economy/index">Economy</a></li>
      <li><a href="/market/index">Market</a></li>
      <li><a href="/industry/index">Industry</a></li>
      <li><a href="/sci-tech/index">Sci/Tech</a></li>
      <li><a href="/society/index">Society</a></li>
      <li><a href="/culture/index">Culture</a></li>
      <li><a href="/sports/index">Sports</a></li>
      <li><a href="/opinion/index">Opinion</a></li>
      <li><a href="/photos/index">Photos</a></li>
      <li><a href="/video/index">Videos</a></li>
    </ul>
  </nav>
</header>
<div id="container">
<div class="container-inner">
  <div class="ad-area top"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-top" style="min-height:90px"></div></div>
  <section class="content03">
    <div class="title-article01">
      <span class="sec-tit">{etext(a['section'])}</span>
      <h1 class="tit">{etext(a['title'])}</h1>
      <div class="info-con">{byline}<span class="txt">All News</span> <span class="txt update-time">{vis}</span></div>
      <div class="share-zone top"><button type="button" class="btn-fb">Share on Facebook</button> <button type="button" class="btn-x">Share on X</button> <button type="button" class="btn-copy">Copy link</button> <button type="button" class="btn-font">Font size</button></div>
    </div>
    <div class="story-news article">
{body}
<p class="adrs">{etext(email)}<br>(END)</p>
    </div>
    <div class="keyword-zone"><strong class="tit">Keywords</strong><ul>{tags}</ul></div>
    <div class="newsletter-box">
      <h3>Subscribe to our newsletter</h3>
      <p>Get the day's top stories on Korea delivered to your inbox every morning.</p>
      <form action="/etc/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
    </div>
    <div class="share-zone bottom"><button type="button" class="btn-fb">Share on Facebook</button> <button type="button" class="btn-x">Share on X</button> <button type="button" class="btn-copy">Copy link</button></div>
  </section>
  <aside class="aside-content">
    <div class="aside-box01 related">
      <h2 class="title-type01">Related Articles</h2>
      <ul class="list01">
{related}
      </ul>
    </div>
    <div class="ad-area side"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-side" style="min-height:600px"></div></div>
    <div class="aside-box01 most-viewed">
      <h2 class="title-type01">Most Viewed</h2>
      <ol class="list-type-num">
{popular}
      </ol>
    </div>
  </aside>
</div>
</div>
<footer id="footer">
  <div class="footer-menu"><a href="/etc/about">About Us</a> <a href="/etc/contact">Contact Us</a> <a href="/etc/terms">Terms of Service</a> <a href="/etc/privacy">Privacy Policy</a> <a href="/etc/sitemap">Sitemap</a></div>
  <p class="copyright">(C) Yonhap News Agency. All Rights Reserved</p>
</footer>
<script src="https://r.yna.co.kr/global/home/v01/js/en_common.js?v=3.4.2"></script>
</body>
</html>
"""


# --- The Japan Times (modern template, JSON-LD, <article>) -----------------
def layout_jt_modern(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="article-image">\n  <img src="{src}" alt="{alt}" width="1200" height="800">\n'
            '  <figcaption><span class="article-image__caption">{cap}</span> <span class="article-image__credit">{credit}</span></figcaption>\n</figure>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 2), '<div class="jt-ad jt-ad--inarticle" data-slot="inarticle-1"><p class="jt-ad__label">ADVERTISEMENT</p></div>')
    P.rm("Sign up for our newsletter", "promo")
    add_insert(ins, a.get("promo_at", 5),
        '<aside class="newsletter-inline">\n  <p class="newsletter-inline__title">Sign up for our newsletter</p>\n'
        '  <p class="newsletter-inline__desc">In a time of both misinformation and too much information, quality journalism is more crucial than ever. Get our daily briefing.</p>\n'
        '  <a class="btn" href="/newsletter/">Subscribe</a>\n</aside>')
    readmore_insert(P, a, ins, '<p class="jt-readmore"><em>Read more:</em> <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li class="related__item"><a href="{url}">{t}</a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<section class="jt-comments" id="comments">\n<h2 class="jt-comments__count">{count} Comments</h2>\n'
        '<div class="jt-comments__login"><a href="/login/?next={url}">Log in to comment</a></div>\n<ol class="jt-comments__list">\n{items}\n</ol>\n'
        '<button class="jt-comments__more" type="button">Load more comments</button>\n</section>',
        '<li class="jt-comment"><div class="jt-comment__meta"><span class="jt-comment__user">{user}</span> <span class="jt-comment__when">{when}</span></div>'
        '<p class="jt-comment__text">{text}</p><div class="jt-comment__actions"><button type="button">Reply</button> <button type="button">Like ({likes})</button></div></li>')
    P.rm("Share on Facebook", "share")
    P.kind("navigation")
    vis = human_date(a, "%b %d, %Y")
    byline = ""
    if a.get("byline"):
        byline = '<p class="article-byline">By <a class="author" href="/author/%s/">%s</a>%s</p>' % (
            re.sub(r"[^a-z]+", "-", a["byline"].lower()), etext(a["byline"]),
            (' <span class="author-role">%s</span>' % etext(a["role"])) if a.get("role") else "")
    ld = jsonld(a, "The Japan Times", "https://www.japantimes.co.jp/theme/jt/images/logo.svg", a["section"]) if a["datemode"] == "jsonld" else ""
    return f"""<!doctype html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{etext(a['title'])} - The Japan Times</title>
<link rel="canonical" href="{attr(a['url'])}">
<meta name="description" content="{attr(summary(a))}">
{og(a, 'The Japan Times')}
<meta name="twitter:site" content="@japantimes">
{date_meta(a)}
<link rel="preconnect" href="https://fonts.gstatic.com">
<link rel="stylesheet" href="https://www.japantimes.co.jp/theme/jt/css/main.min.css?ver=5.12.0">
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
{ld}
</head>
<body class="single single-post jt-theme">
<div id="jt-cookie-notice" class="cookie-notice" hidden>
  <p>This site uses cookies. By continuing to use the site you consent to our use of cookies. <a href="/privacy-policy/">Learn more</a></p>
  <button type="button" class="cookie-notice__ok">OK</button>
</div>
<header class="site-header">
  <div class="site-header__top"><a class="site-logo" href="https://www.japantimes.co.jp/">The Japan Times</a>
    <a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a class="btn-login" href="/login/">Log in</a></div>
  <nav class="primary-menu" aria-label="Primary">
    <ul>
      <li><a href="/news/">News</a></li><li><a href="/news/japan/">Japan</a></li><li><a href="/news/asia-pacific/">Asia Pacific</a></li>
      <li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li>
      <li><a href="/culture/">Culture</a></li><li><a href="/sports/">Sports</a></li><li><a href="/podcast/">Podcasts</a></li>
    </ul>
  </nav>
</header>
<div class="jt-ad jt-ad--leaderboard"><p class="jt-ad__label">ADVERTISEMENT</p><div id="gpt-leaderboard"></div></div>
<main id="jt-main" class="site-main">
<article class="jt-article">
  <header class="article-header">
    <p class="article-section"><a href="/news/japan/politics/">{etext(a['section'])}</a></p>
    <h1 class="article-title">{etext(a['title'])}</h1>
    {byline}
    <div class="article-date">{vis}</div>
    <ul class="share-buttons">
      <li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={attr(a['url'])}">Share on Facebook</a></li>
      <li><a class="share-x" href="https://x.com/intent/post?url={attr(a['url'])}">Share on X</a></li>
      <li><button type="button" class="share-copy">Copy link</button></li>
    </ul>
  </header>
  <div class="article-body">
{body}
  </div>
  <footer class="article-footer">
    <div class="article-tags">Keywords: {", ".join('<a href="/tag/%s/">%s</a>' % (attr(t.lower().replace(' ', '-')), etext(t)) for t in a.get('tags', []))}</div>
  </footer>
</article>
{comments}
<aside class="related">
  <h2 class="related__heading">Related stories</h2>
  <ul class="related__list">
{related}
  </ul>
</aside>
<aside class="most-popular">
  <h2>Most Popular</h2>
  <ol>
{popular}
  </ol>
</aside>
</main>
<footer class="site-footer">
  <nav class="footer-menu"><a href="/about-us/">About us</a> <a href="/contact/">Contact</a> <a href="/terms-of-service/">Terms of service</a> <a href="/privacy-policy/">Privacy policy</a> <a href="/advertise/">Advertise</a></nav>
  <p class="site-footer__copyright">&copy; The Japan Times, Ltd. All rights reserved.</p>
</footer>
<script src="https://www.japantimes.co.jp/theme/jt/js/main.min.js?ver=5.12.0" defer></script>
</body>
</html>
"""


# --- legacy table layout (archive pages: The Japan Times 1998, The Korea Times 2012)
def layout_legacy_table(a: dict, P: Ctx) -> str:
    c = a["site"]                     # outlet-specific strings
    mode = c.get("mode", "named")
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<table class="photo" align="center" width="480" cellpadding="0" cellspacing="0"><tr><td><img src="{src}" width="480" border="0" alt="{alt}"></td></tr>\n'
            '<tr><td class="photo_caption"><font size="1">{cap}</font> <font size="1" color="#888888">{credit}</font></td></tr></table>', mode))
    P.rm(c["ad_text"], "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad_article" align="center"><font size="1" color="#999999">%s</font><br><iframe src="/ads/inarticle.html" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>' % c["ad_text"])
    readmore_insert(P, a, ins, '<p class="rel_inline"><b>Read more:</b> <a href="{url}">{t}</a></p>')

    def rp(p):
        return "<p>" + textwrap.fill(inline(p, mode), 96) + "</p>"
    body = "\n".join(flow(a, rp, ins))
    related = related_list(P, a["related"], '<tr><td class="rel_item">&middot; <a href="{url}">{t}</a></td></tr>')
    P.rm(c["share_text"], "share")
    P.rm(c["copyright"], "navigation")
    nav = " | ".join('<a href="%s">%s</a>' % (attr(u), etext(t)) for t, u in c["nav"])
    byline = ""
    if a.get("byline_display"):
        byline = '<tr><td class="byline"><font size="2">%s</font></td></tr>' % etext(a["byline_display"], mode)
    comments = comments_block(P, a,
        '<table class="reader_comments" width="100%" cellpadding="4"><tr><td class="cmt_head"><b>{count} Comments</b> &nbsp; <a href="/member/login.asp">Log in to comment</a></td></tr>\n{items}\n</table>',
        '<tr><td class="cmt"><b>{user}</b> <font color="#999999">{when}</font><br>{text}</td></tr>')
    P.kind("navigation")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{etext(a['title'])} | {etext(a['outlet'])}</title>
<link rel="canonical" href="{attr(a['url'])}">
<meta property="og:url" content="{attr(a['url'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="{attr(a['outlet'])}">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" type="text/css" href="{c['css']}">
<script type="text/javascript" src="{c['js']}"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', '{c['ga']}']);
_gaq.push(['_trackPageview']);
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<div id="cookie_bar" style="display:none">This website uses cookies. <a href="/privacy.htm">Find out more</a> <a href="#" onclick="closeCookieBar();return false;">Close</a></div>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="top_logo"><a href="{c['home']}"><img src="{c['logo']}" alt="{attr(a['outlet'])}" border="0"></a></td>
<td class="top_banner" align="right"><font size="1" color="#999999">{c['ad_text']}</font><br><img src="/ads/banner_728x90.gif" width="728" height="90" alt=""></td></tr>
<tr><td colspan="2" class="menu_bar">{nav}</td></tr>
</table>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<td width="660" valign="top" class="content_area">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="section_label"><font size="2" color="#555555">{etext(a['section'])}</font></td></tr>
<tr><td class="headline"><font size="5"><b>{etext(a['title'], mode)}</b></font></td></tr>
{byline}
<tr><td class="share_line"><a href="#" onclick="shareFB();return false;">{c['share_text']}</a> | <a href="#" onclick="shareTW();return false;">Share on X</a> | <a href="#" onclick="printArticle();return false;">Print</a> | <a href="#" onclick="emailArticle();return false;">E-mail</a></td></tr>
<tr><td class="article_text" id="article_text">
{body}
</td></tr>
</table>
{comments}
</td>
<td width="20">&nbsp;</td>
<td width="300" valign="top" class="right_area">
<table width="100%" class="rel_box" cellpadding="3"><tr><td class="rel_head"><b>{c['related_head']}</b></td></tr>
{related}
</table>
<div class="ad_right"><font size="1" color="#999999">{c['ad_text']}</font><br><img src="/ads/side_300x600.gif" width="300" height="600" alt=""></div>
</td>
</tr>
</table>
<table width="980" align="center" class="footer"><tr><td align="center"><font size="1"><a href="/about.htm">About Us</a> | <a href="/contact.htm">Contact Us</a> | <a href="/privacy.htm">Privacy Policy</a><br>{etext(c['copyright'], mode)}</font></td></tr></table>
</body>
</html>
"""


# --- div soup with <br><br> paragraphs (The Dong-A Ilbo English, old CMS) ----
def layout_legacy_br(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="articlePhotoC"><img src="{src}" alt="{alt}"><span class="txt">{cap}</span><span class="txt_cr">{credit}</span></div>', "named"))
    P.rm("Advertisement", "promo")
    add_insert(ins, a.get("ad_at", 4), '<div class="adWrap inArticle"><span class="adLabel">Advertisement</span><div id="dable_ad_1"></div></div>')

    parts = flow(a, lambda p: inline(p, "named"), ins)
    body = "\n<br><br>\n".join(parts)
    related = related_list(P, a["related"], '<li><a href="{url}"><span class="tit">{t}</span></a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div id="reply_wrap"><div class="reply_top"><strong>{count} Comments</strong></div>\n<div class="reply_login"><a href="/en/login">Log in to comment</a></div>\n<ul class="reply_list">\n{items}\n</ul></div>',
        '<li><div class="reply_info"><span class="name">{user}</span> <span class="time">{when}</span></div><div class="reply_txt">{text}</div></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Copyright by The Dong-A Ilbo. All rights reserved.", "navigation")
    P.kind("navigation")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{etext(a['title'])} : The DONG-A ILBO</title>
<link rel="canonical" href="{attr(a['url'])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="The DONG-A ILBO">
<meta property="og:description" content="{attr(summary(a))}">
<meta property="og:url" content="{attr(a['url'])}">
<link rel="stylesheet" href="https://image.donga.com/en/css/en_common.css?v=2.1">
<script src="https://image.donga.com/js/jquery.min.js"></script>
<script>var dongaArticleId = "{a['url'].rstrip('/').split('/')[-2]}";</script>
</head>
<body>
<div id="wrap">
<div id="top_cookie" class="cookieLayer">Our website uses cookies. <a href="/en/privacy">Details</a> <a href="javascript:cookieClose();">Close</a></div>
<div id="header">
  <div class="logo"><a href="https://www.donga.com/en"><img src="https://image.donga.com/en/img/logo.gif" alt="The DONG-A ILBO"></a></div>
  <div class="gnb"><ul><li><a href="/en/List/Politics">Politics</a></li><li><a href="/en/List/Economy">Economy</a></li><li><a href="/en/List/NorthKorea">North Korea</a></li><li><a href="/en/List/Society">Society</a></li><li><a href="/en/List/Culture">Culture</a></li><li><a href="/en/List/Sports">Sports</a></li><li><a href="/en/List/Editorial">Editorial</a></li><li><a href="/en/List/Column">Column</a></li></ul></div>
  <div class="langMenu"><a href="https://www.donga.com">한국어</a> <a href="https://www.donga.com/jp">日本語</a> <a href="https://www.donga.com/cn">中文</a></div>
</div>
<div id="container">
<div id="contents">
  <div class="article_title"><h1 class="title">{etext(a['title'], 'named')}</h1>
    <div class="title_foot"><span class="report">{etext(a.get('byline_display', ''))}</span>
      <span class="share"><a href="javascript:snsShare('fb');">Share on Facebook</a> <a href="javascript:snsShare('x');">Share on X</a> <a href="javascript:copyUrl();">Copy link</a></span></div></div>
  <div class="article_txt" id="article_txt">
{body}
  </div>
  {comments}
</div>
<div id="aside">
  <div class="rel_news"><h3>Related Articles</h3><ul>
{related}
  </ul></div>
  <div class="adWrap side"><span class="adLabel">Advertisement</span></div>
  <div class="most_view"><h3>Most Viewed</h3><ol>
{popular}
  </ol></div>
</div>
</div>
<div id="footer"><div class="foot_menu"><a href="/en/company">About Us</a> | <a href="/en/contact">Contact</a> | <a href="/en/privacy">Privacy Policy</a></div>
<p class="copyright">Copyright by The Dong-A Ilbo. All rights reserved.</p></div>
</div>
</body>
</html>
"""

# --- The Korea Herald ------------------------------------------------------
def layout_herald(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="img_box"><img src="{src}" alt="{alt}"><p class="img_caption">{cap} <span class="img_credit">{credit}</span></p></div>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad_box_inread"><p class="ad_txt">ADVERTISEMENT</p><div id="ad-inread-01"></div></div>')
    readmore_insert(P, a, ins, '<p class="view_related_inline">Read more: <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}"><p class="news_title">{t}</p></a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}"><span class="num"></span>{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div class="comment_area" id="comment_area"><div class="comment_top"><span class="comment_count">{count} Comments</span> <a class="btn_login" href="/member/login?returnUrl={url}">Log in to comment</a></div>\n<ul class="comment_list">\n{items}\n</ul></div>',
        '<li><p class="c_writer">{user} <span class="c_date">{when}</span></p><p class="c_txt">{text}</p><p class="c_btn"><a href="#">Reply</a> <a href="#">Recommend {likes}</a></p></li>')
    P.rm("Subscribe to The Korea Herald newsletter", "promo")
    P.rm("Share on Facebook", "share")
    P.kind("navigation")
    vis = human_date(a, "Published : %b. %d, %Y - %H:%M")
    byline = ""
    if a.get("byline_display"):
        byline = '<p class="view_tit_byline_l"><a href="/list/author?name=%s">%s</a></p>' % (attr(a["byline"]), etext(a["byline_display"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{etext(a['title'])} - The Korea Herald</title>
<meta name="description" content="{attr(summary(a))}">
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'The Korea Herald')}
<meta name="twitter:site" content="@TheKoreaHerald">
{date_meta(a)}
<meta name="author" content="{attr(a.get('byline') or '')}">
<link rel="stylesheet" href="https://res.heraldm.com/css/english/common.css?v=20">
<link rel="stylesheet" href="https://res.heraldm.com/css/english/view.css?v=20">
<script src="https://res.heraldm.com/js/english/jquery-3.6.0.min.js"></script>
<script>var _hd = {{section:"{a['section']}", type:"article"}};</script>
</head>
<body>
<div class="cookie_pop" id="cookiePop"><p>We use cookies to provide you with a better experience. <a href="/privacy">Read our cookie policy</a></p><button type="button" onclick="acceptCookie()">Got it</button></div>
<div id="wrap">
<header class="header">
  <div class="header_top"><a class="logo" href="https://www.koreaherald.com/"><img src="https://res.heraldm.com/images/english/logo.svg" alt="The Korea Herald"></a>
    <div class="header_util"><a href="/subscribe">Subscribe</a> <a href="/newsletter">Newsletter</a> <a href="/member/login">Sign in</a></div></div>
  <nav class="gnb"><ul class="gnb_menu">
    <li><a href="/list/national">National</a><ul class="sub"><li><a href="/list/politics">Politics</a></li><li><a href="/list/social-affairs">Social Affairs</a></li><li><a href="/list/foreign-affairs">Foreign Affairs</a></li><li><a href="/list/defense">Defense</a></li><li><a href="/list/north-korea">North Korea</a></li></ul></li>
    <li><a href="/list/business">Business</a></li><li><a href="/list/finance">Finance</a></li><li><a href="/list/life-culture">Life &amp; Culture</a></li>
    <li><a href="/list/sports">Sports</a></li><li><a href="/list/world">World</a></li><li><a href="/list/opinion">Opinion</a></li></ul></nav>
</header>
<div class="ad_top"><p class="ad_txt">ADVERTISEMENT</p><div id="ad-leaderboard"></div></div>
<div id="container" class="view_container">
  <div class="view_left">
    <div class="view_tit_area">
      <p class="view_tit_cate"><a href="/list/foreign-affairs">{etext(a['section'])}</a></p>
      <h1 class="view_tit">{etext(a['title'])}</h1>
      {('<h2 class="view_tit_sub">%s</h2>' % etext(a['subtitle'])) if a.get('subtitle') else ''}
      <div class="view_tit_byline">{byline}<p class="view_tit_byline_r">{vis}</p></div>
      <div class="view_share"><a class="share_fb" href="#">Share on Facebook</a> <a class="share_x" href="#">Share on X</a> <a class="share_link" href="#">Copy link</a> <a class="font_size" href="#">A</a></div>
    </div>
    <div class="view_con article">
{body}
    </div>
    <div class="view_newsletter"><strong>Subscribe to The Korea Herald newsletter</strong><p>Top stories from Korea and beyond, every weekday morning.</p><a href="/newsletter" class="btn_sub">Sign up</a></div>
    <div class="view_share bottom"><a class="share_fb" href="#">Share on Facebook</a> <a class="share_x" href="#">Share on X</a> <a class="share_link" href="#">Copy link</a></div>
    {comments}
  </div>
  <div class="view_right">
    <div class="view_side_related"><h3 class="side_tit">Related Stories</h3><ul>
{related}
    </ul></div>
    <div class="ad_side"><p class="ad_txt">ADVERTISEMENT</p></div>
    <div class="view_side_popular"><h3 class="side_tit">Most Popular</h3><ol>
{popular}
    </ol></div>
  </div>
</div>
<footer class="footer">
  <div class="footer_menu"><a href="/company/about">About Us</a> <a href="/company/contact">Contact Us</a> <a href="/company/ethics">Code of Ethics</a> <a href="/privacy">Privacy Policy</a> <a href="/company/advertise">Advertise</a></div>
  <p class="copyright">Copyright &copy; Herald Corporation. All Rights Reserved.</p>
</footer>
</div>
<script src="https://res.heraldm.com/js/english/view.js?v=20"></script>
</body>
</html>
"""


# --- The Hankyoreh English edition -------------------------------------------
def layout_hani(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="image-area"><div class="imageC"><img src="{src}" alt="{alt}"></div>'
            '<div class="desc">{cap} <span class="credit">{credit}</span></div></div>'))
    P.rm("Advertisement", "promo")
    add_insert(ins, a.get("ad_at", 4), '<div class="ad-inarticle"><span class="ad-label">Advertisement</span><ins class="adsbygoogle" style="display:block" data-ad-slot="4411"></ins></div>')
    readmore_insert(P, a, ins, '<div class="relation-inline">Read more: <a href="{url}">{t}</a></div>')
    body = "\n".join(flow(a, lambda p: '<p class="text">%s</p>' % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}">{t}</a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div class="comment-wrap"><h4>{count} Comments</h4><p class="login-msg"><a href="/member/login">Log in to comment</a></p><ul class="comment-list">\n{items}\n</ul></div>',
        '<li><strong class="nick">{user}</strong> <em class="when">{when}</em><p>{text}</p></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Please direct questions or comments to [english@hani.co.kr]", "credits")
    P.rm("Become a Hankyoreh supporter", "promo")
    P.kind("navigation")
    byline = ""
    if a.get("byline_display"):
        byline = '<div class="writer">%s</div>' % etext(a["byline_display"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{etext(a['title'])} : National : News : The Hankyoreh</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'The Hankyoreh', image=a['datemode'] != 'image')}
{date_meta(a)}
<link rel="stylesheet" type="text/css" href="https://english.hani.co.kr/css/english_common.css?v=7">
<script type="text/javascript" src="https://english.hani.co.kr/js/common.js?v=7"></script>
</head>
<body>
<div id="cookie-notice" class="cookie-notice"><span>This site uses cookies to analyse traffic and serve ads.</span> <button type="button">Accept</button></div>
<div id="hani-header">
  <div class="logo"><a href="https://english.hani.co.kr/"><img src="https://english.hani.co.kr/images/logo_english.png" alt="hankyoreh"></a></div>
  <ul id="main-menu"><li><a href="/arti/english_edition/e_national/">National</a></li><li><a href="/arti/english_edition/e_northkorea/">North Korea</a></li><li><a href="/arti/english_edition/e_international/">International</a></li><li><a href="/arti/english_edition/e_business/">Economy</a></li><li><a href="/arti/english_edition/e_editorial/">Editorial</a></li><li><a href="/arti/english_edition/english_opinion/">Opinion</a></li><li><a href="/arti/english_edition/e_entertainment/">Culture</a></li></ul>
  <div class="support-btn"><a href="https://support.hani.co.kr/">Become a Hankyoreh supporter</a></div>
</div>
<div id="contents">
  <div class="article-contents">
    <div class="article-head"><p class="category"><a href="/arti/english_edition/e_national/">{etext(a['section'])}</a></p>
      <h3 class="title">{etext(a['title'])}</h3>
      {('<p class="subtitle">%s</p>' % etext(a['subtitle'])) if a.get('subtitle') else ''}
      <div class="article-util"><a class="btn-fb" href="#">Share on Facebook</a> <a class="btn-x" href="#">Share on X</a> <a class="btn-url" href="#">Copy link</a> <a class="btn-print" href="#">Print</a></div>
    </div>
    <div class="article-text">
{byline}
{body}
      <p class="article-foot">Please direct questions or comments to [english@hani.co.kr]</p>
    </div>
    {comments}
  </div>
  <div class="side-contents">
    <div class="section-related"><h4>Related stories</h4><ul>
{related}
    </ul></div>
    <div class="ad-side"><span class="ad-label">Advertisement</span></div>
    <div class="section-popular"><h4>Most viewed articles</h4><ol>
{popular}
    </ol></div>
  </div>
</div>
<div id="footer"><p><a href="/about">About The Hankyoreh</a> | <a href="/contact">Contact</a> | <a href="/policy">Terms of Use</a></p>
<p class="copy">Copyright &copy; Hankyoreh Media Company. All rights reserved.</p></div>
</body>
</html>
"""


# --- The Korea Times (current template; used for a syndicated wire copy) -----
def layout_kt(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="EditorialImage"><div class="EditorialImage__img"><img src="{src}" alt="{alt}"></div>'
            '<figcaption class="EditorialImage__caption">{cap} <span class="EditorialImage__credit">{credit}</span></figcaption></figure>'))
    P.rm("Advertisement", "promo")
    add_insert(ins, a.get("ad_at", 2), '<div class="ad ad--inread"><span>Advertisement</span></div>')
    body = "\n".join(flow(a, lambda p: '<p class="editor-p">%s</p>' % inline(p), ins))
    related = related_list(P, a["related"], '<li class="LatestNewsList__item"><a href="{url}">{t}</a></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Get the Korea Times Daily Briefing", "promo")
    P.kind("navigation")
    vis = human_date(a, "%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{etext(a['title'])} - The Korea Times</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'The Korea Times')}
{date_meta(a)}
<meta name="author" content="{attr(a.get('byline_display') or '')}">
<link rel="stylesheet" href="https://www.koreatimes.co.kr/static/css/article.8d1f2c.css">
<script defer src="https://www.koreatimes.co.kr/static/js/runtime.5a8e.js"></script>
<script defer src="https://www.koreatimes.co.kr/static/js/article.8d1f2c.js"></script>
</head>
<body class="page-article">
<div class="GdprBanner"><p>We use cookies and similar technologies to personalise content and ads.</p><button class="GdprBanner__accept">Accept all</button><button class="GdprBanner__settings">Settings</button></div>
<header class="Header">
  <a class="Header__logo" href="https://www.koreatimes.co.kr/">The Korea Times</a>
  <nav class="Header__nav"><a href="/southkorea">South Korea</a><a href="/southkorea/politics">Politics</a><a href="/foreignaffairs">Foreign Affairs</a><a href="/northkorea">North Korea</a><a href="/business">Business</a><a href="/economy">Economy</a><a href="/opinion">Opinion</a><a href="/lifestyle">Lifestyle</a><a href="/entertainment">Entertainment &amp; Arts</a><a href="/sports">Sports</a></nav>
</header>
<main class="Article">
  <div class="Article__header">
    <div class="Article__section">{etext(a['section'])}</div>
    <h1 class="Article__title">{etext(a['title'])}</h1>
    <div class="Article__meta"><span class="Article__byline">{etext(a.get('byline_display') or '')}</span> <span class="Article__date">{vis}</span></div>
    <div class="Article__share"><button data-sns="facebook">Share on Facebook</button><button data-sns="x">Share on X</button><button data-sns="copy">Copy link</button></div>
  </div>
  <div class="Article__content" id="startts">
{body}
  </div>
  <div class="DailyBriefing"><h4>Get the Korea Times Daily Briefing</h4><p>The day's essential news from Korea, in your inbox.</p><a href="/newsletter">Subscribe</a></div>
  <section class="LatestNewsList"><h3>Latest news</h3><ul>
{related}
  </ul></section>
</main>
<footer class="Footer"><div class="Footer__links"><a href="/about">About Us</a><a href="/contact">Contact Us</a><a href="/privacy">Privacy Statement</a><a href="/terms">Terms of Service</a></div><p class="Footer__copyright">&copy; The Korea Times. All rights reserved.</p></footer>
</body>
</html>
"""


# --- Nikkei Asia (JSON-LD only; visible date) --------------------------------
def layout_nikkei(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="ezrb5l0"><figure class="image-container"><picture><source srcset="{src}?width=1260" media="(min-width: 768px)"><img src="{src}?width=700" alt="{alt}"></picture>'
            '<figcaption class="caption"><span class="caption__text">{cap}</span><span class="caption__credit">{credit}</span></figcaption></figure></div>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad-container"><div class="ad-label">ADVERTISEMENT</div><div class="ad-slot" data-slot="mpu1"></div></div>')
    readmore_insert(P, a, ins, '<p class="article__readmore">Read more: <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: '<p class="ezrb5l1">%s</p>' % inline(p), ins))
    related = related_list(P, a["related"], '<li class="card-article__headline"><a href="{url}"><span>{t}</span></a></li>')
    comments = comments_block(P, a,
        '<section class="article-comments"><header><h2>{count} Comments</h2><a class="login" href="/login">Log in to comment</a></header><ul>\n{items}\n</ul></section>',
        '<li class="comment"><b class="comment__name">{user}</b> <time class="comment__ago">{when}</time><div class="comment__text">{text}</div></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Get the Nikkei Asia newsletter", "promo")
    P.kind("navigation")
    vis = human_date(a, "%B %d, %Y %H:%M JST")
    byline = ""
    if a.get("byline_display"):
        byline = '<div class="article-header__byline"><a href="/Author/%s">%s</a></div>' % (
            re.sub(r"[^A-Za-z]+", "-", a["byline"]), etext(a["byline_display"]))
    ld = jsonld(a, "Nikkei Asia", "https://asia.nikkei.com/static/logo-nikkei-asia.png", a["section"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{etext(a['title'])} - Nikkei Asia</title>
<link rel="canonical" href="{attr(a['url'])}">
<meta name="description" content="{attr(summary(a))}">
{og(a, 'Nikkei Asia')}
<meta name="twitter:site" content="@NikkeiAsia">
{ld}
<link rel="stylesheet" href="https://asia.nikkei.com/_next/static/css/6f1b2c9a.css">
<script src="https://asia.nikkei.com/_next/static/chunks/main-4b7e.js" defer></script>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"articleId":"{a['article_id']}","section":"{a['section']}"}}}},"page":"/[...slug]","isFallback":false}}</script>
</head>
<body>
<div id="__next">
<div class="consent-banner" role="region"><p>We use cookies for analytics, personalisation and advertising. By clicking "Accept", you agree to our use of cookies.</p><button>Accept</button><button>Manage preferences</button></div>
<header class="site-header"><a href="https://asia.nikkei.com/" class="site-header__logo">Nikkei Asia</a>
  <nav class="site-header__nav"><ul><li><a href="/Politics">Politics</a></li><li><a href="/Economy">Economy</a></li><li><a href="/Business">Business</a></li><li><a href="/Business/Tech">Tech</a></li><li><a href="/Spotlight">Spotlight</a></li><li><a href="/Opinion">Opinion</a></li><li><a href="/Life-Arts">Life &amp; Arts</a></li><li><a href="/Location/East-Asia/South-Korea">South Korea</a></li></ul></nav>
  <a class="site-header__subscribe" href="/subscribe">Subscribe</a></header>
<main>
<article class="article" data-article-id="{a['article_id']}">
  <header class="article-header">
    <a class="article-header__section" href="/Politics/International-relations">{etext(a['section'])}</a>
    <h1 class="article-header__title">{etext(a['title'])}</h1>
    {('<p class="article-header__subtitle">%s</p>' % etext(a['subtitle'])) if a.get('subtitle') else ''}
    {byline}
    <div class="article-header__date">{vis}</div>
    <div class="share-bar"><button aria-label="Share on Facebook">Share on Facebook</button><button aria-label="Share on X">Share on X</button><button aria-label="Copy link">Copy link</button><button aria-label="Save">Save</button></div>
  </header>
  <div class="article__body" data-trackable="article-body">
{body}
  </div>
</article>
<div class="newsletter-signup"><h3>Get the Nikkei Asia newsletter</h3><p>Our must-read stories on Asia, delivered daily.</p><a href="/newsletters">Sign up</a></div>
{comments}
<section class="related-articles"><h2>Related articles</h2><ul>
{related}
</ul></section>
</main>
<footer class="site-footer"><ul><li><a href="/About-us">About us</a></li><li><a href="/Contact-us">Contact us</a></li><li><a href="/Terms-of-use">Terms of use</a></li><li><a href="/Privacy-policy">Privacy policy</a></li></ul>
<p>Nikkei Inc. No reproduction without permission.</p></footer>
</div>
</body>
</html>
"""


# --- Korea JoongAng Daily (JSON-LD) -----------------------------------------
def layout_joongang(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="ab_photo photo_center"><div class="image"><img src="{src}" alt="{alt}"></div>'
            '<p class="caption">{cap} <em class="source">{credit}</em></p></div>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 4), '<div class="ad_wrap ad_article"><span class="ad_tag">ADVERTISEMENT</span><div id="dfp-article-01"></div></div>')
    readmore_insert(P, a, ins, '<p class="inline_related">[READ MORE] <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}"><strong class="headline">{t}</strong></a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div class="comment_wrap"><div class="comment_hd"><strong>{count} Comments</strong><a href="/login" class="btn">Log in to comment</a></div><ul class="comment_list">\n{items}\n</ul></div>',
        '<li class="comment_item"><span class="nick">{user}</span><span class="time">{when}</span><p class="text">{text}</p><button class="like">{likes}</button></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Subscribe to the JoongAng Daily newsletter", "promo")
    P.kind("navigation")
    vis = human_date(a, "%b. %d, %Y")
    byline = ""
    if a.get("byline_display"):
        byline = '<p class="byline">%s</p>' % etext(a["byline_display"])
    ld = jsonld(a, "Korea JoongAng Daily", "https://koreajoongangdaily.joins.com/resources/images/common/logo.png", a["section"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{etext(a['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{attr(a['url'])}">
<meta name="description" content="{attr(summary(a))}">
{og(a, 'Korea JoongAng Daily')}
{ld}
<link rel="stylesheet" href="https://koreajoongangdaily.joins.com/resources/css/common.css?v=1.9.4">
<script src="https://koreajoongangdaily.joins.com/resources/js/common.js?v=1.9.4"></script>
</head>
<body>
<div class="cookie_layer"><p>This website uses cookies to ensure you get the best experience.</p><button type="button">Accept</button></div>
<div class="wrap">
<header id="header"><div class="logo"><a href="https://koreajoongangdaily.joins.com/">Korea JoongAng Daily</a></div>
<nav class="gnb"><ul><li><a href="/section/national">National</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/foreignAffairs">Foreign Affairs</a></li><li><a href="/section/northKorea">North Korea</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/culture">Culture</a></li><li><a href="/section/sports">Sports</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav></header>
<div class="content">
  <div class="view_area">
    <div class="view_header"><p class="section">{etext(a['section'])}</p><h1 class="view_title">{etext(a['title'])}</h1>
      {('<h2 class="view_subtitle">%s</h2>' % etext(a['subtitle'])) if a.get('subtitle') else ''}
      <div class="view_info">{byline}<p class="date">Published: {vis}</p></div>
      <div class="view_sns"><a href="#" class="facebook">Share on Facebook</a> <a href="#" class="x">Share on X</a> <a href="#" class="link">Copy link</a></div></div>
    <div id="article_body" class="article_content">
{body}
    </div>
    <div class="newsletter_box"><strong>Subscribe to the JoongAng Daily newsletter</strong><p>Korea's news, in English, in your inbox.</p></div>
    {comments}
  </div>
  <aside class="aside"><div class="related_box"><h3>Related Article</h3><ul>
{related}
  </ul></div>
  <div class="ad_wrap ad_side"><span class="ad_tag">ADVERTISEMENT</span></div>
  <div class="rank_box"><h3>Most Popular</h3><ol>
{popular}
  </ol></div></aside>
</div>
<footer id="footer"><ul class="footer_menu"><li><a href="/about">About Us</a></li><li><a href="/contact">Contact</a></li><li><a href="/policy">Privacy Policy</a></li></ul><p class="copyright">Copyright &copy; JoongAng Ilbo Co., Ltd. All Rights Reserved.</p></footer>
</div>
</body>
</html>
"""

# --- WordPress-like news theme (The Japan News, Kyodo News, The Asahi Shimbun, NHK World)
def layout_wp(a: dict, P: Ctx) -> str:
    c = a["site"]
    px = c["prefix"]
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="wp-block-image ' + px + '-figure"><img src="{src}" alt="{alt}" decoding="async">'
            '<figcaption class="' + px + '-caption">{cap}<span class="' + px + '-photo-credit"> {credit}</span></figcaption></figure>'))
    P.rm(c["ad_text"], "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="%s-ad %s-ad--inline"><small>%s</small></div>' % (px, px, c["ad_text"]))
    readmore_insert(P, a, ins, '<p class="' + px + '-related-inline"><strong>Read more:</strong> <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li class="' + px + '-related__item"><a href="{url}">{t}</a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div id="comments" class="comments-area"><h2 class="comments-title">{count} Comments</h2><p class="must-log-in"><a href="/wp-login.php">Log in to comment</a></p><ol class="comment-list">\n{items}\n</ol></div>',
        '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{user}</b> <span class="comment-metadata">{when}</span></footer><div class="comment-content"><p>{text}</p></div></article></li>')
    P.rm(c["share_text"], "share")
    if c.get("promo"):
        P.rm(c["promo"], "promo")
    P.kind("navigation")
    vis = human_date(a, c.get("datefmt", "%B %d, %Y"))
    byline = ""
    if a.get("byline_display"):
        byline = '<p class="%s-byline">%s</p>' % (px, etext(a["byline_display"]))
    nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (attr(u), etext(t)) for t, u in c["nav"])
    dm = date_meta(a)
    if a["datemode"] == "meta" and c.get("meta_style") == "itemprop":
        dm = '<meta itemprop="datePublished" content="%s">\n<meta name="pubdate" content="%s">' % (a["ts"], a["ts"])
    show_og_image = a["datemode"] != "image"
    promo = ('<div class="%s-promo"><p>%s</p><a href="%s">Learn more</a></div>' % (px, etext(c["promo"]), attr(c.get("promo_url", "/subscribe/")))) if c.get("promo") else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{etext(a['title'])} | {etext(c['site_name'])}</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, c['site_name'], image=show_og_image, desc=a['datemode'] != 'image')}
{dm}
<link rel="stylesheet" id="{px}-style-css" href="{c['css']}" media="all">
<script id="{px}-js-extra">var {px}Params = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","lang":"en"}};</script>
<script src="{c['js']}" id="{px}-main-js"></script>
</head>
<body class="post-template-default single single-post {px}-body">
<div id="{px}-consent" class="{px}-consent"><p>{etext(c['cookie'])}</p><button type="button">Agree</button></div>
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="{c['home']}" rel="home" class="custom-logo-link">{etext(c['site_name'])}</a></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
  <div class="header-search"><form role="search" action="/"><input type="search" name="s" placeholder="Search"></form></div>
</header>
<div class="{px}-ad {px}-ad--top"><small>{c['ad_text']}</small></div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<div class="post type-post status-publish format-standard has-post-thumbnail entry">
  <div class="entry-header">
    <div class="cat-links"><a href="#" rel="category tag">{etext(a['section'])}</a></div>
    <h1 class="entry-title">{etext(a['title'])}</h1>
    {byline}
    <div class="entry-meta"><span class="posted-on">{vis}</span></div>
    <div class="{px}-share"><a class="fb" href="#">{c['share_text']}</a> <a class="x" href="#">Share on X</a> <a class="line" href="#">LINE</a> <a class="copy" href="#">Copy link</a></div>
  </div>
  <div class="entry-content">
{body}
  </div>
  {promo}
</div>
{comments}
</main></div>
<aside id="secondary" class="widget-area">
  <section class="widget {px}-related"><h2 class="widget-title">{c['related_head']}</h2><ul>
{related}
  </ul></section>
  <section class="widget {px}-ranking"><h2 class="widget-title">Most Read</h2><ol>
{popular}
  </ol></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation"><a href="/about/">About Us</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Use</a></nav>
<div class="site-info">{etext(c['copyright'])}</div></footer>
</div>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
"""


# --- KBS World (English) -----------------------------------------------------
def layout_kbs(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="photo_area"><img src="{src}" alt="{alt}"><p class="photo_txt">{cap}</p><p class="photo_src">{credit}</p></div>'))
    P.rm("AD", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad_banner_mid"><span>AD</span></div>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}">{t}</a></li>')
    comments = comments_block(P, a,
        '<div class="reply_area"><p class="reply_cnt">{count} Comments</p><p class="reply_login"><a href="/member/login.htm">Log in to comment</a></p><ul>\n{items}\n</ul></div>',
        '<li><span class="id">{user}</span> <span class="date">{when}</span><p>{text}</p></li>')
    P.rm("Share on Facebook", "share")
    P.rm("Copyright (C) KBS WORLD. All rights reserved.", "navigation")
    P.kind("navigation")
    vis = human_date(a, "%Y-%m-%d %H:%M:%S")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{etext(a['title'])} | KBS WORLD</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'KBS WORLD')}
{date_meta(a)}
<link rel="stylesheet" href="https://world.kbs.co.kr/css/service/english/common.css">
<script src="https://world.kbs.co.kr/js/jquery-1.12.4.min.js"></script>
<script src="https://world.kbs.co.kr/js/service/common.js"></script>
</head>
<body>
<div id="skip_nav"><a href="#contents">Go to content</a></div>
<div class="cookie_notice">KBS WORLD uses cookies to improve your browsing experience. <a href="/service/privacy.htm?lang=e">Privacy</a> <button>OK</button></div>
<div id="header">
  <h1 class="logo"><a href="https://world.kbs.co.kr/service/index.htm?lang=e"><img src="https://world.kbs.co.kr/images/english/logo.png" alt="KBS WORLD"></a></h1>
  <div class="lang_select"><a href="?lang=k">한국어</a> <a href="?lang=j">日本語</a> <a href="?lang=c">中文</a> <a href="?lang=e" class="on">English</a></div>
  <ul class="gnb"><li><a href="/service/news_list.htm?lang=e&amp;id=All">News</a><ul><li><a href="/service/news_list.htm?lang=e&amp;id=Po">Politics</a></li><li><a href="/service/news_list.htm?lang=e&amp;id=Ec">Economy</a></li><li><a href="/service/news_list.htm?lang=e&amp;id=IK">Inter-Korea</a></li><li><a href="/service/news_list.htm?lang=e&amp;id=Sc">Society</a></li><li><a href="/service/news_list.htm?lang=e&amp;id=IN">International</a></li><li><a href="/service/news_list.htm?lang=e&amp;id=Sp">Sports</a></li></ul></li>
  <li><a href="/service/contents_list.htm?lang=e">Radio</a></li><li><a href="/service/program_list.htm?lang=e">Programs</a></li><li><a href="/service/learn_korean.htm?lang=e">Learn Korean</a></li></ul>
</div>
<div id="contents">
  <div class="news_view">
    <div class="view_head"><p class="cate">{etext(a['section'])}</p><h2 class="title">{etext(a['title'])}</h2><p class="date">{('Write: ' + vis) if vis else ''}</p>
      <div class="sns_box"><a href="#" class="fb">Share on Facebook</a> <a href="#" class="x">Share on X</a> <a href="#" class="url">Copy link</a></div></div>
    <div class="body_txt" id="content_area">
{body}
    </div>
    {comments}
  </div>
  <div class="news_side"><h3>Related News</h3><ul>
{related}
  </ul><div class="ad_side"><span>AD</span></div></div>
</div>
<div id="footer"><p class="f_menu"><a href="/service/about.htm?lang=e">About KBS WORLD</a> | <a href="/service/contact.htm?lang=e">Contact Us</a> | <a href="/service/privacy.htm?lang=e">Privacy Policy</a></p><p class="copyright">Copyright (C) KBS WORLD. All rights reserved.</p></div>
</body>
</html>
"""


# --- The Mainichi (English, old template, windows-1252) ----------------------
def layout_mainichi_en(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="photo"><img src="{src}" alt="{alt}" width="400"><p class="caption">{cap} <span class="credit">{credit}</span></p></div>'))
    P.rm("Advertisement", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad-rectangle"><p class="ad-notice">Advertisement</p></div>')
    readmore_insert(P, a, ins, '<p class="related-inline">Read more: <a href="{url}">{t}</a></p>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}">{t}</a></li>')
    popular = related_list(P, a.get("popular", []), '<li><a href="{url}">{t}</a></li>', n_rm=1)
    comments = comments_block(P, a,
        '<div class="comment-box"><h3>{count} Comments</h3><p><a href="/english/login">Log in to comment</a></p><dl>\n{items}\n</dl></div>',
        '<dt>{user} &#8212; {when}</dt><dd>{text}</dd>')
    P.rm("Share on Facebook", "share")
    P.rm("Register for a Mainichi premier membership", "promo")
    P.rm("Copyright THE MAINICHI NEWSPAPERS. All rights reserved.", "navigation")
    P.kind("navigation")
    vis = human_date(a, "%B %d, %Y (Mainichi Japan)")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>{etext(a['title'])} - The Mainichi</title>
<link rel="canonical" href="{attr(a['url'])}" />
{og(a, 'The Mainichi')}
{date_meta(a)}
<link rel="stylesheet" type="text/css" href="/english/css/english.css?v=2018" />
<script type="text/javascript" src="/english/js/english.js"></script>
</head>
<body>
<div id="cookie-policy">Mainichi uses cookies to make the site work and to measure its audience. <a href="/info/cookie.html">Learn more</a></div>
<div id="header"><a href="https://mainichi.jp/english/"><img src="/english/images/logo.gif" alt="The Mainichi" /></a>
<ul id="gnav"><li><a href="/english/japan/">Japan</a></li><li><a href="/english/world/">World</a></li><li><a href="/english/business/">Business</a></li><li><a href="/english/sports/">Sports</a></li><li><a href="/english/perspectives/">Perspectives</a></li><li><a href="/english/features/">Features</a></li><li><a href="/english/video/">Video</a></li></ul>
<div class="premier"><a href="/english/premier/">Register for a Mainichi premier membership</a></div></div>
<div id="main">
<div class="article">
<div class="header-box"><p class="category">{etext(a['section'])}</p><h1>{etext(a['title'])}</h1><p class="post">{vis}</p>
<ul class="sns"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Copy link</a></li></ul></div>
<div class="main-text">
{body}
</div>
<p class="byline">{etext(a.get('byline_display') or '')}</p>
</div>
{comments}
<div class="related-box"><h2>Related articles</h2><ul>
{related}
</ul></div>
<div class="ranking"><h2>Most viewed</h2><ol>
{popular}
</ol></div>
</div>
<div id="footer"><p><a href="/english/info/about.html">About Us</a> | <a href="/english/info/contact.html">Contact Us</a> | <a href="/info/privacy.html">Privacy Policy</a></p><p class="copy">Copyright THE MAINICHI NEWSPAPERS. All rights reserved.</p></div>
</body>
</html>
"""


# --- The Chosun Ilbo English (Arc-style markup) ------------------------------
def layout_chosun(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="article-body__content-image"><img src="{src}" alt="{alt}"><figcaption class="figcaption">{cap} <span class="figcaption__credit">{credit}</span></figcaption></figure>'))
    P.rm("ADVERTISEMENT", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad-box"><span class="ad-box__label">ADVERTISEMENT</span></div>')
    body = "\n".join(flow(a, lambda p: '<p class="article-body__content article-body__content-text">%s</p>' % inline(p), ins))
    related = related_list(P, a["related"], '<div class="story-card"><a href="{url}"><span class="story-card__headline">{t}</span></a></div>')
    P.rm("Share on Facebook", "share")
    P.kind("navigation")
    vis = human_date(a, "Updated %Y.%m.%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{etext(a['title'])} - The Chosun Ilbo (English Edition)</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, 'The Chosun Ilbo')}
{date_meta(a)}
<link rel="stylesheet" href="https://www.chosun.com/pf/resources/css/english.css?d=412">
<script src="https://www.chosun.com/pf/dist/engine/react.js?d=412"></script>
</head>
<body>
<div id="fusion-app">
<header class="site-header"><a href="https://www.chosun.com/english/" class="logo">The Chosun Ilbo</a>
<nav><a href="/english/national-en/">National</a> <a href="/english/north-korea-en/">North Korea</a> <a href="/english/world-en/">World</a> <a href="/english/market-money-en/">Market &amp; Money</a> <a href="/english/industry-en/">Industry</a> <a href="/english/opinion-en/">Opinion</a> <a href="/english/people-en/">People</a></nav></header>
<main class="article-container">
<div class="article-header"><h1 class="article-header__headline">{etext(a['title'])}</h1>
<div class="article-dateline"><span class="article-byline__name">{etext(a.get('byline_display') or '')}</span> <span class="dateline">{vis}</span></div>
<div class="share-tool"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div></div>
<section class="article-body" itemprop="articleBody">
{body}
</section>
<div class="related-stories"><h3>More Stories</h3>
{related}
</div>
</main>
<footer class="footer"><p>About Us | Contact Us | Privacy Policy</p><p>Copyright &copy; Chosunilbo &amp; Chosun.com</p></footer>
</div>
</body>
</html>
"""


# --- 연합뉴스 (Korean, EUC-KR) --------------------------------------------------
def layout_yna_ko(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<div class="comp-box photo-group"><figure><img src="{src}" alt="{alt}"><figcaption><p class="desc">{cap}</p><span class="copyright">{credit}</span></figcaption></figure></div>'))
    P.rm("광고", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad-box"><span class="ad-label">광고</span></div>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}"><strong class="tit-news">{t}</strong></a></li>')
    P.rm(a["email"], "credits")
    P.rm("독자 제보 및 기사 문의", "promo")
    P.rm("무단 전재 및 재배포 금지", "credits")
    P.rm("페이스북 공유", "share")
    P.kind("navigation")
    vis = human_date(a, "송고%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="euc-kr">
<title>{etext(a['title'])} | 연합뉴스</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, '연합뉴스')}
{date_meta(a)}
<link rel="stylesheet" href="https://r.yna.co.kr/www/home/v01/css/view.css?v=2.1">
<script src="https://r.yna.co.kr/www/home/v01/js/common.js?v=2.1"></script>
</head>
<body>
<div id="skipNav"><a href="#articleWrap">본문 바로가기</a></div>
<header class="header"><h1 class="logo"><a href="https://www.yna.co.kr/">연합뉴스</a></h1>
<nav class="gnb"><ul><li><a href="/politics/all">정치</a></li><li><a href="/nk/index">북한</a></li><li><a href="/economy/all">경제</a></li><li><a href="/industry/all">산업</a></li><li><a href="/society/all">사회</a></li><li><a href="/international/all">세계</a></li><li><a href="/culture/all">문화</a></li><li><a href="/sports/all">스포츠</a></li><li><a href="/opinion/all">오피니언</a></li></ul></nav></header>
<div class="container" id="articleWrap">
<div class="content03">
<header class="title-article01"><h1 class="tit">{etext(a['title'])}</h1><p class="update-time">{vis}</p>
<div class="share-group"><button type="button">페이스북 공유</button> <button type="button">X 공유</button> <button type="button">링크 복사</button></div></header>
<article class="story-news article">
{body}
<p class="txt-copyright adrs">{etext(a['email'])}</p>
</article>
<p class="txt-jebo"><a href="/etc/jebo">독자 제보 및 기사 문의</a></p>
<p class="txt-copyright">&lt;저작권자(c) 연합뉴스. 무단 전재 및 재배포 금지&gt;</p>
</div>
<aside class="aside-box"><h2 class="title-type01">관련 뉴스</h2><ul>
{related}
</ul></aside>
</div>
<footer class="footer"><p><a href="/etc/about">회사소개</a> | <a href="/etc/contact">고객센터</a> | <a href="/etc/privacy">개인정보처리방침</a></p><p class="copyright">Copyright (c) Yonhap News Agency</p></footer>
</body>
</html>
"""


# --- 毎日新聞 (Japanese, Shift_JIS) ---------------------------------------------
def layout_mainichi_ja(a: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in a.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="articledetail-image"><img src="{src}" alt="{alt}"><figcaption>{cap}<span class="credit">{credit}</span></figcaption></figure>'))
    P.rm("広告", "promo")
    add_insert(ins, a.get("ad_at", 3), '<div class="ad-box"><span>広告</span></div>')
    body = "\n".join(flow(a, lambda p: "<p>%s</p>" % inline(p), ins))
    related = related_list(P, a["related"], '<li><a href="{url}">{t}</a></li>')
    P.rm("この記事を共有する", "share")
    P.rm("毎日新聞のニュースレターを受け取る", "promo")
    P.kind("navigation")
    vis = human_date(a, "%Y/%m/%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>{etext(a['title'])} | 毎日新聞</title>
<link rel="canonical" href="{attr(a['url'])}">
{og(a, '毎日新聞')}
{date_meta(a)}
<link rel="stylesheet" href="https://cdn.mainichi.jp/vol1/css/article.css?v=3">
<script src="https://cdn.mainichi.jp/vol1/js/common.js?v=3"></script>
</head>
<body>
<header class="header"><a href="https://mainichi.jp/" class="logo">毎日新聞</a>
<nav><ul class="gnav"><li><a href="/flash/">速報</a></li><li><a href="/seiji/">政治</a></li><li><a href="/keizai/">経済</a></li><li><a href="/kokusai/">国際</a></li><li><a href="/shakai/">社会</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/opinion/">オピニオン</a></li></ul></nav></header>
<main class="main">
<article class="articledetail">
<header class="articledetail-head"><p class="category">{etext(a['section'])}</p><h1 class="title-page">{etext(a['title'])}</h1>
<p class="articledetail-head-date">{vis}</p><p class="articledetail-head-auth">{etext(a.get('byline_display') or '')}</p>
<div class="share"><span>この記事を共有する</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div></header>
<div class="articledetail-body" id="articledetail-body">
{body}
</div>
<div class="newsletter-box"><p class="label">毎日新聞のニュースレターを受け取る</p><a href="/info/newsletter/">登録する</a></div>
</article>
<aside class="related"><h2>関連記事</h2><ul>
{related}
</ul></aside>
</main>
<footer class="footer"><p><a href="/info/">毎日新聞について</a> | <a href="/info/privacy/">プライバシーポリシー</a></p><p class="copy">Copyright THE MAINICHI NEWSPAPERS. All rights reserved.</p></footer>
</body>
</html>
"""


LAYOUTS = {
    "yonhap": layout_yonhap, "jt_modern": layout_jt_modern, "legacy_table": layout_legacy_table,
    "legacy_br": layout_legacy_br, "herald": layout_herald, "hani": layout_hani, "kt": layout_kt,
    "nikkei": layout_nikkei, "joongang": layout_joongang, "wp": layout_wp, "kbs": layout_kbs,
    "mainichi_en": layout_mainichi_en, "chosun": layout_chosun, "yna_ko": layout_yna_ko,
    "mainichi_ja": layout_mainichi_ja,
}

# ---------------------------------------------------------------------------
# Article data.  Every text below was written for the dyadwatch demo corpus.
# ---------------------------------------------------------------------------
ARTICLES: list[dict] = []

SITE_JT_ARCHIVE = dict(
    mode="named", css="https://www.japantimes.co.jp/archive/css/jt_old.css", js="https://www.japantimes.co.jp/archive/js/jt_old.js",
    ga="UA-0000001-1", home="https://www.japantimes.co.jp/", logo="https://www.japantimes.co.jp/archive/images/jt_logo.gif",
    nav=[("Home", "/"), ("News", "/news/"), ("Nation", "/news/national/"), ("Business", "/news/business/"), ("World", "/news/world/"),
         ("Opinion", "/opinion/"), ("Sports", "/sports/"), ("Community", "/community/"), ("Archives", "/archives/")],
    ad_text="ADVERTISEMENT", share_text="Share on Facebook", related_head="RELATED STORIES",
    copyright="Copyright The Japan Times. All rights reserved.")

ARTICLES.append(dict(
    key="japantimes-kim-obuchi-declaration", file="html/japantimes-kim-obuchi-declaration.html", layout="legacy_table",
    site=SITE_JT_ARCHIVE, outlet="The Japan Times", lang="en", story="1998-10-kim-obuchi-declaration",
    url="https://www.japantimes.co.jp/news/1998/10/08/national/obuchi-kim-sign-partnership-declaration/",
    title="Obuchi, Kim sign partnership declaration; Japan offers apology for colonial rule",
    byline="Takashi Miura", role="Staff writer", byline_display="By TAKASHI MIURA, Staff writer",
    published="1998-10-08", grain="day", pfrom="url", datemode="url", ts=None, section="National",
    paras=[
        "Prime Minister Keizo Obuchi and South Korean President Kim Dae-jung signed a joint declaration in Tokyo on Thursday that both sides hailed as a fresh start for ties, with Japan for the first time setting out its remorse and apology for colonial rule in a document addressed directly to South Korea.",
        "The declaration, titled \"A New Japan-Republic of Korea Partnership towards the 21st Century,\" was issued after summit talks at the prime minister's official residence. It comes with an action plan that covers areas ranging from security dialogue and economic policy to youth and cultural exchanges.",
        "In the text, Obuchi acknowledges that Japan's rule of the Korean Peninsula from 1910 to 1945 caused great damage and pain to the Korean people and expresses deep remorse and a heartfelt apology. Kim, for his part, says Seoul accepts the statement and values the role Japan has played as a peaceful democracy since the end of World War II.",
        "\u201cWe agreed that our two countries must not remain prisoners of the past,\u201d Kim told a joint news conference. \u201cBut moving forward does not mean forgetting. It means facing history honestly and then building something new together.\u201d",
        "Obuchi said that the apology reflected the view of his entire Cabinet and that Japan intended to look squarely at the history of that period, according to a Foreign Ministry official who briefed reporters after the talks.",
        "The declaration builds on the 1995 statement by then Prime Minister Tomiichi Murayama, which admitted to \"colonial rule and aggression.\" Officials on both sides stressed, however, that the new text goes further because it names South Korea as the party to which the apology is made.",
        "The summit caps a tense year. In January, Tokyo gave notice that it would end the 1965 fisheries agreement, a step Seoul called unfriendly. Negotiators reached a basic deal on a new pact late last month, placing the waters around the islets known as Takeshima in Japan and Dokdo in South Korea inside a provisional joint fishing zone.",
        "Kim's government has also signaled that it will begin opening South Korea to Japanese films, music and other popular culture in stages, ending restrictions that have been in place for decades.",
        "'This is the first time a Japanese leader has put an apology to Korea in writing, with Korea's name on it,' said Yuko Hayashida, a professor of Korean politics at Waseda University. 'Whether it becomes a turning point depends on what both governments do in the next few years, especially on history textbooks.'",
        "Not everyone was convinced. Yoo Ji-hoon, a research fellow at the Sejong Institute near Seoul who is in Tokyo for a conference, said that the wording was stronger than anything Japan had offered before but that \"many older Koreans will want to see deeds, not documents.\"",
        "The two leaders also agreed to hold regular consultations between their foreign ministers and to expand exchanges of students and young workers, officials said.",
    ],
    figures=[dict(at=1, src="https://www.japantimes.co.jp/archive/photos/obuchi_kim_handshake.jpg", alt="Obuchi and Kim",
                  caption="Prime Minister Keizo Obuchi and South Korean President Kim Dae-jung shake hands after signing the joint declaration at the prime minister's official residence in Tokyo.",
                  credit="KYODO PHOTO")],
    readmore=None, ad_at=5,
    related=[("Tokyo scraps 1965 fisheries pact with Seoul", "https://www.japantimes.co.jp/news/archive/tokyo-scraps-fisheries-pact/"),
             ("Seoul to open doors to Japanese pop culture", "https://www.japantimes.co.jp/news/archive/seoul-opens-pop-culture/"),
             ("Editorial: A partnership worth building", "https://www.japantimes.co.jp/opinion/archive/partnership-worth-building/")],
    comments=None,
))

ARTICLES.append(dict(
    key="kbsworld-world-cup-cohosts", file="html/kbsworld-world-cup-cohosts.html", layout="kbs",
    outlet="KBS World", lang="en", story="2002-05-world-cup-cohosting",
    url="https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=20415",
    title="Korea, Japan open first co-hosted World Cup",
    byline=None, role=None, byline_display=None,
    published="2002-05-31", grain="day", pfrom="meta", datemode="meta", ts="2002-05-31T22:40:00+09:00", section="Sports",
    paras=[
        "The 2002 FIFA World Cup Korea/Japan opened in Seoul on Friday, launching the first World Cup finals ever held in Asia and the first in the tournament's history to be staged by two countries.",
        "Matches will be played in cities across both countries over the next month, and the final will be held in Yokohama, Japan, on June 30.",
        "FIFA awarded the tournament jointly to the two neighbors in May 1996, after both had campaigned to host it alone. The compromise was greeted with disappointment in both capitals at the time, but officials say six years of joint preparation have built working ties that did not exist before.",
        "\"Six years ago, many people said two countries with our history could never run one tournament together,\" said Choi Yong-hwan, a spokesman for the Korean organizing committee. \"Tonight we are proving them wrong.\"",
        "Outside the stadium, fans in red shirts mixed with small groups of Japanese supporters in blue. 'I came because this is a once-in-a-lifetime event,' said Aiko Nakamura, a 26-year-old office worker who flew in from Osaka. 'My Korean friends told me they will cheer for Japan whenever we are not playing each other.'",
        "Kim Ji-hoon, a sports sociologist at Yonsei University, said that co-hosting had forced officials in Seoul and Tokyo to solve practical problems together, from ticketing to security. \"The World Cup will not settle our disputes over history,\" he said. \"But it gives ordinary people on both sides a shared memory that is positive, and that is rare.\"",
        "The run-up to the tournament was not free of friction. Last year, a dispute over a Japanese middle-school history textbook led Seoul to suspend the next stage of its opening to Japanese popular culture, and the order of the two countries' names in the event's official title took months to settle.",
        "According to the organizers, airlines have added flights between Korean and Japanese cities for the tournament, and both governments have eased visa procedures for fans traveling between the two countries.",
        "\"For one month, we are not rivals but partners,\" said Yamada Keiko, a Japanese volunteer working at the stadium's media center. \"I hope we remember that feeling after the final whistle.\"",
    ],
    figures=[dict(at=0, src="https://world.kbs.co.kr/images/news/2002/05/wc_opening_seoul.jpg", alt="Opening ceremony",
                  caption="Fireworks light up the sky over Seoul World Cup Stadium during the opening ceremony of the 2002 FIFA World Cup Korea/Japan.",
                  credit="[Photo : YONHAP News]")],
    ad_at=4,
    related=[("Japan prepares for World Cup debut", "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=20409"),
             ("Seoul, Tokyo ease visa rules for football fans", "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=20377"),
             ("Street cheering planned in city centers", "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=20398")],
    comments=dict(count=3, items=[
        ("redwave02", "Proud day for both countries. Let's hope the friendship lasts beyond the tournament.", "2 hours ago", 5),
        ("tokyo_fan", "Watching from Saitama. Good luck to both teams!", "1 hour ago", 2)]),
))

ARTICLES.append(dict(
    key="donga-takeshima-day-ordinance", file="html/donga-takeshima-day-ordinance.html", layout="legacy_br",
    outlet="The Dong-A Ilbo", lang="en", story="2005-03-takeshima-day-ordinance",
    url="https://www.donga.com/en/article/all/6419237/1",
    title="Shimane Assembly Passes 'Takeshima Day' Ordinance; Seoul Vows Stern Response",
    byline="Park Sung-won", role="Tokyo Correspondent", byline_display="Park Sung-won, Tokyo Correspondent",
    published=None, grain=None, pfrom="unknown", datemode="none", ts=None, section="Politics",
    paras=[
        "The assembly of Japan's Shimane Prefecture passed an ordinance on Wednesday designating Feb. 22 as \"Takeshima Day,\" using the Japanese name for Korea's Dokdo islets, drawing an immediate protest from the Korean government and angry demonstrations in Seoul.",
        "The date marks the anniversary of a 1905 prefectural notice by which Shimane claimed to incorporate the islets. Korea regards that notice as an early step in Japan's annexation of the Korean Peninsula and maintains that the islets in the East Sea were Korean territory long before.",
        "Foreign Affairs and Trade Minister Ban Ki-moon called the vote \"an act that denies Korea's sovereignty\" and said the government would respond firmly. 'We can no longer treat this as the business of a single local government,' Ban told reporters. 'Tokyo is responsible for what its prefectures do when it touches on our territory.'",
        "The ministry summoned a senior Japanese diplomat to lodge a formal protest, and officials said the government was reviewing measures to strengthen Korea's effective control over the islets, including easing restrictions on civilian visits.",
        "In Tokyo, a government spokesman said that the ordinance was a matter for the prefecture, while repeating Japan's position that the islets belong to Japan.",
        "Several hundred protesters gathered outside the Japanese Embassy in Seoul, some holding signs reading \"Dokdo is Korean territory.\" One of them, a retired teacher who gave only his family name, Kang, said, \"They chose the anniversary of the day they took the first piece of our country. How else can we read it?\"",
        "Lim Ha-na, a professor of international law at Hanyang University, said the ordinance would have little legal effect but large political consequences.",
        "\"A local ordinance does not change the status of the islets, which Korea administers and where Korean police have been stationed since 1954,\" Lim said. \"Legally, nothing has happened today.",
        "\"What worries me is the signal. If Tokyo does nothing to restrain Shimane, the dispute will move from the margins into the center of the relationship.\"",
        "The vote comes as ties are already strained by Prime Minister Junichiro Koizumi's annual visits to Yasukuni Shrine, which honors Japan's war dead including convicted war criminals, and by a continuing dispute over Japanese history textbooks.",
        "Some Korean provincial officials said they were reconsidering exchange programs with Shimane, and civic groups called on citizens to take part in rallies through the weekend.",
    ],
    figures=[dict(at=3, src="https://dimg.donga.com/egc/CDB/ENGLISH/Article/takeshima_protest_embassy.jpg", alt="Protest in Seoul",
                  caption="Protesters rally in front of the Japanese Embassy in central Seoul against the Shimane Prefectural Assembly's 'Takeshima Day' ordinance.",
                  credit="Dong-A Ilbo photo")],
    ad_at=6,
    related=[("Koizumi's Shrine Visits Cast Shadow Over Summit Diplomacy", "https://www.donga.com/en/article/all/6418820/1"),
             ("Textbook Row Flares Again as Tokyo Reviews New Editions", "https://www.donga.com/en/article/all/6417745/1")],
    popular=[("Dokdo Visits by Civilians to Be Allowed", "https://www.donga.com/en/article/all/6419301/1"),
             ("Editorial: Tokyo Must Answer for Shimane", "https://www.donga.com/en/article/all/6419255/1")],
    comments=dict(count=5, items=[
        ("dokdo_lover", "Dokdo has always been ours. The government must act, not just talk.", "3 hours ago", 14),
        ("kimjs77", "Shimane is doing this for local votes. Don't give them the attention they want.", "2 hours ago", 6)]),
))

SITE_KT_ARCHIVE = dict(
    mode="plain", css="https://www.koreatimes.co.kr/www/css/kt_2012.css", js="https://www.koreatimes.co.kr/www/js/kt_common.js",
    ga="UA-0000002-1", home="https://www.koreatimes.co.kr/www/index.html", logo="https://www.koreatimes.co.kr/www/images/kt_logo.gif",
    nav=[("Home", "/www/index.html"), ("National", "/www/nation/"), ("Politics", "/www/nation/politics/"), ("North Korea", "/www/nation/nk/"),
         ("Business", "/www/biz/"), ("Opinion", "/www/opinion/"), ("Lifestyle", "/www/lifestyle/"), ("Sports", "/www/sports/"), ("World", "/www/world/")],
    ad_text="Advertisement", share_text="Facebook share", related_head="Most Read",
    copyright="Copyright (c) koreatimes.co.kr. All rights reserved.")

ARTICLES.append(dict(
    key="koreatimes-lee-dokdo-visit", file="html/koreatimes-lee-dokdo-visit.html", layout="legacy_table",
    site=SITE_KT_ARCHIVE, outlet="The Korea Times", lang="en", story="2012-08-lee-dokdo-visit",
    url="https://www.koreatimes.co.kr/www/nation/2012/08/10/116_117082.html",
    title="Lee makes historic visit to Dokdo",
    byline="Seo Ji-woon", role=None, byline_display="By Seo Ji-woon",
    published="2012-08-10", grain="day", pfrom="url", datemode="url", ts=None, section="Politics",
    paras=[
        "President Lee Myung-bak on Friday became the first sitting South Korean president to set foot on Dokdo, the country's easternmost islets, which Japan also claims, prompting Tokyo to recall its ambassador in protest.",
        "Lee flew to the islets by helicopter from Ulleung Island, where he had stopped earlier in the day, and met members of the police unit that guards them, according to Cheong Wa Dae.",
        "\"Dokdo is clearly our territory, and the President wanted to show that there is nothing unusual about a Korean president visiting Korean land,\" a senior Cheong Wa Dae official said on condition of anonymity.",
        "Lee told the officers that Dokdo was \"a place worth defending with our lives\" and asked them to take care of its fragile natural environment, pool reporters said.",
        "Japan reacted swiftly. Foreign Minister Koichiro Gemba called the visit \"unacceptable\" and said Tokyo would recall Ambassador Masatoshi Muto for consultations. The Japanese Foreign Ministry also summoned Korea's ambassador in Tokyo to lodge a protest.",
        "Japanese media quoted Prime Minister Yoshihiko Noda as saying that the trip was \"extremely regrettable\" and that his government would respond firmly.",
        "'The timing is about domestic politics as much as diplomacy,' said Choi Eun-mi, a professor of political science at Kookmin University. 'Relations had already soured over the comfort women issue after the Kyoto summit in December, and the President felt Tokyo was not responding.'",
        "The visit came weeks after Seoul shelved a planned military intelligence-sharing agreement with Japan at the last minute in late June, amid criticism that the government had tried to push it through without public debate.",
        "Some analysts in Tokyo warned of lasting damage. Kenta Ito, a research fellow at the Japan Institute of International Affairs, said that the visit would harden public opinion in Japan. \"Until now many Japanese saw Takeshima as a quiet issue handled by Shimane Prefecture,\" he said. \"After today, it becomes a national issue.\"",
        "Japanese officials have in the past floated the idea of taking the dispute to the International Court of Justice, an option Seoul rejects on the grounds that there is no territorial dispute to settle.",
        "Cheong Wa Dae said the trip had been planned for some time and was not aimed at any particular country, but officials acknowledged that Seoul had expected a strong reaction from Tokyo.",
    ],
    figures=[dict(at=1, src="https://img.koreatimes.co.kr/upload/news/lee_dokdo_visit.jpg", alt="Lee on Dokdo",
                  caption="President Lee Myung-bak, center, talks with police officers stationed on Dokdo during his visit to the islets.",
                  credit="Korea Times file")],
    readmore=dict(at=8, title="Seoul shelves intelligence pact with Tokyo", url="https://www.koreatimes.co.kr/www/nation/116_115321.html"),
    ad_at=5,
    related=[("Japan recalls ambassador over Dokdo trip", "https://www.koreatimes.co.kr/www/nation/116_117090.html"),
             ("Editorial: Dokdo and diplomacy", "https://www.koreatimes.co.kr/www/opinion/202_117101.html"),
             ("Ulleung residents welcome presidential visit", "https://www.koreatimes.co.kr/www/nation/113_117088.html")],
    comments=dict(count=27, items=[
        ("seoulite88", "About time a president went there. Nobody should be surprised.", "5 hours ago", 31),
        ("jp_reader", "This will set relations back years. Not smart timing.", "4 hours ago", 12)]),
))

SITE_ASAHI = dict(
    prefix="ajw", site_name="The Asahi Shimbun", home="https://www.asahi.com/ajw/",
    css="https://www.asahi.com/ajw/css/ajw_style.css?ver=2015", js="https://www.asahi.com/ajw/js/ajw.js?ver=2015",
    nav=[("Japan News", "/ajw/japan_news/"), ("Politics", "/ajw/politics/"), ("Asia & World", "/ajw/asia_world/"), ("Business", "/ajw/business/"),
         ("Culture", "/ajw/culture/"), ("Sci & Tech", "/ajw/sci_tech/"), ("Opinion", "/ajw/opinion/"), ("Photo", "/ajw/photo/")],
    ad_text="ADVERTISEMENT", share_text="Share on Facebook", related_head="Related Articles",
    cookie="We use cookies to improve your experience. See our cookie policy for details.",
    promo="Get full access with AJW Premium", promo_url="/ajw/premium/",
    copyright="Copyright (c) The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.",
    datefmt="%B %d, %Y at %H:%M JST")

ARTICLES.append(dict(
    key="asahi-comfort-women-agreement", file="html/asahi-comfort-women-agreement.html", layout="wp",
    site=SITE_ASAHI, outlet="The Asahi Shimbun", lang="en", story="2015-12-comfort-women-agreement",
    url="https://www.asahi.com/ajw/articles/AJ201512280041.html",
    title="Japan, South Korea agree to 'finally and irreversibly' settle comfort women issue",
    byline="Kenji Fujimoto", role="Staff Writer", byline_display="By KENJI FUJIMOTO/ Staff Writer",
    published="2015-12-28", grain="day", pfrom="meta", datemode="meta", ts="2015-12-28T19:30:00+09:00", section="Politics",
    paras=[
        "SEOUL--Foreign Minister Fumio Kishida and his South Korean counterpart, Yun Byung-se, announced an agreement here on Dec. 28 that the two governments said would \"finally and irreversibly\" resolve the issue of the \"comfort women\" who were forced to provide sex to wartime Japanese troops.",
        "Under the deal, the Japanese government will contribute 1 billion yen from its budget to a foundation to be set up by South Korea to support the former comfort women, and Prime Minister Shinzo Abe expresses his apology and remorse to all of them.",
        "At a joint news conference after the talks, Kishida said that the issue had gravely hurt the honor and dignity of many women, that the military authorities of the time had been involved, and that the Japanese government felt its responsibility keenly.",
        "Yun said that Seoul would regard the matter as resolved as long as Japan carried out its commitments faithfully. He added that the South Korean government would try to address Tokyo's concerns about a statue symbolizing the victims that stands in front of the Japanese Embassy in Seoul, after consulting the groups involved.",
        "Abe later spoke by telephone with President Park Geun-hye and conveyed the apology directly, officials said. \u201cWe must not hand this issue down to our children and grandchildren,\u201d Abe told reporters at his office after the call.",
        "U.S. Secretary of State John Kerry welcomed the agreement, saying in a statement that Washington supported the efforts of its two allies to put the issue behind them.",
        "Not all survivors welcomed the deal. At a shelter for former comfort women outside Seoul, one survivor told reporters she had not been consulted. 'Money is not what we asked for,' she said. 'We asked for a legal apology.'",
        "Japan has long maintained that all claims arising from its colonial rule of the Korean Peninsula were settled \"completely and finally\" under a 1965 agreement signed alongside the treaty that normalized diplomatic ties. The 1993 Kono Statement acknowledged the military's involvement in setting up and running comfort stations, and a private fund was later created to pay atonement money, but many South Korean survivors refused to accept it.",
        "Pressure on Seoul to reach a settlement grew after South Korea's Constitutional Court ruled in 2011 that the government's failure to pursue the matter with Japan was unconstitutional. Civic groups installed the statue outside the embassy in December that year, at the 1,000th of their weekly Wednesday rallies.",
        "Takahiro Ueno, a professor of modern Korean history at the University of Shizuoka, said each side had given ground. \"The words 'finally and irreversibly' are what Tokyo wanted; the apology in the prime minister's name and the government money are what Seoul wanted,\" he said. \"The hard part is not the text. It is whether the South Korean public will accept it.\"",
    ],
    figures=[dict(at=1, src="https://www.asahi.com/ajw/images/2015/12/28/kishida_yun_seoul.jpg", alt="Kishida and Yun",
                  caption="Foreign Minister Fumio Kishida, left, and South Korean Foreign Minister Yun Byung-se shake hands before their joint news conference in Seoul.",
                  credit="(Pool photo)")],
    readmore=dict(at=7, title="Timeline: The comfort women issue since 1991", url="https://www.asahi.com/ajw/articles/AJ201512280055.html"),
    ad_at=4,
    related=[("Abe, Park to speak by phone after ministers' deal", "https://www.asahi.com/ajw/articles/AJ201512280037.html"),
             ("Survivors divided over Japan-South Korea agreement", "https://www.asahi.com/ajw/articles/AJ201512290012.html"),
             ("ANALYSIS: Washington's quiet hand behind the deal", "https://www.asahi.com/ajw/articles/AJ201512290031.html")],
    popular=[("Typhoon season review: Record rainfall hits Kyushu", "https://www.asahi.com/ajw/articles/AJ201512270018.html")],
    comments=None,
))

ARTICLES.append(dict(
    key="mainichi-forced-labor-ruling", file="html/mainichi-forced-labor-ruling.html", layout="mainichi_en", encoding="cp1252",
    outlet="The Mainichi", lang="en", story="2018-10-supreme-court-forced-labor-ruling",
    url="https://mainichi.jp/english/articles/20181030/p2a/00m/0na/021000c",
    title="S. Korea\u2019s top court orders Nippon Steel to compensate wartime laborers; Tokyo protests",
    byline="Hiroki Sato", role="Seoul Bureau", byline_display="(By Hiroki Sato, Seoul Bureau)",
    published="2018-10-30", grain="day", pfrom="meta", datemode="meta", ts="2018-10-30T17:45:00+09:00", section="Japan",
    paras=[
        "SEOUL -- South Korea\u2019s Supreme Court on Oct. 30 ordered Nippon Steel & Sumitomo Metal Corp. to pay 100 million won each to four South Koreans who were forced to work for a predecessor company during World War II \u2014 a ruling that Tokyo immediately denounced as a breach of the 1965 agreement that accompanied the normalization of bilateral ties.",
        "The full bench of the court upheld a lower court\u2019s damages order by a vote of 11 to 2, finding that the plaintiffs\u2019 claims stemmed from Japan\u2019s illegal colonial rule and were therefore not covered by the 1965 agreement on property and claims.",
        "The case has a long history. In May 2012, the Supreme Court ruled that the 1965 pact had not extinguished the individual right to claim damages and sent the case back to lower courts, which then ordered the company to pay.",
        "In Tokyo, Foreign Minister Taro Kono summoned South Korea\u2019s ambassador to protest. \u201cThis ruling overturns the legal foundation of the friendly and cooperative relationship that Japan and South Korea have built since 1965,\u201d Kono said in a statement, calling the decision \u201cutterly unacceptable.\u201d",
        "Prime Minister Shinzo Abe told the Diet that the issue of claims had been settled \u201ccompletely and finally\u201d by the 1965 agreement and that Japan would respond resolutely, considering all options including international adjudication.",
        "The South Korean government said in a statement read by a spokesman that it respected the judiciary\u2019s decision and would prepare measures after reviewing the ruling with the relevant ministries, and it called on both sides to keep the relationship \u2018future-oriented.\u2019",
        "Nippon Steel & Sumitomo Metal called the ruling \u201cdeeply regrettable\u201d and said it would study the decision carefully, taking into account the Japanese government\u2019s response.",
        "\u201cIt would be na\u00efve to think this ends with one company,\u201d said Yumi Okada, a professor of international law at Chuo University. \u201cSimilar suits are pending against other Japanese firms, including Mitsubishi Heavy Industries, and each one is now likely to end the same way\u2026\u201d",
        "Park Dong-hyun, a Seoul-based lawyer who has advised the plaintiffs\u2019 families, said that they would seek to have the company\u2019s assets in South Korea seized if it did not comply. \u201cThe amount is modest. The principle is not,\u201d he said.",
        "Relations were already strained over the 2015 agreement on the comfort women issue, under which Japan contributed \u00a51 billion to a South Korean foundation that the current government in Seoul has criticized. Diplomats in both capitals said the ruling would make it harder to arrange a visit by President Moon Jae-in to Japan.",
    ],
    figures=[dict(at=1, src="https://cdn.mainichi.jp/vol1/2018/10/30/20181030p2a00m0na021000p/9.jpg", alt="Supreme Court",
                  caption="Supporters of the former laborers hold up signs outside South Korea\u2019s Supreme Court in Seoul after the ruling.",
                  credit="(Mainichi)")],
    readmore=dict(at=6, title="Explainer: What the 1965 claims agreement says", url="https://mainichi.jp/english/articles/20181030/p2a/00m/0na/024000c"),
    ad_at=4,
    related=[("Japan mulls steps after S. Korea court decision", "https://mainichi.jp/english/articles/20181031/p2a/00m/0na/003000c"),
             ("Editorial: Ruling on wartime labor threatens basis of ties", "https://mainichi.jp/english/articles/20181031/p2a/00m/0na/011000c")],
    popular=[("Tokyo Olympics venue costs rise again", "https://mainichi.jp/english/articles/20181029/p2a/00m/0na/008000c")],
    comments=dict(count=8, items=[
        ("Kenichi_M", "The 1965 agreement is clear. A treaty is a treaty \u2014 this sets a dangerous precedent.", "3 hours ago", 9),
        ("seoul_observer", "The victims never got their day in court until now. That matters too.", "2 hours ago", 7)]),
))

ARTICLES.append(dict(
    key="yonhap-export-curbs", file="html/yonhap-export-curbs.html", layout="yonhap",
    outlet="Yonhap News Agency", lang="en", story="2019-07-export-controls",
    url="https://en.yna.co.kr/view/AEN20190701002351320",
    title="Japan to tighten export controls on chip materials to S. Korea",
    byline="Nam Ji-hyun", role=None, email="jhnam@yna.co.kr",
    published="2019-07-01", grain="day", pfrom="meta", datemode="meta", ts="2019-07-01T11:02:00+09:00", section="Economy",
    tags=["Japan", "export controls", "semiconductors", "forced labor"],
    paras=[
        "SEOUL, July 1 (Yonhap) -- Japan said Monday it will tighten controls on exports to South Korea of three materials essential for making semiconductors and display panels, in an apparent retaliation against Seoul over South Korean court rulings on wartime forced labor.",
        "Starting Thursday, Japanese companies will need a license for each shipment of fluorinated polyimide, photoresist and high-purity hydrogen fluoride, also known as etching gas, bound for South Korea, Japan's Ministry of Economy, Trade and Industry (METI) said. The license review could take up to 90 days.",
        "Tokyo also said it plans to remove South Korea from its so-called white list of countries that enjoy simplified export procedures for goods that can be diverted for military use.",
        "Seoul reacted sharply. \"The government will take all necessary countermeasures, including filing a complaint with the World Trade Organization,\" a senior official at the Ministry of Trade, Industry and Energy told reporters. \"This is economic retaliation against a judicial decision, and it cannot be justified.\"",
        "The three materials are used by South Korea's largest chip and display makers, including Samsung Electronics Co., SK hynix Inc. and LG Display Co., which rely heavily on Japanese suppliers for them. Japanese firms dominate global production of the materials, according to industry officials.",
        "'We have some inventory, but not for months,' said an official at a major chipmaker who asked not to be named. 'If the license process drags on, production lines could be affected.'",
        "The move follows rulings by South Korea's Supreme Court in October and November last year that ordered Nippon Steel & Sumitomo Metal Corp. and Mitsubishi Heavy Industries Ltd. to compensate Korean victims of forced labor during Japan's 1910-45 colonial rule of the Korean Peninsula. Tokyo has argued that all such claims were settled by a 1965 agreement.",
        "Japanese officials said the step was taken because trust between the two countries had been badly damaged, and denied that it violated free trade rules, according to Japanese media reports.",
        "Lee Ji-eun, a senior research fellow at the Korea Institute for International Economic Policy, said the measure was unusual because it targets a core industry of a neighboring democracy. \"Export controls exist to stop the spread of weapons, not to settle historical disputes,\" she said. \"Using them this way will hurt trust in Japan as a supplier, and not only in Korea.\"",
        "The announcement came days after President Moon Jae-in and Prime Minister Shinzo Abe attended the Group of 20 summit in Osaka without holding bilateral talks.",
    ],
    figures=[dict(at=2, src="https://img2.yna.co.kr/etc/inner/EN/2019/07/01/AEN20190701002351320_01_i_P4.jpg", alt="Semiconductor plant",
                  caption="This file photo shows a semiconductor production line at a plant south of Seoul.",
                  credit="[Yonhap]")],
    readmore=dict(at=7, title="S. Korea to seek WTO ruling if Japan curbs exports", url="https://en.yna.co.kr/view/AEN20190630001200320"),
    ad_at=4,
    related=[("Chipmakers scramble to check stocks of Japanese materials", "https://en.yna.co.kr/view/AEN20190701004100320"),
             ("Moon, Abe pass each other at G20 without formal talks", "https://en.yna.co.kr/view/AEN20190629002000315"),
             ("(LEAD) Seoul vows firm response to Japan's trade steps", "https://en.yna.co.kr/view/AEN20190701006051320")],
    popular=[("BTS to hold fan meeting in Busan", "https://en.yna.co.kr/view/AEN20190701003300315"),
             ("Trump, Kim meet at Panmunjom", "https://en.yna.co.kr/view/AEN20190630002052325")],
))

ARTICLES.append(dict(
    key="japantimes-export-curbs", file="html/japantimes-export-curbs.html", layout="jt_modern",
    outlet="The Japan Times", lang="en", story="2019-07-export-controls",
    url="https://www.japantimes.co.jp/news/japan-chip-materials-export-curbs-south-korea/",
    title="Japan to restrict exports of key chipmaking materials to South Korea as wartime labor row deepens",
    byline="Mari Kobayashi", role="Staff writer",
    published="2019-07-01", grain="day", pfrom="meta", datemode="jsonld", ts="2019-07-01T13:25:00+09:00",
    ts_mod="2019-07-01T20:10:00+09:00", section="Politics",
    tags=["South Korea", "METI", "export controls", "wartime labor"],
    paras=[
        "The government said Monday that it will tighten rules on exports to South Korea of three materials used to make semiconductors and smartphone displays, a step widely seen as a response to South Korean court rulings ordering Japanese firms to compensate wartime laborers.",
        "From Thursday, exporters of fluorinated polyimide, resist and hydrogen fluoride will have to apply for approval for each contract with a South Korean buyer instead of relying on bulk licenses, the Ministry of Economy, Trade and Industry said. Screening can take around 90 days.",
        "The ministry said the change was needed for \u201cappropriate export control\u201d and cited what it described as a serious loss of trust between the two countries, pointing to Seoul's failure to offer a satisfactory response on the labor issue.",
        "Trade minister Hiroshige Seko told reporters that the decision was not a countermeasure against Seoul but a review of export management based on national security concerns.",
        "South Korea's trade ministry said that it would consider every possible response, including a complaint to the World Trade Organization.",
        "\u201cIt's precision targeting,\u201d said Takuya Ishida, a senior fellow at the Research Institute of Economy, Trade and Industry. \u201cKorean chipmakers have few alternatives for these materials in the short term. But Japanese suppliers also stand to lose customers if this drags on.\u201d",
        "Executives at Japanese chemical makers said they were still studying the details. \u201cOur South Korean customers are among our largest,\u201d said a spokesman for one Osaka-based maker who declined to be named. \u201cWe will follow the rules, but we hope the procedures will be smooth.\u201d",
        "The dispute stems from a ruling by South Korea's Supreme Court in October last year that ordered Nippon Steel & Sumitomo Metal Corp. to pay 100 million won each to four former workers, and a similar decision against Mitsubishi Heavy Industries Ltd. in November. Tokyo says the rulings violate the 1965 pact under which such claims were settled \u201ccompletely and finally.\u201d",
        "The government is also moving to drop South Korea from its list of trusted trading partners that receive preferential treatment, a change that would require case-by-case licenses for a much wider range of items.",
        "Kim Seo-yeon, a visiting scholar at Keio University's Center for Contemporary Korean Studies, said Seoul had underestimated Tokyo's frustration. \u201cFor months Japanese officials warned that there would be consequences if nothing was done about the rulings,\u201d she said. \u201cNow the consequences have arrived, and they are economic.\u201d",
    ],
    figures=[dict(at=0, src="https://www.japantimes.co.jp/uploads/imported_images/2019/07/01/meti-building-kasumigaseki.jpg", alt="METI building",
                  caption="The Ministry of Economy, Trade and Industry in Tokyo's Kasumigaseki district",
                  credit="| KYODO")],
    readmore=dict(at=8, title="Explainer: What are 'white list' countries?", url="https://www.japantimes.co.jp/news/white-list-explainer/"),
    ad_at=3, promo_at=6,
    related=[("Seoul vows WTO fight over Japan's trade measures", "https://www.japantimes.co.jp/news/seoul-wto-fight-trade-measures/"),
             ("Japanese chemical makers weigh hit from South Korea curbs", "https://www.japantimes.co.jp/business/chemical-makers-south-korea-curbs/"),
             ("Abe and Moon keep their distance at G20 in Osaka", "https://www.japantimes.co.jp/news/abe-moon-distance-g20-osaka/")],
    popular=[("Record heat forecast for Kanto this summer", "https://www.japantimes.co.jp/news/record-heat-kanto/")],
    comments=dict(count=12, items=[
        ("ken_in_kobe", "About time Tokyo did something. Agreements have to mean something.", "6 hours ago", 21),
        ("SeoulExpat", "Using trade to win a history argument will backfire on both economies.", "5 hours ago", 17)]),
))

ARTICLES.append(dict(
    key="koreaherald-gsomia-termination", file="html/koreaherald-gsomia-termination.html", layout="herald",
    outlet="The Korea Herald", lang="en", story="2019-08-gsomia-termination",
    url="https://www.koreaherald.com/article/2019082200791",
    title="Seoul to scrap military intel-sharing pact with Tokyo",
    subtitle="Cheong Wa Dae cites 'grave change' in security environment after Japan's export curbs",
    byline="Lee Jun-seo", role=None, byline_display="By Lee Jun-seo",
    published="2019-08-22", grain="day", pfrom="meta", datemode="meta", ts="2019-08-22T19:05:00+09:00", section="Defense",
    paras=[
        "South Korea decided Thursday to end its military intelligence-sharing pact with Japan, saying Tokyo's trade restrictions had fundamentally changed the conditions for security cooperation between the two neighbors.",
        "Kim You-geun, first deputy director of the National Security Office at Cheong Wa Dae, announced the decision after a meeting of the standing committee of the National Security Council. President Moon Jae-in approved it after the meeting, Kim said.",
        "'The government has concluded that it is not in our national interest to maintain an agreement signed to exchange sensitive military information,' Kim said in a televised briefing. 'Japan's measures have brought about a grave change in the environment for bilateral security cooperation.'",
        "Seoul will deliver the notice to Tokyo through diplomatic channels on Friday, ahead of a deadline this weekend, officials said.",
        "The General Security of Military Information Agreement, or GSOMIA, was signed in Seoul in November 2016 by then Defense Minister Han Min-koo and Japanese Ambassador Yasumasa Nagamine. It is renewed automatically each year unless either side gives notice 90 days in advance, so it will now expire in November.",
        "The decision comes after Japan's Cabinet decided on Aug. 2 to remove South Korea from its list of trusted trading partners, a step that takes effect Aug. 28 and means about 1,100 items that could be used for military purposes will require case-by-case export licenses. In July, Tokyo had already tightened exports of three materials vital to Korea's chip and display industries.",
        "In Tokyo, Japan's Foreign Ministry lodged a protest with the South Korean Embassy, saying the decision reflected a serious misreading of the regional security situation, according to Japanese media.",
        "US officials, who had urged both allies to keep the pact in place, voiced disappointment, according to reports from Washington.",
        "Shin Hye-rim, a research fellow at the Asan Institute for Policy Studies, said the move raised the stakes in the dispute. \"Seoul is trying to show Tokyo that linking trade to history has a cost,\" she said. \"But the cost also falls on trilateral cooperation with the United States, at a time when North Korea keeps testing short-range missiles.\"",
        "Defense officials said that South Korea would still be able to share information on North Korea with Japan through a separate trilateral arrangement involving the US, though they acknowledged the channel is slower.",
        "The ruling Democratic Party welcomed the decision as a \"legitimate response,\" while the main opposition Liberty Korea Party warned that it would weaken the alliance with Washington.",
    ],
    figures=[dict(at=2, src="https://res.heraldm.com/content/image/2019/08/22/20190822000791_0.jpg", alt="Kim You-geun briefing",
                  caption="Kim You-geun, first deputy director of the National Security Office, announces the government's decision at Cheong Wa Dae in Seoul.",
                  credit="(Yonhap)")],
    readmore=dict(at=6, title="Japan formally drops Korea from whitelist", url="https://www.koreaherald.com/article/2019080200612"),
    ad_at=4,
    related=[("US urges Seoul, Tokyo to resolve disputes through dialogue", "https://www.koreaherald.com/article/2019082100544"),
             ("[News Analysis] What ending GSOMIA means for trilateral security", "https://www.koreaherald.com/article/2019082200899"),
             ("Japanese goods boycott enters second month", "https://www.koreaherald.com/article/2019082000311")],
    popular=[("Seoul apartment prices edge up again", "https://www.koreaherald.com/article/2019082200120")],
    comments=dict(count=19, items=[
        ("hankook_reader", "Right decision. Why share secrets with a country that calls us untrustworthy?", "4 hours ago", 44),
        ("pacific_watch", "This only helps Pyongyang and Beijing. Very short-sighted.", "3 hours ago", 29)]),
))

ARTICLES.append(dict(
    key="nikkei-yoon-tokyo-summit", file="html/nikkei-yoon-tokyo-summit.html", layout="nikkei",
    outlet="Nikkei Asia", lang="en", story="2023-03-yoon-kishida-tokyo-summit", article_id="NA0230316K1",
    url="https://asia.nikkei.com/Politics/International-relations/Kishida-and-Yoon-revive-shuttle-diplomacy-as-Japan-lifts-chip-material-curbs",
    title="Kishida and Yoon revive shuttle diplomacy as Japan lifts chip-material curbs",
    subtitle="First bilateral presidential visit in 12 years aims to close chapter opened by 2019 trade row",
    byline="Hana Kuroda", role="Nikkei staff writer", byline_display="HANA KURODA, Nikkei staff writer",
    published="2023-03-16", grain="day", pfrom="meta", datemode="jsonld", ts="2023-03-16T21:05:00+09:00", section="International relations",
    paras=[
        "TOKYO -- Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to resume regular visits between their leaders, as Tokyo said it would lift export restrictions on three key chipmaking materials and Seoul said it would withdraw a complaint at the World Trade Organization.",
        "Yoon's two-day trip is the first bilateral visit to Japan by a South Korean president in 12 years. It follows his government's announcement on March 6 of a plan to compensate Korean victims of wartime forced labor without requiring payments from the Japanese companies involved.",
        "At a joint news conference, Kishida said the two leaders had agreed to restart \"shuttle diplomacy,\" in which leaders visit each other frequently without being bound by formalities. He also said Tokyo upheld the positions of past cabinets on historical issues, including the 1998 joint declaration by then Prime Minister Keizo Obuchi and President Kim Dae-jung.",
        "\"Korea and Japan are neighbors that share universal values and pursue common interests in security, the economy and global issues,\" Yoon said. \"Today's summit is a first step toward opening a new era.\"",
        "Yoon also said the General Security of Military Information Agreement, an intelligence-sharing pact that Seoul had threatened to end in 2019, was now \"completely normalized.\"",
        "Japan's trade ministry said it would end case-by-case licensing for fluorinated polyimide, resist and hydrogen fluoride, which it introduced in July 2019 after South Korea's Supreme Court ordered Japanese companies to compensate wartime laborers. Talks on returning South Korea to Japan's list of trusted trading partners will continue, officials said.",
        "Japan's Keidanren business lobby and the Federation of Korean Industries said they would set up \"future partnership\" funds to finance youth exchanges and other joint projects.",
        "'The trade measures were always a symptom, not the disease,' said Naoki Sato, a professor of Korean politics at Keio University. 'Removing them is easy. Keeping the compensation plan alive inside Korea is the hard part.'",
        "Under the plan, the Foundation for Victims of Forced Mobilization by Imperial Japan, set up in 2014, will pay the 15 plaintiffs in the three Supreme Court cases decided in 2018 using voluntary contributions from private companies such as steelmaker POSCO.",
        "In Seoul, the main opposition Democratic Party called the plan a humiliating concession, and groups representing the victims said they would refuse payments from the Korean foundation.",
        "Washington, which has pushed its two allies to cooperate more closely in the face of North Korea's missile launches and China's growing assertiveness, praised the compensation plan when it was announced.",
        "Yoon is scheduled to meet Japanese business leaders and speak to university students on Friday before returning to Seoul.",
    ],
    figures=[dict(at=1, src="https://www.ft.com/__origami/service/image/v2/images/raw/nikkei-asia-kishida-yoon-tokyo.jpg", alt="Kishida and Yoon",
                  caption="Prime Minister Fumio Kishida, right, and President Yoon Suk Yeol shake hands before their talks at the prime minister's office in Tokyo.",
                  credit="\u00a9 Reuters")],
    readmore=dict(at=8, title="Seoul unveils plan to settle forced-labor compensation dispute", url="https://asia.nikkei.com/Politics/International-relations/Seoul-unveils-forced-labor-compensation-plan"),
    ad_at=5,
    related=[("Japan and South Korea business lobbies launch youth funds", "https://asia.nikkei.com/Business/Japan-South-Korea-business-lobbies-launch-youth-funds"),
             ("Samsung welcomes end of Japan's export curbs", "https://asia.nikkei.com/Business/Tech/Semiconductors/Samsung-welcomes-end-of-export-curbs"),
             ("Analysis: Can Yoon sell Japan detente at home?", "https://asia.nikkei.com/Spotlight/Comment/Can-Yoon-sell-Japan-detente-at-home")],
    comments=dict(count=6, items=[
        ("asia_trader", "Good news for the supply chain. 2019 hurt both sides.", "1 day ago", 8),
        ("r.tanaka", "Let's see if this survives the next election in Seoul.", "1 day ago", 5)]),
))

SITE_KYODO = dict(
    prefix="kyodo", site_name="Kyodo News", home="https://english.kyodonews.net/", meta_style="itemprop",
    css="https://english.kyodonews.net/static/css/style.css?v=4.2", js="https://english.kyodonews.net/static/js/app.js?v=4.2",
    nav=[("Latest", "/news/"), ("Japan", "/news/japan/"), ("Politics", "/news/politics/"), ("Asia", "/news/asia/"), ("World", "/news/world/"),
         ("Business", "/news/business/"), ("Sports", "/news/sports/"), ("Photos", "/photos/")],
    ad_text="Advertisement", share_text="Share on Facebook", related_head="Related coverage",
    cookie="Kyodo News uses cookies to analyze traffic and show relevant advertising.",
    promo="Kyodo News Plus: get unlimited access", promo_url="/plus/",
    copyright="All rights reserved. Kyodo News.",
    datefmt="%b %d, %Y | %H:%M JST")

ARTICLES.append(dict(
    key="kyodo-sado-unesco-listing", file="html/kyodo-sado-unesco-listing.html", layout="wp",
    site=SITE_KYODO, outlet="Kyodo News", lang="en", story="2024-07-sado-unesco-listing",
    url="https://english.kyodonews.net/news/2024/07/sado-gold-mines-unesco-world-heritage.html",
    title="Sado gold mines added to UNESCO World Heritage list with S. Korea's consent",
    byline=None, role=None, byline_display="KYODO NEWS",
    published="2024-07-27", grain="day", pfrom="meta", datemode="meta", ts="2024-07-27T19:14:00+09:00", section="Politics",
    paras=[
        "NEW DELHI - The UNESCO World Heritage Committee on Saturday added the Sado Island Gold Mines in Niigata Prefecture to its World Heritage list, after South Korea dropped its opposition in return for Japan's pledge to show the harsh conditions faced by Korean laborers there during World War II.",
        "The decision was made by consensus at the committee's 46th session in the Indian capital. The site centers on the Aikawa-Tsurushi gold and silver mine on Sado Island in the Sea of Japan.",
        "Japan told the committee it had already opened an exhibition at a local museum in the Aikawa area describing the lives of workers from the Korean Peninsula, including their harsh working conditions, and that it would hold a memorial ceremony every year for all workers at the mines.",
        "\u201cWe will sincerely face the entire history of the site, including the lives of workers from the Korean Peninsula,\u201d Japan's ambassador to UNESCO told the session.",
        "South Korea's delegate said Seoul had agreed to the listing on the premise that Japan would faithfully carry out its commitments, and that the two countries should keep talking about how the history of the site is presented.",
        "Tokyo's bid had been opposed by Seoul, which argues that Korean laborers were mobilized to work at the mines under coercion during the war. When UNESCO listed the \"Sites of Japan's Meiji Industrial Revolution\" in 2015, including Hashima Island, Japan acknowledged that many Koreans had been brought there against their will and forced to work, and promised to set up an information center. Seoul later complained that the promise had not been kept.",
        "\u201cThis time the two governments worked it out in advance instead of fighting it out in the committee room,\u201d said Mika Oshiro, a specialist in cultural heritage policy at the University of Tokyo. \u201cThat reflects the better political climate since last year.\u201d",
        "Some civic groups in South Korea criticized the decision, saying the exhibition avoids the word \"forced.\" \"Describing harsh conditions is not the same as acknowledging forced labor,\" said Choi Min-jae of a Seoul-based group that supports victims of forced mobilization.",
        "On Sado, residents watched the announcement on a large screen at a local hall. \"It has been a long wait,\" said a 68-year-old former tourism official. \"Now we have to tell the whole story of the mine to visitors, the painful parts too.\"",
        "The first memorial ceremony is expected to be held on the island later this year, according to the Niigata prefectural government.",
    ],
    figures=[dict(at=1, src="https://english.kyodonews.net/static/images/2024/07/sado-aikawa-mine-doyu.jpg", alt="Sado mine",
                  caption="The split mountain at the Aikawa-Tsurushi gold and silver mine on Sado Island, Niigata Prefecture, a symbol of the Sado Island Gold Mines.",
                  credit="(Kyodo)")],
    readmore=dict(at=6, title="Japan, S. Korea reach deal over Sado mine exhibit", url="https://english.kyodonews.net/news/2024/07/sado-exhibit-deal.html"),
    ad_at=3,
    related=[("Niigata celebrates Sado listing with lantern event", "https://english.kyodonews.net/news/2024/07/niigata-celebrates-sado.html"),
             ("Hashima information center draws fresh criticism from Seoul", "https://english.kyodonews.net/news/2024/07/hashima-center-criticism.html")],
    popular=[("Paris Olympics: Japan wins first gold in judo", "https://english.kyodonews.net/news/2024/07/paris-judo-gold.html")],
    comments=None,
))

ARTICLES.append(dict(
    key="joongang-busan-summit", file="html/joongang-busan-summit.html", layout="joongang",
    outlet="Korea JoongAng Daily", lang="en", story="2025-09-ishiba-lee-busan-summit",
    url="https://koreajoongangdaily.joins.com/news/2025-09-30/national/diplomacy/Ishiba-Lee-pledge-to-keep-shuttle-diplomacy-going-at-Busan-summit/2411562",
    title="Ishiba, Lee pledge to keep shuttle diplomacy going at Busan summit",
    subtitle="First Japanese leader in a Korean city outside Seoul for a bilateral summit since 2004",
    byline="Seo Yoon-ah", role=None, byline_display="BY SEO YOON-AH [seo.yoonah@joongang.co.kr]",
    published="2025-09-30", grain="day", pfrom="meta", datemode="jsonld", ts="2025-09-30T19:48:00+09:00", section="Diplomacy",
    paras=[
        "President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Tuesday to keep up their shuttle diplomacy and to strengthen strategic communication on security, as the two leaders held their third summit at Nurimaru APEC House in Busan.",
        "Ishiba is the first Japanese prime minister to travel to a Korean city other than Seoul for a stand-alone bilateral summit since Junichiro Koizumi met Roh Moo-hyun on Jeju Island in 2004.",
        "The two leaders adopted a joint document on cooperation in tackling social challenges the two countries share, including low birth rates, rapidly aging populations, the decline of regional cities, agriculture and disaster response.",
        "\u201cKorea and Japan are like neighbors who share a front yard,\u201d Lee said at a joint press announcement. \u201cMore and more, our problems are the same problems, and we will solve them faster if we work together.\u201d",
        "Ishiba said he hoped the Busan meeting would show that the relationship \u201cdoes not depend on who is in office,\u201d adding that ties should keep developing whatever changes of government take place in either country.",
        "Earlier in the day, Ishiba visited the grave of Lee Soo-hyun, a Korean student who died in Tokyo in 2001 while trying to rescue a man who had fallen onto train tracks. His story has long been cited in both countries as a symbol of goodwill between ordinary people.",
        "The summit followed Lee's visit to Tokyo in late August, when the two leaders issued the first joint press statement by the two countries' leaders in 17 years.",
        "Hwang Seo-jin, a professor of Japanese studies at Kookmin University, said the choice of Busan carried weight. 'Holding a summit outside the capital signals that these visits are becoming routine,' Hwang said. 'That is exactly what shuttle diplomacy is supposed to look like.'",
        "But history issues remain unresolved. Seoul declined this month to attend a memorial held by Japan for workers at the Sado gold mines, citing disagreements over wording about coercion, and some analysts said the new focus on shared social problems risked sidestepping such disputes.",
        "\u201cCooperation on birth rates and disasters is welcome, but it cannot replace an honest conversation about the past,\u201d said Ryo Nakano, a research fellow at the Tokyo Foundation for Policy Research.",
    ],
    figures=[dict(at=1, src="https://koreajoongangdaily.joins.com/data/photo/2025/09/30/busan-summit-lee-ishiba.jpg", alt="Lee and Ishiba in Busan",
                  caption="President Lee Jae-myung, right, and Japanese Prime Minister Shigeru Ishiba walk together at Nurimaru APEC House in Busan.",
                  credit="[JOINT PRESS CORPS]")],
    readmore=dict(at=7, title="Lee, Ishiba issue first joint statement in 17 years", url="https://koreajoongangdaily.joins.com/news/2025-08-23/national/diplomacy/Lee-Ishiba-issue-first-joint-statement-in-17-years/2382011"),
    ad_at=5,
    related=[("Seoul to skip Japan's Sado memorial again over wording dispute", "https://koreajoongangdaily.joins.com/news/2025-09-04/national/diplomacy/Seoul-to-skip-Sado-memorial/2390114"),
             ("Busan prepares for Japanese prime minister's visit", "https://koreajoongangdaily.joins.com/news/2025-09-29/national/socialAffairs/Busan-prepares-for-visit/2410987")],
    popular=[("Chuseok traffic expected to peak Saturday", "https://koreajoongangdaily.joins.com/news/2025-09-30/national/socialAffairs/Chuseok-traffic/2411400")],
    comments=dict(count=12, items=[
        ("busan_local", "Nice to see Busan get a summit. Nurimaru looked great on TV.", "5 hours ago", 10),
        ("history_first", "Birth rates and farming are fine, but what about the Sado memorial?", "4 hours ago", 7)]),
))

SITE_JAPAN_NEWS = dict(
    prefix="jn", site_name="The Japan News", home="https://japannews.yomiuri.co.jp/",
    css="https://japannews.yomiuri.co.jp/wp-content/themes/japannews/style.css?ver=6.4",
    js="https://japannews.yomiuri.co.jp/wp-content/themes/japannews/js/main.js?ver=6.4",
    nav=[("Politics", "/politics/"), ("Society", "/society/"), ("Business", "/business/"), ("World", "/world/"), ("Sports", "/sports/"),
         ("Science & Nature", "/science-nature/"), ("Culture", "/culture/"), ("Editorial & Columns", "/editorial/")],
    ad_text="Advertisement", share_text="Share on Facebook", related_head="Related Tags",
    cookie="This website uses cookies to improve your experience. By continuing you accept our use of cookies.",
    promo="Sign up for The Japan News Premium", promo_url="/premium/",
    copyright="Copyright The Yomiuri Shimbun.")

ARTICLES.append(dict(
    key="japannews-nara-summit", file="html/japannews-nara-summit.html", layout="wp",
    site=SITE_JAPAN_NEWS, outlet="The Japan News", lang="en", story="2026-01-lee-takaichi-nara-summit",
    url="https://japannews.yomiuri.co.jp/politics/politics-government/takaichi-lee-nara-summit-chosei-dna/",
    title="Takaichi, Lee agree on joint DNA identification of Chosei mine victims at Nara summit",
    byline=None, role=None, byline_display="The Yomiuri Shimbun",
    published="2026-01", grain="month", pfrom="text", datemode="image", ts=None, section="Politics & Government",
    paras=[
        "NARA \u2014 Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung agreed on Tuesday that experts from the two countries will work together to identify, through DNA analysis, the remains of victims of the 1942 flooding of the Chosei undersea coal mine in Yamaguchi Prefecture, in which 183 people died, many of them laborers from the Korean Peninsula.",
        "The agreement was included in a joint press announcement issued after the two leaders held talks for about 88 minutes in Nara, Takaichi's home prefecture. It was their second formal summit, following their first meeting in Gyeongju, South Korea, during the Asia-Pacific Economic Cooperation summit.",
        "Lee had proposed at the Gyeongju talks that their next meeting be held in a regional city rather than a capital, and Takaichi chose Nara.",
        "\u201cI am delighted to welcome President Lee to my hometown, a place where exchanges with the Korean Peninsula go back more than a thousand years,\u201d Takaichi said at the joint press event.",
        "\u201cFinding and returning the remains of those who died at Chosei is a humanitarian task that should not be delayed any longer,\u201d Lee said. \u201cI appreciate the prime minister's decision.\u201d",
        "Remains believed to be those of victims were found in the flooded shafts last August during a search organized by citizens' groups, which had urged both governments to support identification.",
        "The leaders also confirmed that shuttle diplomacy would continue and agreed to deepen cooperation on economic security and on shared social challenges such as the low birth rate, according to the Japanese government.",
        "The meeting came as Japan's relations with China have been strained since Takaichi told the Diet in November that a contingency involving Taiwan could constitute a \"survival-threatening situation\" for Japan, a dispute that has stalled plans for a trilateral summit with China.",
        "Territorial issues did not feature publicly in the talks. Last month, after Takaichi described Takeshima as an inherent part of Japan's territory in the Diet, the South Korean presidential office responded that Dokdo is Korean territory and that no dispute exists.",
        "\u201cPicking Nara was clever diplomacy,\u201d said Kazuhiro Mori, a professor of East Asian politics at Waseda University. \u201cBoth leaders got to talk about shared history in a positive frame, and the DNA project gives them something concrete to show at home.\u201d",
        "Kang Ji-won, a research fellow at the Korea National Diplomatic Academy in Seoul, said that the Chosei agreement would be closely watched by bereaved families in South Korea, many of whom are now elderly.",
        "Lee and Takaichi are scheduled to visit Horyuji temple on Wednesday before Lee returns to Seoul.",
    ],
    figures=[dict(at=1, src="https://japannews.yomiuri.co.jp/wp-content/uploads/2026/01/takaichi-lee-nara-joint-press-1.jpg", alt="Takaichi and Lee in Nara",
                  caption="Prime Minister Sanae Takaichi, right, and South Korean President Lee Jae-myung attend a joint press announcement in Nara.",
                  credit="Pool photo")],
    readmore=dict(at=6, title="Chosei mine: Search divers recover bones from flooded shaft", url="https://japannews.yomiuri.co.jp/society/general-news/chosei-mine-search-divers-bones/"),
    ad_at=4,
    related=[("Takaichi, Lee hold first talks in Gyeongju", "https://japannews.yomiuri.co.jp/politics/politics-government/takaichi-lee-first-talks-gyeongju/"),
             ("Nara prepares to host South Korean president", "https://japannews.yomiuri.co.jp/society/general-news/nara-prepares-south-korean-president/")],
    popular=[("Snow disrupts train services in Hokuriku", "https://japannews.yomiuri.co.jp/society/general-news/snow-hokuriku-trains/")],
    comments=dict(count=4, items=[
        ("nara_native", "Proud that Nara hosted this. Horyuji is the perfect place to remember our shared history.", "3 hours ago", 6),
        ("yamaguchi_ube", "The Chosei families have waited more than 80 years. Please move quickly.", "2 hours ago", 9)]),
))

ARTICLES.append(dict(
    key="hankyoreh-liberation-day-speech", file="html/hankyoreh-liberation-day-speech.html", layout="hani",
    outlet="The Hankyoreh", lang="en", story="2025-08-lee-liberation-day-speech",
    url="https://english.hani.co.kr/arti/english_edition/e_national/1213337.html",
    title="Lee calls for 'future-oriented' ties with Japan in Liberation Day speech, urges Tokyo to face history",
    byline="Kim Do-yeon", role="staff reporter", byline_display="By Kim Do-yeon, staff reporter",
    published="2025-08-15", grain="day", pfrom="text", datemode="text", ts=None, section="National",
    paras=[
        "President Lee Jae-myung on Friday, the 80th anniversary of Korea's liberation from Japanese colonial rule on Aug. 15, 1945, called for pragmatic and future-oriented cooperation with Japan through regular visits between the two countries' leaders, while urging Tokyo to squarely face the painful history of the past.",
        "Speaking at the main ceremony in Seoul, Lee said Korea and Japan were \"neighbors who cannot move away from each other\" and that the two countries should work together on the economy and security and on the problems of aging and low birth rates they both face.",
        "\u201cWe must not let the past block the road to the future,\u201d Lee said. \u201cBut a future built on a forgotten past cannot stand firm.",
        "\u201cI hope the Japanese government will stand by the spirit of the apologies it has offered before and show it through action, so that trust between our peoples can grow.\u201d",
        "Lee is expected to travel to Tokyo later this month for talks with Prime Minister Shigeru Ishiba, his second meeting with the Japanese leader after a brief summit on the sidelines of the Group of Seven meeting in Canada in June.",
        "The tone drew a mixed response. Representatives of victims of wartime forced mobilization said they had hoped for a clearer message. 'The president spoke of the future, but the victims are still waiting for an apology from the companies that used them,' said Yang Mi-sook, who leads a support group for victims in Gwangju.",
        "Choi Hyun-woo, a professor of Japanese studies at Seoul National University, said the speech fit the government's approach. \"He separated the history questions from practical cooperation without abandoning either,\" Choi said, adding that it was \"a message aimed as much at the domestic audience as at Tokyo.\"",
        "Public sentiment toward Japan has warmed in recent years. In a Gallup Korea survey conducted Aug. 12-14, 56 percent of respondents said they had a favorable view of Japanese people, up 10 percentage points from 2022.",
        "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan would continue to work closely with the Lee government, according to Japanese media.",
        "According to the presidential office, descendants of independence fighters living abroad were invited to the ceremony, and Lee pledged to expand government support for them.",
    ],
    figures=[dict(at=1, src="https://flexible.img.hani.co.kr/flexible/normal/970/647/imgdb/original/lee_liberation_day_ceremony.jpg", alt="Lee speaks",
                  caption="President Lee Jae-myung delivers his address at the main ceremony marking Liberation Day in Seoul.",
                  credit="(pool photo)")],
    readmore=dict(at=5, title="Lee to visit Tokyo before Washington, presidential office says", url="https://english.hani.co.kr/arti/english_edition/e_international/1213102.html"),
    ad_at=7,
    related=[("Survivors of forced mobilization press for corporate apology", "https://english.hani.co.kr/arti/english_edition/e_national/1213011.html"),
             ("[Editorial] Pragmatism must not mean forgetting", "https://english.hani.co.kr/arti/english_edition/e_editorial/1213350.html")],
    popular=[("Heat wave advisory issued for Seoul metro area", "https://english.hani.co.kr/arti/english_edition/e_national/1213200.html")],
    comments=dict(count=9, items=[
        ("candlelight_k", "A balanced speech. Cooperation and memory are not opposites.", "6 hours ago", 15),
        ("gwangju_voice", "Words about the future mean little to the victims who are still waiting.", "5 hours ago", 11)]),
))

CHO_MOTEGI_PARAS = [
    "GYEONGJU, Oct. 29 (Yonhap) -- Foreign Minister Cho Hyun and his new Japanese counterpart, Toshimitsu Motegi, agreed Wednesday to keep the two countries' shuttle diplomacy on track and to build on the momentum of improved ties, a day before President Lee Jae-myung holds his first summit with Japanese Prime Minister Sanae Takaichi.",
    "The two ministers met in the southeastern city of Gyeongju, where officials from Asia-Pacific Economic Cooperation (APEC) member economies have gathered ahead of this week's leaders' meeting, according to Seoul's foreign ministry.",
    "It was their first face-to-face meeting since Motegi took office on Oct. 21, when Takaichi was elected as Japan's first female prime minister.",
    "Cho said the two sides should \"not let the good flow of relations be interrupted\" and stressed that cooperation between Seoul and Tokyo had become more important amid an unstable international situation, the ministry said.",
    "Motegi was quoted as saying that Japan regards South Korea as an important neighbor with which it should work on various challenges facing the international community, and that the Takaichi government would keep relations stable.",
    "The ministers also agreed to continue trilateral cooperation with the United States in responding to North Korea's nuclear and missile programs, officials said.",
    "Asked whether historical issues had come up, a senior foreign ministry official said the two sides had \"candidly exchanged views on pending issues,\" without elaborating.",
    "\"Takaichi is known as a conservative, so many people expected a cooler tone from Tokyo,\" said Park Ji-young, a professor of Japanese politics at Hankuk University of Foreign Studies. \"So far, both sides are signaling continuity.\"",
    "Cho visited Tokyo in late July for talks with then Foreign Minister Takeshi Iwaya, his first overseas trip after taking office.",
    "Lee and Takaichi are scheduled to meet Thursday on the sidelines of the APEC leaders' meeting. Officials in Seoul said the summit would focus on continuing shuttle diplomacy and on economic cooperation.",
]

ARTICLES.append(dict(
    key="yonhap-cho-motegi-gyeongju", file="html/yonhap-cho-motegi-gyeongju.html", layout="yonhap",
    outlet="Yonhap News Agency", lang="en", story="2025-10-cho-motegi-gyeongju",
    url="https://en.yna.co.kr/view/AEN20251029005800315",
    title="FM Cho, Japan's Motegi agree to keep up shuttle diplomacy ahead of Lee-Takaichi summit",
    byline="Kang Yoo-jin", role=None, email="yjkang@yna.co.kr",
    published="2025-10-29", grain="day", pfrom="meta", datemode="meta", ts="2025-10-29T17:52:00+09:00", section="Politics",
    tags=["Cho Hyun", "Toshimitsu Motegi", "APEC", "Japan"],
    paras=CHO_MOTEGI_PARAS,
    figures=[dict(at=1, src="https://img2.yna.co.kr/etc/inner/EN/2025/10/29/AEN20251029005800315_01_i_P4.jpg", alt="Cho and Motegi",
                  caption="Foreign Minister Cho Hyun (R) shakes hands with Japanese Foreign Minister Toshimitsu Motegi before their talks in Gyeongju on Oct. 29, 2025.",
                  credit="[Yonhap]")],
    readmore=None, ad_at=5,
    related=[("Lee, Takaichi to hold first summit Thursday in Gyeongju", "https://en.yna.co.kr/view/AEN20251028004900315"),
             ("APEC ministers open meeting in Gyeongju", "https://en.yna.co.kr/view/AEN20251029001300320"),
             ("Takaichi elected Japan's first female prime minister", "https://en.yna.co.kr/view/AEN20251021002151315")],
    popular=[("KOSPI closes at record high on chip rally", "https://en.yna.co.kr/view/AEN20251029006500320")],
))

ARTICLES.append(dict(
    key="koreatimes-cho-motegi-gyeongju", file="html/yonhap-wire-on-koreatimes-cho-motegi-gyeongju.html", layout="kt",
    outlet="Yonhap News Agency", via="The Korea Times", lang="en", story="2025-10-cho-motegi-gyeongju",
    url="https://www.koreatimes.co.kr/foreignaffairs/20251029/top-diplomats-of-korea-japan-vow-to-sustain-shuttle-diplomacy",
    title="Top diplomats of Korea, Japan vow to sustain shuttle diplomacy",
    byline=None, role=None, byline_display="Yonhap",
    published="2025-10-29", grain="day", pfrom="meta", datemode="meta", ts="2025-10-29T18:30:00+09:00", section="Foreign Affairs",
    paras=CHO_MOTEGI_PARAS[:-1],
    figures=[dict(at=1, src="https://www.koreatimes.co.kr/resources/images/2025/10/29/cho-motegi-gyeongju.jpg", alt="Cho and Motegi",
                  caption="Foreign Minister Cho Hyun, right, shakes hands with Japanese Foreign Minister Toshimitsu Motegi before their talks in Gyeongju, Wednesday.",
                  credit="Yonhap photo")],
    ad_at=3,
    related=[("Lee to host Takaichi in Gyeongju for first summit", "https://www.koreatimes.co.kr/foreignaffairs/20251028/lee-to-host-takaichi-in-gyeongju"),
             ("APEC week brings traffic controls to Gyeongju", "https://www.koreatimes.co.kr/southkorea/society/20251027/apec-week-traffic-controls-gyeongju")],
    duplicate_of="yonhap-cho-motegi-gyeongju",
))

ARTICLES.append(dict(
    key="yna-ko-forced-labor-solution", file="html/yna-ko-forced-labor-solution.html", layout="yna_ko", encoding="euc-kr",
    outlet="Yonhap News Agency", lang="ko", story="2023-03-third-party-compensation-plan",
    url="https://www.yna.co.kr/view/AKR20230306045100504",
    title="정부, 강제징용 해법 발표…\"재단이 피해자에 판결금 지급\"",
    byline="이서연", role=None, email="lsy@yna.co.kr",
    published="2023-03-06", grain="day", pfrom="meta", datemode="meta", ts="2023-03-06T11:48:00+09:00", section="정치",
    paras=[
        "(서울=연합뉴스) 이서연 기자 = 정부가 6일 일제강점기 강제징용 피해자 배상 문제와 관련해 일제강제동원피해자지원재단이 피고 일본 기업을 대신해 판결금을 지급하는 해법을 공식 발표했다.",
        "박진 외교부 장관은 이날 서울 종로구 외교부 청사에서 브리핑을 열고 \"2018년 대법원에서 확정된 세 건의 판결 원고 15명에게 재단이 판결금과 지연이자를 지급할 예정\"이라고 밝혔다.",
        "재원은 민간의 자발적 기여로 마련되며, 포스코 등 국내 기업의 참여가 예상된다. 일본 피고 기업의 배상 참여는 이번 해법에 포함되지 않았다.",
        "박 장관은 \"한일 관계를 미래지향적으로 발전시키기 위한 결단\"이라며 \"일본 측의 성의 있는 호응을 기대한다\"고 말했다.",
        "앞서 대법원은 2018년 10월과 11월 일본제철과 미쓰비시중공업에 강제징용 피해자들에게 손해를 배상하라고 판결했다. 그러나 일본 기업들은 1965년 한일 청구권협정으로 배상 문제가 이미 해결됐다는 일본 정부의 입장에 따라 배상에 응하지 않았고, 일본 정부는 이듬해 7월 반도체 핵심 소재에 대한 수출규제에 나서면서 양국 관계가 급격히 악화했다.",
        "피해자 측은 즉각 반발했다. 피해자 지원단체의 한 관계자는 \"가해 기업의 사과와 배상이 빠진 해법은 받아들일 수 없다\"며 \"법적 대응을 검토하겠다\"고 말했다.",
        "반면 미국 정부는 이번 발표를 환영한다는 입장을 내놨다. 국립외교원의 한 연구위원은 \"이제 공은 일본으로 넘어갔다\"며 \"일본 정부와 기업이 어떻게 호응하느냐가 해법의 성패를 가를 것\"이라고 분석했다.",
        "정부는 이번 발표를 계기로 이달 중 윤석열 대통령의 일본 방문을 추진하는 것으로 알려졌다.",
    ],
    figures=[dict(at=1, src="https://img0.yna.co.kr/photo/yna/YH/2023/03/06/PYH2023030604510001300_P4.jpg", alt="박진 장관 브리핑",
                  caption="박진 외교부 장관이 6일 서울 종로구 외교부 청사에서 강제징용 피해 배상 해법을 발표하고 있다.",
                  credit="[연합뉴스 자료사진]")],
    ad_at=4,
    related=[("피해자 단체 \"굴욕적 해법…수용 못 해\"", "https://www.yna.co.kr/view/AKR20230306061200004"),
             ("일본 정부 \"한국 정부 발표 평가\"", "https://www.yna.co.kr/view/AKR20230306070100073")],
))

ARTICLES.append(dict(
    key="mainichi-ja-lee-ishiba-summit", file="html/mainichi-ja-lee-ishiba-summit.html", layout="mainichi_ja", encoding="shift_jis",
    outlet="The Mainichi", lang="ja", story="2025-08-lee-ishiba-tokyo-summit",
    url="https://mainichi.jp/articles/20250823/k00/00m/010/215000c",
    title="日韓首脳会談、17年ぶり共同文書　石破首相と李在明大統領",
    byline="渡辺彩", role=None, byline_display="【渡辺彩】",
    published="2025-08-23", grain="day", pfrom="meta", datemode="meta", ts="2025-08-23T20:31:00+09:00", section="政治",
    paras=[
        "石破茂首相は23日、来日した韓国の李在明（イ・ジェミョン）大統領と首相官邸で会談した。両首脳は会談後に共同記者発表に臨み、共同文書を発表した。日韓首脳による共同文書は2008年4月以来、17年ぶりとなる。",
        "会談は2時間を超えた。石破首相は、1998年の日韓共同宣言を含め、歴史認識に関する歴代内閣の立場を全体として引き継いでいると説明した。",
        "両首脳は、水素や人工知能（AI）分野での協力のほか、少子高齢化や地方の活性化、農業、防災など両国に共通する社会課題について話し合う政府間の協議体を新たに設けることで一致した。ワーキングホリデー制度の拡充や、戦略的な意思疎通の強化も確認した。",
        "石破首相は記者発表で「日韓は互いに欠かせないパートナーだ。国交正常化60年の節目に、関係をさらに前に進めたい」と述べた。李大統領も「シャトル外交を通じて率直に対話を重ね、未来志向の関係を築いていきたい」と応じた。",
        "李大統領は6月の就任後初めての来日で、日本訪問の後は米国に向かい、トランプ大統領と会談する予定だ。両首脳の会談は、6月にカナダで開かれた主要7カ国首脳会議（G7サミット）の際に続き2回目となる。",
        "日韓関係は2018年の韓国大法院（最高裁）による元徴用工訴訟の判決をきっかけに冷え込んだが、23年3月に当時の尹錫悦（ユン・ソンニョル）大統領が来日して首脳間のシャトル外交が再開され、改善が続いている。李政権は日本との実利的な協力を重視する姿勢を示しており、今回の共同文書はその流れを確認する形となった。",
        "日韓関係に詳しい慶応大の山口真理教授（現代韓国論）は「歴史問題で対立してきた両国が、実務的な協力の枠組みを文書で示した意味は大きい」と話している。",
    ],
    figures=[dict(at=1, src="https://cdn.mainichi.jp/vol1/2025/08/23/20250823k0000m010215000p/9.jpg", alt="日韓首脳会談",
                  caption="共同記者発表に臨む石破茂首相（右）と韓国の李在明大統領＝首相官邸で",
                  credit="（代表撮影）")],
    ad_at=3,
    related=[("李大統領、羽田に到着　就任後初の来日", "https://mainichi.jp/articles/20250823/k00/00m/010/120000c"),
             ("社説：日韓共同文書　実務協力を着実に", "https://mainichi.jp/articles/20250824/ddm/005/070/030000c")],
))

# ---------------------------------------------------------------------------
# RSS feed items (The Korea Herald, full text in content:encoded)
# ---------------------------------------------------------------------------
FEED_FILE = "feeds/korea-japan.rss"
RSS_ITEMS: list[dict] = []

RSS_ITEMS.append(dict(
    key="rss-camp-david", outlet="The Korea Herald", lang="en", story="2023-08-camp-david-summit",
    url="https://www.koreaherald.com/article/3190455",
    title="Yoon, Biden, Kishida launch new era of trilateral cooperation at Camp David",
    byline="Choi Da-eun", role=None, category="Diplomacy",
    published="2023-08-19", grain="day", pfrom="meta", pubdate="Sat, 19 Aug 2023 10:41:00 +0900",
    paras=[
        "CAMP DAVID, Maryland -- President Yoon Suk Yeol, US President Joe Biden and Japanese Prime Minister Fumio Kishida agreed Friday to hold trilateral summits every year and to consult one another promptly in a crisis affecting their shared interests, as they held their first stand-alone trilateral summit at the US presidential retreat.",
        "The three leaders adopted the Camp David Principles, a set of guidelines for their cooperation, and a joint statement titled the \"Spirit of Camp David,\" along with a separate \"commitment to consult\" in response to regional challenges, provocations and threats.",
        "They also agreed to hold annual multi-domain military exercises and to share real-time data on North Korean missile launches.",
        "\u201cToday will be remembered as a historic day on which we laid a firm institutional foundation for trilateral cooperation,\u201d Yoon said at a joint news conference.",
        "Biden said that the partnership was \"not about any one country\" and that the three democracies had agreed to make their cooperation last beyond the terms of the current leaders.",
        "Kishida said the summit opened a new chapter, noting that closer trilateral cooperation had become possible because relations between Seoul and Tokyo had improved significantly since March.",
        "'Institutionalizing the summits is the real achievement,' said Jeon Soo-min, a professor of international relations at Korea University. 'It makes it harder for a future government in any of the three capitals to walk away.'",
        "At home, Yoon's approach to Japan remains contentious. Lee Jae-myung, leader of the main opposition Democratic Party, has attacked the government for accepting Japan's plan to release treated water from the Fukushima nuclear plant into the sea, which is expected to begin soon.",
        "Presidential officials said the next trilateral summit would be held next year, with the venue to be decided through consultations.",
    ],
    figures=[], readmore=None,
))

RSS_ITEMS.append(dict(
    key="rss-kishida-farewell", outlet="The Korea Herald", lang="en", story="2024-09-kishida-farewell-visit",
    url="https://www.koreaherald.com/article/3470122",
    title="Kishida makes farewell trip to Seoul for 12th summit with Yoon",
    byline="Jung Hae-won", role=None, category="Diplomacy",
    published="2024-09-06", grain="day", pfrom="meta", pubdate="Fri, 06 Sep 2024 21:10:00 +0900",
    paras=[
        "Japanese Prime Minister Fumio Kishida arrived in Seoul on Friday for a two-day visit, his last trip to South Korea before he leaves office, and held his 12th summit with President Yoon Suk Yeol.",
        "The two leaders agreed that the improvement in relations since last year should continue regardless of changes in leadership, and discussed cooperation on North Korea and on the safety of each other's citizens in third countries, according to the presidential office.",
        "\u201cI want to hand over to my successor the foundation of cooperation that President Yoon and I have built,\u201d Kishida said at a joint press conference.",
        "Yoon thanked Kishida for what he called his \"courageous decisions,\" saying the two had \"opened a new chapter\" in relations between the two countries.",
        "Since Yoon's visit to Tokyo in March 2023 restored shuttle diplomacy, the two leaders have met 12 times, including Kishida's trip to Seoul in May last year, when he said his heart ached for those who suffered under colonial rule, and the Camp David summit with US President Joe Biden in August last year.",
        "On Saturday, Kishida is scheduled to meet students at Seoul National University before returning to Tokyo.",
        "The main opposition Democratic Party criticized the visit, saying Kishida had not done enough on historical issues. \"A farewell visit without progress on history is merely a photo opportunity,\" a party spokesperson said in a statement.",
        "Oh Jae-won, a research fellow at the Institute for National Security Strategy, said the rapport between the two leaders would be hard to replace. \"Whoever succeeds Kishida will inherit the framework, but not the relationship,\" he said.",
    ],
    figures=[], readmore=dict(at=5, title="Kishida's Seoul legacy: 12 summits in 18 months", url="https://www.koreaherald.com/article/3469980"),
))

RSS_ITEMS.append(dict(
    key="rss-gyeongju-summit", outlet="The Korea Herald", lang="en", story="2025-10-lee-takaichi-gyeongju-summit",
    url="https://www.koreaherald.com/article/10604418",
    title="Lee, Takaichi agree on 'future-oriented' ties in first summit",
    byline="Kwon Soo-bin", role=None, category="Diplomacy",
    published="2025-10-30", grain="day", pfrom="meta", pubdate="Thu, 30 Oct 2025 19:35:00 +0900",
    paras=[
        "GYEONGJU, North Gyeongsang Province -- President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed Thursday to develop \"future-oriented and stable\" relations and to continue shuttle diplomacy, in their first summit since Takaichi took office last week.",
        "The talks, held at the Hwabaek International Convention Center on the sidelines of the Asia-Pacific Economic Cooperation summit, lasted about 40 minutes, according to the presidential office.",
        "Lee proposed that the two leaders hold their next meeting in a regional city, suggesting Nara, Takaichi's home prefecture, officials said.",
        "\u201cJapan-South Korea relations are important at a time when the strategic environment is becoming more severe,\u201d Takaichi told Lee at the start of the meeting. \u201cI would like to develop our ties in a future-oriented and stable manner.\u201d",
        "\u201cNeighbors sometimes disagree,\u201d Lee said. \u201cWhat matters is that we keep talking and keep looking forward.\u201d",
        "Historical issues were not discussed, a senior presidential official told reporters.",
        "Takaichi, a conservative who has visited Yasukuni Shrine in the past, had been watched warily in Seoul. Yoon Chae-rin, a senior researcher at the Sejong Institute, said both leaders appeared eager to avoid surprises. 'For Takaichi, a smooth start with Seoul helps show she can be pragmatic,' Yoon said. 'For Lee, it proves his Japan policy does not depend on who is in Tokyo.'",
        "Public opinion provides some cushion. According to a survey released in August by the East Asia Institute and its partners, 52.4 percent of South Koreans held a favorable view of Japan, a record high, while 24.8 percent of Japanese held a favorable view of South Korea.",
    ],
    figures=[dict(at=2, src="https://res.heraldm.com/content/image/2025/10/30/lee-takaichi-gyeongju.jpg", alt="Lee and Takaichi",
                  caption="President Lee Jae-myung, right, and Japanese Prime Minister Sanae Takaichi pose before their talks in Gyeongju.",
                  credit="(Presidential office)")],
    readmore=None,
))

RSS_ITEMS.append(dict(
    key="rss-nippon-steel-ruling", outlet="The Korea Herald", lang="en", story="2025-12-nippon-steel-forced-labor-ruling",
    url="https://www.koreaherald.com/article/10633907",
    title="Top court upholds damages award against Nippon Steel in forced labor case",
    byline="Park Ye-rin", role=None, category="Social Affairs",
    published="2025-12-11", grain="day", pfrom="meta", pubdate="Thu, 11 Dec 2025 16:20:00 +0900",
    paras=[
        "The Supreme Court on Thursday upheld a lower court order requiring Nippon Steel to pay 100 million won to the family of a Korean man who was forced to work at the company's Kamaishi steelworks during Japan's colonial rule, the first such final ruling since President Lee Jae-myung took office.",
        "The suit was brought by the family of Jeong Hyeong-pal, who worked at the Kamaishi ironworks in Iwate Prefecture from 1940 to 1942.",
        "The court followed the reasoning of its landmark 2018 ruling, which held that the 1965 claims agreement between Seoul and Tokyo did not cover compensation for damages arising from Japan's illegal colonial rule and forced mobilization.",
        "In Tokyo, Chief Cabinet Secretary Minoru Kihara told reporters that the ruling was clearly contrary to the 1965 agreement and that Japan had lodged a strong protest with Seoul.",
        "Seoul's foreign ministry said it would handle the case in line with the government's existing position, under which a Korean foundation pays compensation on behalf of the Japanese companies.",
        "'My father waited his whole life for someone to say he was wronged,' the plaintiff's son told reporters outside the court. 'Today the court said it.'",
        "\"The ruling itself was expected,\" said Lee Seon-hwa, a law professor at Yonsei University. \"What matters now is whether the foundation route holds, and whether Tokyo treats this as a reason to slow the thaw.\"",
        "The decision came two days after Prime Minister Sanae Takaichi described Takeshima, the islets Korea calls Dokdo, as inherent Japanese territory in the Diet, prompting a rebuttal from the presidential office.",
        "Lee and Takaichi are expected to meet again early next year.",
    ],
    figures=[], readmore=None,
))


# ---------------------------------------------------------------------------
# WARC pages (stories not among html/*.html)
# ---------------------------------------------------------------------------
WARC_FILE = "warc/crawl.warc.gz"

SITE_NHK = dict(
    prefix="nhkw", site_name="NHK WORLD-JAPAN News", home="https://www3.nhk.or.jp/nhkworld/en/news/",
    css="https://www3.nhk.or.jp/nhkworld/common/css/news.css?v=23", js="https://www3.nhk.or.jp/nhkworld/common/js/news.js?v=23",
    nav=[("News", "/nhkworld/en/news/"), ("Japan", "/nhkworld/en/news/list/?category=japan"), ("Asia", "/nhkworld/en/news/list/?category=asia"),
         ("World", "/nhkworld/en/news/list/?category=world"), ("Business", "/nhkworld/en/news/list/?category=business"),
         ("Live", "/nhkworld/en/live/"), ("On Demand", "/nhkworld/en/ondemand/")],
    ad_text="PR", share_text="Share on Facebook", related_head="Related Articles",
    cookie="NHK WORLD-JAPAN uses cookies to improve our service.",
    promo="Download the NHK WORLD-JAPAN app", promo_url="/nhkworld/en/app/",
    copyright="Copyright NHK (Japan Broadcasting Corporation). All rights reserved.",
    datefmt="%B %d, %Y %H:%M JST")

WARC_PAGES: list[dict] = []

WARC_PAGES.append(dict(
    key="chosun-gsomia-signed", layout="chosun", outlet="The Chosun Ilbo", lang="en", story="2016-11-gsomia-signing",
    url="https://www.chosun.com/english/national-en/2016/11/23/GSOMIA2016112301/",
    title="Korea, Japan Sign Military Intelligence Pact Despite Protests",
    byline="Yoo Seung-ho", role=None, byline_display="Yoo Seung-ho",
    published="2016-11-23", grain="day", pfrom="meta", datemode="meta", ts="2016-11-23T17:20:00+09:00", section="National",
    paras=[
        "Korea and Japan on Wednesday signed an agreement to share military intelligence directly, mainly on North Korea's nuclear weapons and missiles, despite protests from opposition parties and civic groups.",
        "Defense Minister Han Min-koo and Japanese Ambassador Yasumasa Nagamine signed the General Security of Military Information Agreement at the Defense Ministry in Seoul. The pact takes effect immediately without parliamentary ratification and will be renewed automatically every year unless either side gives notice of its intention to end it 90 days in advance.",
        "The two countries had tried to sign a similar agreement in 2012, but the Lee Myung-bak administration pulled out at the last minute amid criticism that it had been pursued in secret.",
        "\u201cThe agreement will allow us to make use of Japan's intelligence-gathering assets, including its satellites and maritime patrol aircraft, to respond more effectively to North Korean threats,\u201d a ministry spokesman told reporters.",
        "Opposition lawmakers accused the government of rushing the deal through while President Park Geun-hye is engulfed in a political scandal, and some called for the defense minister's dismissal.",
        "Outside the ministry, protesters held signs reading \"No military pact with Japan.\" A recent Gallup Korea poll found that 59 percent of respondents opposed the agreement.",
        "Kwon Tae-hyun, a researcher at the Korea Institute for Defense Analyses, said the pact was practical rather than historic. 'We were already sharing through the US. Now we can do it faster,' he said. 'The politics are harder than the technology.'",
        "Japanese government officials welcomed the signing, saying it would strengthen security cooperation among Japan, Korea and the United States.",
    ],
    figures=[dict(at=1, src="https://www.chosun.com/resizer/2016/11/23/gsomia-signing-han-nagamine.jpg", alt="GSOMIA signing",
                  caption="Defense Minister Han Min-koo, right, and Japanese Ambassador Yasumasa Nagamine sign the military intelligence pact at the Defense Ministry in Seoul.",
                  credit="/Yonhap")],
    ad_at=3,
    related=[("Opposition Vows to Fight Intelligence Pact", "https://www.chosun.com/english/national-en/2016/11/22/OPPGSOMIA01/"),
             ("What the Military Pact With Japan Means", "https://www.chosun.com/english/national-en/2016/11/23/EXPGSOMIA02/")],
))

WARC_PAGES.append(dict(
    key="nhk-kishida-seoul-visit", layout="wp", site=SITE_NHK, outlet="NHK World", lang="en", story="2023-05-kishida-seoul-visit",
    url="https://www3.nhk.or.jp/nhkworld/en/news/20230507_15/",
    title="Kishida says his 'heart aches' over colonial-era suffering during Seoul visit",
    byline=None, role=None, byline_display=None,
    published="2023-05-07", grain="day", pfrom="meta", datemode="meta", ts="2023-05-07T18:52:00+09:00", section="Politics",
    paras=[
        "Japanese Prime Minister Kishida Fumio says his heart aches for the many people who endured great hardship and sorrow under harsh conditions during Japan's colonial rule of the Korean Peninsula.",
        "Kishida made the remark at a joint news conference with South Korean President Yoon Suk-yeol in Seoul on Sunday. He is the first Japanese prime minister to make a bilateral visit to South Korea in about 12 years.",
        "Kishida said his government upholds the positions of previous cabinets on history, including the 1998 joint declaration by the two countries.",
        "Yoon said the quick return visit, less than two months after his own trip to Tokyo in March, showed that shuttle diplomacy between the leaders had been fully restored.",
        "The two leaders also agreed that South Korean experts would visit the Fukushima Daiichi nuclear power plant this month to look at plans to release treated water into the sea.",
        "A member of a South Korean group supporting former laborers said the prime minister's words were \"a personal feeling, not an apology.\"",
        "Professor Nishimura Aya of the University of Shizuoka, an expert on modern Korea, said Kishida had chosen his words carefully. \"He expressed sympathy without adding a new apology, which keeps his supporters at home satisfied while offering something to Seoul,\" she said.",
        "The two leaders also confirmed that they would work closely with the United States in responding to North Korea's nuclear and missile development, and agreed to cooperate on economic security, including supply chains for semiconductors.",
        "Kishida's visit comes ahead of the Group of Seven summit in Hiroshima later this month, to which Yoon has been invited.",
        "Kishida is scheduled to meet South Korean business leaders on Monday before returning to Japan.",
    ],
    figures=[dict(at=1, src="https://www3.nhk.or.jp/nhkworld/en/news/20230507_15/images/kishida_yoon_presser.jpg", alt="Kishida and Yoon",
                  caption="Prime Minister Kishida Fumio and President Yoon Suk-yeol at their joint news conference in Seoul",
                  credit="NHK")],
    ad_at=4,
    related=[("Japan, South Korea agree on Fukushima inspection visit", "https://www3.nhk.or.jp/nhkworld/en/news/20230507_21/"),
             ("Kishida arrives in Seoul for talks with Yoon", "https://www3.nhk.or.jp/nhkworld/en/news/20230507_04/")],
    popular=[("Golden Week travel rush peaks", "https://www3.nhk.or.jp/nhkworld/en/news/20230506_11/")],
))

WARC_PAGES.append(dict(
    key="asahi-sado-memorial-boycott", layout="wp", site=SITE_ASAHI, outlet="The Asahi Shimbun", lang="en", story="2024-11-sado-memorial-boycott",
    url="https://www.asahi.com/ajw/articles/15522874",
    title="Sado mine memorial held without South Korea after last-minute boycott",
    byline="Takeshi Noguchi", role="Staff Writer", byline_display="By TAKESHI NOGUCHI/ Staff Writer",
    published="2024-11-24", grain="day", pfrom="meta", datemode="meta", ts="2024-11-24T18:05:00+09:00", section="Politics",
    paras=[
        "SADO, Niigata Prefecture--A memorial service for all workers at the Sado Island Gold Mines, including laborers from the Korean Peninsula, was held here on Nov. 24 without South Korean participants, after Seoul pulled out the day before over the choice of Japan's government envoy and the content of the ceremony.",
        "The service was organized by an executive committee of local officials and civic groups, in line with a pledge Japan made when the mines were added to UNESCO's World Heritage list in July to hold a memorial every year.",
        "Tokyo sent Akiko Ikuina, parliamentary vice minister for foreign affairs, as its representative. South Korean media had reported that Ikuina visited Yasukuni Shrine in 2022.",
        "\u201cWe sincerely pay tribute to all the workers who died, including those from the Korean Peninsula,\u201d Ikuina said in her address, adding that many Korean workers had toiled in dangerous and harsh conditions.",
        "South Korea's Foreign Ministry said on Nov. 23 that it had decided not to attend because the two sides could not reach an agreement before the event, and that it would hold its own memorial with bereaved families.",
        "South Korean Ambassador Park Cheol-hee and the families plan to hold a separate ceremony on the island on Nov. 25, according to the embassy.",
        "Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that it was regrettable that South Korea had not taken part, saying Japan had consulted in good faith with Seoul.",
        "Ryota Kawakami, a professor of modern Japanese history at Niigata University, said the dispute had been foreseeable. \u201cThe listing in July was built on a promise about how the workers would be remembered. If the two sides cannot agree on the memorial, the promise starts to look empty,\u201d he said.",
        "Some residents expressed disappointment. \u201cWe prepared for months so that everyone could mourn together,\u201d said a woman who helped organize the event.",
    ],
    figures=[dict(at=1, src="https://www.asahi.com/ajw/images/2024/11/24/sado-memorial-hall.jpg", alt="Sado memorial",
                  caption="Participants offer a silent prayer at the memorial service for workers at the Sado Island Gold Mines on Nov. 24.",
                  credit="(Kyodo)")],
    ad_at=4,
    related=[("Seoul to skip Sado memorial, cites differences with Tokyo", "https://www.asahi.com/ajw/articles/15522101"),
             ("Families of Korean laborers arrive on Sado for own service", "https://www.asahi.com/ajw/articles/15523010")],
    popular=[("First snow of the season in central Tokyo", "https://www.asahi.com/ajw/articles/15521999")],
))

# The record the crawl lost half of: rendered with the Yonhap template, then cut.
WARC_BROKEN = dict(
    key="yonhap-radar-dispute", layout="yonhap", outlet="Yonhap News Agency", lang="en", story=None,
    url="https://en.yna.co.kr/view/AEN20181221004800315",
    title="S. Korea denies aiming fire-control radar at Japanese patrol plane",
    byline="Oh Se-jin", role=None, email="sjoh@yna.co.kr",
    published="2018-12-21", grain="day", pfrom="meta", datemode="meta", ts="2018-12-21T15:30:00+09:00", section="Politics",
    tags=["radar", "Japan", "navy"],
    paras=[
        "SEOUL, Dec. 21 (Yonhap) -- South Korea's defense ministry on Friday denied Japan's claim that a South Korean destroyer had aimed its fire-control radar at a Japanese patrol aircraft, saying the warship had been searching for a North Korean fishing boat in distress.",
        "\"There was no intention at all to track the Japanese aircraft,\" a ministry official told reporters.",
        "Japan's defense ministry said the incident took place on Thursday off the Noto Peninsula, involving a P-1 patrol plane of the Maritime Self-Defense Force.",
    ],
    figures=[], ad_at=2,
    related=[("Japan protests over radar incident", "https://en.yna.co.kr/view/AEN20181221003900315")],
)

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def render_page(a: dict) -> tuple[bytes, Ctx]:
    P = Ctx()
    text = LAYOUTS[a["layout"]](a, P)
    enc = a.get("encoding", "utf-8")
    return text.encode(enc, errors="strict"), P


def gold_entry(a: dict, P: Ctx | None, file: str, record, expect="stored", duplicate_of=None) -> dict:
    return {
        "file": file,
        "record": record,
        "expect": expect,
        "reject_code": None,
        "duplicate_of": duplicate_of,
        "story": a["story"],
        "title": a["title"],
        "outlet": a["outlet"],
        "via": a.get("via"),
        "byline": a.get("byline"),
        "author_role": a.get("role"),
        "lang": a["lang"],
        "published": a["published"],
        "published_grain": a["grain"],
        "published_from": a["pfrom"],
        "body": "\n\n".join(plain(p) for p in a["paras"]),
        "captions": list(P.captions) if P else [],
        "must_remove": list(P.must) if P else [],
        "removed_kinds": P.sorted_kinds() if P else [],
        "related": [],
    }


def rejected(file: str, record, code: str) -> dict:
    return {"file": file, "record": record, "expect": "rejected", "reject_code": code, "duplicate_of": None,
            "story": None, "title": None, "outlet": None, "via": None, "byline": None, "author_role": None,
            "lang": None, "published": None, "published_grain": None, "published_from": None, "body": None,
            "captions": [], "must_remove": [], "removed_kinds": [], "related": []}


def rss_content(it: dict, P: Ctx) -> str:
    ins: dict[int, list[str]] = {}
    for f in it.get("figures", []):
        add_insert(ins, f["at"], figure_generic(P, f,
            '<figure class="wp-caption"><img src="{src}" alt="{alt}" /><figcaption>{cap} <span class="credit">{credit}</span></figcaption></figure>'))
    if it.get("readmore"):
        rm = it["readmore"]
        P.rm(rm["title"], "related")
        add_insert(ins, rm["at"], '<p><strong>Read more:</strong> <a href="%s">%s</a></p>' % (attr(rm["url"]), etext(rm["title"])))
    parts = flow(it, lambda p: "<p>%s</p>" % inline(p), ins)
    P.rm("appeared first on", "promo")
    parts.append('<p>The post <a href="%s">%s</a> appeared first on <a href="https://www.koreaherald.com">The Korea Herald</a>.</p>'
                 % (attr(it["url"]), etext(it["title"])))
    return "\n".join(parts)


def build_feed() -> tuple[bytes, list[dict]]:
    items_xml, golds = [], []
    for it in RSS_ITEMS:
        P = Ctx()
        content = rss_content(it, P)
        assert "]]>" not in content
        items_xml.append(f"""    <item>
      <title>{etext(it['title'])}</title>
      <link>{etext(it['url'])}</link>
      <guid isPermaLink="true">{etext(it['url'])}</guid>
      <pubDate>{it['pubdate']}</pubDate>
      <dc:creator><![CDATA[{it['byline']}]]></dc:creator>
      <category><![CDATA[{it['category']}]]></category>
      <description>{etext(summary(it))}</description>
      <content:encoded><![CDATA[{content}]]></content:encoded>
    </item>""")
        golds.append(gold_entry(it, P, FEED_FILE, it["url"]))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>The Korea Herald - Korea-Japan</title>
    <atom:link href="https://www.koreaherald.com/rss/korea-japan.xml" rel="self" type="application/rss+xml" />
    <link>https://www.koreaherald.com/list/foreign-affairs</link>
    <description>Diplomacy, history and trade between Korea and Japan, from The Korea Herald</description>
    <language>en</language>
    <lastBuildDate>Thu, 11 Dec 2025 16:25:00 +0900</lastBuildDate>
    <generator>Herald CMS RSS 2.3</generator>
    <image>
      <url>https://res.heraldm.com/images/english/rss_logo.png</url>
      <title>The Korea Herald - Korea-Japan</title>
      <link>https://www.koreaherald.com/list/foreign-affairs</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return xml.encode("utf-8"), golds


def build_warc(kbs_bytes: bytes, kbs_gold: dict) -> tuple[bytes, list[dict]]:
    import gzip
    import uuid
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def rid(n: int) -> str:
        return "<urn:uuid:%s>" % uuid.UUID(int=0x5EED_0000_0000_4000_8000_0000_0000_0000 + n)

    def wdate(n: int) -> str:
        return "2026-01-20T03:%02d:%02dZ" % (10 + n, (n * 7) % 60)

    def http_date(n: int) -> str:
        return "Tue, 20 Jan 2026 03:%02d:%02d GMT" % (10 + n, (n * 7) % 60)

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True, warc_version="WARC/1.1")
    info = (b"software: dyadwatch data/sample/tools/make_corpus_a.py\r\n"
            b"format: WARC File Format 1.1\r\n"
            b"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            b"description: dyadwatch sample crawl (demo corpus; texts written by the project)\r\n"
            b"robots: obey\r\n")
    w.write_record(w.create_warc_record("", "warcinfo", payload=io.BytesIO(info), length=len(info),
                                        warc_content_type="application/warc-fields",
                                        warc_headers_dict={"WARC-Record-ID": rid(0), "WARC-Date": wdate(0),
                                                           "WARC-Filename": "crawl.warc.gz"}))
    golds = []
    n = 1

    def response(url: str, body: bytes, n: int):
        hh = StatusAndHeaders("200 OK", [("Date", http_date(n)), ("Server", "nginx"),
                                         ("Content-Type", "text/html; charset=utf-8"),
                                         ("Content-Length", str(len(body))), ("Connection", "close")],
                              protocol="HTTP/1.1")
        return w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=hh,
                                    warc_headers_dict={"WARC-Record-ID": rid(n), "WARC-Date": wdate(n),
                                                       "WARC-IP-Address": "203.0.113.%d" % (10 + n)})

    pages = {p["key"]: p for p in WARC_PAGES}
    order = ["chosun-gsomia-signed", "nhk-kishida-seoul-visit", "KBS-COPY", "asahi-sado-memorial-boycott"]
    for key in order:
        if key == "KBS-COPY":
            url = kbs_gold["_url"]
            w.write_record(response(url, kbs_bytes, n))
            g = dict(kbs_gold)
            g.pop("_url")
            g.update(file=WARC_FILE, record=url, expect="duplicate",
                     duplicate_of={"file": kbs_gold["file"], "record": None})
            golds.append(g)
            n += 1
            continue
        a = pages[key]
        body, P = render_page(a)
        if key == "chosun-gsomia-signed":        # the crawler's request, then the response
            path = a["url"].split("www.chosun.com", 1)[1]
            req_h = StatusAndHeaders("GET %s HTTP/1.1" % path,
                                     [("Host", "www.chosun.com"), ("User-Agent", "dyadwatch-crawler/0.1 (+demo)"),
                                      ("Accept", "text/html,application/xhtml+xml"), ("Accept-Language", "en")],
                                     is_http_request=True)
            w.write_record(w.create_warc_record(a["url"], "request", http_headers=req_h,
                                                warc_headers_dict={"WARC-Record-ID": rid(n), "WARC-Date": wdate(n)}))
            n += 1
        w.write_record(response(a["url"], body, n))
        golds.append(gold_entry(a, P, WARC_FILE, a["url"]))
        n += 1

    # broken last record: WARC header promises the full block, only ~40% of it follows
    b = WARC_BROKEN
    body, _P = render_page(b)
    raw = io.BytesIO()
    w2 = WARCWriter(raw, gzip=False, warc_version="WARC/1.1")
    hh = StatusAndHeaders("200 OK", [("Date", http_date(n)), ("Server", "nginx"),
                                     ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                          protocol="HTTP/1.1")
    w2.write_record(w2.create_warc_record(b["url"], "response", payload=io.BytesIO(body), length=len(body), http_headers=hh,
                                          warc_headers_dict={"WARC-Record-ID": rid(n), "WARC-Date": wdate(n)}))
    full = raw.getvalue()
    head_end = full.index(b"\r\n\r\n") + 4
    cut = head_end + int((len(full) - head_end) * 0.4)
    buf.write(gzip.compress(full[:cut], compresslevel=9, mtime=0))
    golds.append(rejected(WARC_FILE, b["url"], "bad_warc"))
    return buf.getvalue(), golds


TRUNCATED_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seoul, Tokyo to resume defense exchanges after radar row | The Korea Times</title>
<link rel="canonical" href="https://www.koreatimes.co.kr/southkorea/defense/20240601/seoul-tokyo-resume-defense-exchanges">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Korea Times">
<meta property="og:title" content="Seoul, Tokyo to resume defense exchanges after radar row">
<link rel="stylesheet" href="https://www.koreatimes.co.kr/static/css/article.8d1f2c.css">
<script>
  window.ktConfig = { section: "defense", adUnits: ["top", "inread", "side"], lazy"""

FEED_IS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>404 Not Found | The Korea Herald</title>
<link rel="stylesheet" href="https://res.heraldm.com/css/english/common.css?v=20">
</head>
<body>
<header class="header">
  <a class="logo" href="https://www.koreaherald.com/">The Korea Herald</a>
  <nav class="gnb"><ul>
    <li><a href="/list/national">National</a></li><li><a href="/list/business">Business</a></li><li><a href="/list/life-culture">Life &amp; Culture</a></li>
    <li><a href="/list/sports">Sports</a></li><li><a href="/list/world">World</a></li><li><a href="/list/opinion">Opinion</a></li>
  </ul></nav>
</header>
<main class="error-page">
  <h1>404 Not Found</h1>
  <p>The page you requested could not be found.</p>
  <p><a href="https://www.koreaherald.com/">Go to homepage</a> | <a href="/rss">RSS feeds</a></p>
</main>
<footer class="footer"><a href="/company/about">About Us</a> <a href="/company/contact">Contact Us</a> <a href="/privacy">Privacy Policy</a>
<p class="copyright">Copyright &copy; Herald Corporation. All Rights Reserved.</p></footer>
</body>
</html>
"""

TINY_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Page not found - Korea JoongAng Daily</title>
</head>
<body>
<nav class="gnb"><ul><li><a href="/section/national">National</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/foreignAffairs">Foreign Affairs</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/culture">Culture</a></li></ul></nav>
<p class="notfound">Page not found.</p>
</body>
</html>
"""


def build_broken() -> tuple[dict[str, bytes], list[dict]]:
    rng = random.Random(20260120)
    files = {
        "broken/empty.html": b"",
        "broken/junk.bin": bytes(rng.getrandbits(8) for _ in range(4096)),
        "broken/truncated.html": TRUNCATED_HTML.encode("utf-8"),
        "broken/feed-is-html.rss": FEED_IS_HTML.encode("utf-8"),
        "broken/whitespace.txt": b"   \n\n        \n    \n\n\n      \n",
        "broken/tiny.html": TINY_HTML.encode("utf-8"),
    }
    codes = {"broken/empty.html": "empty", "broken/junk.bin": "binary", "broken/truncated.html": "no_text",
             "broken/feed-is-html.rss": "not_a_feed", "broken/whitespace.txt": "empty", "broken/tiny.html": "no_text"}
    return files, [rejected(f, None, codes[f]) for f in files]


def build_all() -> tuple[dict[str, bytes], list[dict]]:
    out: dict[str, bytes] = {}
    golds: list[dict] = []
    by_key = {a["key"]: a for a in ARTICLES}
    kbs = None
    for a in sorted(ARTICLES, key=lambda x: x["file"]):
        data, P = render_page(a)
        out[a["file"]] = data
        dup = None
        expect = "stored"
        if a.get("duplicate_of"):
            expect = "duplicate"
            dup = {"file": by_key[a["duplicate_of"]]["file"], "record": None}
        g = gold_entry(a, P, a["file"], None, expect, dup)
        golds.append(g)
        if a["key"] == "kbsworld-world-cup-cohosts":
            kbs = (data, dict(g, _url=a["url"]))
    feed, fg = build_feed()
    out[FEED_FILE] = feed
    golds += fg
    warc, wg = build_warc(*kbs)
    out[WARC_FILE] = warc
    golds += wg
    bf, bg = build_broken()
    out.update(bf)
    golds += bg
    return out, golds


# ---------------------------------------------------------------------------
# self-check: the gold must agree with the raw bytes
# ---------------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _text_of_html(s: str) -> str:
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _norm(html.unescape(s))


def _decode(raw: bytes) -> str:
    head = raw[:2048].decode("latin-1")
    m = re.search(r"charset=[\"']?([A-Za-z0-9_\-]+)", head)
    enc = (m.group(1) if m else "utf-8").lower()
    enc = {"windows-1252": "cp1252", "shift_jis": "shift_jis", "euc-kr": "euc_kr"}.get(enc, enc)
    return raw.decode(enc)


def check(verbose: bool = True) -> int:
    from warcio.archiveiterator import ArchiveIterator

    golds = [json.loads(line) for line in GOLD_PATH.read_text("utf-8").splitlines() if line.strip()]
    fields = ["file", "record", "expect", "reject_code", "duplicate_of", "story", "title", "outlet", "via", "byline",
              "author_role", "lang", "published", "published_grain", "published_from", "body", "captions",
              "must_remove", "removed_kinds", "related"]
    errors: list[str] = []

    # raw texts per (file, record)
    raws: dict[tuple, tuple[str, str]] = {}     # -> (unescaped raw, visible text)
    warc_ok_uris, warc_truncated, warc_err = [], [], None
    with open(SAMPLE / WARC_FILE, "rb") as fh:
        try:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response":
                    continue
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                data = rec.content_stream().read()
                rec.raw_stream.read()
                if rec.raw_stream.limit > 0:      # fewer bytes than Content-Length promised
                    warc_truncated.append(uri)
                    continue
                s = _decode(data)
                raws[(WARC_FILE, uri)] = (_norm(html.unescape(s)), _text_of_html(s))
                warc_ok_uris.append(uri)
        except Exception as e:                  # noqa: BLE001 - the last record is broken on purpose
            warc_err = repr(e)
    feed = (SAMPLE / FEED_FILE).read_text("utf-8")
    for m in re.finditer(r"(?s)<item>.*?<link>(.*?)</link>.*?<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", feed):
        c = m.group(2)
        raws[(FEED_FILE, html.unescape(m.group(1)))] = (_norm(html.unescape(c)), _text_of_html(c))

    seen = set()
    for g in golds:
        key = (g["file"], g["record"])
        if list(g.keys()) != fields:
            errors.append(f"{key}: field list/order differs")
        if key in seen:
            errors.append(f"{key}: duplicate gold key")
        seen.add(key)
        if not (SAMPLE / g["file"]).exists():
            errors.append(f"{key}: file missing")
            continue
        if g["expect"] == "rejected":
            continue
        if key not in raws:
            raw = (SAMPLE / g["file"]).read_bytes()
            s = _decode(raw)
            raws[key] = (_norm(html.unescape(s)), _text_of_html(s))
        raw_unesc, visible = raws[key]
        body = _norm(g["body"])
        for p in g["body"].split("\n\n"):
            if _norm(p) not in visible:
                errors.append(f"{key}: body paragraph not in raw: {p[:70]!r}")
        for mr in g["must_remove"]:
            if _norm(mr) not in raw_unesc and _norm(mr) not in visible:
                errors.append(f"{key}: must_remove not in raw: {mr!r}")
            if _norm(mr) in body:
                errors.append(f"{key}: must_remove occurs in body: {mr!r}")
        for c in g["captions"]:
            if _norm(c) not in visible:
                errors.append(f"{key}: caption not in raw: {c[:60]!r}")
            if _norm(c) in body:
                errors.append(f"{key}: caption inside body")
        if g["title"] and _norm(g["title"]) in body:
            errors.append(f"{key}: headline repeated in body")
        if g["lang"] == "en":
            nw = len(g["body"].split())
            if not 250 <= nw <= 700:
                errors.append(f"{key}: body has {nw} words")
        if g["expect"] == "duplicate":
            target = (g["duplicate_of"]["file"], g["duplicate_of"]["record"])
            if target not in {(x["file"], x["record"]) for x in golds if x["expect"] == "stored"}:
                errors.append(f"{key}: duplicate_of does not point to a stored record")

    # structural checks
    kbs = (SAMPLE / "html/kbsworld-world-cup-cohosts.html").read_bytes()
    with open(SAMPLE / WARC_FILE, "rb") as fh:
        copies = []
        try:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response" and rec.content_stream().read() == kbs:
                    copies.append(rec.rec_headers.get_header("WARC-Target-URI"))
        except Exception:                        # noqa: BLE001
            pass
    if len(copies) != 1:
        errors.append("WARC: expected exactly one byte copy of the KBS page, found %d" % len(copies))
    if warc_truncated != [WARC_BROKEN["url"]]:
        errors.append("WARC: truncated records %r, expected only the broken one" % warc_truncated)
    if len(warc_ok_uris) != 4:
        errors.append("WARC: fewer than 4 readable response records: %r" % warc_ok_uris)
    for f, enc in (("html/yna-ko-forced-labor-solution.html", "euc_kr"), ("html/mainichi-ja-lee-ishiba-summit.html", "shift_jis"),
                   ("html/mainichi-forced-labor-ruling.html", "cp1252")):
        raw = (SAMPLE / f).read_bytes()
        try:
            raw.decode("utf-8")
            errors.append(f"{f}: unexpectedly valid UTF-8")
        except UnicodeDecodeError:
            pass
        raw.decode(enc)
    # date-cue hygiene for the pages whose date must come from one place only
    for a in ARTICLES:
        s = _decode((SAMPLE / a["file"]).read_bytes())
        has_meta = "article:published_time" in s or "datePublished" in s or "pubdate" in s
        if a["datemode"] in ("url", "text", "image", "none") and has_meta:
            errors.append(f"{a['file']}: has date metadata but datemode={a['datemode']}")
        if a["datemode"] in ("text", "image", "none"):
            urls = re.findall(r"(?:href|src|content)=\"([^\"]+)\"", s)
            dated = [u for u in urls if re.search(r"/(19|20)\d\d/\d\d/|(19|20)\d{6}", u)]
            if a["datemode"] == "image":
                dated = [u for u in dated if u != a["figures"][0]["src"]]
            if dated:
                errors.append(f"{a['file']}: stray dated URLs {dated[:3]}")

    if verbose:
        print("gold records: %d  (stored %d, duplicate %d, rejected %d)" % (
            len(golds), sum(g["expect"] == "stored" for g in golds), sum(g["expect"] == "duplicate" for g in golds),
            sum(g["expect"] == "rejected" for g in golds)))
        print("WARC complete responses: %d; truncated: %r; reader error: %s" % (len(warc_ok_uris), warc_truncated, warc_err))
        for e in errors:
            print("ERROR:", e)
        print("check:", "OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        out, golds = build_all()
        for rel, data in out.items():
            p = SAMPLE / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        GOLD_PATH.parent.mkdir(parents=True, exist_ok=True)
        with open(GOLD_PATH, "w", encoding="utf-8", newline="\n") as fh:
            for g in golds:
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        print("wrote %d files and %d gold records" % (len(out), len(golds)))
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
