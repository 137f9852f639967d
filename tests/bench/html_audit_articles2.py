"""The second (out-of-sample) HTML audit set: other sites, other chrome wording, other CMS markup.

Written after the fixes to the first set, and not tuned on. Rendered by html_audit_pages.py.
"""
from html_audit_pages import E, body_html, h, head, pieces, slug

CHROME2 = {
    "en": dict(nav=["Front page", "US", "Science", "Tech", "Health", "Arts", "Travel"], crumbs=["News", "Science"],
               cookie="This website stores data such as cookies to enable essential site functionality, as well as marketing and analytics.",
               cookie_buttons=["Accept", "Reject non-essential"], nl_title="Never miss a story",
               nl_text="Join 40,000 readers and get our best reporting delivered straight to your inbox every Sunday.",
               nl_button="Sign me up", share=["Share", "Tweet", "Pin it", "Copy link"], related="You might also like",
               read_also="See also:", ad="Sponsored", bio_label="Written by", comments="Join the conversation",
               reply="Post a comment", login="You must be logged in to post a comment.", tags="Filed under:",
               footer=["Copyright \u00a9 2026 {site} Media Ltd", "Cookie settings", "Accessibility", "Advertise with us"],
               most_read="Trending now", read_more="Continue reading"),
    "de": dict(nav=["Nachrichten", "Deutschland", "Welt", "Digital", "Wissen", "Reise", "Video"], crumbs=["Nachrichten", "Digital"],
               cookie="Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel auf Cookies.",
               cookie_buttons=["Zustimmen", "Ablehnen"], nl_title="Nichts mehr verpassen",
               nl_text="Abonnieren Sie unseren wöchentlichen Newsletter mit den besten Geschichten der Woche.",
               nl_button="Anmelden", share=["Teilen", "Twittern", "Link kopieren", "Drucken"], related="Mehr zum Thema",
               read_also="Auch interessant:", ad="Werbung", bio_label="Zur Person", comments="Diskutieren Sie mit",
               reply="Kommentar verfassen", login="Bitte melden Sie sich an, um zu kommentieren.", tags="Themen:",
               footer=["\u00a9 {site} 2026", "Cookie-Einstellungen", "AGB", "Mediadaten"],
               most_read="Beliebt", read_more="Mehr lesen"),
    "es": dict(nav=["Inicio", "España", "América", "Ciencia", "Tecnología", "Salud", "Viajes"], crumbs=["Inicio", "Ciencia"],
               cookie="Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.",
               cookie_buttons=["Acepto", "Rechazar"], nl_title="No te pierdas nada",
               nl_text="Apúntate a nuestra newsletter semanal y recibe los mejores reportajes en tu email.",
               nl_button="Apuntarme", share=["Comparte", "Tuitear", "Copiar enlace", "Imprimir"], related="Te puede interesar",
               read_also="Más información:", ad="Contenido patrocinado", bio_label="Escrito por", comments="Únete a la conversación",
               reply="Escribe un comentario", login="Debes iniciar sesión para comentar.", tags="Temas:",
               footer=["© {site} Ediciones S.L. 2026", "Configuración de cookies", "Quiénes somos", "Publicidad"],
               most_read="Tendencias", read_more="Seguir leyendo"),
    "fr": dict(nav=["À la une", "France", "Monde", "Sciences", "Tech", "Santé", "Voyages"], crumbs=["À la une", "Sciences"],
               cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
               cookie_buttons=["Accepter et fermer", "Continuer sans accepter"], nl_title="Ne manquez rien",
               nl_text="Recevez chaque dimanche notre sélection des meilleurs articles de la semaine.",
               nl_button="S'inscrire", share=["Partager", "Tweeter", "Copier le lien", "Imprimer"], related="Vous aimerez aussi",
               read_also="Lire aussi :", ad="Contenu sponsorisé", bio_label="L'auteur", comments="Participez à la discussion",
               reply="Laisser un commentaire", login="Vous devez être connecté pour publier un commentaire.", tags="Thèmes :",
               footer=["© {site} 2026 – Tous droits réservés", "Gestion des cookies", "Qui sommes-nous", "Publicité"],
               most_read="Tendances", read_more="Lire plus"),
    "it": dict(nav=["Ultime notizie", "Italia", "Mondo", "Scienza", "Tecnologia", "Salute", "Viaggi"], crumbs=["Home", "Scienza"],
               cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
               cookie_buttons=["Accetta", "Rifiuta"], nl_title="Resta aggiornato",
               nl_text="Ricevi ogni domenica nella tua casella di posta una selezione dei migliori articoli della settimana.",
               nl_button="Mi iscrivo", share=["Condividi", "Twitta", "Copia link", "Stampa"], related="Potrebbe interessarti anche",
               read_also="Approfondisci:", ad="Contenuto sponsorizzato", bio_label="Chi scrive", comments="Partecipa alla discussione",
               reply="Scrivi un commento", login="Devi essere registrato per commentare.", tags="Argomenti:",
               footer=["© {site} 2026 - P.IVA 01234567890", "Preferenze cookie", "Chi siamo", "Pubblicità"],
               most_read="Tendenze", read_more="Leggi tutto"),
    "pt": dict(nav=["Últimas", "Portugal", "Mundo", "Ciência", "Tecnologia", "Saúde", "Viagens"], crumbs=["Últimas", "Ciência"],
               cookie="Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação.",
               cookie_buttons=["Concordo", "Recusar"], nl_title="Não perca nada",
               nl_text="Receba todos os domingos no seu email os melhores artigos da semana.",
               nl_button="Quero receber", share=["Partilhar", "Tweetar", "Copiar link", "Imprimir"], related="Também pode gostar",
               read_also="Saiba mais:", ad="Conteúdo patrocinado", bio_label="Quem escreve", comments="Participe na conversa",
               reply="Escreva um comentário", login="Tem de iniciar sessão para comentar.", tags="Temas:",
               footer=["© {site} 2026", "Definições de cookies", "Estatuto editorial", "Publicidade"],
               most_read="Em alta", read_more="Ler mais"),
}


def fb_post(a):
    return (f'<div class="fb-post" data-href="https://www.facebook.com/x/posts/{h(a["key"], 10)}" data-width="500">'
            f'<blockquote cite="https://www.facebook.com/x/posts/{h(a["key"], 10)}" class="fb-xfbml-parse-ignore"><p>{E(a["tweet"])}</p>'
            f'Posted by <a href="https://www.facebook.com/x">{E(a["tweet_by"])}</a> on {a["date"]}</blockquote></div>')


def t_blogger(a):
    p = pieces(a)
    c = p["c"]
    inserts = {2: fb_post(a),
               4: f'<div class="separator" style="clear: both;"><a href="#"><img src="https://blogger.example/{h(a["key"])}.jpg"></a></div>'
                  f'<div style="text-align:center"><i>{E(a["caption"])} {E(a["credit"])}</i></div>'}
    popular = "".join(f'<li><div class="item-title"><a href="/2026/{slug(x)}.html">{E(x)}</a></div></li>' for x in a["related"])
    return head(a) + f'''<body class="item-view version-1-3-3">
<div class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">{E(c["cookie"])}</span>
<div class="cookie-choices-buttons"><a class="cookie-choices-button">{E(c["cookie_buttons"][0])}</a><a class="cookie-choices-button">{E(c["cookie_buttons"][1])}</a></div></div></div>
<div class="page"><header class="centered-top-container"><div class="centered-top"><div class="blog-name"><div class="widget Header"><h1><a href="/">{E(p["site"])}</a></h1></div></div>
<div class="widget PageList"><ul>{p["nav"]}</ul></div></div></header>
<div class="page_body"><div class="centered"><main class="main" id="main"><div class="section" id="page_body"><div class="widget Blog">
<div class="blog-posts hfeed container"><div class="post-outer-container"><div class="post-outer"><div class="post">
<h3 class="post-title entry-title">{E(a["title"])}</h3>
<div class="post-header"><span class="byline post-author vcard"><span class="fn">{E(a["author"])}</span></span> <span class="byline post-timestamp"><time class="published">{a["date"]}</time></span></div>
<div class="post-body entry-content float-container" id="post-body-{h(a["key"], 8)}">
{body_html(a["body"], inserts=inserts)}
</div>
<div class="post-footer"><div class="post-share-buttons"><a class="goog-inline-block share-button sb-email">{E(c["share"][3])}</a><a class="share-button sb-twitter">{E(c["share"][1])}</a></div>
<div class="post-labels"><span>{E(c["tags"])}</span> {p["tags"]}</div></div>
</div></div>
<section class="comments" id="comments"><h3 class="title">{E(c["comments"])}</h3><div class="comments-content"><ol>{p["comments"]}</ol></div>
<p class="comment-footer">{E(c["login"])}</p></section></div></div></div></div></main>
<aside class="sidebar-container"><div class="widget PopularPosts"><h3 class="title">{E(c["most_read"])}</h3><ul>{popular}</ul></div>
<div class="widget Profile"><h3 class="title">{E(c["bio_label"])}</h3><div class="profile-textblock">{E(a["bio"])}</div></div></aside>
</div></div>
<footer class="footer"><div class="widget Attribution"><div class="copyright">{E(c["footer"][0].format(site=p["site"]))}</div><ul>{p["footer_links"]}</ul></div></footer></div>
</body></html>
'''


def t_joomla(a):
    p = pieces(a)
    c = p["c"]
    inserts = {3: f'<div class="moduletable banner"><div class="bannergroup"><div class="banneritem"><small>{E(c["ad"])}</small><a href="#"><img src="/images/banners/{h(a["key"])}.gif"></a></div></div></div>',
               5: f'<p><iframe src="https://www.youtube-nocookie.com/embed/{h(a["key"], 11)}" width="560" height="315" frameborder="0"></iframe></p>'}
    return head(a, '<meta name="generator" content="Joomla! - Open Source Content Management">\n') + f'''<body class="site com_content view-article no-layout no-task itemid-{int(h(a["key"]), 16) % 999}">
<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">{E(p["site"])}</span></a></div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu nav-pills mod-list">{p["nav"]}</ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{"".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/{slug(x)}" class="pathway"><span itemprop="name">{E(x)}</span></a></li>' for x in c["crumbs"])}</ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="{a["lang"]}">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<dl class="article-info muted"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{E(a["author"])}</span></dd>
<dd class="published"><time datetime="{a["date"]}T10:00:00+00:00" itemprop="datePublished">{a["date"]}</time></dd><dd class="hits">Hits: 1{h(a["key"], 3)}</dd></dl>
<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="#">{E(c["share"][3])}</a></li><li class="email-icon"><a href="#">{E(c["share"][0])}</a></li></ul></div></div>
<div itemprop="articleBody">
{body_html(a["body"], inserts=inserts)}
</div>
<ul class="tags inline"><li class="tag-2 tag-list0" itemprop="keywords">{p["tags"]}</li></ul>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; {E(a["related"][0])}</a></li><li class="next"><a href="#" rel="next">{E(a["related"][1])} &gt;</a></li></ul>
</div>
<div class="moduletable related-items"><h3>{E(c["related"])}</h3><ul class="relateditems mod-list">{"".join(f'<li><a href="/{slug(x)}">{E(x)}</a></li>' for x in a["related"][2:])}</ul></div>
<div id="jc"><div id="comments"><h4>{E(c["comments"])}</h4><div class="comments-list">{"".join(f'<div class="comment-box"><span class="comment-author">{E(n)}</span><div class="comment-body">{E(t)}</div></div>' for n, t in a["comments"])}</div>
<p class="jc-login">{E(c["login"])}</p></div></div>
</main><div id="aside" class="span3"><div class="well"><h3 class="page-header">{E(c["nl_title"])}</h3><p>{E(c["nl_text"])}</p><button>{E(c["nl_button"])}</button></div>
<div class="well"><h3 class="page-header">{E(c["bio_label"])}</h3><p>{E(a["bio"])}</p></div></div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><ul>{p["footer_links"]}</ul><p>{E(c["footer"][0].format(site=p["site"]))}</p></div></footer>
<div id="cookieBanner"><p>{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div>
</body></html>
'''


def t_substack(a):
    p = pieces(a)
    c = p["c"]
    sub = (f'<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{E(c["nl_text"])}</p></div>'
           f'<form class="subscription-widget-subscribe"><input type="email" class="email-input"><input type="submit" class="button primary" value="{E(c["nl_button"])}"></form></div></div>')
    inserts = {2: sub,
               4: f'<div class="tweet" data-attrs="{{&quot;url&quot;:&quot;https://twitter.com/x/status/1{h(a["key"], 8)}&quot;}}"><a class="tweet-link-top" href="#">'
                  f'<div class="tweet-header"><span class="tweet-author-name">{E(a["tweet_by"])}</span></div><div class="tweet-text">{E(a["tweet"])}</div></a></div>',
               len(a["body"]) - 1: f'<p class="button-wrapper"><a class="button primary" href="/share"><span>{E(c["share"][0])} {E(p["site"])}</span></a></p>'}
    return head(a, '<meta name="generator" content="Substack">\n') + f'''<body><div id="entry"><div class="main-menu"><div class="topbar"><a class="navbar-title-link" href="/">{E(p["site"])}</a>
<div class="navbar-buttons"><a class="button primary" href="/subscribe">{E(c["nl_button"])}</a><a href="/signin">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{E(a["title"])}</h1><h3 class="subtitle">{E(a["caption"])}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/p/{slug(a["author"])}">{E(a["author"])}</a></div><div class="pencraft">{a["date"]}</div></div>
<div class="post-ufi"><a class="like-button">42</a><a class="comment-button">{len(a["comments"])}</a><a class="share-button">{E(c["share"][0])}</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
{body_html(a["body"], inserts=inserts)}
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="like-button">42</a><a class="share-button">{E(c["share"][0])}</a></div></div>
</article>
{sub}
<div class="comments-section"><div class="comments-page"><h4>{E(c["comments"])}</h4>{"".join(f'<div class="comment"><div class="comment-meta"><a>{E(n)}</a></div><div class="comment-body"><p>{E(t)}</p></div><div class="comment-actions"><a>Reply</a></div></div>' for n, t in a["comments"])}</div></div>
<div class="post-footer-recommendations"><h3>{E(c["related"])}</h3>{"".join(f'<div class="post-preview"><a class="post-preview-title" href="/p/{slug(x)}">{E(x)}</a><div class="post-preview-meta">{a["date"]}</div></div>' for x in a["related"])}</div>
</div></div></div>
<div class="footer-wrap"><div class="footer">{E(c["footer"][0].format(site=p["site"]))} · {"".join(f'<a href="#">{E(x)}</a> ' for x in c["footer"][1:])}</div></div>
<div class="cookieBanner"><p>{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div></div></body></html>
'''


def t_legacy(a):
    """An old table-layout site: no semantic elements, <font> and <br> text, a left menu column."""
    p = pieces(a)
    c = p["c"]
    paras = []
    for line in a["body"]:
        if line.startswith("## "):
            paras.append(f'<b><font size="3">{E(line[3:])}</font></b><br>')
        elif line.startswith("- "):
            paras.append(f'&bull; {E(line[2:])}<br>')
        elif line.startswith("> "):
            paras.append(f'<i>{E(line[2:])}</i><br><br>')
        else:
            paras.append(f'{E(line)}<br><br>')
    paras.insert(3, f'<table width="300" align="right"><tr><td><font size="1">{E(c["ad"])}</font><br><img src="/ads/{h(a["key"])}.gif"></td></tr></table>')
    menu = "<br>".join(f'<a href="/{slug(x)}.htm">{E(x)}</a>' for x in c["nav"])
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(a["site"])} - {E(a["title"])}</title></head>\n') + f'''<body bgcolor="#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="5">{E(p["site"])}</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#eeeeee"><font size="2">{menu}</font><br><br><font size="1"><b>{E(c["most_read"])}</b><br>{"<br>".join(f'<a href="/{slug(x)}.htm">{E(x)}</a>' for x in a["related"][:4])}</font></td>
<td valign="top"><font face="Verdana" size="2"><font size="1">{" &gt; ".join(E(x) for x in c["crumbs"])}</font><br>
<font size="4"><b>{E(a["title"])}</b></font><br><font size="1">{E(a["author"])} - {a["date"]}</font><br><br>
<img src="/photos/{h(a["key"])}.jpg"><br><font size="1">{E(a["caption"])} ({E(a["credit"])})</font><br><br>
{"".join(paras)}
<font size="1">{E(c["read_also"])} <a href="/{slug(a["related"][4])}.htm">{E(a["related"][4])}</a></font><br><br>
<hr><font size="1"><b>{E(c["comments"])}</b></font><br>{"".join(f'<font size="1"><b>{E(n)}</b>: {E(t)}</font><br>' for n, t in a["comments"])}
<font size="1">{E(c["login"])}</font>
</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">{E(c["footer"][0].format(site=p["site"]))} | {" | ".join(E(x) for x in c["footer"][1:])}</font></td></tr></table>
<div id="cookiebar" style="position:fixed;bottom:0">{E(c["cookie"])} <a href="#">{E(c["cookie_buttons"][0])}</a> <a href="#">{E(c["cookie_buttons"][1])}</a></div>
</body></html>
'''


def t_tailwind(a):
    """A utility-class (Tailwind) front end: every element carries layout classes only; a <main> and sections."""
    p = pieces(a)
    c = p["c"]
    tw_p = "mb-4 text-lg leading-relaxed text-gray-800"
    inserts = {1: f'<div class="my-8 flex flex-col items-center border-y border-gray-200 py-4"><span class="text-xs uppercase text-gray-400">{E(c["ad"])}</span><div class="h-[250px] w-[300px]"></div></div>',
               3: f'<div class="my-6 rounded-lg bg-gray-100 p-4"><iframe class="w-full aspect-video" src="https://www.youtube.com/embed/{h(a["key"], 11)}"></iframe></div>'
                  f'<div class="my-6 rounded border p-4"><blockquote class="twitter-tweet"><p>{E(a["tweet"])}</p>&mdash; {E(a["tweet_by"])}</blockquote></div>',
               5: f'<div class="my-8 rounded-xl bg-blue-50 p-6"><p class="text-xl font-bold">{E(c["nl_title"])}</p><p class="mt-2 text-sm">{E(c["nl_text"])}</p>'
                  f'<div class="mt-4 flex gap-2"><input class="flex-1 rounded border px-3" type="email"><button class="rounded bg-blue-600 px-4 text-white">{E(c["nl_button"])}</button></div></div>',
               len(a["body"]) - 1: f'<div class="my-6 border-l-4 border-blue-600 pl-4"><span class="font-bold">{E(c["read_also"])}</span> <a class="underline" href="/{slug(a["related"][0])}">{E(a["related"][0])}</a></div>'}
    cards = "".join(f'<a class="group block" href="/{slug(x)}"><div class="aspect-video bg-gray-200"></div><p class="mt-2 font-semibold group-hover:underline">{E(x)}</p><p class="text-sm text-gray-500">{a["date"]}</p></a>' for x in a["related"][1:])
    return head(a) + f'''<body class="bg-white font-sans antialiased">
<div class="sticky top-0 z-50 border-b bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a class="text-2xl font-black" href="/">{E(p["site"])}</a>
<div class="hidden gap-6 md:flex">{"".join(f'<a class="text-sm font-medium hover:text-blue-600" href="/{slug(x)}">{E(x)}</a>' for x in c["nav"])}</div></div></div>
<main class="mx-auto max-w-3xl px-4 py-10">
<div class="mb-2 text-sm text-blue-600">{" / ".join(f'<a href="/{slug(x)}">{E(x)}</a>' for x in c["crumbs"])}</div>
<h1 class="text-4xl font-extrabold tracking-tight">{E(a["title"])}</h1>
<div class="mt-4 flex items-center gap-3 text-sm text-gray-500"><span class="font-medium text-gray-900">{E(a["author"])}</span><span>{a["date"]}</span></div>
<div class="mt-4 flex gap-2">{"".join(f'<button class="rounded-full border px-3 py-1 text-xs">{E(x)}</button>' for x in c["share"])}</div>
<div class="my-8"><img class="w-full rounded-lg" src="/img/{h(a["key"])}.avif"><p class="mt-2 text-xs text-gray-500">{E(a["caption"])} <span class="italic">{E(a["credit"])}</span></p></div>
<div class="prose prose-lg max-w-none">
{body_html(a["body"], p_attr=f' class="{tw_p}"', inserts=inserts)}
</div>
<div class="mt-8 flex flex-wrap gap-2">{"".join(f'<a class="rounded bg-gray-100 px-2 py-1 text-sm" href="/t/{slug(t)}">#{E(t)}</a>' for t in a["tags"])}</div>
<div class="mt-10 flex gap-4 rounded-lg border p-6"><div class="h-16 w-16 rounded-full bg-gray-300"></div><div><p class="font-bold">{E(c["bio_label"])} {E(a["author"])}</p><p class="text-sm text-gray-600">{E(a["bio"])}</p></div></div>
<div class="mt-12"><p class="mb-4 text-2xl font-bold">{E(c["related"])}</p><div class="grid grid-cols-2 gap-6">{cards}</div></div>
<div class="mt-12 border-t pt-8"><p class="text-xl font-bold">{E(c["comments"])}</p>{"".join(f'<div class="mt-4"><p class="text-sm font-bold">{E(n)}</p><p class="text-sm">{E(t)}</p></div>' for n, t in a["comments"])}<p class="mt-4 text-sm text-gray-500">{E(c["login"])}</p></div>
</main>
<div class="border-t bg-gray-50"><div class="mx-auto max-w-6xl px-4 py-8 text-sm text-gray-500"><div class="flex gap-4">{"".join(f'<a href="#">{E(x)}</a>' for x in c["footer"][1:])}</div><p class="mt-4">{E(c["footer"][0].format(site=p["site"]))}</p></div></div>
<div class="fixed inset-x-0 bottom-0 bg-gray-900 p-4 text-white"><p class="text-sm">{E(c["cookie"])}</p><div class="mt-2 flex gap-2"><button class="rounded bg-white px-3 text-gray-900">{E(c["cookie_buttons"][0])}</button><button class="rounded border px-3">{E(c["cookie_buttons"][1])}</button></div></div>
</body></html>
'''


TEMPLATES = {"blogger": t_blogger, "joomla": t_joomla, "substack": t_substack, "legacy": t_legacy, "tailwind": t_tailwind}

ARTICLES = [
    dict(key="en-substack-moths", lang="en", template="substack", site="Field Notes from Elm Hollow", chrome=CHROME2["en"],
         author="Dr. Winifred Ashcombe", date="2026-07-05", title="The night the moth trap overflowed",
         body=[
             "Every summer I run a light trap at the bottom of the garden, and every summer I tell myself I will not stay up past midnight counting moths. This year I failed on the very first warm night.",
             "By two in the morning the egg boxes were crowded with 214 moths of 61 species. Among them was a rosy footman, which I had not recorded here in nine years of trapping.",
             "## Why the numbers matter",
             "Single nights prove nothing on their own. But moth records from gardens like mine feed the national recording scheme, which is one of the longest-running insect datasets anywhere.",
             "If you want to share your own records, the county recorder accepts spreadsheets and even photographs from phones.",
             "- Use a white sheet and a bright bulb if you have no trap",
             "- Photograph each moth before letting it go at dusk",
             "- Note the temperature and cloud cover",
             "Some readers asked whether they should subscribe to a paid identification app. You do not need one; the free field guides online are more than enough to begin.",
         ],
         tweet="Record night in the garden trap: 214 moths, 61 species, one very tired recorder.",
         tweet_by="Elm Hollow Naturalists",
         caption="A notebook about the small things in one English valley.", credit="",
         related=["The return of the swifts", "A pond in a bucket", "Why I stopped mowing in May", "Counting bumblebees with children", "The hedgehog highway"],
         comments=[("moth_man_66", "Rosy footman! Lucky you. None here for years."), ("Ellen", "What bulb do you use in the trap?")],
         bio="Winifred Ashcombe is a retired entomologist who writes about the wildlife of her garden.",
         tags=["Moths", "Garden wildlife"]),
    dict(key="en-tailwind-battery", lang="en", template="tailwind", site="Voltline", chrome=CHROME2["en"],
         author="Marcus Feldt-Oyelaran", date="2026-08-19", title="A sodium battery plant opens in a former steel town",
         body=[
             "The first large sodium-ion battery factory in the region opened on Tuesday in Brackenford, a town that lost its steelworks in 2016.",
             "The plant will employ 600 people at full production and make cells for home storage and small delivery vans.",
             "Sodium cells store less energy than lithium ones of the same weight, but they use cheaper materials and perform better in the cold.",
             "## A second chance for Brackenford",
             "\"My father worked at the steelworks for thirty years,\" said line supervisor Gemma Ruddock. \"I never thought there would be factory jobs here again.\"",
             "The company's advertising campaign for the opening, featuring former steelworkers, has been shared widely on social media.",
             "The firm plans to double capacity by 2028 if demand for home batteries keeps growing.",
         ],
         tweet="Proud day in Brackenford. 600 jobs, made here again.",
         tweet_by="Brackenford Town Council (@brackenfordtc)",
         caption="The new cell assembly hall.", credit="Photo: Voltline/Ana Ruiz",
         related=["Lithium prices fall for third quarter", "Home batteries: are they worth it?", "The race for cheaper cells",
                  "Electric vans get a winter boost", "Steel towns and the energy transition"],
         comments=[("sparky", "Great news for the town."), ("J. Mills", "Energy density is still a problem though.")],
         bio="Marcus Feldt-Oyelaran covers batteries and the grid for Voltline.",
         tags=["Batteries", "Manufacturing", "Jobs"]),
    dict(key="de-joomla-verein", lang="de", template="joomla", site="Heimatbote Oberhausen-Land", chrome=CHROME2["de"],
         author="Rüdiger Pfannkuch", date="2026-05-31", title="Schützenverein feiert 150-jähriges Bestehen",
         body=[
             "Mit einem Festumzug durch das ganze Dorf hat der Schützenverein Lindenhof am Samstag sein 150-jähriges Bestehen gefeiert. Rund 2.000 Besucher säumten die Straßen.",
             "Angeführt wurde der Zug vom Musikverein Lindenhof, gefolgt von 34 Gastvereinen aus der Region.",
             "## Nachwuchs gesucht",
             "Vorsitzender Hartmut Eickhoff sprach in seiner Festrede offen über die Sorgen des Vereins. Die Zahl der Mitglieder sei in zehn Jahren von 410 auf 290 gesunken.",
             "Mit einem neuen Jugendangebot will der Verein gegensteuern. Jugendliche können künftig kostenlos am Bogenschießen teilnehmen.",
             "Auf Werbung in den sozialen Netzwerken setzt der Verein dabei ausdrücklich: „Wir müssen dort sein, wo die jungen Leute sind“, sagte Eickhoff.",
             "Das Fest geht am Sonntag mit einem Frühschoppen und dem Königsschießen weiter.",
         ],
         tweet="", tweet_by="",
         caption="Der Festumzug auf der Hauptstraße.", credit="Foto: Rüdiger Pfannkuch",
         related=["Feuerwehr bekommt neues Fahrzeug", "Dorfladen sucht Ehrenamtliche", "Kirmes 2026: Das Programm",
                  "Grundschule wird saniert", "Neuer Wanderweg am Lindenbach", "Bürgermeister im Interview"],
         comments=[("Lindenhofer", "Schöner Umzug, wie jedes Jahr!"), ("Marion S.", "Leider zu wenig Parkplätze.")],
         bio="Rüdiger Pfannkuch berichtet seit 30 Jahren über das Vereinsleben im Oberhausener Land.",
         tags=["Vereine", "Lindenhof", "Jubiläum"]),
    dict(key="de-tailwind-app", lang="de", template="tailwind", site="Digitalwerk", chrome=CHROME2["de"],
         author="Svenja Achterberg", date="2026-09-09", title="Neue Behörden-App scheitert am Ansturm",
         body=[
             "Die neue App für Behördengänge ist am ersten Tag unter dem Ansturm zusammengebrochen. Zeitweise konnten sich Nutzer stundenlang nicht anmelden.",
             "Mehr als 1,2 Millionen Menschen hatten die App in den ersten zwölf Stunden heruntergeladen, fünfmal so viele wie erwartet.",
             "## Was die App können soll",
             "- Termine beim Bürgeramt buchen",
             "- den Personalausweis online verlängern",
             "- Anträge auf Wohngeld stellen",
             "Ein Sprecher des Ministeriums sagte, man habe die Serverkapazität inzwischen verdreifacht. Nutzer sollten ihre Erfahrungen gern über das Feedback-Formular teilen.",
             "Datenschützer kritisieren zudem, dass die App Analyse-Cookies setzt, bevor Nutzer zugestimmt haben.",
         ],
         tweet="Seit 8 Uhr versuche ich, mich in der neuen App anzumelden. Digitalisierung made in Germany.",
         tweet_by="Jan Behrendt (@janbehrendt)",
         caption="Die Startseite der neuen App.", credit="Foto: Digitalwerk",
         related=["Digitaler Ausweis kommt später", "So sicher ist die eID", "Verwaltung: Das Faxgerät lebt",
                  "Bürgeramt-Termine: Die Tricks", "Datenschutz bei Apps des Bundes"],
         comments=[("techie42", "Lasttests gibt es also immer noch nicht."), ("Gisela", "Bei mir ging es heute früh.")],
         bio="Svenja Achterberg schreibt über Digitalpolitik und Verwaltung.",
         tags=["Apps", "Verwaltung", "Digitalisierung"]),
    dict(key="es-blogger-huerto", lang="es", template="blogger", site="El Huerto de Maripaz", chrome=CHROME2["es"],
         author="Maripaz Ortuño", date="2026-04-12", title="Cómo planté mis primeras habas en el huerto urbano",
         body=[
             "Este otoño me dieron por fin una parcela en el huerto urbano del barrio, y lo primero que quise plantar fueron habas, como hacía mi padre en el pueblo.",
             "Las sembré a principios de noviembre, a unos cinco centímetros de profundidad y con veinte centímetros entre plantas.",
             "## Lo que aprendí",
             "El pulgón negro apareció en marzo. En vez de usar productos químicos, corté las puntas de las plantas, que es donde se concentra, y funcionó.",
             "Una vecina de parcela, Encarna, me enseñó a compartir el agua de riego por turnos, porque el grifo común no da para todos a la vez.",
             "Ya he recogido casi tres kilos. Las comimos con jamón, como manda la tradición.",
         ],
         tweet="Primeras habas del huerto urbano de San Blas. ¡Qué orgullo!", tweet_by="Huertos de San Blas",
         caption="Mis habas a mediados de marzo.", credit="Foto: Maripaz Ortuño",
         related=["Tomates en maceta", "Compost casero paso a paso", "El calendario de siembra", "Lechugas todo el año", "Plagas sin química"],
         comments=[("Encarna", "¡Qué bien te han quedado!"), ("Paco_huerta", "Yo las siembro en octubre.")],
         bio="Maripaz Ortuño es maestra jubilada y cultiva una parcela en Madrid.",
         tags=["Huerto", "Habas", "Huerto urbano"]),
    dict(key="fr-legacy-randonnee", lang="fr", template="legacy", site="Les Amis du Sentier", chrome=CHROME2["fr"],
         author="Gérard Vautrin", date="2026-06-02", title="Sortie du club : le tour du lac de Grésy",
         body=[
             "Dimanche, vingt-deux membres du club ont participé à la randonnée autour du lac de Grésy, une boucle de 14 kilomètres avec 600 mètres de dénivelé.",
             "Le départ a été donné à 8 h 30 depuis le parking du hameau des Granges, sous un ciel légèrement voilé.",
             "## Le programme de la journée",
             "Montée par le sentier des crêtes jusqu'au belvédère",
             "Pique-nique au bord du lac",
             "Retour par la forêt domaniale",
             "Comme d'habitude, chacun était invité à partager son pique-nique. Les tartes de Monique ont eu un grand succès.",
             "La prochaine sortie aura lieu le 21 juin, au départ du col du Frêne.",
         ],
         tweet="", tweet_by="",
         caption="Le groupe au belvédère.", credit="Photo : Gérard Vautrin",
         related=["Compte rendu de l'assemblée générale", "Sortie raquettes de février", "Le balisage des sentiers", "Cotisation 2026", "Nouveaux adhérents"],
         comments=[("Monique", "Merci pour cette belle journée !"), ("Jean-Luc", "Dommage que j'aie raté celle-ci.")],
         bio="Gérard Vautrin est président du club depuis 2019.",
         tags=["Randonnée", "Club"]),
    dict(key="it-substack-cinema", lang="it", template="substack", site="Fotogrammi", chrome=CHROME2["it"],
         author="Lorenzo Marchionni", date="2026-10-24", title="Perché i cinema di provincia stanno tornando a riempirsi",
         body=[
             "Tre anni fa il Cinema Astra di Borgo San Martino rischiava di chiudere. Oggi il sabato sera le sale sono piene, e non solo per i film di cassetta.",
             "Il merito, dicono i gestori, è di una programmazione che mescola prime visioni, classici restaurati e serate con i registi.",
             "## Il pubblico giovane",
             "La sorpresa è il pubblico sotto i trent'anni. Molti arrivano per le rassegne di cinema d'autore, che il martedì costano quattro euro.",
             "\"I ragazzi vogliono condividere un'esperienza, non solo guardare un film\", spiega la direttrice Elisa Conforti.",
             "Il Comune ha contribuito rinnovando le poltrone e il sistema audio con un bando regionale.",
             "Altri cinema della provincia stanno copiando il modello, con risultati simili.",
         ],
         tweet="Sala piena per Il sorpasso restaurato. Martedì sera, 4 euro, 180 persone. Il cinema non è morto.",
         tweet_by="Cinema Astra (@cinemaastra)",
         caption="Una lettera settimanale sul cinema italiano.", credit="",
         related=["I dieci film dell'anno", "Il ritorno della pellicola", "Festival minori da non perdere", "Intervista a una proiezionista", "Sale d'essai in crisi"],
         comments=[("cinefilo_ba", "Da noi il multisala ha chiuso, resiste solo la sala parrocchiale."), ("Anna", "Bellissimo pezzo.")],
         bio="Lorenzo Marchionni scrive di cinema e territori.",
         tags=["Cinema", "Provincia"]),
    dict(key="pt-joomla-pesca", lang="pt", template="joomla", site="Notícias da Ria", chrome=CHROME2["pt"],
         author="Joaquim Sarmento", date="2026-02-14", title="Apanha de bivalves suspensa na ria durante duas semanas",
         body=[
             "A apanha de bivalves na ria de Vilamar foi suspensa por duas semanas, depois de análises terem detetado toxinas acima dos limites legais.",
             "A proibição abrange amêijoa, berbigão e mexilhão em toda a zona lagunar, e vai ser reavaliada a cada sete dias.",
             "## Mariscadores preocupados",
             "Para os cerca de 300 mariscadores licenciados, a paragem significa duas semanas sem rendimento. A associação local pede um apoio extraordinário.",
             "\"Vivemos disto, não temos outra coisa\", disse Rosa Ventura, mariscadora há 25 anos.",
             "As autoridades lembram que a venda de bivalves apanhados durante a interdição é crime e pedem aos consumidores que partilhem qualquer suspeita de venda ilegal.",
         ],
         tweet="", tweet_by="",
         caption="Mariscadores na ria ao fim da tarde.", credit="Foto: Joaquim Sarmento",
         related=["Ponte da ria em obras", "Salinas voltam a produzir", "Maré viva inunda marginal", "Festa do mar adiada", "Novo cais de pesca"],
         comments=[("ria_viva", "Todos os anos a mesma coisa."), ("Manuel", "É preciso apoiar estas famílias.")],
         bio="Joaquim Sarmento é jornalista regional.",
         tags=["Ria", "Pesca", "Bivalves"]),
]

for _a in ARTICLES:
    if not _a["tweet"]:
        _a["tweet"] = _a["bio"]  # no embed on the page: the tweet line is checked as another bio copy
