"""The third HTML audit set (an audit set, like the first): residue inside the article's own container.

Pages whose CMS prints its residue as plain paragraphs of the article body: "READ MORE:" links,
an "ADVERTISEMENT" paragraph, a listen/reading-time line, an italic author note at the end,
a "This article first appeared on" line, photo credits as paragraphs, and a comment thread
longer than the article. Rendered by html_audit_pages.py.
"""
from html_audit_pages import E, body_html, h, head, pieces, slug

INLINE = {
    "en": dict(read_more="READ MORE:", ad="ADVERTISEMENT", listen="Listen to this article", minutes="4 min",
               first="This article was originally published on", photo="Photo:"),
    "de": dict(read_more="MEHR ZUM THEMA:", ad="ANZEIGE", listen="Artikel anhören", minutes="4 Min.",
               first="Dieser Artikel erschien zuerst auf", photo="Foto:"),
    "es": dict(read_more="LEE MÁS:", ad="PUBLICIDAD", listen="Escuchar este artículo", minutes="4 min",
               first="Este artículo se publicó originalmente en", photo="Foto:"),
    "fr": dict(read_more="LIRE AUSSI :", ad="PUBLICITÉ", listen="Écouter cet article", minutes="4 min",
               first="Cet article a été initialement publié sur", photo="Photo :"),
    "it": dict(read_more="LEGGI ANCHE:", ad="PUBBLICITÀ", listen="Ascolta l'articolo", minutes="4 min",
               first="Questo articolo è stato pubblicato originariamente su", photo="Foto:"),
    "pt": dict(read_more="LEIA MAIS:", ad="PUBLICIDADE", listen="Ouvir este artigo", minutes="4 min",
               first="Este artigo foi publicado originalmente em", photo="Foto:"),
}


def t_inline(a):
    p = pieces(a)
    c = p["c"]
    i = INLINE[a["lang"]]
    partner = a["partner"]
    inserts = {
        1: f'<p><strong>{E(i["read_more"])}</strong> <a href="/{slug(a["related"][0])}">{E(a["related"][0])}</a></p>',
        2: f'<p class="x1">{E(i["ad"])}</p><div id="ad-{h(a["key"], 4)}"></div>',
        4: f'<p><img src="/img/{h(a["key"])}-2.jpg"></p><p><em>{E(i["photo"])} {E(a["photo_by"])}</em></p>',
        5: f'<p><strong>{E(i["read_more"])}</strong> <a href="/{slug(a["related"][1])}">{E(a["related"][1])}</a></p>',
    }
    comments = "".join(f'<div class="c-item"><p class="c-name">{E(n)}</p><p class="c-text">{E(t)}</p></div>' for n, t in a["comments"])
    return head(a) + f'''<body>
<div class="top"><a href="/">{E(p["site"])}</a> {"".join(f'<a href="/{slug(x)}">{E(x)}</a> ' for x in c["nav"])}</div>
<div class="consent"><p>{E(c["cookie"])}</p><a>{E(c["cookie_buttons"][0])}</a></div>
<div class="wrap"><div class="col-main">
<h1>{E(a["title"])}</h1>
<p class="meta">{E(a["author"])} | {a["date"]}</p>
<div class="audio"><span>{E(i["listen"])}</span> <span>{E(i["minutes"])}</span></div>
<div class="txt">
{body_html(a["body"], inserts=inserts)}
<p><em>{E(a["bio"])}</em></p>
<p><em>{E(i["first"])} <a href="https://{slug(partner)}.example/">{E(partner)}</a>.</em></p>
</div>
<div class="c-wrap"><p class="c-head">{E(c["comments"])}</p>{comments}<p>{E(c["login"])}</p></div>
</div>
<div class="col-side"><p>{E(c["most_read"])}</p>{"".join(f'<p><a href="/{slug(x)}">{E(x)}</a></p>' for x in a["related"][2:])}</div></div>
<div class="bottom">{"".join(f'<a href="#">{E(x)}</a> ' for x in c["footer"][1:])}<p>{E(c["footer"][0].format(site=p["site"]))}</p></div>
</body></html>
'''


TEMPLATES = {"inline": t_inline}

_LONG = [
    "I have lived here for 40 years and I can tell you that nothing the council says ever happens on time, and this will be no different, mark my words.",
    "That is simply not true. The library was finished early and under budget, and so was the school extension on Mill Lane two years ago.",
    "The library was a small job. This is a big one, and big jobs here always go wrong because nobody checks what the contractors are doing.",
    "Does anyone know whether the bus route will change while the works are going on? My mother depends on the number 12 to get to her appointments.",
    "The number 12 is supposed to be diverted along the high street according to the leaflet we got through the door last week.",
]

ARTICLES = [
    dict(key="en-inline-library", lang="en", template="inline", site="Millbrook Courier", partner="Valley Voices",
         author="Dora Fenwick", date="2026-03-03", title="Millbrook library to open on Sundays from April",
         photo_by="Ian Castell",
         body=[
             "Millbrook's central library will open on Sundays from April, for the first time since 2010.",
             "The council said the extra hours would be staffed by two new part-time librarians and a rota of volunteers.",
             "Library manager Yvonne Ashdown said Sunday opening was the most common request in last year's survey of readers.",
             "The library will open from 11am to 4pm. The children's section will hold a story time at noon each week.",
             "The council's advertisement for the two posts closes on 20 March.",
             "Borrowers can also renew books online and reserve titles from other branches.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Mill Lane school extension opens", "Bus route 12 diverted", "Council budget approved", "Park cafe reopens", "Swimming pool hours cut"],
         comments=[(f"reader{i}", t) for i, t in enumerate(_LONG)],
         bio="Dora Fenwick is the Courier's education and community reporter.", tags=[]),
    dict(key="de-inline-hafen", lang="de", template="inline", site="Küstenkurier", partner="Nordsee Nachrichten",
         author="Jens Harmsen", date="2026-04-14", title="Fährhafen bekommt Landstrom für Schiffe",
         photo_by="Anke Reimers",
         body=[
             "Der Fährhafen in Süderwarft bekommt eine Landstromanlage. Ab 2027 sollen die Inselfähren während der Liegezeiten ihre Dieselmotoren abschalten.",
             "Die Anlage kostet 6,8 Millionen Euro, die Hälfte zahlt das Land.",
             "Anwohner klagen seit Jahren über Lärm und Abgase der Fähren, die nachts im Hafen liegen.",
             "Die Reederei hat zugesagt, ihre drei Schiffe bis zur Fertigstellung umzurüsten.",
             "Eine Anzeige gegen die Reederei wegen Lärmbelästigung war im vergangenen Jahr eingestellt worden.",
             "Der Bau soll im Herbst beginnen.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Inselfähre fällt wegen Sturm aus", "Neue Mole für Süderwarft", "Kurtaxe steigt", "Hafenfest im Juli", "Reederei bestellt neues Schiff"],
         comments=[("Hinnerk", "Endlich! Wir wohnen direkt am Hafen und hören die Motoren jede Nacht bis zwei Uhr, es ist nicht auszuhalten."),
                   ("Moin_Moin", "Und wer bezahlt den Strom? Am Ende landen die Kosten wieder bei den Fahrgästen, die Preise sind jetzt schon zu hoch."),
                   ("Hinnerk", "Lieber ein paar Euro mehr als jede Nacht Dieselabgase im Schlafzimmer, das sollte doch jedem einleuchten."),
                   ("Inselkind", "Auf der Insel freuen wir uns auch, der Hafen auf unserer Seite braucht aber genauso eine Anlage."),
                   ("Moin_Moin", "Das steht doch im Artikel nicht drin, ob die Insel auch etwas bekommt, da sollte man nachfragen.")],
         bio="Jens Harmsen ist Lokalredakteur in Süderwarft.", tags=[]),
    dict(key="es-inline-mercado", lang="es", template="inline", site="Crónica de Almenara", partner="Voces del Sur",
         author="Inés Carrasco", date="2026-05-21", title="El mercado de abastos reabre tras dos años de obras",
         photo_by="Pablo Ruano",
         body=[
             "El mercado de abastos de Almenara reabrió este sábado tras dos años de reforma, con 42 puestos y un nuevo espacio de restauración.",
             "La obra ha costado 5,3 millones de euros, financiados en parte con fondos europeos.",
             "Los comerciantes celebraron la reapertura, aunque algunos se quejan del precio de los nuevos alquileres.",
             "La concejala de Comercio, Begoña Lastra, aseguró que los alquileres se revisarán dentro de un año.",
             "Una campaña de publicidad en la radio local anunciará durante el verano las actividades del mercado.",
             "El mercado abrirá de lunes a sábado de 8.00 a 15.00.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Nuevo aparcamiento en el centro", "La feria de mayo, en cifras", "Suben los alquileres", "Obras en la avenida", "El pequeño comercio resiste"],
         comments=[("almenareño", "Precioso ha quedado, pero los precios de los puestos son una barbaridad y muchos de toda la vida no han vuelto."),
                   ("Lola", "Yo fui el sábado y había muchísima gente, hacía años que no veía el centro tan animado un fin de semana."),
                   ("almenareño", "Animado el primer día, ya veremos dentro de seis meses cuando se acabe la novedad y queden los de siempre."),
                   ("Pepi", "¿Alguien sabe si han vuelto los de la frutería de la esquina? Eran los mejores del mercado con diferencia."),
                   ("Lola", "Sí, están al fondo a la derecha, al lado de la pescadería nueva, con el mismo género de siempre.")],
         bio="Inés Carrasco es redactora de la sección local.", tags=[]),
    dict(key="fr-inline-ecole", lang="fr", template="inline", site="L'Écho de Vassieux", partner="Regards Alpins",
         author="Sylvie Pommeret", date="2026-09-04", title="Une classe rouvre à l'école de Vassieux",
         photo_by="Marc Veyrier",
         body=[
             "Fermée il y a quatre ans faute d'élèves, la deuxième classe de l'école de Vassieux a rouvert à la rentrée.",
             "L'école compte désormais 31 élèves, contre 17 en 2022, grâce à l'arrivée de plusieurs jeunes familles.",
             "Le maire, Pascal Ravix, y voit le résultat de la rénovation de logements communaux loués à prix modérés.",
             "Une nouvelle enseignante, Laure Chastel, a été nommée pour les élèves de CE2, CM1 et CM2.",
             "La publicité faite autour des logements communaux, dans la presse régionale, a attiré des familles de Grenoble et de Valence.",
             "La cantine, elle, reste gérée par des parents bénévoles.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Le col fermé pour travaux", "Fête du bleu : le programme", "Le bus scolaire change d'horaires", "Un médecin s'installe", "La fibre arrive"],
         comments=[("Parent_Vassieux", "Quelle bonne nouvelle ! Nos enfants n'auront plus à faire quarante minutes de bus chaque matin pour aller à l'école."),
                   ("Gilles", "Il faudra aussi penser au collège, car dans trois ans tous ces enfants devront descendre dans la vallée chaque jour."),
                   ("Parent_Vassieux", "Chaque chose en son temps, le collège ne dépend pas de la commune mais du département, il faut le rappeler."),
                   ("Martine", "Bravo à la mairie pour les logements, c'est ce qui manquait depuis des années dans nos villages de montagne."),
                   ("Gilles", "Bravo oui, mais les loyers modérés ne suffiront pas s'il n'y a pas de travail sur place pour les parents.")],
         bio="Sylvie Pommeret est correspondante dans le Vercors.", tags=[]),
    dict(key="it-inline-treno", lang="it", template="inline", site="Il Corriere della Valle", partner="Voci di Montagna",
         author="Paolo Zanetti", date="2026-10-12", title="Torna il treno storico sulla linea della valle",
         photo_by="Giulia Bortolin",
         body=[
             "Dopo sei anni di stop, il treno storico a vapore tornerà a percorrere la linea della valle ogni domenica di ottobre.",
             "Il convoglio, composto da una locomotiva del 1923 e da quattro carrozze restaurate, partirà alle 9.30 dalla stazione di Pontelungo.",
             "Il restauro è stato curato da un'associazione di volontari, che ha lavorato per tre anni nel deposito di Borgo Alto.",
             "I biglietti costano 25 euro per gli adulti e 10 per i bambini.",
             "La pubblicità dell'iniziativa è affidata soprattutto al passaparola e ai social dell'associazione.",
             "Il Comune spera di estendere il servizio anche alla primavera.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["La funivia riapre a dicembre", "Sagra della castagna, il programma", "Nuovi orari dei bus", "Il museo del treno", "Strada chiusa per frana"],
         comments=[("ferroviere_in_pensione", "Ho guidato quella locomotiva negli anni Settanta, vederla di nuovo in funzione è un'emozione che non so descrivere."),
                   ("Marta", "Bellissima iniziativa, ma venticinque euro a persona per una famiglia di quattro sono davvero tanti."),
                   ("ferroviere_in_pensione", "Il restauro è costato moltissimo e i volontari lavorano gratis, il prezzo mi sembra più che giusto."),
                   ("Luca", "Ci siamo stati domenica, i bambini erano entusiasti e il paesaggio in autunno è spettacolare."),
                   ("Marta", "Allora ci andremo anche noi, magari approfittando della sagra della castagna lo stesso giorno.")],
         bio="Paolo Zanetti scrive di cronaca e trasporti per il Corriere.", tags=[]),
    dict(key="pt-inline-feira", lang="pt", template="inline", site="Gazeta do Vale", partner="Vozes do Interior",
         author="Helena Bastos", date="2026-11-08", title="Feira do livro de Vale Formoso bate recorde de visitantes",
         photo_by="Tiago Ramalho",
         body=[
             "A feira do livro de Vale Formoso recebeu 38 mil visitantes em dez dias, um recorde desde a primeira edição, em 1998.",
             "Participaram 64 editoras, mais doze do que no ano passado, e foram realizadas 90 sessões de autógrafos.",
             "A organização atribui o sucesso à nova localização, no jardim municipal, e ao programa para escolas.",
             "A vereadora da Cultura, Filipa Mourão, anunciou que a feira terá mais três dias na próxima edição.",
             "A publicidade da feira nos autocarros da cidade foi, segundo a autarquia, decisiva para atrair público jovem.",
             "As vendas de livros infantis cresceram 30%.",
         ],
         tweet="", tweet_by="", caption="", credit="",
         related=["Biblioteca municipal renovada", "Festival de jazz no verão", "Novo teatro abre portas", "Escolas recebem livros", "Cinema ao ar livre regressa"],
         comments=[("leitora_vf", "Fui três vezes e adorei, sobretudo as sessões de autógrafos dos autores da região, muito bem organizadas."),
                   ("Rui", "O jardim é muito melhor do que o pavilhão antigo, mas faltaram bancos para as pessoas se sentarem."),
                   ("leitora_vf", "É verdade, os bancos eram poucos, sobretudo ao fim de semana quando vinham as famílias com crianças."),
                   ("Amélia", "Gostava que a feira durasse mais tempo, dez dias passam num instante e há sempre livros que ficam por ver."),
                   ("Rui", "Segundo a notícia vão ser mais três dias para o ano, já é alguma coisa.")],
         bio="Helena Bastos é jornalista da secção de cultura.", tags=[]),
]

for _a in ARTICLES:
    i = INLINE[_a["lang"]]
    _a["tweet"] = _a["bio"]
    _a["credit"] = f'{i["photo"]} {_a["photo_by"]}'
    _a["tags"] = ["x"]
    _a["extra_boiler"] = [i["read_more"], i["ad"], i["listen"], f'{i["first"]} {_a["partner"]}.',
                          f'{i["read_more"]} {_a["related"][0]}', f'{i["read_more"]} {_a["related"][1]}']
