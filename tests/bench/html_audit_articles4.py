"""The fourth HTML audit set: a second out-of-sample check, written after the fixes of the third.

Other sites, other chrome wording, other markup (a Squarespace-like site builder, a Wix-like
builder of ids and data attributes, a static-site blog, a news platform that cuts the article
into chunks with ads between). Not tuned on. Rendered by html_audit_pages.py.
"""
from html_audit_pages import E, body_html, h, head, pieces, slug


def chrome(nav, cookie, ok, no, nl_title, nl_text, nl_button, share, related, read_also, ad, bio_label, comments, reply,
           login, tags, footer, most_read, read_more):
    return dict(nav=nav, crumbs=nav[:2], cookie=cookie, cookie_buttons=[ok, no], nl_title=nl_title, nl_text=nl_text,
                nl_button=nl_button, share=share, related=related, read_also=read_also, ad=ad, bio_label=bio_label,
                comments=comments, reply=reply, login=login, tags=tags, footer=footer, most_read=most_read, read_more=read_more)


CHROME4 = {
    "en": chrome(["Latest", "Local", "Nation", "Money", "Food", "Homes", "Puzzles"],
                 "We and our partners use technologies like cookies to store and access device information. Click below to consent.",
                 "I agree", "Show purposes", "The Saturday Edit", "Our editors pick the week's essential reads. Free, every Saturday morning.",
                 "Get it", ["Share via Email", "Share on LinkedIn", "Share on Reddit", "Share on WhatsApp"], "More from the newsroom",
                 "RELATED:", "Paid content", "Meet the writer", "Reader responses", "Add your response",
                 "Sign in or create an account to respond.", "Topics", ["\u00a9 {site}. All rights reserved.", "Do not sell my info", "Sitemap", "Careers"],
                 "Popular this week", "Keep reading"),
    "de": chrome(["Aktuell", "Region", "Land", "Geld", "Genuss", "Wohnen", "Rätsel"],
                 "Wir nutzen Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
                 "Akzeptieren", "Anpassen", "Die Wochenauslese", "Jeden Samstag die wichtigsten Texte der Woche, kostenlos in Ihr Postfach.",
                 "Bestellen", ["Per Mail teilen", "Auf LinkedIn teilen", "Auf WhatsApp teilen", "Link teilen"], "Weitere Artikel",
                 "Passend dazu:", "Werbung", "Über die Autorin", "Leserbriefe", "Leserbrief schreiben",
                 "Melden Sie sich an, um einen Leserbrief zu schreiben.", "Stichworte", ["\u00a9 {site}", "Barrierefreiheit", "Karriere", "Abo kündigen"],
                 "Viel gelesen", "Weiterlesen"),
    "es": chrome(["Última hora", "Local", "País", "Dinero", "Gastro", "Vivienda", "Pasatiempos"],
                 "Nosotros y nuestros socios usamos cookies para almacenar y acceder a información del dispositivo.",
                 "De acuerdo", "Más opciones", "La selección del sábado", "Nuestros editores eligen las lecturas imprescindibles de la semana. Gratis, cada sábado.",
                 "Quiero recibirla", ["Compartir por correo", "Compartir en LinkedIn", "Compartir en Telegram", "Copiar"], "Más de la redacción",
                 "RELACIONADO:", "Contenido de marca", "Conoce a la autora", "Respuestas de lectores", "Añade tu respuesta",
                 "Identifícate para responder.", "Temas", ["© {site}", "Accesibilidad", "Trabaja con nosotros", "Mapa del sitio"],
                 "Lo más visto", "Sigue leyendo"),
    "fr": chrome(["En continu", "Local", "France", "Argent", "Cuisine", "Maison", "Jeux"],
                 "Nos partenaires et nous utilisons des traceurs pour mesurer l'audience et personnaliser les contenus.",
                 "J'accepte", "Personnaliser", "L'essentiel du samedi", "Nos journalistes choisissent les articles à ne pas manquer. Gratuit, chaque samedi.",
                 "Je la reçois", ["Partager par e-mail", "Partager sur LinkedIn", "Partager sur WhatsApp", "Copier le lien"], "Plus d'articles",
                 "VOIR AUSSI :", "Contenu partenaire", "Qui écrit", "Vos réactions", "Ajouter une réaction",
                 "Identifiez-vous pour réagir.", "Sujets", ["© {site}", "Accessibilité", "Recrutement", "Plan du site"],
                 "Les plus partagés", "Poursuivre la lecture"),
    "it": chrome(["Adesso", "Locale", "Paese", "Soldi", "Cucina", "Casa", "Giochi"],
                 "Noi e i nostri partner utilizziamo tecnologie come i cookie per memorizzare informazioni sul dispositivo.",
                 "Accetto", "Scopri di più", "La scelta del sabato", "I nostri redattori scelgono le letture della settimana. Gratis, ogni sabato.",
                 "La voglio", ["Condividi via email", "Condividi su LinkedIn", "Condividi su WhatsApp", "Copia"], "Altro dalla redazione",
                 "CORRELATO:", "Contenuto promozionale", "Chi è l'autrice", "Le risposte dei lettori", "Aggiungi una risposta",
                 "Accedi per rispondere.", "Argomenti", ["© {site}", "Accessibilità", "Lavora con noi", "Mappa del sito"],
                 "Più condivisi", "Continua"),
    "pt": chrome(["Agora", "Local", "País", "Dinheiro", "Comida", "Casa", "Jogos"],
                 "Nós e os nossos parceiros usamos tecnologias como cookies para armazenar informações no dispositivo.",
                 "Aceito", "Mais opções", "A escolha de sábado", "Os nossos editores escolhem as leituras essenciais da semana. Grátis, todos os sábados.",
                 "Quero receber", ["Partilhar por email", "Partilhar no LinkedIn", "Partilhar no WhatsApp", "Copiar"], "Mais da redação",
                 "RELACIONADO:", "Conteúdo patrocinado", "Quem escreveu", "Respostas dos leitores", "Adicionar resposta",
                 "Inicie sessão para responder.", "Assuntos", ["© {site}", "Acessibilidade", "Trabalhe connosco", "Mapa do site"],
                 "Mais partilhadas", "Continuar"),
}


def t_builder(a):
    """A Squarespace-like site builder: sqs-block wrappers, one per paragraph or widget."""
    p = pieces(a)
    c = p["c"]

    def block(inner, kind="html"):
        return f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="2" id="block-{h(inner, 8)}"><div class="sqs-block-content">{inner}</div></div>'

    blocks = [block(body_html([line])) for line in a["body"]]
    blocks.insert(2, block(f'<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">{E(c["nl_title"])}</h2>'
                           f'<div class="newsletter-form-header-description"><p>{E(c["nl_text"])}</p></div><button>{E(c["nl_button"])}</button></div>', "newsletter"))
    blocks.insert(5, block(f'<div class="sqs-video-wrapper"><iframe src="https://www.youtube.com/embed/{h(a["key"], 11)}"></iframe></div>', "video"))
    summary = "".join(f'<div class="summary-item"><div class="summary-title"><a href="/blog/{slug(x)}">{E(x)}</a></div><div class="summary-metadata">{a["date"]}</div></div>' for x in a["related"])
    return head(a, '<!-- This is Squarespace. -->\n') + f'''<body class="collection-type-blog view-item">
<header id="header" class="header"><div class="header-title"><a href="/">{E(p["site"])}</a></div><nav class="header-nav-list">{"".join(f'<div class="header-nav-item"><a href="/{slug(x)}">{E(x)}</a></div>' for x in c["nav"])}</nav></header>
<main id="page" class="container" role="main"><section class="page-section"><div class="content-wrapper"><div class="content">
<article class="hentry entry">
<div class="blog-item-top-wrapper"><h1 class="entry-title">{E(a["title"])}</h1><div class="blog-meta-item blog-author">{E(a["author"])}</div><time class="blog-meta-item blog-date">{a["date"]}</time></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{"".join(blocks)}
</div></div></div></div></div>
<div class="blog-item-share"><div class="sqs-share-buttons">{p["share"]}</div></div>
<div class="blog-item-tags">{E(c["tags"])} {p["tags"]}</div>
<div class="blog-item-author-profile-wrapper"><div class="blog-item-author-profile"><div class="author-name">{E(c["bio_label"])}</div><div class="author-bio"><p>{E(a["bio"])}</p></div></div></div>
</article>
<section class="blog-item-comments"><div class="squarespace-comments"><h3>{E(c["comments"])}</h3>{"".join(f'<div class="comment"><div class="comment-author">{E(n)}</div><div class="comment-body"><p>{E(t)}</p></div></div>' for n, t in a["comments"])}<p>{E(c["login"])}</p></div></section>
<section class="summary-block"><h3 class="summary-heading">{E(c["related"])}</h3>{summary}</section>
</div></div></section></main>
<footer id="footer"><div class="footer-inner">{p["footer_links"]}<p>{E(c["footer"][0].format(site=p["site"]))}</p></div></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>{E(c["cookie"])}</p></div><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div>
</body></html>
'''


def t_wix(a):
    """A Wix-like builder: ids like comp-k3x9, data-testid attributes, rich-text components."""
    p = pieces(a)
    c = p["c"]
    k = a["key"]

    def comp(n):
        return f'comp-{h(k + str(n), 8)}'

    body = body_html(a["body"], inserts={
        3: f'<div id="{comp(1)}" data-testid="richTextElement"><p>{E(c["ad"])}</p></div><div id="{comp(2)}" data-testid="adSlot"></div>',
        len(a["body"]) - 1: f'<div id="{comp(3)}" data-hook="related-posts-inline"><p><span>{E(c["read_also"])}</span> <a href="/post/{slug(a["related"][0])}">{E(a["related"][0])}</a></p></div>',
    })
    return head(a, '<meta name="generator" content="Wix.com Website Builder">\n') + f'''<body><div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER" data-testid="header"><div id="{comp(4)}" data-testid="linkBar">{"".join(f'<a data-testid="linkElement" href="/{slug(x)}"><span>{E(x)}</span></a>' for x in c["nav"])}</div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div id="{comp(5)}"><div data-hook="post-page">
<div data-hook="post-title"><h1>{E(a["title"])}</h1></div>
<div data-hook="post-metadata"><span data-hook="user-name">{E(a["author"])}</span><span data-hook="time-ago">{a["date"]}</span><span data-hook="time-to-read">3 min</span></div>
<div data-hook="post-description"><div data-id="rich-content-viewer" class="_1s7Hh">
{body}
</div></div>
<div data-hook="post-footer"><div data-hook="share-buttons">{"".join(f'<button aria-label="{E(x)}"><span>{E(x)}</span></button>' for x in c["share"])}</div>
<div data-hook="tag-list"><span>{E(c["tags"])}</span>{p["tags"]}</div></div>
</div>
<div data-hook="recent-posts"><h2 data-hook="recent-posts-title">{E(c["related"])}</h2>{"".join(f'<div data-hook="post-list-item"><a href="/post/{slug(x)}"><h3>{E(x)}</h3></a></div>' for x in a["related"][1:])}</div>
<div data-hook="comments-root"><h2>{E(c["comments"])}</h2>{"".join(f'<div data-hook="comment"><span data-hook="author-name">{E(n)}</span><div data-hook="comment-content"><p>{E(t)}</p></div></div>' for n, t in a["comments"])}<p>{E(c["login"])}</p></div>
</div></div></main>
<footer id="SITE_FOOTER"><div id="{comp(6)}"><div>{E(c["nl_title"])}</div><p>{E(c["nl_text"])}</p><button>{E(c["nl_button"])}</button></div><div>{p["footer_links"]}<p>{E(c["footer"][0].format(site=p["site"]))}</p></div></footer>
</div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root"><p>{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div></div>
</body></html>
'''


def t_static(a):
    """A static-site blog (Hugo/Jekyll): main > article, an aside of related posts, footnotes."""
    p = pieces(a)
    c = p["c"]
    return head(a) + f'''<body>
<header class="site-header"><a class="site-title" href="/">{E(p["site"])}</a><nav class="site-nav">{"".join(f'<a class="page-link" href="/{slug(x)}/">{E(x)}</a>' for x in c["nav"][:4])}</nav></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{E(a["title"])}</h1>
<p class="post-meta"><time class="dt-published" datetime="{a["date"]}T09:00:00+00:00" itemprop="datePublished">{a["date"]}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{E(a["author"])}</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{body_html(a["body"], inserts={2: f'<blockquote class="twitter-tweet"><p lang="{a["lang"]}">{E(a["tweet"])}</p>&mdash; {E(a["tweet_by"])}</blockquote>'})}
</div>
<aside class="related"><h2>{E(c["related"])}</h2><ul class="related-posts">{"".join(f'<li><a href="/{slug(x)}/">{E(x)}</a> <small>{a["date"]}</small></li>' for x in a["related"])}</ul></aside>
<div class="post-tags">{E(c["tags"])}: {p["tags"]}</div>
</article>
<section class="newsletter"><h3>{E(c["nl_title"])}</h3><p>{E(c["nl_text"])}</p><form><input type="email"><button>{E(c["nl_button"])}</button></form></section>
<section id="isso-thread" class="comments"><h3>{E(c["comments"])}</h3>{"".join(f'<div class="isso-comment"><div class="author">{E(n)}</div><div class="text"><p>{E(t)}</p></div></div>' for n, t in a["comments"])}<p>{E(c["login"])}</p></section>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><p>{E(a["bio"])}</p><p>{E(c["footer"][0].format(site=p["site"]))}</p><ul>{p["footer_links"]}</ul></div></footer>
</body></html>
'''


def t_chunked(a):
    """A news platform that cuts the article into chunks (one wrapper per paragraph) with ad rails,
    inline related and newsletter widgets between them; data-qa attributes, no <article>."""
    p = pieces(a)
    c = p["c"]
    chunks = []
    for i, line in enumerate(a["body"]):
        chunks.append(f'<div class="article-body" data-qa="article-body">{body_html([line])}</div>')
        if i == 1:
            chunks.append(f'<div class="ad-rail" data-qa="ad"><span class="ad-label">{E(c["ad"])}</span><div class="ad-slot"></div></div>')
        if i == 3:
            chunks.append(f'<div class="interstitial-link" data-qa="interstitial-link"><b>{E(c["read_also"])}</b> <a href="/{slug(a["related"][0])}">{E(a["related"][0])}</a></div>')
        if i == 4:
            chunks.append(f'<div class="nl-inline" data-qa="newsletter-signup"><p class="nl-title">{E(c["nl_title"])}</p><p>{E(c["nl_text"])}</p><button>{E(c["nl_button"])}</button></div>')
    return head(a, '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"%s"}}</script>\n' % E(a["author"])) + f'''<body>
<div id="__next"><div class="page-wrap">
<div data-qa="site-header"><a href="/">{E(p["site"])}</a>{"".join(f'<a href="/{slug(x)}">{E(x)}</a>' for x in c["nav"])}</div>
<div class="grid-layout"><div class="grid-main" data-qa="main">
<h1 data-qa="headline">{E(a["title"])}</h1>
<div data-qa="author-name">{E(a["author"])}</div><div data-qa="timestamp">{a["date"]}</div>
<div data-qa="share-tools">{p["share"]}</div>
<figure data-qa="lede-art"><img src="/img/{h(a["key"])}.jpg"><figcaption>{E(a["caption"])} <span data-qa="credit">{E(a["credit"])}</span></figcaption></figure>
{"".join(chunks)}
<div data-qa="author-bio"><p>{E(a["bio"])}</p></div>
<div data-qa="comments"><h2>{E(c["comments"])}</h2>{"".join(f'<div data-qa="comment"><b>{E(n)}</b><p>{E(t)}</p></div>' for n, t in a["comments"])}<p>{E(c["login"])}</p></div>
</div>
<div class="grid-side" data-qa="right-rail"><h3>{E(c["most_read"])}</h3><ol>{"".join(f'<li><a href="/{slug(x)}">{E(x)}</a></li>' for x in a["related"][1:])}</ol></div></div>
<div data-qa="site-footer">{p["footer_links"]}<p>{E(c["footer"][0].format(site=p["site"]))}</p></div>
<div data-qa="consent"><p>{E(c["cookie"])}</p><button>{E(c["cookie_buttons"][0])}</button><button>{E(c["cookie_buttons"][1])}</button></div>
</div></div></body></html>
'''


TEMPLATES = {"builder": t_builder, "wix": t_wix, "static": t_static, "chunked": t_chunked}

ARTICLES = [
    dict(key="en-builder-pottery", lang="en", template="builder", site="Kiln & Clay Studio", chrome=CHROME4["en"],
         author="Rosalind Achebe-Frost", date="2026-02-11", title="What a broken kiln taught me about glazes",
         body=[
             "In January our old electric kiln failed halfway through a glaze firing, and forty pots came out with surfaces I had never seen before.",
             "Some were ruined. Others had a soft, matte sheen that three of our students immediately asked how to reproduce.",
             "## Slow cooling changes everything",
             "The kiln's controller had died at the peak temperature, so the pots cooled over almost two days instead of twelve hours.",
             "Slow cooling lets crystals grow in the glaze. It is a technique potters use on purpose, and we had stumbled into it by accident.",
             "We now run a controlled slow-cool programme once a month. If you want to share your own results, bring a test tile to the Thursday class.",
             "The new kiln arrives in March. The old one, repaired, will be kept for experiments.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Our spring course timetable", "Reclaiming clay without the mess", "Five glazes for beginners", "Studio open day", "Wedging: why it matters"],
         comments=[("Hattie", "Gorgeous results. What cone were you firing to?"), ("Dev P.", "Happy accidents are the best teachers.")],
         bio="Rosalind Achebe-Frost runs the studio and has taught ceramics for twenty years.", tags=["Glazes", "Kilns"]),
    dict(key="en-chunked-housing", lang="en", template="chunked", site="Metro Ledger", chrome=CHROME4["en"],
         author="Theo Vandermeer", date="2026-06-23", title="Rents fall for the first time in a decade as new flats open",
         body=[
             "Average rents in the city fell by 2.1 per cent in the year to May, the first annual fall since 2016, according to figures published on Monday.",
             "Economists credit a wave of new apartment buildings, with more than 9,000 homes completed in the past eighteen months.",
             "The biggest falls were in the riverside districts, where most of the new buildings have gone up.",
             "\"Supply matters. When you build, rents respond,\" said housing economist Dr Lena Okafor of the City Institute.",
             "Tenant groups welcomed the figures but warned that rents remain 40 per cent higher than five years ago.",
             "## Will it last?",
             "Fewer projects have started this year because of higher borrowing costs, which could slow completions from 2028.",
             "The city council said it would publish a new housing plan in the autumn.",
         ],
         tweet="", tweet_by="", caption="New apartment blocks on the riverside.", credit="Photo: Sana Iqbal/Metro Ledger",
         related=["Mortgage rates edge down", "Inside the riverside towers", "Council tax bands under review", "First-time buyers return", "Is it time to rent or buy?"],
         comments=[("tenant_22", "My rent went up again in March, so I'll believe it when I see it."), ("Graham", "Build more, it really is that simple.")],
         bio="Theo Vandermeer is the Ledger's housing correspondent.", tags=["Housing"]),
    dict(key="de-static-linux", lang="de", template="static", site="Bitschrauber", chrome=CHROME4["de"],
         author="Friederike Wolter", date="2026-03-29", title="Mein alter Laptop läuft wieder – mit 2 GB Arbeitsspeicher",
         body=[
             "Vor ein paar Wochen fand ich im Keller meinen Laptop aus dem Jahr 2011. Zwei Gigabyte Arbeitsspeicher, eine langsame Festplatte, aber ein erstaunlich gutes Display.",
             "Ich wollte wissen, ob man damit heute noch arbeiten kann, und habe eine schlanke Linux-Distribution installiert.",
             "## Was ich gemacht habe",
             "- die Festplatte gegen eine gebrauchte SSD getauscht",
             "- eine leichte Desktopumgebung installiert",
             "- den Browser so eingestellt, dass er Tabs im Hintergrund schlafen lässt",
             "Das Ergebnis überrascht mich: Texte schreiben, Mails lesen und Videos schauen geht ohne Probleme. Nur bei großen Webanwendungen wird es zäh.",
             "Ich werde meine Konfiguration demnächst teilen, damit andere ihre alten Geräte ebenfalls weiterverwenden können.",
         ],
         tweet="Laptop von 2011, 2 GB RAM, und ich schreibe gerade diesen Post darauf. Nachhaltigkeit kann so einfach sein.",
         tweet_by="Friederike Wolter (@fwolter)", caption="", credit="",
         related=["Mein Raspberry Pi als Mediencenter", "Datensicherung für Faule", "Warum ich keinen Passwortmanager nutze", "Ein Jahr ohne Cloud", "Reparieren statt wegwerfen"],
         comments=[("oldschool", "Super! Welche Distribution genau?"), ("Karl-Heinz", "Mein ThinkPad von 2009 läuft auch noch.")],
         bio="Friederike Wolter schreibt hier über alte Hardware und freie Software.", tags=["Linux", "Hardware"]),
    dict(key="es-wix-yoga", lang="es", template="wix", site="Estudio Respira", chrome=CHROME4["es"],
         author="Carmen Aldabe", date="2026-09-02", title="Yoga para la espalda: cinco posturas para después del trabajo",
         body=[
             "Pasar ocho horas sentada frente a un ordenador pasa factura a la espalda. Estas cinco posturas sencillas ayudan a aliviar la tensión en apenas quince minutos.",
             "## Antes de empezar",
             "Busca un espacio tranquilo y una esterilla. Si tienes alguna lesión, consulta antes con tu médico o fisioterapeuta.",
             "## Las posturas",
             "- El gato y la vaca, para movilizar la columna",
             "- La postura del niño, para relajar la zona lumbar",
             "- La torsión tumbada, para soltar la espalda baja",
             "Muchas alumnas me piden compartir una rutina para hacer en casa. Esta es la que practico yo misma tres veces por semana.",
             "Lo importante es la constancia: mejor diez minutos cada día que una hora una vez al mes.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Respirar para dormir mejor", "Yoga en la oficina", "Meditación para principiantes", "Nuevos horarios de otoño", "Retiro de fin de semana"],
         comments=[("Marta_yoga", "La torsión tumbada es mi favorita."), ("Iñaki", "¿Sirve también para la cervical?")],
         bio="Carmen Aldabe es profesora de yoga en Pamplona.", tags=["Yoga", "Espalda"]),
    dict(key="fr-chunked-trains", lang="fr", template="chunked", site="Le Quotidien du Rail", chrome=CHROME4["fr"],
         author="Mathilde Courvoisier", date="2026-11-15", title="Le train de nuit Paris–Nice affiche complet pour les fêtes",
         body=[
             "Les billets du train de nuit entre Paris et Nice pour la période des fêtes se sont vendus en moins de quatre jours, a indiqué mardi l'opérateur.",
             "La ligne, relancée en 2021, transporte désormais plus de 200 000 voyageurs par an, soit trois fois plus qu'à sa réouverture.",
             "Les couchettes à quatre places sont les plus demandées, en particulier par les familles.",
             "« Le train de nuit répond à une vraie attente », estime Bastien Lherminier, porte-parole d'une association d'usagers.",
             "L'opérateur promet l'arrivée de nouvelles voitures rénovées au printemps, avec des prises électriques et des rideaux occultants.",
             "## Des trajets encore trop lents",
             "Les associations réclament toutefois une arrivée plus tôt à Nice : le train met actuellement près de douze heures.",
             "Une consultation publique sur les horaires de 2027 doit s'ouvrir en janvier.",
         ],
         tweet="", tweet_by="", caption="Le train de nuit en gare d'Austerlitz.", credit="Photo : Hugo Bertrand",
         related=["Grève des contrôleurs : le calendrier", "Le TER à un euro, bilan", "Billets de Noël : nos conseils", "La ligne des Alpes rouvre", "Un nouveau tram à Nice"],
         comments=[("voyageur06", "Impossible d'avoir une place, comme chaque année."), ("Sylvain", "Douze heures, c'est vraiment trop.")],
         bio="Mathilde Courvoisier couvre les transports pour le Quotidien.", tags=["Train de nuit"]),
    dict(key="it-builder-vino", lang="it", template="builder", site="Cantina Poggio Alto", chrome=CHROME4["it"],
         author="Ilaria Venturini", date="2026-10-01", title="Vendemmia 2026: il diario della nostra settimana più lunga",
         body=[
             "Quest'anno la vendemmia è iniziata il 4 settembre, una settimana prima del solito, dopo un'estate calda ma con piogge regolari ad agosto.",
             "Abbiamo raccolto a mano tutte le uve del vigneto alto, con una squadra di quattordici persone tra familiari, amici e vicini.",
             "## Le prime impressioni",
             "Il Sangiovese ha grappoli sani e una buona acidità. Il Trebbiano, invece, ha sofferto un po' il caldo di luglio.",
             "Molti di voi ci hanno chiesto di condividere le foto della raccolta: le trovate nella galleria della cantina, aperta il sabato.",
             "Il vino nuovo sarà pronto per l'assaggio a San Martino, l'11 novembre.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Il nostro olio nuovo", "Visite in cantina: gli orari", "Abbinamenti d'autunno", "La storia del vigneto alto", "Degustazione di Natale"],
         comments=[("Giorgio", "Non vediamo l'ora di assaggiarlo!"), ("Sandra B.", "Bellissimo racconto.")],
         bio="Ilaria Venturini gestisce la cantina di famiglia insieme ai fratelli.", tags=["Vendemmia", "Vino"]),
    dict(key="pt-static-astronomia", lang="pt", template="static", site="Céu Escuro", chrome=CHROME4["pt"],
         author="Duarte Fialho", date="2026-08-14", title="Como fotografei a Via Láctea com um telemóvel",
         body=[
             "Durante anos achei que fotografar a Via Láctea exigia uma câmara cara e uma lente luminosa. No verão passado provei a mim mesmo que não é assim.",
             "Fui para uma aldeia do interior, longe das luzes das cidades, numa noite sem lua.",
             "## O que precisa",
             "- um telemóvel com modo noturno ou manual",
             "- um tripé pequeno",
             "- paciência para esperar que os olhos se habituem ao escuro",
             "Usei exposições de 30 segundos e juntei dez fotografias num programa gratuito. O resultado não é perfeito, mas vê-se claramente o núcleo da galáxia.",
             "Se quiser partilhar as suas fotografias, envie-as para o nosso grupo de observação: publicamos as melhores todos os meses.",
         ],
         tweet="A Via Láctea sobre Monsaraz, só com o telemóvel. Ainda não acredito.",
         tweet_by="Duarte Fialho (@duartefialho)", caption="", credit="",
         related=["Chuva de estrelas de agosto", "Os melhores locais de céu escuro", "Binóculos para começar", "A Lua em setembro", "Planetas visíveis este mês"],
         comments=[("estrelas_pt", "Que foto incrível!"), ("Inês", "Qual telemóvel usaste?")],
         bio="Duarte Fialho é astrónomo amador e vive no Alentejo.", tags=["Astrofotografia", "Via Láctea"]),
    dict(key="pt-wix-padaria", lang="pt", template="wix", site="Padaria do Largo", chrome=CHROME4["pt"],
         author="Benedita Salgueiro", date="2026-05-05", title="Pão de massa-mãe: o que mudou em dez anos de forno",
         body=[
             "Abrimos a padaria em 2016 com uma massa-mãe que a minha avó me deu num frasco de compota. Dez anos depois, o frasco é outro, mas a massa é a mesma.",
             "Nestes anos mudámos muita coisa: a farinha passou a vir de um moinho do Alentejo, e o forno a lenha foi substituído por um forno de pedra.",
             "## O que não mudou",
             "A fermentação continua a durar dezoito horas. É isso que dá ao pão a crosta estaladiça e o miolo húmido de que os clientes gostam.",
             "Muitos clientes pedem para partilharmos a receita. Em junho vamos organizar um workshop ao sábado de manhã para quem quiser aprender.",
             "Obrigada a todos os que, há dez anos, fazem fila à porta às sete da manhã.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Bolo-rei só em dezembro", "O nosso moinho no Alentejo", "Workshop de massa-mãe", "Horário de verão", "Pastéis de nata ao domingo"],
         comments=[("cliente_fiel", "O melhor pão do bairro!"), ("Rita", "Quero muito ir ao workshop.")],
         bio="Benedita Salgueiro é padeira e fundadora da Padaria do Largo.", tags=["Pão", "Massa-mãe"]),
]

for _a in ARTICLES:
    if not _a["tweet"]:
        _a["tweet"] = _a["bio"]
    if not _a["credit"]:
        _a["credit"] = _a["bio"]
