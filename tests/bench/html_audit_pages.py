#!/usr/bin/env python3
"""Writes the HTML audit pages and their expectations (must-contain / must-not-contain lines) from articles.

Usage: html_audit_pages.py ARTICLES_MODULE OUT_DIR   (ARTICLES_MODULE: html_audit_articles or html_audit_articles2)
Each article is rendered with one of several CMS-like templates; every template puts the same kinds
of boilerplate (menus, consent box, in-article newsletter and related boxes, embeds, share bars,
ad slots, bio, comments, tags, footer) around the body, marked up the way that CMS does.
"""
import hashlib
import html
import importlib
import json
import os
import sys

from html_audit_chrome import CHROME

E = html.escape


def body_html(body, p_attr="", inserts=None):
    """The article body as HTML; inserts maps a body index to HTML placed before that line."""
    out, in_list = [], False
    for i, line in enumerate(body):
        if inserts and i in inserts:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(inserts[i])
        if line.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{E(line[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line.startswith("## "):
            out.append(f"<h2>{E(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f"<blockquote><p>{E(line[2:])}</p></blockquote>")
        else:
            out.append(f"<p{p_attr}>{E(line)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def expected_lines(body):
    return [line[2:] if line[:2] in ("- ", "> ") else line[3:] if line.startswith("## ") else line for line in body]


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60]


def h(key, n=6):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def tweet(a, c):
    return (f'<blockquote class="twitter-tweet" data-lang="{a["lang"]}"><p lang="{a["lang"]}" dir="ltr">{E(a["tweet"])}</p>'
            f'&mdash; {E(a["tweet_by"])} <a href="https://twitter.com/x/status/1{h(a["key"], 8)}">{a["date"]}</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def youtube(a):
    return (f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{h(a["key"], 11)}" title="YouTube video player" '
            'frameborder="0" allowfullscreen></iframe>')


def boiler(a):
    """The boilerplate lines of a page that must not reach the output."""
    c = a.get("chrome") or CHROME[a["lang"]]
    site = a["site"]
    lines = [c["cookie"], c["nl_text"], c["nl_title"], a["tweet"], a["bio"], a["credit"], c["footer"][0].format(site=site),
             c["related"], c["bio_label"], c["comments"], c["reply"], c["login"], c["most_read"]]
    lines += a["related"]
    lines += [text for _, text in a["comments"]]
    lines += c["share"] + c["cookie_buttons"] + [c["nl_button"], c["ad"]] + c["footer"][1:]
    lines += [c["nav"][i] for i in (1, 2, 3, 5)]
    lines += a.get("extra_boiler", [])
    return [line for line in dict.fromkeys(lines) if line.strip()]


def pieces(a):
    """Common HTML pieces of a page, in the page's language."""
    c = a.get("chrome") or CHROME[a["lang"]]
    site = a["site"]
    nav = "".join(f'<li class="menu-item"><a href="/{slug(x)}/">{E(x)}</a></li>' for x in c["nav"])
    crumbs = " &rsaquo; ".join(f'<a href="/{slug(x)}/">{E(x)}</a>' for x in c["crumbs"])
    share = "".join(f'<a href="#" class="share-{i}" rel="nofollow">{E(x)}</a>' for i, x in enumerate(c["share"]))
    rel_in = a["related"][:3]
    rel_out = a["related"][3:]
    footer_links = "".join(f'<li><a href="/{slug(x)}">{E(x)}</a></li>' for x in c["footer"][1:])
    comments = "".join(f'<li class="comment"><div class="comment-author"><b>{E(n)}</b> <time>{a["date"]}</time></div>'
                       f'<div class="comment-content"><p>{E(t)}</p></div><a class="reply" href="#">Reply</a></li>' for n, t in a["comments"])
    tags = "".join(f'<a href="/tag/{slug(t)}" rel="tag">{E(t)}</a> ' for t in a["tags"])
    return dict(c=c, site=site, nav=nav, crumbs=crumbs, share=share, rel_in=rel_in, rel_out=rel_out,
                footer_links=footer_links, comments=comments, tags=tags)


def head(a, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{a["lang"]}"><head><meta charset="utf-8">\n<title>{E(a["title"])} | {E(a["site"])}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta property="og:title" content="{E(a["title"])}">\n<meta property="og:site_name" content="{E(a["site"])}">\n'
            f'{extra}</head>\n')


def t_wordpress(a):
    p = pieces(a)
    c = p["c"]
    rel_in = "".join(f'<li><a href="/{slug(x)}/">{E(x)}</a></li>' for x in p["rel_in"])
    inserts = {
        2: f'<div class="wp-block-group newsletter-box"><h3>{E(c["nl_title"])}</h3><p>{E(c["nl_text"])}</p>'
           f'<form><input type="email" placeholder="Email"><button>{E(c["nl_button"])}</button></form></div>',
        4: f'<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">{tweet(a, c)}</div></figure>',
        6: f'<div class="code-block code-block-3" style="margin:8px auto"><span class="ad-label">{E(c["ad"])}</span><div id="div-gpt-ad-{h(a["key"])}"></div></div>',
        len(a["body"]) - 2: f'<div class="jp-relatedposts-inline"><h3 class="jp-relatedposts-headline"><em>{E(c["related"])}</em></h3><ul>{rel_in}</ul></div>',
    }
    rel_out = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/{slug(x)}/">{E(x)}</a></h4>'
                      f'<p class="jp-relatedposts-post-date">{a["date"]}</p></div>' for x in p["rel_out"])
    return head(a) + f'''<body class="post-template-default single single-post postid-{int(h(a["key"]), 16) % 9999} single-format-standard">
<div id="cookie-notice" role="dialog" class="cookie-notice-container"><span id="cn-notice-text">{E(c["cookie"])}</span>
<a href="#" id="cn-accept-cookie" class="cn-button">{E(c["cookie_buttons"][0])}</a> <a href="#" class="cn-more-info">{E(c["cookie_buttons"][1])}</a></div>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{E(p["site"])}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{p["nav"]}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{h(a["key"])}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["date"]}T08:00:00+00:00">{a["date"]}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{slug(a["author"])}/">{E(a["author"])}</a></span></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/{h(a["key"])}.jpg" alt=""></div>
<figure class="wp-caption"><figcaption class="wp-caption-text">{E(a["caption"])} {E(a["credit"])}</figcaption></figure>
<div class="entry-content">
{body_html(a["body"], inserts=inserts)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">{E(c["share"][0])}</h3>
<div class="sd-content"><ul><li>{p["share"]}</li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{E(c["related"])}</em></h3>{rel_out}</div>
</div>
<footer class="entry-footer"><span class="tags-links">{E(c["tags"])} {p["tags"]}</span></footer>
<div class="author-info"><h2 class="author-title">{E(c["bio_label"])}</h2><p class="author-bio">{E(a["bio"])}</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{E(c["comments"])}</h2><ol class="comment-list">{p["comments"]}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">{E(c["reply"])}</h3><p class="must-log-in">{E(c["login"])}</p></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{E(c["most_read"])}</h2>
<ul>{"".join(f'<li><a href="/{slug(x)}/">{E(x)}</a></li>' for x in p["rel_out"])}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">{p["footer_links"]}</ul>
<div class="site-info">{E(c["footer"][0].format(site=p["site"]))}</div></footer></div>
</body></html>
'''


def t_ghost(a):
    p = pieces(a)
    c = p["c"]
    inserts = {
        2: f'<figure class="kg-card kg-embed-card">{tweet(a, c)}</figure>',
        4: f'<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">{E(c["nl_title"])}</h2>'
           f'<p class="kg-signup-card-subheading">{E(c["nl_text"])}</p><form data-members-form><input type="email"><button class="kg-signup-card-button">{E(c["nl_button"])}</button></form></div>',
        len(a["body"]) - 1: f'<div class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/{slug(p["rel_in"][0])}/">'
                            f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{E(p["rel_in"][0])}</div>'
                            f'<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">{E(p["site"])}</span></div></div></a></div>',
    }
    read_next = "".join(f'<article class="post-card"><a class="post-card-content-link" href="/{slug(x)}/"><header class="post-card-header">'
                        f'<h2 class="post-card-title">{E(x)}</h2></header></a></article>' for x in p["rel_in"][1:] + p["rel_out"])
    return head(a, '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"%s"}</script>\n'
                % E(a["title"])) + f'''<body class="post-template">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{E(p["site"])}</a></div>
<nav class="gh-head-menu"><ul class="nav">{p["nav"]}</ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">{E(c["nl_button"])}</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{slug(a["tags"][0])}/">{E(a["tags"][0])}</a></span></div>
<h1 class="article-title">{E(a["title"])}</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/{slug(a["author"])}/">{E(a["author"])}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{a["date"]}">{a["date"]}</time><span class="byline-reading-time">5 min read</span></div></div></div>
<figure class="article-image"><img src="/content/images/{h(a["key"])}.jpg" alt=""><figcaption>{E(a["caption"])} {E(a["credit"])}</figcaption></figure></header>
<section class="gh-content gh-canvas">
{body_html(a["body"], inserts=inserts)}
</section>
<section class="article-comments gh-canvas"><h3>{E(c["comments"])}</h3><ul>{p["comments"]}</ul><p>{E(c["login"])}</p></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{E(c["nl_title"])}</h2><p>{E(c["nl_text"])}</p>
<a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">you@example.com</div><span>{E(c["nl_button"])}</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>{E(c["related"])}</h3>{read_next}</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright">{E(c["footer"][0].format(site=p["site"]))}</section>
<nav class="site-footer-nav"><ul>{p["footer_links"]}</ul></nav></div></footer></div>
<div class="gh-cookie-banner" role="dialog"><p>{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div>
</body></html>
'''


def t_hashed(a):
    """A React/CSS-modules page: no article element, no semantic class names."""
    p = pieces(a)
    c = p["c"]
    k = a["key"]

    def cls(n):
        return f"sc-{h(k + str(n), 5)} {h(k + 'x' + str(n), 6)}"

    para_cls = f"css-{h(k + 'p', 6)}"
    rel = "".join(f'<div class="{cls(30)}"><a class="{cls(31)}" href="/a/{h(x)}"><span class="{cls(32)}">{E(x)}</span></a></div>' for x in p["rel_in"])
    inserts = {
        2: f'<div class="{cls(10)}"><div class="{cls(11)}"><span>{E(c["ad"])}</span></div><div class="{cls(12)}" id="ad-{h(k, 4)}"></div></div>',
        3: f'<div class="{cls(13)}">{tweet(a, c)}</div>',
        5: f'<div class="{cls(14)}"><p class="{cls(15)}">{E(c["nl_title"])}</p><p class="{cls(16)}">{E(c["nl_text"])}</p>'
           f'<div class="{cls(17)}"><input type="email"><button class="{cls(18)}">{E(c["nl_button"])}</button></div></div>',
        len(a["body"]) - 1: f'<div class="{cls(19)}"><p class="{cls(20)}">{E(c["related"])}</p>{rel}</div>',
    }
    body = body_html(a["body"], p_attr=f' class="{para_cls}"', inserts=inserts)
    more = "".join(f'<div class="{cls(40)}"><a href="/a/{h(x)}"><img src="/i/{h(x)}.webp" alt=""><h3 class="{cls(41)}">{E(x)}</h3></a></div>' for x in p["rel_out"])
    comments = "".join(f'<div class="{cls(50)}"><div class="{cls(51)}">{E(n)}</div><div class="{cls(52)}">{E(t)}</div></div>' for n, t in a["comments"])
    return head(a, f'<link rel="stylesheet" href="/_next/static/css/{h(k, 12)}.css">\n') + f'''<body>
<div id="__next"><div class="{cls(1)}">
<div class="{cls(2)}"><div class="{cls(3)}"><a href="/">{E(p["site"])}</a></div><div class="{cls(4)}">{"".join(f'<a class="{cls(5)}" href="/{slug(x)}">{E(x)}</a>' for x in c["nav"])}</div></div>
<div class="{cls(6)}">
<div class="{cls(7)}">{p["crumbs"]}</div>
<h1 class="{cls(8)}">{E(a["title"])}</h1>
<div class="{cls(9)}"><span>{E(a["author"])}</span> · <span>{a["date"]}</span></div>
<div class="{cls(21)}">{"".join(f'<button class="{cls(22)}" aria-label="{E(x)}">{E(x)}</button>' for x in c["share"][1:])}</div>
<div class="{cls(23)}"><img src="/i/{h(k)}.webp" alt=""><div class="{cls(24)}"><span>{E(a["caption"])}</span><span class="{cls(25)}">{E(a["credit"])}</span></div></div>
<div class="{cls(26)}">
{body}
</div>
<div class="{cls(27)}">{"".join(f'<a class="{cls(28)}" href="/t/{slug(t)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="{cls(29)}"><div class="{cls(33)}">{E(c["bio_label"])}</div><div class="{cls(34)}">{E(a["bio"])}</div></div>
<div class="{cls(35)}"><div class="{cls(36)}">{E(c["related"])}</div>{more}</div>
<div class="{cls(37)}"><div class="{cls(38)}">{E(c["comments"])}</div>{comments}<div class="{cls(39)}">{E(c["login"])}</div></div>
</div>
<div class="{cls(42)}"><div class="{cls(43)}">{E(c["cookie"])}</div><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div>
<div class="{cls(44)}">{"".join(f'<a href="/{slug(x)}">{E(x)}</a>' for x in c["footer"][1:])}<div>{E(c["footer"][0].format(site=p["site"]))}</div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"{h(k)}"}}}}}}</script>
</body></html>
'''


def t_amp(a):
    p = pieces(a)
    c = p["c"]
    inserts = {
        2: f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/{h(a["key"])}"><div fallback>{E(c["ad"])}</div></amp-ad>',
        3: f'<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1{h(a["key"], 8)}">{tweet(a, c)}</amp-twitter>',
        5: f'<amp-youtube data-videoid="{h(a["key"], 11)}" layout="responsive" width="480" height="270"></amp-youtube>',
        len(a["body"]) - 1: f'<aside class="amp-related"><h3>{E(c["read_also"])}</h3><a href="/{slug(p["rel_in"][0])}.amp">{E(p["rel_in"][0])}</a></aside>',
    }
    related = "".join(f'<li><a href="/{slug(x)}.amp">{E(x)}</a></li>' for x in p["rel_in"][1:] + p["rel_out"])
    return (f'<!doctype html>\n<html amp lang="{a["lang"]}"><head><meta charset="utf-8"><title>{E(a["title"])}</title>'
            f'<link rel="canonical" href="https://{slug(a["site"])}.example/{slug(a["title"])}"><meta name="viewport" content="width=device-width">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>\n') + f'''<body>
<amp-consent id="consent" layout="nodisplay"><div id="consent-ui" class="consent-box"><p>{E(c["cookie"])}</p><button on="tap:consent.accept">{E(c["cookie_buttons"][0])}</button><button on="tap:consent.reject">{E(c["cookie_buttons"][1])}</button></div></amp-consent>
<header class="amp-header"><a href="/">{E(p["site"])}</a><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{p["nav"]}</ul></amp-sidebar></header>
<main>
<article class="amp-article">
<h1 class="amp-title">{E(a["title"])}</h1>
<div class="amp-byline"><span class="amp-author">{E(a["author"])}</span> <time datetime="{a["date"]}">{a["date"]}</time></div>
<amp-social-share type="facebook" aria-label="{E(c["share"][1])}"></amp-social-share><amp-social-share type="twitter" aria-label="{E(c["share"][2])}"></amp-social-share>
<figure><amp-img src="/img/{h(a["key"])}.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>{E(a["caption"])} <small>{E(a["credit"])}</small></figcaption></figure>
<div class="amp-body">
{body_html(a["body"], inserts=inserts)}
</div>
<div class="amp-tags">{p["tags"]}</div>
<div class="amp-share-bottom"><span>{E(c["share"][0])}</span><amp-social-share type="email"></amp-social-share></div>
</article>
<section class="amp-related-list"><h2>{E(c["related"])}</h2><ul>{related}</ul></section>
</main>
<footer class="amp-footer"><ul>{p["footer_links"]}</ul><p>{E(c["footer"][0].format(site=p["site"]))}</p></footer>
</body></html>
'''


def t_newspaper(a):
    """A newspaper CMS with schema.org NewsArticle microdata and itemprop=articleBody."""
    p = pieces(a)
    c = p["c"]
    inserts = {
        1: f'<div class="ad ad--inread" data-ad-slot="inread1"><div class="ad__label">{E(c["ad"])}</div><div class="ad__container"></div></div>',
        3: f'<aside class="teaser teaser--inline"><span class="teaser__kicker">{E(c["read_also"])}</span> '
           f'<a class="teaser__link" href="/{slug(p["rel_in"][0])}">{E(p["rel_in"][0])}</a></aside>',
        5: f'<div class="embed embed--twitter">{tweet(a, c)}</div>',
        len(a["body"]) - 2: f'<div class="newsletter-teaser"><strong>{E(c["nl_title"])}</strong><p>{E(c["nl_text"])}</p>'
                            f'<a class="btn" href="/newsletter">{E(c["nl_button"])}</a></div>',
    }
    related = "".join(f'<li class="article-list__item"><a href="/{slug(x)}"><span class="article-list__kicker">{E(a["tags"][0])}</span>'
                      f'<span class="article-list__title">{E(x)}</span></a></li>' for x in p["rel_in"][1:] + p["rel_out"])
    return head(a, f'<meta name="author" content="{E(a["author"])}">\n') + f'''<body class="page page--article">
<div class="cmp-container" id="cmpbox"><div class="cmp-text">{E(c["cookie"])}</div><div class="cmp-buttons"><a class="cmp-accept">{E(c["cookie_buttons"][0])}</a><a class="cmp-settings">{E(c["cookie_buttons"][1])}</a></div></div>
<header class="page-header"><div class="page-header__logo"><a href="/">{E(p["site"])}</a></div>
<nav class="main-nav"><ul>{p["nav"]}</ul></nav><div class="page-header__ticker"><a href="/">{E(c["most_read"])}: {E(p["rel_out"][0])}</a></div></header>
<div class="ad ad--superbanner"><div class="ad__label">{E(c["ad"])}</div></div>
<main class="page-main">
<nav class="breadcrumb" aria-label="breadcrumb"><ol itemscope itemtype="https://schema.org/BreadcrumbList">{"".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/{slug(x)}"><span itemprop="name">{E(x)}</span></a></li>' for x in c["crumbs"])}</ol></nav>
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article__header"><span class="article__kicker">{E(a["tags"][0])}</span><h1 class="article__headline" itemprop="headline">{E(a["title"])}</h1>
<div class="article__meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{E(a["author"])}</span></span>
<time itemprop="datePublished" datetime="{a["date"]}T06:30:00+02:00">{a["date"]}</time></div>
<div class="share-bar">{p["share"]}</div></div>
<figure class="article__image" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="/img/{h(a["key"])}.jpg" alt="">
<figcaption><span class="caption">{E(a["caption"])}</span> <span class="credit" itemprop="copyrightHolder">{E(a["credit"])}</span></figcaption></figure>
<div class="article__body" itemprop="articleBody">
{body_html(a["body"], inserts=inserts)}
</div>
<div class="article__tags"><span>{E(c["tags"])}</span> {p["tags"]}</div>
<div class="article__author-box"><strong>{E(c["bio_label"])}</strong><p>{E(a["bio"])}</p></div>
<div class="share-bar share-bar--bottom"><span>{E(c["share"][0])}</span>{p["share"]}</div>
</div>
<section class="article-list"><h2 class="article-list__heading">{E(c["related"])}</h2><ul>{related}</ul></section>
<section class="comments" id="comments"><h2>{E(c["comments"])}</h2><ul>{p["comments"]}</ul><p class="comments__login">{E(c["login"])}</p></section>
</main>
<footer class="page-footer"><ul>{p["footer_links"]}</ul><p class="page-footer__copy">{E(c["footer"][0].format(site=p["site"]))}</p></footer>
</body></html>
'''


def t_drupal(a):
    p = pieces(a)
    c = p["c"]
    inserts = {
        2: f'<div class="paragraph paragraph--type--embed"><div class="field field--name-field-embed">{tweet(a, c)}</div></div>',
        4: f'<div class="paragraph paragraph--type--video"><div class="video-embed-field-responsive-video">{youtube(a)}</div></div>',
        len(a["body"]) - 1: f'<div class="paragraph paragraph--type--related-content"><h3>{E(c["read_also"])}</h3><ul>'
                            + "".join(f'<li><a href="/node/{int(h(x), 16) % 99999}">{E(x)}</a></li>' for x in p["rel_in"]) + '</ul></div>',
    }
    related = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{int(h(x), 16) % 99999}">{E(x)}</a></span></div></div>' for x in p["rel_out"])
    return head(a, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n') + f'''<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-site-branding"><a href="/" rel="home">{E(p["site"])}</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu">{p["nav"]}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs"><nav class="breadcrumb" role="navigation"><ol>{"".join(f'<li><a href="/{slug(x)}">{E(x)}</a></li>' for x in c["crumbs"])}</ol></nav></div></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{E(a["title"])}</span></h1>
<div class="node__meta"><span class="field field--name-uid"><span>{E(a["author"])}</span></span> <span class="field field--name-created">{a["date"]}</span></div>
<div class="node__content">
<div class="field field--name-field-image"><img src="/sites/default/files/{h(a["key"])}.jpg" alt=""><div class="field--name-field-caption">{E(a["caption"])}</div><div class="field--name-field-credit">{E(a["credit"])}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(a["body"], inserts=inserts)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{E(c["tags"])}</div><div class="field__items">{"".join(f'<div class="field__item"><a href="/taxonomy/term/{i}">{E(t)}</a></div>' for i, t in enumerate(a["tags"]))}</div></div>
<div class="field field--name-field-author-bio"><div class="field__label">{E(c["bio_label"])}</div><div class="field__item">{E(a["bio"])}</div></div>
</div>
<section class="field field--name-comment"><h2>{E(c["comments"])}</h2>
{"".join(f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author">{E(n)}</p></footer><div class="comment__content"><div class="field field--name-comment-body"><p>{E(t)}</p></div></div></article>' for n, t in a["comments"])}
<h2 class="title comment-form__title">{E(c["reply"])}</h2><p>{E(c["login"])}</p></section>
</article></div>
<div class="block block-views block-views-blockrelated-content-block-1"><h2>{E(c["related"])}</h2><div class="view-content">{related}</div></div>
<div class="block block-block-content block-newsletter"><h2>{E(c["nl_title"])}</h2><div class="field--name-body"><p>{E(c["nl_text"])}</p></div><a class="button" href="/newsletter">{E(c["nl_button"])}</a></div>
</div></div></main>
<footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu">{p["footer_links"]}</ul></nav><div class="block-copyright">{E(c["footer"][0].format(site=p["site"]))}</div></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-content info"><div id="popup-text"><p>{E(c["cookie"])}</p></div>
<div id="popup-buttons"><button class="agree-button">{E(c["cookie_buttons"][0])}</button><button class="decline-button">{E(c["cookie_buttons"][1])}</button></div></div></div></div>
</body></html>
'''


def t_medium(a):
    """A Medium-like publishing platform: article element, obfuscated class names, sections, clap/share bars."""
    p = pieces(a)
    c = p["c"]
    k = a["key"]

    def cls(n):
        return " ".join(h(k + str(n) + str(i), 2) for i in range(4))

    inserts = {
        3: f'<figure class="{cls(1)}"><div class="{cls(2)}"><iframe src="https://cdn.embedly.com/widgets/media.html?src=https%3A%2F%2Ftwitter.com%2Fx%2Fstatus%2F1{h(k, 8)}" '
           f'title="{E(a["tweet_by"])}"></iframe></div></figure>'
           f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{h(k, 10)}/" data-instgrm-version="14">'
           f'<div><a href="https://www.instagram.com/p/{h(k, 10)}/" target="_blank">{E(a["tweet"])}</a></div>'
           f'<p>A post shared by {E(a["tweet_by"])}</p></blockquote><script async src="//www.instagram.com/embed.js"></script>',
        5: f'<div class="{cls(4)}"><div class="{cls(5)}"><h3>{E(c["nl_title"])}</h3><p>{E(c["nl_text"])}</p><button class="{cls(6)}">{E(c["nl_button"])}</button></div></div>',
    }
    recs = "".join(f'<div class="{cls(20)}"><a href="/@{slug(a["author"])}/{slug(x)}-{h(x, 12)}"><h2 class="{cls(21)}">{E(x)}</h2>'
                   f'<div class="{cls(22)}"><p>{E(a["author"])}</p><p>4 min read</p></div></a></div>' for x in a["related"])
    resp = "".join(f'<div class="{cls(30)}"><p class="{cls(31)}">{E(n)}</p><pre class="{cls(32)}">{E(t)}</pre></div>' for n, t in a["comments"])
    return head(a, '<meta name="twitter:app:name:iphone" content="Medium">\n') + f'''<body><div id="root"><div class="a b c">
<div class="{cls(7)}"><nav class="{cls(8)}"><a href="/">{E(p["site"])}</a><div class="{cls(9)}">{"".join(f'<a class="{cls(10)}" href="/{slug(x)}">{E(x)}</a>' for x in c["nav"][:5])}</div>
<a class="{cls(11)}" href="/m/signin">Sign in</a></nav></div>
<div class="{cls(12)}"><p class="{cls(13)}">{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button></div>
<article><div class="l"><div class="l"><section><div><div class="{cls(14)}"><div class="{cls(15)}">
<h1 id="{h(k, 4)}" class="pw-post-title {cls(16)}" data-testid="storyTitle">{E(a["title"])}</h1>
<div class="{cls(17)}"><a href="/@{slug(a["author"])}" rel="noopener"><p class="{cls(18)}">{E(a["author"])}</p></a><span>6 min read</span><span>·</span><span>{a["date"]}</span></div>
<div class="{cls(19)}"><div><span>312</span></div><div><button aria-label="responses">{len(a["comments"])}</button></div><div><button aria-label="{E(c["share"][0])}">{E(c["share"][0])}</button></div></div>
<figure class="{cls(23)}"><img src="https://miro.example/{h(k)}.jpeg" alt=""><figcaption class="{cls(24)}">{E(a["caption"])} {E(a["credit"])}</figcaption></figure>
{body_html(a["body"], p_attr=f' class="pw-post-body-paragraph {cls(25)}"', inserts=inserts)}
</div></div></div></section></div></div></article>
<div class="{cls(26)}">{"".join(f'<a class="{cls(27)}" href="/tag/{slug(t)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="{cls(28)}"><div><span>312</span></div><div><button aria-label="{E(c["share"][0])}">{E(c["share"][0])}</button></div></div>
<div class="{cls(29)}"><h2>{E(a["author"])}</h2><p>{E(a["bio"])}</p><button>Follow</button></div>
<div class="{cls(33)}"><h2>{E(c["comments"])}</h2>{resp}</div>
<div class="{cls(34)}"><h2>{E(c["related"])}</h2>{recs}</div>
<div class="{cls(35)}">{"".join(f'<a href="/{slug(x)}">{E(x)}</a>' for x in c["footer"][1:])}</div>
</div></div></body></html>
'''


TEMPLATES = {"wordpress": t_wordpress, "ghost": t_ghost, "hashed": t_hashed, "amp": t_amp,
             "newspaper": t_newspaper, "drupal": t_drupal, "medium": t_medium}


def main():
    module, out_dir = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    articles = importlib.import_module(module).ARTICLES
    extra = getattr(importlib.import_module(module), "TEMPLATES", {})
    templates = dict(TEMPLATES, **extra)
    os.makedirs(out_dir, exist_ok=True)
    expected = {}
    for a in articles:
        page = templates[a["template"]](a)
        with open(os.path.join(out_dir, a["key"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        expected[a["key"] + ".html"] = {"language": a["lang"], "template": a["template"],
                                        "must_contain": expected_lines(a["body"]), "must_not_contain": boiler(a)}
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
