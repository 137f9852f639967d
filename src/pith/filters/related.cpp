// related: links to other stories ("Read more: ...", "Lee también: ...") and click-through calls,
// and the run of headlines a related-stories header ("Related Posts:", "More stories") lists.
#include "pith/filters/related.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "pith/base/line_shape.h"
#include "pith/base/pair_scan.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/opening_guard.h"
#include "pith/filters/story_headline.h"
#include "pith/language/word_lists.h"
#include "pith/sites/date_words.h"

namespace pith {

namespace {

/// A label and one headline; a longer line is an article paragraph.
constexpr std::size_t k_max_bytes = 300;
/// Headlines run to a couple of dozen words at most.
constexpr std::size_t k_max_headline_words = 28;

/// Labels that introduce a link to another story; a separator (":", a dash, "»", "|") or the
/// end of the line must follow, so "Read more about the ruling in ..." stays.
constexpr std::string_view k_labels_en[] = {
    "read more", "read also", "also read", "related", "related story", "related stories", "related article",
    "related articles", "related content", "related coverage", "see also", "see more", "more", "more on this story",
    "more on this", "recommended", "recommended reading", "on the same topic", "on the same subject", "you may also like", "you might also like", "don't miss",
    "further reading", "most read", "trending", "keep reading", "related posts", "related reading", "related report",
    "more stories", "more news", "more from", "top stories", "popular posts", "popular stories", "most popular",
    "recommended stories", "recommended articles",
    "recent posts", "latest posts", "from around the web", "read next", "up next", "recommended for you",
    "continue reading", "you may have missed", "read more at", "see more at", "continued", "continued on",
    "related topics", "more like this", "popular now", "popular right now", "trending right now", "editor's picks",
    "editors' picks", "what to read next",
    "you may also be interested in", "most viewed", "most shared", "most commented", "most read stories", "most read articles", "trending now",
    "trending stories", "popular", "the most read", "most watched", "read full story", "read the full story",
    "full story",
    "readers also read", "more on this topic", "more on this subject", "listen also", "also listen",
    "we recommend", "recent comments", "recent articles", "related entries", "you may also find these useful",
    "you might also find these useful", "you may find these useful",
    // "You might like" with no "also", as the other languages print it.
    "you might like", "you may like",
    // The bare verb, as many sites print it before a headline ("READ: Council moves to ...").
    "read",
};
constexpr std::string_view k_labels_es[] = {
    "más información", "lee también", "lea también", "lee más", "leé también", "leé más", "mirá también", "te puede interesar", "le puede interesar",
    "noticias relacionadas", "relacionado", "relacionadas", "relacionados", "mira también", "más noticias", "te recomendamos",
    "lo más leído", "más leídas", "otras noticias", "temas relacionados", "artículos relacionados",
    "contenido relacionado", "también te puede interesar", "lo más visto", "más vistos", "más leídos", "los más leídos",
    "las más leídas", "tendencias", "lo más popular", "más populares", "leer más", "seguir leyendo", "sigue leyendo",
    "ver más",
    "los lectores también leyeron", "más sobre este tema", "no te pierdas", "escucha también", "te recomendamos leer",
    "quizás te interese", "quizá te interese", "tal vez te interese", "recomendados para ti",
    // The River Plate's voseo.
    "mirá también", "leé también", "leé más",
    // A blog's sidebar: its latest posts and comments, as the engines' translations title them.
    "entradas recientes", "comentarios recientes", "artículos recientes", "últimas entradas",
    // The bare verb, as English's "READ:" ("LEE: Reabren el embarcadero ...").
    "lee", "lea",
    "publicaciones recientes", "lea más", "entradas relacionadas", "publicaciones relacionadas", "posts relacionados",
    // "See also", "also read", the editors' picks, related topics and the most read.
    "véase también", "ver también", "puedes ver", "también puedes ver", "lee además", "la selección del editor", "selección del editor",
    "recomendado por la redacción", "la redacción recomienda",
    // "Recommended stories", as English has it.
    "noticias recomendadas", "artículos recomendados", "historias recomendadas",
    // A related story in the singular, and "on the same topic".
    "noticia relacionada", "artículo relacionado", "sobre el mismo tema", "del mismo tema",
    "las noticias más leídas", "los artículos más leídos",
    // "You might also like" and "listen also", as English has them.
    "también te puede gustar", "te puede gustar", "también te podría gustar", "te podría gustar",
    "también le puede gustar", "le puede gustar", "quizás te guste", "quizá te guste", "tal vez te guste",
    "puede que te guste", "también te gustará", "escuche también", "escucha además",
};
constexpr std::string_view k_labels_de[] = {
    "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie interessieren",
    "weitere artikel", "mehr dazu", "passend zum thema", "meistgelesen", "weitere nachrichten", "passend dazu",
    "dazu passend", "unser dossier",
    "das könnte sie auch interessieren", "verwandte themen", "weiterführende informationen", "weiterführende links",
    "beliebte beiträge", "beliebte beiträge zum thema", "ähnliche artikel", "ähnliche beiträge",
    "das könnte dich auch interessieren", "empfehlungen der redaktion", "meistgelesene artikel", "am meisten gelesen", "meistgesehen",
    "meistkommentiert", "beliebte artikel", "top-artikel", "die meistgelesenen artikel", "meistgeklickt",
    "weiterlesen", "mehr", "mehr lesen",
    "leser lesen auch", "andere leser lasen auch", "nicht verpassen", "hören sie auch", "auch lesenswert", "mehr zu diesem thema",
    "andere leser interessierten sich auch für", "leser interessierten sich auch für",
    "empfehlungen für sie", "empfohlene artikel", "unsere empfehlungen", "empfohlene beiträge",
    "zum selben thema", "zum gleichen thema", "verwandter artikel",
    "empfohlene nachrichten",
    "neueste beiträge", "neueste kommentare", "letzte beiträge", "aktuelle beiträge", "neueste artikel",
    "lesen sie hier", "weitere beiträge", "weitere beiträge zum thema", "lesetipp", "lesetipps", "unser lesetipp",
    // "See also", "also read" (formal and informal), the editors' picks, related topics and the
    // most read, in the wordings the English list has.
    "siehe auch", "auch lesen", "lies auch", "lest auch", "lies mehr", "das könnte dich interessieren",
    "redaktionstipp", "redaktionstipps", "tipp der redaktion", "tipps der redaktion", "die redaktion empfiehlt",
    "empfehlung der redaktion", "unsere empfehlung", "empfehlungen für dich", "empfohlen für dich",
    "verwandte themenbereiche", "ähnliche themen", "verwandte artikel", "verwandte beiträge",
    "meistgelesene", "die meistgelesenen", "meistgelesene beiträge", "meistgelesene nachrichten",
    "die meistgelesenen beiträge", "am häufigsten gelesen", "meistgeteilt",
    // "You might also like" (informal and formal) and "listen also", as English has them.
    "das gefällt dir vielleicht auch", "das gefällt ihnen vielleicht auch", "das könnte dir auch gefallen",
    "das könnte ihnen auch gefallen", "das könnte dir gefallen", "das könnte ihnen gefallen",
    "dies könnte dir auch gefallen", "dies könnte ihnen auch gefallen", "hör auch", "hört auch", "auch hörenswert",
};
constexpr std::string_view k_labels_fr[] = {
    "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "voir aussi", "lisez aussi",
    "lisez également", "notre dossier", "nos dernières actualités", "dernières actualités",
    "sur le même sujet", "à voir aussi", "articles liés", "les plus lus", "à découvrir", "à découvrir aussi",
    "à découvrir également", "dans la même rubrique",
    "sujets associés", "articles similaires", "vous aimerez aussi", "à lire ensuite",
    "les plus consultés", "les plus partagés", "les plus commentés", "les articles les plus lus", "tendances",
    "les plus populaires", "les plus lues", "lire la suite", "lire plus", "voir plus",
    "les lecteurs ont aussi lu", "à écouter aussi", "à voir également", "sur le même thème", "à ne pas manquer",
    "ne manquez pas",
    "ces articles peuvent vous intéresser", "ces articles pourraient vous intéresser", "nos lecteurs ont aussi lu",
    "vous pourriez aussi aimer", "recommandé pour vous", "articles recommandés", "actualités recommandées",
    "article lié", "article associé",
    "articles récents", "commentaires récents", "derniers articles", "publications récentes", "articles connexes",
    "lire",
    "billets similaires",
    // Editors' picks, related topics, "see also".
    "le choix de la rédaction", "choix de la rédaction", "la sélection de la rédaction", "la rédaction vous recommande",
    "sujets liés", "thèmes associés", "voir également",
    // "You might also like" and "listen also", as English has them.
    "vous pourriez aimer", "vous pourriez également aimer", "vous aimerez peut-être", "vous aimerez peut-être aussi",
    "vous aimerez également", "ça pourrait vous plaire", "cela pourrait vous plaire", "écoutez aussi",
    "écoutez également", "à écouter également", "a écouter aussi", "écouter aussi",
};
constexpr std::string_view k_labels_pt[] = {
    "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas", "relacionadas", "relacionado",
    "relacionados",
    "mais lidas", "outras notícias", "leia a seguir", "matérias relacionadas", "artigos relacionados",
    "conteúdo relacionado", "você também pode gostar", "mais lidos", "mais vistos", "mais vistas", "as mais lidas",
    "os mais lidos", "mais populares", "em alta", "ler mais", "continue lendo", "ver mais",
    "os leitores também leram", "pode também gostar de", "mais sobre este tema", "mais sobre o assunto", "não perca",
    "ouça também", "oiça também", "também pode gostar",
    "recomendados para você", "recomendado para você", "você pode gostar", "talvez você goste",
    "posts recentes", "comentários recentes", "artigos recentes", "publicações recentes", "últimos posts",
    "posts relacionados", "publicações relacionadas", "leia", "leia ainda", "veja ainda",
    // "See also", editors' picks, related topics.
    "ver também", "veja mais", "escolha do editor", "escolhas do editor", "seleção do editor",
    "recomendado pela redação", "notícias recomendadas", "artigos recomendados", "matérias recomendadas",
    "notícia relacionada", "artigo relacionado", "matéria relacionada", "sobre o mesmo tema", "sobre o mesmo assunto",
    "temas relacionados", "tópicos relacionados", "assuntos relacionados",
    // "You might also like" and "listen also", as English has them.
    "você também vai gostar", "você pode gostar também", "pode gostar também", "também poderá gostar",
    "poderá também gostar", "talvez goste", "talvez você goste também", "escute também", "ouça ainda",
};
constexpr std::string_view k_labels_it[] = {
    "leggi anche", "leggi pure", "potrebbe interessarti", "articoli correlati", "vedi anche", "approfondisci",
    "ti potrebbe interessare", "più letti", "altre notizie", "ti consigliamo", "argomenti correlati",
    "notizie correlate", "potrebbe interessarti anche", "ti potrebbe interessare anche", "i più letti", "le più lette",
    "più visti", "i più visti", "più condivisi", "i più condivisi", "più commentati", "gli articoli più letti",
    "di tendenza", "leggi tutto", "continua a leggere", "leggi di più",
    "i lettori hanno letto anche", "ascolta anche", "altro su questo argomento", "da non perdere", "non perderti",
    "guarda anche",
    "consigliati per te", "ti consigliamo anche", "notizie consigliate", "articoli consigliati",
    "sullo stesso tema", "sullo stesso argomento", "notizia correlata", "articolo correlato",
    "articoli recenti", "commenti recenti", "post recenti", "ultimi articoli", "post correlati", "leggi",
    // Editors' picks, related topics, "see also".
    "vedi pure", "la scelta della redazione", "scelti dalla redazione", "consigli della redazione",
    "la redazione consiglia", "temi correlati", "leggi ancora",
    // "You might also like" and "listen also", as English has them.
    "ti potrebbe piacere anche", "ti potrebbe piacere", "potrebbe piacerti anche", "potrebbe piacerti",
    "ti piacerà anche", "vi potrebbe piacere", "potrebbero piacerti", "ascolta pure", "ascolta ancora",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Headers over a list of recommended sites or resources, each item a line that names the
/// resource and says what it is ("Webseed.com offers alternative health programs.").
constexpr std::string_view k_resource_headers_en[] = {
    "recommended resources", "recommended links", "recommended sites", "useful links", "useful resources",
};
constexpr std::string_view k_resource_headers_es[] = {
    "recursos recomendados", "enlaces de interés", "enlaces recomendados",
};
constexpr std::string_view k_resource_headers_de[] = {"empfohlene links", "nützliche links"};
constexpr std::string_view k_resource_headers_fr[] = {"liens utiles", "ressources recommandées"};
constexpr std::string_view k_resource_headers_pt[] = {"links úteis", "links recomendados"};
constexpr std::string_view k_resource_headers_it[] = {"link utili", "risorse consigliate"};
constexpr LanguageWords k_resource_header_lists[] = {
    {ListLanguage::en, k_resource_headers_en}, {ListLanguage::es, k_resource_headers_es},
    {ListLanguage::de, k_resource_headers_de}, {ListLanguage::fr, k_resource_headers_fr},
    {ListLanguage::pt, k_resource_headers_pt}, {ListLanguage::it, k_resource_headers_it},
};
constexpr LanguagePhrases<total_words(k_resource_header_lists)> k_resource_headers{k_resource_header_lists};

/// Verbs that describe a listed resource, within a few words of its name (spaces around them).
constexpr std::string_view k_resource_verbs_en[] = {
    " is a ", " is an ", " are ", " offers ", " provides ", " lists ",
};
constexpr std::string_view k_resource_verbs_es[] = {" es un ", " es una ", " ofrece "};
constexpr std::string_view k_resource_verbs_de[] = {" ist ein ", " ist eine ", " bietet "};
constexpr std::string_view k_resource_verbs_fr[] = {" est un ", " est une ", " propose ", " offre "};
constexpr std::string_view k_resource_verbs_pt[] = {" é um ", " é uma ", " oferece "};
constexpr std::string_view k_resource_verbs_it[] = {" è un ", " è una ", " offre "};
constexpr LanguageWords k_resource_verb_lists[] = {
    {ListLanguage::en, k_resource_verbs_en}, {ListLanguage::es, k_resource_verbs_es},
    {ListLanguage::de, k_resource_verbs_de}, {ListLanguage::fr, k_resource_verbs_fr},
    {ListLanguage::pt, k_resource_verbs_pt}, {ListLanguage::it, k_resource_verbs_it},
};
/// A resource's entry is a sentence or two; its verb comes within this many bytes of the start.
constexpr std::size_t k_max_resource_entry_bytes = 400;
constexpr std::size_t k_resource_verb_reach = 60;

/// Labels that a headline may follow without a separator ("Read Also Mayor promises new fire
/// station"): none of them opens an article sentence. ("Read more" and "Related" do, and need one.)
constexpr std::string_view k_glued_labels_en[] = {
    "read also", "also read", "related posts", "related articles", "related stories", "more stories",
};
constexpr std::string_view k_glued_labels_es[] = {"lee también", "lea también"};
constexpr std::string_view k_glued_labels_de[] = {"lesen sie auch"};
constexpr std::string_view k_glued_labels_fr[] = {"à lire aussi", "a lire aussi", "lire aussi"};
constexpr std::string_view k_glued_labels_pt[] = {"leia também", "veja também"};
constexpr std::string_view k_glued_labels_it[] = {"leggi anche"};
constexpr LanguageWords k_glued_label_lists[] = {
    {ListLanguage::en, k_glued_labels_en}, {ListLanguage::es, k_glued_labels_es},
    {ListLanguage::de, k_glued_labels_de}, {ListLanguage::fr, k_glued_labels_fr},
    {ListLanguage::pt, k_glued_labels_pt}, {ListLanguage::it, k_glued_labels_it},
};
constexpr LanguagePhrases<total_words(k_glued_label_lists)> k_glued_labels{k_glued_label_lists};

/// Labels of a site's ticker or teaser slots ("Headline: Storm Shuts Every School In The Valley!",
/// "Editor's Pick: ..."); they count only before a separator and a headline-shaped line, and
/// never on the document's first line, where such a label opens the article's own headline.
constexpr std::string_view k_teaser_labels_en[] = {
    "headline", "headlines", "top story", "top headline", "top headlines", "featured", "featured story",
    "featured article", "featured post", "editor's pick", "editors' picks", "editor's choice", "must read",
    "must see", "hot topic", "hot topics",
};
constexpr std::string_view k_teaser_labels_es[] = {"titular", "titulares", "destacado", "destacados", "lo último"};
constexpr std::string_view k_teaser_labels_de[] = {"schlagzeile", "schlagzeilen", "top-thema", "topthema"};
constexpr std::string_view k_teaser_labels_fr[] = {"à la une", "en vedette", "à ne pas manquer"};
constexpr std::string_view k_teaser_labels_pt[] = {"manchete", "destaque", "destaques", "imperdível"};
constexpr std::string_view k_teaser_labels_it[] = {"in evidenza", "da non perdere", "in primo piano"};
constexpr LanguageWords k_teaser_label_lists[] = {
    {ListLanguage::en, k_teaser_labels_en}, {ListLanguage::es, k_teaser_labels_es},
    {ListLanguage::de, k_teaser_labels_de}, {ListLanguage::fr, k_teaser_labels_fr},
    {ListLanguage::pt, k_teaser_labels_pt}, {ListLanguage::it, k_teaser_labels_it},
};
constexpr LanguagePhrases<total_words(k_teaser_label_lists)> k_teaser_labels{k_teaser_label_lists};

/// Labels of a ticker of the latest headlines, which a row of two or more headlines follows, set
/// apart by the same kind of mark ("LATEST ▸ ... ▸ ...", "EN CONTINU • 14h02 ... • 13h47 ...",
/// "ULTIM'ORA ● ... ● ..."); a label with one headline after it may open a live report's entry.
constexpr std::string_view k_ticker_labels_en[] = {
    "latest", "latest news", "breaking", "breaking news", "just in", "news ticker", "ticker", "trending", "live",
    "news in brief", "top stories", "headlines", "highlights", "in focus",
};
constexpr std::string_view k_ticker_labels_es[] = {"última hora", "ultima hora", "último minuto", "ultimo minuto",
                                                   "lo último", "al momento", "urgente",
                                                   "minuto a minuto", "en directo", "en vivo", "directo", "destacados",
                                                   "titulares", "en portada"};
constexpr std::string_view k_ticker_labels_de[] = {"aktuell", "eilmeldung", "newsticker", "news-ticker", "ticker",
                                                   "neueste meldungen", "das neueste", "live", "kurz gemeldet",
                                                   "im fokus", "schlagzeilen", "top-themen"};
constexpr std::string_view k_ticker_labels_fr[] = {"en continu", "en direct", "dernière minute", "dernières infos",
                                                   "fil info", "fil d'actu", "flash info", "l'essentiel", "à la une",
                                                   "a la une", "les titres"};
constexpr std::string_view k_ticker_labels_pt[] = {"última hora", "agora", "urgente", "plantão", "últimas",
                                                   "ao vivo", "direto", "últimas notícias", "em destaque", "destaques",
                                                   "manchetes"};
constexpr std::string_view k_ticker_labels_it[] = {"ultim'ora", "ultima ora", "ultimora", "in diretta", "diretta",
                                                   "flash", "le ultime", "breaking news", "in evidenza",
                                                   "in primo piano", "i titoli"};
constexpr LanguageWords k_ticker_label_lists[] = {
    {ListLanguage::en, k_ticker_labels_en}, {ListLanguage::es, k_ticker_labels_es},
    {ListLanguage::de, k_ticker_labels_de}, {ListLanguage::fr, k_ticker_labels_fr},
    {ListLanguage::pt, k_ticker_labels_pt}, {ListLanguage::it, k_ticker_labels_it},
};
constexpr LanguagePhrases<total_words(k_ticker_label_lists)> k_ticker_labels{k_ticker_label_lists};

/// Openings of a header over an author's other pieces ("Older articles by Jane Roe"); a name follows.
constexpr std::string_view k_author_list_openings_en[] = {
    "older articles by", "more articles by", "most recent articles by", "recent articles by", "other articles by",
    "all articles by", "latest articles by", "more posts by", "recent posts by", "all posts by", "view all posts by",
    "more stories by", "more from", "more by", "articles by", "stories by", "posts by",
};
constexpr std::string_view k_author_list_openings_es[] = {
    "más artículos de", "otros artículos de", "últimos artículos de",
};
constexpr std::string_view k_author_list_openings_de[] = {"weitere artikel von", "alle artikel von", "mehr von"};
constexpr std::string_view k_author_list_openings_fr[] = {
    "autres articles de", "tous les articles de", "du même auteur",
};
constexpr std::string_view k_author_list_openings_pt[] = {
    "mais artigos de", "outros artigos de", "todos os artigos de",
};
constexpr std::string_view k_author_list_openings_it[] = {"altri articoli di", "tutti gli articoli di"};
constexpr LanguageWords k_author_list_opening_lists[] = {
    {ListLanguage::en, k_author_list_openings_en}, {ListLanguage::es, k_author_list_openings_es},
    {ListLanguage::de, k_author_list_openings_de}, {ListLanguage::fr, k_author_list_openings_fr},
    {ListLanguage::pt, k_author_list_openings_pt}, {ListLanguage::it, k_author_list_openings_it},
};
constexpr LanguagePhrases<total_words(k_author_list_opening_lists)> k_author_list_openings{k_author_list_opening_lists};
/// An author's name in such a header is a few words.
constexpr std::size_t k_max_author_words = 5;

/// Openings of a header that names the section or site its list comes from ("More posts from
/// the column:", "Die meistgelesenen Artikel bei SWR.de/Sport", "Highlights aus dem Bereich:"),
/// or that invites the reader to more of a kind ("Entdecke weitere Homestorys"); each ends on
/// its preposition (or "more"), and a short name follows.
constexpr std::string_view k_section_header_openings_en[] = {
    "more posts from", "more articles from", "more stories from", "more news from", "highlights from",
    "the most read articles on", "the most read articles in", "the most read articles at", "most read articles on",
    "most read articles in", "the most read on", "most read on", "most read in", "most popular on", "most popular in",
    "discover more", "explore more", "more from", "latest from",
};
constexpr std::string_view k_section_header_openings_es[] = {
    "más artículos de", "más noticias de", "más entradas de", "más publicaciones de", "lo más leído en",
    "lo más leído de", "los más leídos en", "lo más visto en", "destacados de", "descubre más", "descubra más",
    "más de", "últimas de", "lo último de",
};
constexpr std::string_view k_section_header_openings_de[] = {
    "weitere beiträge aus", "weitere beiträge von", "weitere artikel aus", "weitere nachrichten aus",
    "mehr beiträge aus", "die meistgelesenen artikel bei", "die meistgelesenen artikel auf",
    "die meistgelesenen artikel in", "meistgelesen bei", "meistgelesen auf", "meistgelesen in", "highlights aus",
    "entdecke weitere", "entdecken sie weitere", "entdecke mehr", "entdecken sie mehr", "mehr aus", "neues aus",
};
constexpr std::string_view k_section_header_openings_fr[] = {
    "plus d'articles de", "plus d'articles sur", "les plus lus sur", "les plus lus de", "les plus lus dans",
    "les articles les plus lus sur", "découvrez plus", "découvrez d'autres", "découvrez nos autres", "plus de",
    "à lire dans",
};
constexpr std::string_view k_section_header_openings_pt[] = {
    "mais artigos de", "mais notícias de", "mais posts de", "mais publicações de", "mais lidos em", "mais lidas em",
    "os mais lidos em", "as mais lidas em", "mais lidos do", "mais lidas do", "destaques de", "destaques do",
    "destaques da", "descubra mais", "descubra outros", "descubra outras", "mais de", "mais do", "mais da",
    "últimas de", "últimas do", "últimas da",
};
constexpr std::string_view k_section_header_openings_it[] = {
    "altri articoli da", "altri post di", "altre notizie da", "altre notizie di", "i più letti su", "i più letti di",
    "più letti su", "gli articoli più letti su", "scopri altri", "scopri altre", "scopri di più", "altro da",
    "le ultime da",
};
constexpr LanguageWords k_section_header_opening_lists[] = {
    {ListLanguage::en, k_section_header_openings_en}, {ListLanguage::es, k_section_header_openings_es},
    {ListLanguage::de, k_section_header_openings_de}, {ListLanguage::fr, k_section_header_openings_fr},
    {ListLanguage::pt, k_section_header_openings_pt}, {ListLanguage::it, k_section_header_openings_it},
};
constexpr LanguagePhrases<total_words(k_section_header_opening_lists)> k_section_header_openings{
    k_section_header_opening_lists};
/// The section's or site's name after the opening is a few words ("der Kolumne", "SWR.de/Sport").
constexpr std::size_t k_max_section_name_words = 4;
/// Openings of k_section_header_openings short enough to open prose ("Más de 300 vecinos ..."):
/// the section's name after them must look like one.
constexpr std::string_view k_short_section_openings[] = {
    "more from", "latest from", "más de", "últimas de", "lo último de", "mehr aus", "neues aus", "plus de",
    "à lire dans", "mais de", "mais do", "mais da", "últimas do", "últimas da", "altro da", "le ultime da",
};
/// Openings that also head an article's own section ("Highlights from the debate"): a list's
/// header only with its ':' ("Highlights aus dem Bereich:").
constexpr std::string_view k_colon_only_section_openings[] = {
    "highlights from", "highlights aus", "destacados de", "destaques de", "destaques do", "destaques da",
};

/// Labels that name the site or section another story is on, then ':' and its headline ("► ALSO
/// ON STORMWATCH: Why are autumn storms getting names earlier?", "Auch auf Tagblatt.de: ...").
constexpr std::string_view k_named_link_openings_en[] = {"also on", "more on", "elsewhere on", "also from", "read more on"};
constexpr std::string_view k_named_link_openings_es[] = {"también en", "más en", "lee más en", "lea más en"};
constexpr std::string_view k_named_link_openings_de[] = {"auch auf", "mehr auf", "auch bei", "mehr bei", "außerdem auf"};
constexpr std::string_view k_named_link_openings_fr[] = {"aussi sur", "également sur", "à lire sur", "à lire aussi sur",
                                                         "lire aussi sur"};
constexpr std::string_view k_named_link_openings_pt[] = {"também no", "também na", "leia mais no", "leia mais na",
                                                         "mais no", "mais na"};
constexpr std::string_view k_named_link_openings_it[] = {"anche su", "leggi anche su", "altro su", "di più su"};
constexpr LanguageWords k_named_link_opening_lists[] = {
    {ListLanguage::en, k_named_link_openings_en}, {ListLanguage::es, k_named_link_openings_es},
    {ListLanguage::de, k_named_link_openings_de}, {ListLanguage::fr, k_named_link_openings_fr},
    {ListLanguage::pt, k_named_link_openings_pt}, {ListLanguage::it, k_named_link_openings_it},
};
constexpr LanguagePhrases<total_words(k_named_link_opening_lists)> k_named_link_openings{k_named_link_opening_lists};
/// Of those, the ones that head a list alone on their line with the site's name
/// (is_also_on_site_header()), in the six languages.
constexpr std::string_view k_also_on_openings[] = {
    "also on", "elsewhere on", "también en", "auch auf", "auch bei", "aussi sur", "également sur", "também no",
    "também na", "anche su",
};
/// Most words of the site's or section's name in such a label.
constexpr std::size_t k_max_named_link_name_words = 4;

/// Calls to read on elsewhere that end on the other site's address ("Read More @ example.com",
/// "To read more posts like this visit X at www.example.co.uk").
constexpr std::string_view k_read_on_openings_en[] = {
    "read more", "see more", "read the rest", "read the full", "continue reading", "to read more", "full story at", "read full story",
    "read the full story", "full story",
    "full article at", "more at",
};
constexpr std::string_view k_read_on_openings_es[] = {"lee más", "sigue leyendo", "leer más", "seguir leyendo", "ver más"};
constexpr std::string_view k_read_on_openings_de[] = {"weiterlesen", "mehr lesen"};
constexpr std::string_view k_read_on_openings_fr[] = {"lire la suite", "lire plus", "voir plus"};
constexpr std::string_view k_read_on_openings_pt[] = {"leia mais", "continue lendo", "ler mais", "ver mais"};
constexpr std::string_view k_read_on_openings_it[] = {"leggi tutto", "continua a leggere", "leggi di più"};
constexpr LanguageWords k_read_on_opening_lists[] = {
    {ListLanguage::en, k_read_on_openings_en}, {ListLanguage::es, k_read_on_openings_es},
    {ListLanguage::de, k_read_on_openings_de}, {ListLanguage::fr, k_read_on_openings_fr},
    {ListLanguage::pt, k_read_on_openings_pt}, {ListLanguage::it, k_read_on_openings_it},
};
constexpr LanguagePhrases<total_words(k_read_on_opening_lists)> k_read_on_openings{k_read_on_opening_lists};
constexpr std::size_t k_max_read_on_words = 20;


/// Calls to click through to another page: "Click here to ...", "... by clicking here".
constexpr std::string_view k_click_openings_en[] = {
    "click here", "tap here", "click the banner", "click the image", "click the link", "click the graphic",
    "click banner", "click graphic", "click on the banner", "click on the image", "click on the link",
};
constexpr std::string_view k_click_openings_es[] = {"haz clic aquí", "haga clic aquí", "pincha aquí"};
constexpr std::string_view k_click_openings_de[] = {"hier klicken", "klicken sie hier"};
constexpr std::string_view k_click_openings_fr[] = {"cliquez ici"};
constexpr std::string_view k_click_openings_pt[] = {"clique aqui"};
constexpr std::string_view k_click_openings_it[] = {"clicca qui"};
constexpr LanguageWords k_click_opening_lists[] = {
    {ListLanguage::en, k_click_openings_en}, {ListLanguage::es, k_click_openings_es},
    {ListLanguage::de, k_click_openings_de}, {ListLanguage::fr, k_click_openings_fr},
    {ListLanguage::pt, k_click_openings_pt}, {ListLanguage::it, k_click_openings_it},
};
constexpr LanguagePhrases<total_words(k_click_opening_lists)> k_click_openings{k_click_opening_lists};
constexpr std::string_view k_click_endings_en[] = {
    "click here", "clicking here", "click graphic", "click banner", "click image", "click the image",
    "click the banner",
};
constexpr std::string_view k_click_endings_es[] = {"haz clic aquí", "haga clic aquí", "haciendo clic aquí"};
constexpr std::string_view k_click_endings_de[] = {"hier klicken"};
constexpr std::string_view k_click_endings_fr[] = {"cliquez ici"};
constexpr std::string_view k_click_endings_pt[] = {"clique aqui"};
constexpr std::string_view k_click_endings_it[] = {"clicca qui"};
constexpr LanguageWords k_click_ending_lists[] = {
    {ListLanguage::en, k_click_endings_en}, {ListLanguage::es, k_click_endings_es},
    {ListLanguage::de, k_click_endings_de}, {ListLanguage::fr, k_click_endings_fr},
    {ListLanguage::pt, k_click_endings_pt}, {ListLanguage::it, k_click_endings_it},
};

/// "For more information, please visit their website.": a press release's close, sending the
/// reader to a site it does not name; it opens on more information and ends on the visit.
constexpr std::string_view k_more_info_openings_en[] = {
    "for more information", "for more info", "for further information", "for more details", "to learn more",
    "to find out more", "more information",
};
constexpr std::string_view k_more_info_openings_es[] = {"para más información", "para obtener más información"};
constexpr std::string_view k_more_info_openings_de[] = {
    "weitere informationen", "für weitere informationen", "mehr informationen",
};
constexpr std::string_view k_more_info_openings_fr[] = {
    "pour plus d'informations", "pour en savoir plus", "plus d'informations",
};
constexpr std::string_view k_more_info_openings_pt[] = {"para mais informações", "mais informações"};
constexpr std::string_view k_more_info_openings_it[] = {
    "per maggiori informazioni", "per ulteriori informazioni", "maggiori informazioni",
};
constexpr LanguageWords k_more_info_opening_lists[] = {
    {ListLanguage::en, k_more_info_openings_en}, {ListLanguage::es, k_more_info_openings_es},
    {ListLanguage::de, k_more_info_openings_de}, {ListLanguage::fr, k_more_info_openings_fr},
    {ListLanguage::pt, k_more_info_openings_pt}, {ListLanguage::it, k_more_info_openings_it},
};
constexpr LanguagePhrases<total_words(k_more_info_opening_lists)> k_more_info_openings{k_more_info_opening_lists};
constexpr std::string_view k_visit_endings_en[] = {
    "visit our website", "visit their website", "visit the website", "visit his website", "visit her website",
    "visit our site", "visit their site", "visit our web site", "visit their web site", "visit the company's website",
};
constexpr std::string_view k_visit_endings_es[] = {
    "visite nuestro sitio web", "visite su sitio web", "visite nuestra web", "visite su web",
};
constexpr std::string_view k_visit_endings_de[] = {
    "besuchen sie unsere website", "besuchen sie unsere webseite", "besuchen sie die website",
};
constexpr std::string_view k_visit_endings_fr[] = {
    "visitez notre site", "visitez leur site", "visitez notre site web", "visitez leur site web",
};
constexpr std::string_view k_visit_endings_pt[] = {
    "visite nosso site", "visite o site", "acesse nosso site", "acesse o site",
};
constexpr std::string_view k_visit_endings_it[] = {
    "visita il nostro sito", "visita il sito", "visitate il nostro sito",
};
constexpr LanguageWords k_visit_ending_lists[] = {
    {ListLanguage::en, k_visit_endings_en}, {ListLanguage::es, k_visit_endings_es},
    {ListLanguage::de, k_visit_endings_de}, {ListLanguage::fr, k_visit_endings_fr},
    {ListLanguage::pt, k_visit_endings_pt}, {ListLanguage::it, k_visit_endings_it},
};
constexpr std::size_t k_max_more_info_words = 16;

/// Imperatives that send the reader to a link ("Purchase this report @ http://...", "Download the
/// full study at https://..."); the line must end on the link.
constexpr std::string_view k_link_call_openings_en[] = {
    "purchase", "buy", "order", "make an order", "get", "download", "browse", "inquire", "enquire", "inquiry",
    "request", "access", "visit", "ask", "check out", "shop", "complete report", "full report",
};
constexpr std::string_view k_link_call_openings_es[] = {"descarga", "descargue", "compra", "visita"};
constexpr std::string_view k_link_call_openings_de[] = {"herunterladen", "laden sie", "bestellen", "besuchen sie"};
constexpr std::string_view k_link_call_openings_fr[] = {"téléchargez", "achetez", "commandez", "visitez"};
constexpr std::string_view k_link_call_openings_pt[] = {"baixe", "compre", "acesse", "visite"};
constexpr std::string_view k_link_call_openings_it[] = {"scarica", "acquista", "visita"};
constexpr LanguageWords k_link_call_opening_lists[] = {
    {ListLanguage::en, k_link_call_openings_en}, {ListLanguage::es, k_link_call_openings_es},
    {ListLanguage::de, k_link_call_openings_de}, {ListLanguage::fr, k_link_call_openings_fr},
    {ListLanguage::pt, k_link_call_openings_pt}, {ListLanguage::it, k_link_call_openings_it},
};
constexpr LanguagePhrases<total_words(k_link_call_opening_lists)> k_link_call_openings{k_link_call_opening_lists};
constexpr std::size_t k_max_link_call_words = 35;
constexpr std::size_t k_max_link_call_bytes = 700;
/// What a link holds; looked for in every line by its byte pairs ("tp", "w."), in one pass
/// (the memchr for '.', the rarest byte of "www.", stops at every sentence's end).
constexpr shape::PairNeedles k_link_marks{{"http", "www."}};
/// A click-through call is one short line.
constexpr std::size_t k_max_click_bytes = 150;
constexpr std::size_t k_max_click_words = 16;

/// Calls of a market-research press release to get the report, a sample of it or an analyst,
/// with no link on the line ("Request a sample copy of this report", "Inquire before buying",
/// "Ask for discount"). Each opening names what it offers, so no article sentence opens so.
constexpr std::string_view k_report_call_openings_en[] = {
    "request a sample", "request sample", "request a free sample", "request free sample", "get a sample",
    "get sample", "get a free sample", "get free sample", "download a sample", "download sample",
    "download free sample", "download a free sample", "inquire before buying", "enquire before buying",
    "ask for discount", "ask for a discount", "avail discount", "check discount", "speak to our analyst",
    "speak to analyst", "talk to our analyst", "buy this report", "buy the full report", "buy full report",
    "purchase this report", "purchase the full report", "purchase full report", "browse full report",
    "browse the full report", "browse complete report", "request customization", "ask for customization",
    "download pdf brochure", "download brochure", "inquire for complete report", "enquire for complete report",
    "inquire for report", "enquire for report",
};
constexpr std::string_view k_report_call_openings_es[] = {
    "solicite una muestra", "solicitar una muestra", "solicitar muestra", "descargue una muestra", "compre el informe",
};
constexpr std::string_view k_report_call_openings_de[] = {
    "fordern sie ein muster", "muster anfordern", "kostenloses muster anfordern", "bericht kaufen",
};
constexpr std::string_view k_report_call_openings_fr[] = {
    "demandez un échantillon", "demander un échantillon", "téléchargez un échantillon", "achetez le rapport",
};
constexpr std::string_view k_report_call_openings_pt[] = {
    "solicite uma amostra", "solicitar uma amostra", "solicitar amostra", "baixe uma amostra", "compre o relatório",
};
constexpr std::string_view k_report_call_openings_it[] = {
    "richiedi un campione", "richiedi campione", "scarica un campione", "acquista il rapporto",
};
constexpr LanguageWords k_report_call_opening_lists[] = {
    {ListLanguage::en, k_report_call_openings_en}, {ListLanguage::es, k_report_call_openings_es},
    {ListLanguage::de, k_report_call_openings_de}, {ListLanguage::fr, k_report_call_openings_fr},
    {ListLanguage::pt, k_report_call_openings_pt}, {ListLanguage::it, k_report_call_openings_it},
};
constexpr LanguagePhrases<total_words(k_report_call_opening_lists)> k_report_call_openings{k_report_call_opening_lists};
/// Such a call may carry the report's full title ("Inquire for Complete Report Copy of Feed Amino
/// Acids Market by Type (Lysine, ...), Application and Region"), but not a paragraph.
constexpr std::size_t k_max_report_call_words = 40;

/// The first three bytes of the phrases of some lists, as a bit set over the triples of two
/// ASCII letters or digits (lower case) and a third or a space. A line that opens so past its
/// opening marks, as most do, opens with a phrase of the lists only when its triple is in the
/// set: phrase_at() compares such bytes one for one (a phrase's space with any white space), and
/// a phrase of two bytes ends at the space. A phrase of one byte, or with another byte among its
/// first three, opens no such line. Tells nothing of a line that opens otherwise.
class OpeningTriples {
 public:
  /// What of() gives for a line that does not open so.
  static constexpr std::size_t k_none = 37 * 37 * 37;

  template <std::size_t... N>
  consteval explicit OpeningTriples(const LanguagePhrases<N>&... lists) {
    (add(lists), ...);
  }

  /// The triple `text` opens with past its opening marks, or k_none.
  static std::size_t of(std::string_view text) {
    text = shape::skip_opening_marks(text);
    if (text.size() < 3) return k_none;
    std::size_t a = slot(text[0]), b = slot(text[1]), c = slot(text[2]);
    if (a >= k_white || b >= k_white || c > k_white) return k_none;
    return (a * 37 + b) * 37 + c;
  }

  /// False when no phrase of the lists opens a line whose of() is `triple` (for certain).
  bool may_open(std::size_t triple) const { return triple == k_none || (m_bits[triple / 64] >> (triple % 64) & 1u); }

 private:
  static constexpr std::size_t k_white = 36;
  /// 0 .. 25 for a letter of either case, 26 .. 35 for a digit, k_white for ASCII white space,
  /// k_white + 1 for any other byte.
  static constexpr std::size_t slot(char c) {
    if (c >= 'a' && c <= 'z') return static_cast<std::size_t>(c - 'a');
    if (c >= 'A' && c <= 'Z') return static_cast<std::size_t>(c - 'A');
    if (c >= '0' && c <= '9') return static_cast<std::size_t>(26 + c - '0');
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ? k_white : k_white + 1;
  }
  template <std::size_t N>
  constexpr void add(const LanguagePhrases<N>& phrases) {
    for (std::string_view phrase : phrases.list) {
      if (phrase.size() < 2) continue;
      std::size_t a = slot(phrase[0]), b = slot(phrase[1]), c = phrase.size() == 2 ? k_white : slot(phrase[2]);
      if (a >= k_white || b >= k_white || c > k_white) continue;
      std::size_t triple = (a * 37 + b) * 37 + c;
      m_bits[triple / 64] |= std::uint64_t{1} << (triple % 64);
    }
  }

  std::array<std::uint64_t, k_none / 64 + 1> m_bits{};
};

/// Length of a separator after a label at the start of `rest`, or 0 (then there is none).
std::size_t separator_at(std::string_view rest) {
  std::size_t skipped = 0;
  while (skipped < rest.size() && rest[skipped] == ' ') ++skipped;
  rest.remove_prefix(skipped);
  if (rest.starts_with(':') || rest.starts_with('|') || rest.starts_with('>')) return skipped + 1;
  if (rest.starts_with("\xC2\xBB")) return skipped + 2;  // »
  if (std::size_t dash = shape::dash_at(rest); dash && skipped > 0) return skipped + dash;
  // An arrow a box points at the headline with (→ ➜ ➔ › ▶ ► ▸; » above).
  for (std::string_view arrow : shape::k_pointing_arrows)
    if (rest.starts_with(arrow)) return skipped + arrow.size();
  return 0;
}


/// A label's words naming where its stories come from ("more from the coast") run to this many.
constexpr std::size_t k_max_label_place_words = 3;
/// The labels of k_labels that are the bare verb "read" ("READ:", "LEE:", "Leggi:"), which a
/// speaker's name may also spell ("Lee: ...").
constexpr std::string_view k_bare_read_labels[] = {"read", "lee", "lea", "leia", "leggi", "lire"};

/// True when `text` opens with a quotation mark: " « “ „ ' ‘ or ‹.
bool opens_with_quote_mark(std::string_view text) {
  for (std::string_view quote : {"\"", "'", "\xC2\xAB", "\xE2\x80\x9C", "\xE2\x80\x9E", "\xE2\x80\x98", "\xE2\x80\xB9"})
    if (text.starts_with(quote)) return true;
  return false;
}

/// True when `key` is a label alone, or a label, a separator and one headline.
bool is_related_link(std::string_view key, ListLanguages languages) {
  // "[Related: headline]", "(more…)": the brackets are the link's decoration.
  if ((key.starts_with('[') && key.ends_with(']')) || (key.starts_with('(') && key.ends_with(')'))) {
    key = shape::trim(key.substr(1, key.size() - 2));
    // key() drops a final ellipsis only at the line's end, not inside the brackets.
    for (std::string_view ellipsis : {std::string_view("\xE2\x80\xA6"), std::string_view("...")})
      if (key.ends_with(ellipsis)) key = shape::trim(key.substr(0, key.size() - ellipsis.size()));
  }
  return any_phrase_opening(key, k_labels, languages, [&](std::string_view label) {
    if (!shape::starts_with_word_ci(key, label)) return false;
    std::string_view rest = key.substr(label.size());
    if (shape::trim(rest).empty()) return true;
    std::size_t separator = separator_at(rest);
    // The label may name where the stories come from before a bar or an arrow ("MORE FROM THE
    // COAST | ...", "Más noticias de Azuay ➤ ..."): a few words, then the separator.
    for (std::size_t words = 0; separator == 0 && words < k_max_label_place_words; ++words) {
      std::size_t space = rest.find(' ', 1);
      if (space == std::string_view::npos) return false;
      rest = rest.substr(space);
      separator = separator_at(rest);
      if (separator != 0 && rest.substr(0, separator).find(':') != std::string_view::npos) separator = 0;
      if (separator != 0 && shape::dash_at(shape::trim(rest)) != 0) separator = 0;
    }
    if (separator == 0) return false;
    std::string_view headline = shape::trim(rest.substr(separator));
    // After a bare verb, a quotation is a speaker's words ("Lee: «No voy a dimitir», dijo ...").
    if (shape::is_one_of(label, k_bare_read_labels) && opens_with_quote_mark(headline)) return false;
    return shape::word_count(headline) <= k_max_headline_words;  // "Continue reading →" too
  });
}

/// True when `key` ends with one of `endings` as whole words.
bool ends_with_words(std::string_view key, std::span<const std::string_view> endings) {
  for (std::string_view ending : endings)
    if (key.ends_with(ending) && (key.size() == ending.size() || key[key.size() - ending.size() - 1] == ' '))
      return true;
  return false;
}

/// "lic", which every click ending holds ("click", "clic", "klicken", "cliquez", "clicca"): the
/// key's letters are the line's, lower-cased, so a line without it in any case ends on none.
constexpr std::string_view k_click_ending_stem[] = {"lic"};

/// The ASCII letters a click ending ends with (key_closing() tells no other byte).
constexpr std::array<bool, 256> k_click_closings = [] {
  std::array<bool, 256> bytes{};
  for (const LanguageWords& list : k_click_ending_lists)
    for (std::string_view ending : list.words) bytes[static_cast<unsigned char>(ending.back())] = true;
  return bytes;
}();

/// `may_open`: k_opening_guard.may_open() of the line (false: no click opening opens it).
bool is_click_through(std::string_view text, ListLanguages languages, bool may_open) {
  bool opens = may_open && !opening_in(text, k_click_openings, languages).empty();
  if (!opens) {
    // The key must end on an ending: a line ending on a letter no ending ends with (most
    // lines that end on a letter) is not searched for the stem.
    // The key drops the final stops ('.', '!', ':', ',', ';'), and then ends on the byte before.
    std::string_view end = text;
    while (!end.empty() && (end.back() == '.' || end.back() == '!' || end.back() == ':' || end.back() == ',' ||
                            end.back() == ';'))
      end.remove_suffix(1);
    unsigned char closing = key_closing(end);
    if ((closing != 0 && !k_click_closings[closing]) || !shape::contains_stem_ci(text, k_click_ending_stem))
      return false;
  }
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_click_words) return false;
  if (opens) return true;
  return any_list(languages, k_click_ending_lists, [&](auto endings) { return ends_with_words(key, endings); });
}

bool is_more_info_call(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_more_info_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_more_info_words) return false;
  // The visit follows the opening: it never is the whole line.
  return any_list(languages, k_visit_ending_lists, [&](auto endings) {
    for (std::string_view ending : endings)
      if (key.size() > ending.size() && key.ends_with(ending) && key[key.size() - ending.size() - 1] == ' ')
        return true;
    return false;
  });
}

/// "Headline: Storm Shuts Every School In The Valley!": a teaser label, a separator, a headline.
bool is_teaser_line(std::string_view text, ListLanguages languages) {
  std::string_view label = opening_in(text, k_teaser_labels, languages);
  if (label.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(shape::phrase_at(rest, label));
  std::size_t separator = separator_at(rest);
  return separator != 0 && is_list_headline(rest.substr(separator));
}

/// A list item's date line: "Jun 29, 2008 — Jim Bray", "2 mai 2008 | Claire Martin": a few
/// words holding a year, and no sentence.
constexpr std::size_t k_max_dated_line_words = 8;
bool is_dated_line(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || !shape::has_year(text) || shape::word_count(text) > k_max_dated_line_words) return false;
  char last = text.back();
  return last != '.' && last != '?' && last != '!';
}

/// A listed story's teaser: a paragraph's opening, a few sentences at most.
constexpr std::size_t k_max_teaser_bytes = 600;

/// "Read Also Mayor promises new fire station": a label that opens no sentence, then a headline.
bool is_glued_label_link(std::string_view text, ListLanguages languages) {
  std::string_view label = opening_in(text, k_glued_labels, languages);
  if (label.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, label)));
  return !rest.empty() && is_list_headline(rest);
}

/// The triples of the openings of author's and section's headers, and of resource headers:
/// most lines open on three bytes none of them opens with.
constexpr OpeningTriples k_author_list_triples{k_author_list_openings};
constexpr OpeningTriples k_section_header_triples{k_section_header_openings};
constexpr OpeningTriples k_resource_header_triples{k_resource_headers};

/// "Older articles by Jane Roe", "Most recent articles by Jane Roe:": an author's name after the opening.
bool is_author_list_header(std::string_view text, ListLanguages languages) {
  if (!k_author_list_triples.may_open(OpeningTriples::of(text))) return false;
  std::string_view opening = opening_in(text, k_author_list_openings, languages);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.ends_with(':')) rest.remove_suffix(1);
  rest = shape::trim(rest);
  if (rest.empty()) return opening == "du même auteur";
  if (rest.find_first_of(".,;!?") != std::string_view::npos) return false;
  // A team, desk or section may be named with its article ("More from the first team", "More from
  // the newsroom").
  if (rest.starts_with("the ") && rest.size() > 4 && shape::word_count(rest) <= k_max_author_words) return true;
  return opens_like_headline(rest) && shape::word_count(rest) <= k_max_author_words;
}

/// True when the last word of `key` is a web address ("example.com", "www.site.co.uk", a URL).
bool ends_on_address(std::string_view key) {
  std::size_t space = key.rfind(' ');
  std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
  if (last.starts_with("http") || last.starts_with("www.")) return true;
  std::size_t dot = last.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || !shape::is_word_byte(last[dot - 1])) return false;
  std::string_view tld = last.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld)
    if (c < 'a' || c > 'z') return false;
  return true;
}

/// True when `headline` opens as a headline does: with a capital or a digit, past any quote
/// ("il bilancio del Comune" goes on a sentence).
bool opens_as_headline(std::string_view headline) {
  headline = shape::skip_opening_marks(headline);
  if (headline.empty()) return false;
  auto first = static_cast<unsigned char>(headline[0]);
  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') ||
         (first == 0xC3 && headline.size() > 1 && static_cast<unsigned char>(headline[1]) < 0x9F);
}

/// "More posts from the column:", "Die meistgelesenen Artikel bei SWR.de/Sport": a section
/// header's opening and a short name, with no sentence's mark in it ("SWR.de" is no stop).
bool is_section_header(std::string_view text, ListLanguages languages) {
  // Its own guard: most lines the row's guard lets through open with none of these.
  static constexpr OpeningGuard k_section_header_guard{k_section_header_openings};
  if (!k_section_header_guard.may_open(text) || !k_section_header_triples.may_open(OpeningTriples::of(text)))
    return false;
  std::string_view opening = opening_in(text, k_section_header_openings, languages);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.ends_with(':')) rest = shape::trim(rest.substr(0, rest.size() - 1));
  else if (shape::is_one_of(opening, k_colon_only_section_openings)) return false;
  if (rest.empty() || rest.find_first_of(",;!?") != std::string_view::npos || rest.back() == '.') return false;
  // After the short openings ("Más de", "More from") the name is a section's: it opens with a
  // capital and holds no figure ("Más de 300 vecinos", "More from the council").
  if (shape::is_one_of(opening, k_short_section_openings) && (!opens_as_headline(rest) || shape::has_digit(rest)))
    return false;
  return shape::word_count(rest) <= k_max_section_name_words;
}

/// "ALSO ON STORMWATCH: Why are autumn storms getting names earlier?": a label naming a site or
/// section (k_named_link_openings), ':' or '|' and a headline, which ends on no full stop. The name is
/// a capitalised word or few, never a day or a month, so a roundup's "Also on Tuesday: the
/// minister resigned." and "Also on the agenda: ..." stay.
bool is_named_site_link(std::string_view text, ListLanguages languages) {
  std::string_view opening = opening_in(text, k_named_link_openings, languages);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  // The name ends at a colon or a bar ("ALSO ON BCD | Cardamom auctions hit ...").
  std::size_t colon = rest.find_first_of(":|");
  if (colon == std::string_view::npos) return false;
  std::string_view name = shape::trim(rest.substr(0, colon));
  // A name holds no sentence's mark ("Tagblatt.de" holds a dot) and opens with a capital letter
  // (or a letter past ASCII, "Élysée").
  if (name.empty() || shape::word_count(name) > k_max_named_link_name_words ||
      name.find_first_of(",;!?") != std::string_view::npos)
    return false;
  if (!(name[0] >= 'A' && name[0] <= 'Z') && static_cast<unsigned char>(name[0]) < 0xC3) return false;
  std::string_view first = shape::scratch_key(name.substr(0, std::min(name.find(' '), name.size())));
  if (first.ends_with("'s")) first.remove_suffix(2);
  if (shape::is_one_of(first, sites::k_weekday_names) || shape::is_one_of(first, sites::k_month_names)) return false;
  std::string_view headline = shape::trim(rest.substr(colon + 1));
  std::size_t words = shape::word_count(headline);
  if (words < 3 || words > k_max_headline_words) return false;
  return !headline.ends_with('.') || headline.ends_with("...");
}

/// "Read More @ example.com", "Read more great articles here: http://example.org".
bool is_read_on_elsewhere(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_read_on_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_read_on_words && ends_on_address(key);
}

bool is_report_call(std::string_view text, ListLanguages languages) {
  if (opening_in(text, k_report_call_openings, languages).empty()) return false;
  return shape::key_word_count(shape::scratch_key(text)) <= k_max_report_call_words;
}

/// True when the last word of `key` is a link (http..., www...).
bool ends_on_link(std::string_view key) {
  std::size_t space = key.rfind(' ');
  std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
  if (last.starts_with('@')) last.remove_prefix(1);
  return last.starts_with("http") || last.starts_with("www.");
}

/// "Purchase this report @ http://...", "Get a PDF sample at: https://...", "Complete report
/// available @ http://...": a call whose object is the link it ends on.
bool is_link_call(std::string_view text, ListLanguages languages) {
  if (!shape::contains_any_of<k_link_marks>(text)) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_link_call_words || !ends_on_link(key)) return false;
  if (!opening_in(key, k_link_call_openings, languages).empty()) return true;
  // "@ http" before the link, or "available at": the press-release forms.
  return key.find("@ http") != std::string_view::npos || key.find("@http") != std::string_view::npos ||
         key.find(" available at ") != std::string_view::npos || key.find(" available @ ") != std::string_view::npos;
}

/// "Recommended Resources", "Useful links:": a header alone over a list of resources.
/// (A header alone on its line: in any of the six languages, see k_whole_line_languages.)
bool is_resource_header(std::string_view text) {
  if (text.size() > k_max_bytes || !k_resource_header_triples.may_open(OpeningTriples::of(text)) ||
      opening_in(text, k_resource_headers, k_whole_line_languages).empty())
    return false;
  return is_one_of(shape::scratch_key(text), k_resource_headers, k_whole_line_languages);
}

/// An entry of a resource list: a name, then what it is or offers, in a sentence or two.
bool is_resource_entry(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > k_max_resource_entry_bytes || !opens_like_headline(text)) return false;
  std::string_view head = text.substr(0, k_resource_verb_reach);
  return key_contains_any(head, k_resource_verb_lists, languages);
}

/// A label alone on its line ("Related", "[À lire aussi]", "Lesen Sie auch:"), in any of the
/// six languages (see k_whole_line_languages).
/// Prepositions that put a place after a label alone ("Meistgelesen im Heidekreis"), lower case.
constexpr std::string_view k_place_prepositions[] = {"in", "im", "aus", "from", "en", "de", "del", "da", "di",
                                                    "dans", "du", "no", "na", "em", "nel", "nella"};

bool is_topic_header(std::string_view text);

/// "Meistgelesen im Heidekreis", "Lo más leído en Azuay": `label`, which opens `text`, and the
/// place its stories come from: a preposition (k_place_prepositions), then a name of a few words
/// written with a capital, and nothing else. A topic's header ("More in Politics") is judged as
/// one (is_topic_header()), by the headline under it.
bool is_label_with_place(std::string_view text, std::string_view label) {
  text = shape::trim(text);
  std::string_view rest = shape::trim(text.substr(std::min(text.size(), label.size())));
  std::size_t space = rest.find(' ');
  if (space == std::string_view::npos || shape::word_count(rest) > k_max_label_place_words + 1) return false;
  char folded[8];
  if (!shape::is_one_of(shape::lower_ascii_into(rest.substr(0, space), folded, sizeof folded), k_place_prepositions))
    return false;
  std::string_view place = shape::trim(rest.substr(space));
  return !place.empty() && ((place[0] >= 'A' && place[0] <= 'Z') || static_cast<unsigned char>(place[0]) == 0xC3) &&
         place.find_first_of(".:!?") == std::string_view::npos && !is_topic_header(text);
}

/// The periods a list of the most read names after its label ("Most read this week", "Lo más
/// leído hoy", "Les plus lus cette semaine"), keyed, in the six languages.
constexpr std::string_view k_list_periods[] = {
    "today", "this week", "this month", "this year", "of the week", "of the day", "of the month",
    "in the last 24 hours", "heute", "diese woche", "dieser woche", "der woche", "des tages", "des monats", "hoy",
    "esta semana", "este mes", "de la semana", "del día", "del mes", "aujourd'hui", "aujourd’hui", "cette semaine",
    "ce mois-ci", "de la semaine", "du jour", "du mois", "oggi", "questa settimana", "questo mese",
    "della settimana", "del giorno", "del mese", "hoje", "este mês", "da semana", "do dia", "do mês",
};

/// A label of one word before a period is a list's name of this many bytes at least
/// ("Trending", "Meistgelesen"): "More today", "Read this week" are no list's header.
constexpr std::size_t k_min_single_word_period_label = 7;

/// `key` without a period of k_list_periods closing it after a space, else `key` (also when
/// what is left is one short word).
std::string_view without_list_period(std::string_view key) {
  for (std::string_view period : k_list_periods)
    if (key.size() > period.size() && key.ends_with(period) && key[key.size() - period.size() - 1] == ' ') {
      std::string_view bare = key.substr(0, key.size() - period.size() - 1);
      if (bare.find(' ') == std::string_view::npos && bare.size() < k_min_single_word_period_label) return key;
      return bare;
    }
  return key;
}

bool is_label_alone(std::string_view text) {
  if (text.size() > k_max_bytes) return false;
  // The opening test (first bytes) before the key: most lines open with no label.
  std::string_view label = opening_in(text.starts_with('[') ? text.substr(1) : text, k_labels, k_whole_line_languages);
  if (label.empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (key.starts_with('[') && key.ends_with(']')) key = key.substr(1, key.size() - 2);
  if (is_one_of(key, k_labels, k_whole_line_languages)) return true;
  if (std::string_view bare = without_list_period(key);
      bare.size() != key.size() && is_one_of(bare, k_labels, k_whole_line_languages))
    return true;
  return is_label_with_place(text, label);
}

/// "the following" in the six languages, as a header announces its list with it ("Lesen Sie auch
/// die folgenden Beiträge:", "Lea también los siguientes artículos:"), and the articles before it.
constexpr std::string_view k_following_words[] = {
    "following", "folgenden", "nachfolgenden", "siguientes", "suivants", "suivantes", "seguintes", "seguenti",
};
constexpr std::string_view k_following_articles[] = {"the", "die", "den", "los", "las", "les", "os", "as", "i", "gli", "le"};

/// `key` without a last "[article] following <noun>" ("... die folgenden beiträge"), or French
/// "[article] <noun> suivants" ("... les articles suivants"), else `key`.
std::string_view without_following_noun(std::string_view key) {
  std::size_t last = key.rfind(' ');
  if (last == std::string_view::npos) return key;
  std::string_view head = key.substr(0, last);
  std::size_t word = head.rfind(' ');
  if (word == std::string_view::npos) return key;
  // One of the last two words is "following"; the other is the noun.
  if (!shape::is_one_of(head.substr(word + 1), k_following_words) &&
      !shape::is_one_of(key.substr(last + 1), k_following_words))
    return key;
  head = head.substr(0, word);
  std::size_t article = head.rfind(' ');
  if (article != std::string_view::npos && shape::is_one_of(head.substr(article + 1), k_following_articles))
    head = head.substr(0, article);
  return head;
}

/// A header that names the kind of stories it lists after "more" ("More local news", "Read more
/// TV reviews:", "Weitere Pressemitteilungen", "Más noticias deportivas"), or the site a trend
/// list is on ("Trending on PixelBeat"): the opener, a word or two, and a plural story noun,
/// alone on its line (perhaps with an arrow pointing down at the list, or a relative clause
/// after the noun). "More news is expected on Monday." ends on no story noun.
constexpr std::string_view k_more_openers[] = {
    "more", "read more", "see more", "weitere", "mehr", "más", "lee más", "plus", "d'autres", "altri", "altre",
    "leggi altri", "mais", "leia mais", "outras", "outros",
    // The site's latest of a kind ("Nos dernières recettes", "Our latest reviews").
    "our latest", "our newest", "nos derniers", "nos dernières", "unsere neuesten", "nuestras últimas",
    "nuestros últimos", "i nostri ultimi", "le nostre ultime", "as nossas últimas", "os nossos últimos",
    "as últimas", "os últimos",
};
constexpr std::string_view k_story_nouns[] = {
    "news", "stories", "articles", "posts", "reviews", "headlines", "videos", "features", "releases", "coverage",
    "nachrichten", "artikel", "beiträge", "meldungen", "pressemitteilungen", "berichte",
    "noticias", "artículos", "historias", "reportajes", "actualités", "nouvelles", "notizie", "articoli", "notícias",
    "artigos", "matérias", "reportagens",
    // A site's recipes and columns, and Italian's stories.
    "recipes", "rezepte", "recettes", "recetas", "ricette", "receitas", "columns", "kolumnen", "chroniques",
    "crónicas", "crônicas", "storie", "racconti",
    // Notes, topics, entries and updates, as blogs, forums and newsletters list them.
    "notas", "notes", "topics", "themen", "temas", "temi", "sujets", "entries", "entradas", "publicaciones",
    "publications", "publicações", "pubblicazioni", "updates",
    // A press office's releases ("Weitere Aussendungen", "Más comunicados").
    "aussendungen", "presseaussendungen", "pressemeldungen", "mitteilungen", "comunicados", "communiqués",
    "comunicati",
};
/// k_more_openers as phrases, for the opening guard only: it reads their bytes, not their language.
constexpr LanguageWords k_more_opener_lists[] = {{ListLanguage::en, k_more_openers}};
constexpr LanguagePhrases<total_words(k_more_opener_lists)> k_more_opener_phrases{k_more_opener_lists};
/// Relative pronouns that open a clause after the story noun ("Altre storie che ti faranno
/// sorridere", "More stories that will make you smile").
constexpr std::string_view k_kind_relatives[] = {"that", "which", "die", "qui", "que", "che"};
constexpr std::size_t k_max_kind_clause_words = 6;
constexpr std::string_view k_trend_openers[] = {
    "trending on", "trending in", "popular on", "tendencias en", "tendances sur", "di tendenza su", "em alta no",
    "em alta na", "beliebt auf",
};
/// The words besides the opener and the noun ("local", "TV", "deportivas"), and a trend list's
/// site name.
constexpr std::size_t k_max_kind_words = 2;
constexpr std::size_t k_max_trend_site_words = 3;
constexpr std::size_t k_max_kind_header_bytes = 60;

bool is_kind_header(std::string_view text) {
  if (text.size() > k_max_kind_header_bytes) return false;
  std::string_view trimmed = shape::trim(text);
  if (trimmed.empty() || trimmed.back() == '.' || trimmed.back() == '!' || trimmed.back() == '?') return false;
  std::string_view key = shape::scratch_key(trimmed);
  if (key.find_first_of("0123456789,;") != std::string_view::npos) return false;
  // An arrow or pictograph closing the header points at the list ("Mais crônicas ⤵").
  key = shape::without_closing_pictograph(key);
  const std::size_t words = shape::key_word_count(key);
  for (std::string_view opener : k_trend_openers)
    if (shape::starts_with_word_ci(key, opener))
      return words > shape::key_word_count(opener) && words <= shape::key_word_count(opener) + k_max_trend_site_words;
  for (std::string_view opener : k_more_openers) {
    if (!shape::starts_with_word_ci(key, opener)) continue;
    // The rest: a story noun (French elides its article: "plus d'articles") among a few words,
    // first or last (Spanish and the others set the adjective after it: "noticias deportivas").
    std::string_view rest = shape::trim(key.substr(opener.size()));
    if (rest.starts_with("d'") || rest.starts_with("d\xE2\x80\x99")) rest.remove_prefix(rest[1] == '\'' ? 2 : 4);
    std::size_t rest_words = shape::key_word_count(rest);
    std::size_t space = rest.rfind(' ');
    std::string_view first = rest.substr(0, rest.find(' ')), last = space == std::string_view::npos ? rest : rest.substr(space + 1);
    // The noun, then a relative clause of a few words ("storie che ti faranno sorridere").
    if (rest_words > 2 && rest_words <= 1 + k_max_kind_clause_words && shape::is_one_of(first, k_story_nouns)) {
      std::string_view second = shape::trim(rest.substr(first.size()));
      if (shape::is_one_of(second.substr(0, second.find(' ')), k_kind_relatives)) return true;
    }
    if (rest_words == 0 || rest_words > 1 + k_max_kind_words) return false;
    return shape::is_one_of(last, k_story_nouns) || shape::is_one_of(first, k_story_nouns);
  }
  return false;
}

/// Words that say the stories of a list are like this one, lower case, in the six languages
/// ("Related news", "Notas relacionadas", "Ähnliche Artikel", "Sujets similaires", "Articoli
/// correlati").
constexpr std::string_view k_related_words[] = {
    "related", "similar", "relacionadas", "relacionados", "relacionada", "relacionado", "similares", "ähnliche",
    "verwandte", "similaires", "liés", "liées", "associés", "correlati", "correlate", "simili",
};
/// A related list's label is a story noun and a related word, perhaps with an article or "other".
constexpr std::size_t k_max_related_label_words = 3;
constexpr std::size_t k_max_related_label_bytes = 40;

/// The bytes of a related list's label opening `text` ("Related news", "Notas relacionadas:",
/// "Sujets similaires :"): a plural story noun (k_story_nouns) and a related word
/// (k_related_words) in either order, the first of them opening the line, among
/// k_max_related_label_words words, then the line's end
/// or a separator (separator_at(): ':', '|', '»', a spaced dash, an arrow). 0 when `text` opens
/// otherwise: "Related costs rose by 4%" has no story noun, "Similar cases: ..." neither.
/// The shapes of k_story_nouns and k_related_words, a bit each in a bitmap: a word's first byte,
/// last byte and length (label_word_shape()). A label opens with one of them; most lines open
/// with a word of another shape, and are turned away by one test.
constexpr std::size_t k_label_shape_bits = 4096;
constexpr std::size_t label_word_shape(unsigned char first, unsigned char last, std::size_t length) {
  return (first * 131u + last * 17u + length) % k_label_shape_bits;
}
constexpr std::array<std::uint64_t, k_label_shape_bits / 64> k_label_word_shapes = [] {
  std::array<std::uint64_t, k_label_shape_bits / 64> shapes{};
  auto add = [&](std::string_view word) {
    std::size_t bit = label_word_shape(static_cast<unsigned char>(word.front()), static_cast<unsigned char>(word.back()),
                                       word.size());
    shapes[bit / 64] |= std::uint64_t{1} << (bit % 64);
  };
  for (std::string_view word : k_story_nouns) add(word);
  for (std::string_view word : k_related_words) add(word);
  return shapes;
}();

std::size_t related_label_end(std::string_view text) {
  const std::size_t limit = std::min(text.size(), k_max_related_label_bytes + 1);
  std::size_t first_end = 0;
  while (first_end < limit && text[first_end] != ' ' && text[first_end] != ':' && text[first_end] != '|') ++first_end;
  if (first_end == 0) return 0;
  auto small = [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + 32) : b;
  };
  // (A Latin-1 capital's last byte is no word's last: only the first byte is folded past ASCII.)
  const std::size_t bit = label_word_shape(small(text[0]), small(text[first_end - 1]), first_end);
  if ((k_label_word_shapes[bit / 64] >> (bit % 64) & 1u) == 0) return 0;
  std::size_t words = 0, at = 0;
  bool noun = false, related = false;
  while (at < limit && words < k_max_related_label_words) {
    std::size_t end = at;
    while (end < text.size() && text[end] != ' ' && text[end] != ':' && text[end] != '|') ++end;
    char folded[16];
    std::string_view word = shape::lower_latin1_into(text.substr(at, end - at), folded, sizeof folded);
    ++words;
    noun = noun || shape::is_one_of(word, k_story_nouns);
    related = related || shape::is_one_of(word, k_related_words);
    if (words == 1 && !noun && !related) return 0;
    if (noun && related) {
      std::string_view rest = text.substr(end);
      if (shape::trim(rest).empty()) return text.size();
      std::size_t separator = separator_at(rest);
      return separator == 0 ? 0 : end + separator;
    }
    if (end >= text.size() || text[end] != ' ') return 0;
    at = end + 1;
  }
  return 0;
}

/// Labels that head a list only alone on their line: "Must read: the court's ruling ..." opens a
/// sentence, and a teaser's "Must Read — ..." is the article's own headline on its first line.
constexpr std::string_view k_bare_list_labels[] = {"must read", "must reads", "must-read", "must-reads"};

/// "ALSO ON LAKESHORE CURRENT", "Also on The Herald": the site's own name after "also on", alone
/// on its line, heading a list of its stories (with a headline after a ':' it is a link:
/// is_named_site_link()). Its words are capitalised, as a name's are, and few; a name of one
/// word is in capitals or a domain.
constexpr std::size_t k_max_site_header_words = 6;
bool is_also_on_site_header(std::string_view text) {
  text = shape::trim(text);
  if (text.size() > 60 || text.find(':') != std::string_view::npos || text.ends_with('.')) return false;
  std::string_view opening = shape::opening_in(text, k_also_on_openings);
  if (opening.empty()) return false;
  std::string_view name = shape::trim(text.substr(shape::phrase_at(text, opening)));
  if (name.empty() || shape::word_count(name) > k_max_site_header_words) return false;
  // One word is a name in capitals or a domain ("BBC", "Example.com"); "Also on Tuesday" heads a
  // roundup's part.
  if (shape::word_count(name) == 1 && name.find('.') == std::string_view::npos &&
      !std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))
    return false;
  return shape::each_word(name, [](std::string_view word) {
    auto first = static_cast<unsigned char>(word[0]);
    return (first >= 'A' && first <= 'Z') || first == 0xC3 || (first >= '0' && first <= '9');
  });
}

/// A header over a list of other stories: a label alone (perhaps with its ':', or announcing "the
/// following articles:"), or an author's.
bool is_list_header(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_bytes) return false;
  if (is_author_list_header(text, languages) || is_resource_header(text) || is_section_header(text, languages) ||
      is_kind_header(text))
    return true;
  if (text.size() <= 16 && shape::is_one_of(shape::scratch_key(text), k_bare_list_labels)) return true;
  if (is_also_on_site_header(text)) return true;
  if (related_label_end(text) == text.size() ||
      (shape::trim(text).ends_with(':') && related_label_end(text) >= shape::trim(text).size()))
    return true;
  std::string_view opening = text.starts_with('[') ? text.substr(1) : text;
  if (opening_in(opening, k_labels, k_whole_line_languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (key.starts_with('[') && key.ends_with(']')) key = key.substr(1, key.size() - 2);
  // key() drops a final ':' already. A call to read on ("Continue reading") heads no list,
  // unless its ':' sets it over one ("Read more:", "Leia mais:").
  const bool colon = shape::trim(text).ends_with(':');
  bool label = is_one_of(key, k_labels, k_whole_line_languages) ||
               is_one_of(without_list_period(key), k_labels, k_whole_line_languages);
  if (!label && colon) label = is_one_of(without_following_noun(key), k_labels, k_whole_line_languages);
  if (!label && !colon) label = is_label_with_place(text, opening_in(opening, k_labels, k_whole_line_languages));
  return label && (colon || (!is_one_of(key, k_read_on_openings, k_whole_line_languages) && key != "continued" &&
                             key != "continued on"));
}

/// "More on the Rivercats", "Mehr zum Hochwasser", "Mais em Sociedade": a header naming the topic
/// or section of the stories listed under it, alone on its line. As a line alone it could also head an article's own
/// section, so it heads a list only when a story's headline follows it (is_story_headline()).
constexpr std::string_view k_topic_header_openers[] = {
    "more on", "more about", "mehr zu", "mehr zum", "mehr zur", "plus sur", "más sobre", "mais sobre", "altro su",
    "di più su", "ancora su",
    // A section's name after "more in" ("Mais em Sociedade", "More in Politics").
    "more in", "más en", "mais em", "mehr aus", "altro in",
};
/// The topic after the opener is a name or a short noun phrase.
constexpr std::size_t k_max_topic_words = 4;
constexpr std::size_t k_max_topic_header_bytes = 60;

bool is_topic_header(std::string_view text) {
  // Every opener opens with one of these letters, in either case: most lines do not.
  if (text.size() > 2 * k_max_topic_header_bytes) return false;
  text = shape::trim(text);
  const char first = text.empty() ? '\0' : static_cast<char>(text[0] | 0x20);
  if (first != 'm' && first != 'p' && first != 'a' && first != 'd') return false;
  if (text.empty() || text.size() > k_max_topic_header_bytes || !opens_like_headline(text)) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') return false;
  std::string_view opener = shape::word_prefix_in(text, k_topic_header_openers);
  if (opener.empty()) return false;
  std::size_t topic_words = shape::word_count(text) - shape::word_count(opener);
  return topic_words >= 1 && topic_words <= k_max_topic_words && text.find(':') == std::string_view::npos;
}

/// How many lines after a teaser its item's date line may come (a teaser of two paragraphs).
constexpr std::size_t k_teaser_reach = 2;

/// True when block `index`, listed under a header, is a teaser of a dated list: a date line
/// follows it within k_teaser_reach kept lines, or (when the list has taken teasers before,
/// `after_teasers`) it is one of the document's last k_teaser_reach kept lines. A date line
/// past the next list header (`name`'s) belongs to that list and vouches for nothing here: an
/// inline "Related" box ends, the article resumes, and a dated list follows after the article.
bool is_listed_teaser(const Document& doc, std::size_t index, bool after_teasers, std::string_view name,
                      ListLanguages languages) {
  if (doc.blocks[index].text.size() > k_max_teaser_bytes) return false;
  std::size_t seen = 0;
  for (std::size_t j = index + 1; j < doc.blocks.size() && seen < k_teaser_reach; ++j) {
    if (!doc.blocks[j].kept()) {
      if (doc.blocks[j].removed_by == name && is_list_header(doc.blocks[j].text, languages)) return false;
      continue;
    }
    if (is_dated_line(doc.blocks[j].text)) return true;
    ++seen;
  }
  return after_teasers && seen < k_teaser_reach;
}

/// Every list judge() tries at a line's opening (text, or text past a '[' or '('): a line none
/// of them may open is judged by the tests that look elsewhere only.
constexpr OpeningGuard k_opening_guard{k_read_on_openings, k_report_call_openings, k_click_openings,
                                       k_more_info_openings, k_author_list_openings, k_resource_headers,
                                       k_section_header_openings, k_teaser_labels, k_labels, k_glued_labels,
                                       k_named_link_openings, k_ticker_labels, k_more_opener_phrases};

/// k_opening_guard's lists by their triples: most lines that pass the guard's two bytes do not
/// pass these three.
constexpr OpeningTriples k_opening_triples{k_read_on_openings, k_report_call_openings, k_click_openings,
                                           k_more_info_openings, k_author_list_openings, k_resource_headers,
                                           k_section_header_openings, k_teaser_labels, k_labels, k_glued_labels,
                                           k_named_link_openings, k_ticker_labels, k_more_opener_phrases};
/// The labels' own triples, for the look for a label of any language at the line's opening.
constexpr OpeningTriples k_label_triples{k_labels};

/// Arrows that may stand before a label or a link, with a space after them: ► ▶ ▸ » › → >.
constexpr std::string_view k_link_arrows[] = {
    "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x96\xB8", "\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", ">",
};

/// The bytes of the arrow (k_link_arrows) and the space that open `line` (trimmed); 0 for none.
std::size_t link_arrow_bytes(std::string_view line) {
  for (std::string_view arrow : k_link_arrows)
    if (line.starts_with(arrow) && line.size() > arrow.size() + 1 && line[arrow.size()] == ' ') return arrow.size() + 1;
  return 0;
}

/// `text` past one arrow (k_link_arrows), bullet ("•", "●") or pictograph ("📌", any 4-byte UTF-8
/// character) and the spaces after it; `text` itself when it opens with none.
std::string_view without_bullet(std::string_view text) {
  if (shape::opens_on_ascii_alnum(text)) return text;
  std::string_view line = shape::trim(text);
  std::size_t bullet = link_arrow_bytes(line);
  if (bullet == 0 && (line.starts_with("\xE2\x80\xA2 ") || line.starts_with("\xE2\x97\x8F "))) bullet = 4;  // • ●
  if (bullet == 0 && line.size() > 5 && static_cast<unsigned char>(line[0]) >= 0xF0 && line[4] == ' ') bullet = 5;
  // A dingbat or symbol of the E2 block ("⚡ AO VIVO: ...").
  if (bullet == 0 && line.size() > 4 && static_cast<unsigned char>(line[0]) == 0xE2 && line[3] == ' ' &&
      shape::is_emoji_word(line.substr(0, 3)))
    bullet = 4;
  return bullet == 0 ? text : shape::trim(line.substr(bullet));
}

/// Marks that set a ticker's headlines apart: ▸ ► ▶ › • ● · ■ ▪ ◆ » |.
constexpr std::string_view k_ticker_marks[] = {
    "\xE2\x96\xB8", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x80\xBA", "\xE2\x80\xA2", "\xE2\x97\x8F",
    "\xC2\xB7", "\xE2\x96\xA0", "\xE2\x96\xAA", "\xE2\x97\x86", "\xC2\xBB", "|",
};
/// The marks of k_ticker_marks that point to a link: ▸ ► ▶ › ».
constexpr std::string_view k_pointer_marks[] = {"\xE2\x96\xB8", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x80\xBA",
                                                "\xC2\xBB"};
/// A ticker lists this many headlines at least, each of this many words at least.
constexpr std::size_t k_min_ticker_headlines = 2;
constexpr std::size_t k_min_ticker_headline_words = 2;
/// A ticker's slot of one headline holds this many words at least; after a badge, a programme's
/// name may be shorter ("● AO VIVO | Telejornal das 20h00").
constexpr std::size_t k_min_lone_ticker_headline_words = 4;
constexpr std::size_t k_min_badge_slot_words = 3;

/// A badge alone is a word or three ("¡ÚLTIMA HORA!").
constexpr std::size_t k_max_badge_bytes = 32;
/// The labels of k_ticker_labels that say "live" (lower case, as listed).
constexpr std::string_view k_live_ticker_labels[] = {"live", "en direct", "en vivo", "en directo", "ao vivo",
                                                     "in diretta", "diretta", "directo", "direto"};

/// True when `label` is written in capitals: two ASCII letters at least and none in small
/// letters ("EN DIRECT", "AO VIVO", "ULTIM'ORA").
bool is_capitals_label(std::string_view label) {
  std::size_t capitals = 0;
  for (char c : label) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

/// What a promo for a live page promises, in the six languages (lower case, ASCII letters in
/// any case): every update, minute by minute.
constexpr std::string_view k_live_coverage_phrases[] = {
    "all the updates", "latest updates", "live updates", "as it happened", "minute by minute", "tutti gli aggiornamenti",
    "gli aggiornamenti", "minuto per minuto", "minute par minute", "toutes les infos", "minuto a minuto",
    "todas las novedades", "alle entwicklungen", "im liveticker", "im ticker", "todas as atualizações",
};

/// True when `headline` promises a live page's coverage (k_live_coverage_phrases): after a bar or
/// a bullet, a live blog's own entry promises none ("Live • The council debate continues").
bool promises_live_coverage(std::string_view headline) {
  return std::any_of(std::begin(k_live_coverage_phrases), std::end(k_live_coverage_phrases),
                     [&](std::string_view phrase) { return shape::contains_ci(headline, phrase); });
}

/// The ticker mark (k_ticker_marks) at the start of `text`, or "".
std::string_view ticker_mark_at(std::string_view text) {
  for (std::string_view mark : k_ticker_marks)
    if (text.starts_with(mark)) return mark;
  return {};
}

/// "LATEST ▸ Eskom warns of load-shedding tonight ▸ Bafana squad named ▸ ...": a ticker's label
/// (k_ticker_labels), a mark, then k_min_ticker_headlines or more headlines, each set apart by
/// one mark and of k_min_ticker_headline_words to k_max_list_headline_words words, or one
/// headline of k_min_lone_ticker_headline_words words or more with no stop closing it, after a
/// pointer, with a promise of every update, or after a label that is no live label ("Ultim'ora ●
/// ...") or a live label written as a badge (in capitals, or `flagged`: a pictograph opened the
/// line; then k_min_badge_slot_words suffice), but for a document's first line set off by a colon
/// or a bar. The mark after the label may differ from the one between headlines ("ULTIM'ORA |
/// ... · ... · ...").
bool is_ticker_row(std::string_view text, ListLanguages languages, bool flagged, bool first_line) {
  text = shape::trim(text);
  std::string_view label = opening_in(text, k_ticker_labels, languages);
  if (label.empty()) return false;
  std::string_view rest = shape::trim(text.substr(label.size()));
  // A live page's label says "live" in words a live blog's own entries open with too ("Live •
  // The council debate continues"); written in capitals or flagged by a pictograph it is a
  // badge ("EN DIRECT | Le Téléjournal régional de 18 h", "🔴 EN VIVO | ...").
  const bool live_label = shape::is_one_of(label, k_live_ticker_labels);
  const bool badge = flagged || is_capitals_label(text.substr(0, label.size()));
  // A flagged badge may be set off by a colon ("⚡ AO VIVO: Eleições 2018 – acompanhe a
  // apuração"); without the flag, "LIVE: Ravensmoor 24-17 Castlebridge – as it happened" is a
  // live page's own title.
  std::string_view mark = flagged && rest.starts_with(':') ? std::string_view(":") : ticker_mark_at(rest);
  // A badge in capitals may be set off by a dash too ("ULTIM'ORA – Incidente sull'A2 ..."), or
  // by a pictograph ("AO VIVO ⚖ Julgamento do caso ...").
  bool dashed = false;
  if (mark.empty() && badge) {
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-"})
      if (rest.starts_with(dash) && rest.size() > dash.size() && rest[dash.size()] == ' ') {
        mark = dash;
        dashed = true;
        break;
      }
    if (std::size_t space = rest.find(' ');
        mark.empty() && space != std::string_view::npos && shape::is_emoji_word(rest.substr(0, space))) {
      mark = rest.substr(0, space);
      dashed = true;
    }
  }
  if (mark.empty()) return false;
  bool pointer = shape::is_one_of(mark, k_pointer_marks);
  rest = shape::trim(rest.substr(mark.size()));
  // A pointer closing the line points at the one headline's link ("EN VIVO | Tiempos parciales de
  // la etapa 3 ▸").
  for (std::string_view closing : k_pointer_marks)
    if (rest.size() > closing.size() && rest.ends_with(closing)) {
      rest = shape::trim(rest.substr(0, rest.size() - closing.size()));
      pointer = true;
      break;
    }
  // The mark between the headlines: the first one after a space past the label's.
  for (std::size_t at = rest.find(' '); at != std::string_view::npos; at = rest.find(' ', at + 1))
    if (std::string_view between = ticker_mark_at(rest.substr(at + 1)); !between.empty()) {
      mark = between;
      break;
    }
  std::size_t headlines = 0, words = 0;
  std::string_view headline;
  for (;;) {
    std::size_t next = rest.find(mark);
    headline = shape::trim(rest.substr(0, next));
    words = shape::word_count(headline);
    if (words < k_min_ticker_headline_words || words > k_max_list_headline_words) return false;
    ++headlines;
    if (next == std::string_view::npos) break;
    rest = shape::trim(rest.substr(next + mark.size()));
  }
  // One headline alone is a ticker's slot when a pointer links to it and it reads as a headline:
  // a few words, no stop closing it ("Ultima ora ▸ Chiasso, incidente in autostrada: 4 km di
  // coda"). After a bullet or a bar it may be a live blog's entry ("Live • The council debate
  // continues").
  // The article's own title may open with a badge ("LIVE: ...", "LIVE | ..."): a slot of one
  // headline set off by a colon or a bar is no document's first line.
  if (headlines == 1)
    return (pointer || promises_live_coverage(headline) ||
            ((!first_line || (mark != ":" && mark != "|" && !dashed)) && (badge || !live_label) &&
             opens_as_headline(headline))) &&
           words >= (badge ? k_min_badge_slot_words : k_min_lone_ticker_headline_words) && !headline.ends_with('.') &&
           !headline.ends_with('"');
  return headlines >= k_min_ticker_headlines;
}

/// "BREAKING NEWS", "¡ÚLTIMA HORA!", "EN DIRECT": a ticker's label (k_ticker_labels) alone on its
/// line, written in capitals as a badge is, perhaps between exclamation marks. "Última hora" in
/// small letters may be a live page's heading and stays.
bool is_badge_alone(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.starts_with("\xC2\xA1")) text = shape::trim(text.substr(2));  // ¡
  while (text.ends_with('!')) text = shape::trim(text.substr(0, text.size() - 1));
  return is_capitals_label(text) && is_one_of(shape::scratch_key(text), k_ticker_labels, languages);
}

/// A label in square brackets is a few words ("[ LEGGI ANCHE ]").
constexpr std::size_t k_max_bracketed_label_bytes = 40;

/// "[ LEGGI ANCHE ] Rifugi, stagione chiusa con il green pass": a label of k_labels in square
/// brackets, then one headline.
bool is_bracketed_label_link(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (!text.starts_with('[')) return false;
  std::size_t close = text.find(']');
  if (close == std::string_view::npos || close > k_max_bracketed_label_bytes) return false;
  std::string_view rest = shape::trim(text.substr(close + 1));
  std::size_t words = shape::word_count(rest);
  if (words == 0 || words > k_max_headline_words) return false;
  return is_one_of(shape::scratch_key(text.substr(1, close - 1)), k_labels, languages);
}

/// A run of links each behind an arrow has at least this many lines ("→ The 6 best coastal
/// walks ...", "» Seca: barragens do Sul ..."): an article's list uses bullets or dashes.
constexpr std::size_t k_min_arrowed_links = 2;

/// Whether a phrase of the lists k_opening_guard holds may open `text`.
bool may_open_any(std::string_view text) {
  return k_opening_guard.may_open(text) && k_opening_triples.may_open(OpeningTriples::of(text));
}

}  // namespace

std::optional<std::string> RelatedFilter::judge(const Document& doc, std::size_t index) const {
  if (shape::opens_with_inner_quote(doc.blocks[index].text)) return std::nullopt;
  // Past a bullet or arrow a teaser box prints before its label ("► ALSO ON ...", "• Read more: ...").
  const std::string_view text = without_bullet(doc.blocks[index].text);
  // A call ending on a link is a few words and a link, which may be long.
  ListLanguages languages = list_languages(doc);
  // Most lines open with no phrase of any list: the opening tests are skipped for them.
  const bool may_open = may_open_any(text) ||
                        ((text.starts_with('[') || text.starts_with('(')) && may_open_any(text.substr(1)));
  if (text.size() <= k_max_link_call_bytes &&
      ((may_open && is_read_on_elsewhere(text, languages)) || is_link_call(text, languages)))
    return "a call to follow a link";
  if (may_open && text.size() <= k_max_link_call_bytes && is_report_call(text, languages))
    return "a call to get the report";
  if (text.size() > k_max_bytes) return std::nullopt;
  if (text.size() <= k_max_click_bytes && is_click_through(text, languages, may_open)) return "a click-through call";
  if (text.size() <= 16 && shape::is_one_of(shape::scratch_key(text), k_bare_list_labels))
    return "a header over links to other stories";
  if (is_also_on_site_header(text)) return "a header over links to other stories";
  if (text.starts_with('[') && is_bracketed_label_link(text, languages)) return "a link to another story";
  if (text.size() <= k_max_badge_bytes && is_badge_alone(text, languages)) return "a ticker's badge alone";
  // A related list's label, alone or before one headline ("Notas relacionadas", "Related news: ...").
  if (std::size_t end = related_label_end(text)) {
    std::string_view headline = shape::trim(text.substr(std::min(end, text.size())));
    if (headline.empty()) return "a header over links to other stories";
    if (shape::word_count(headline) <= k_max_headline_words) return "a link to another story";
  }
  // Every test below needs a phrase of a list at the line's opening.
  if (!may_open) return std::nullopt;
  if (text.size() <= k_max_click_bytes && is_more_info_call(text, languages)) return "a call to visit the site";
  std::string_view opening =
      text.starts_with('[') || text.starts_with('(') ? text.substr(1) : text;
  if (is_author_list_header(text, languages)) return "a link to the author's other stories";
  if (is_resource_header(text)) return "a header over a list of resources";
  // A short opening's header ("Más de Metrópoli") heads a list only when a headline follows it.
  auto headline_follows = [&] {
    const std::size_t next = next_kept(doc, index + 1);
    return next < doc.blocks.size() && is_list_headline(doc.blocks[next].text);
  };
  if ((is_section_header(text, languages) &&
       (shape::opening_in(text, k_short_section_openings).empty() || headline_follows())) ||
      is_kind_header(text))
    return "a header over links to other stories";
  // The kind's header before one headline or more, past its colon ("Weitere Meldungen: ... | ...").
  if (std::size_t colon = text.substr(0, k_max_kind_header_bytes + 1).find(':');
      colon != std::string_view::npos && is_kind_header(text.substr(0, colon))) {
    std::size_t words = shape::word_count(text.substr(colon + 1));
    if (words > 0 && words <= k_max_headline_words) return "a link to another story";
  }
  if (index != next_kept(doc, 0) && is_teaser_line(text, languages)) return "a teaser for another story";
  if (is_named_site_link(text, languages)) return "a link to another story";
  if (is_ticker_row(text, languages, text.size() != doc.blocks[index].text.size(), index == next_kept(doc, 0)))
    return "a ticker of other stories' headlines";
  // A label of any language at the line's opening, looked for once: without one, the line is
  // no label alone, and (but past a '(', which is_label_alone() does not skip) no label of the
  // document's languages opens it either.
  const std::string_view label_text = text.starts_with('[') ? opening : text;
  const bool any_label = k_label_triples.may_open(OpeningTriples::of(label_text)) &&
                         !opening_in(label_text, k_labels, k_whole_line_languages).empty();
  if (any_label && is_label_alone(text)) return "a link to another story";
  // "Lesen Sie auch die folgenden Beiträge:": a label announcing the list after it.
  if (any_label && shape::trim(text).ends_with(':') && is_list_header(text, languages))
    return "a header over links to other stories";
  const bool no_label = (!any_label && !text.starts_with('(')) || opening_in(opening, k_labels, languages).empty();
  if (no_label && opening_in(opening, k_glued_labels, languages).empty()) return std::nullopt;
  if (is_related_link(shape::scratch_key(text), languages)) return "a link to another story";
  if (is_glued_label_link(opening, languages)) return "a link to another story";
  return std::nullopt;
}

namespace {

/// An article's paragraph: this many words at least, ending on a sentence's stop.
constexpr std::size_t k_min_paragraph_words = 20;

/// True when the next kept line after block `index` of `doc` is an article's paragraph
/// (shape::is_paragraph_shaped() with k_min_paragraph_words).
bool opens_paragraph(const Document& doc, std::size_t index) {
  std::size_t next = next_kept(doc, index + 1);
  return next < doc.blocks.size() && shape::is_paragraph_shaped(doc.blocks[next].text, k_min_paragraph_words);
}

}  // namespace

void RelatedFilter::apply(Document& doc, std::string_view name) const {
  ListLanguages languages = list_languages(doc);
  mark_judged_blocks(doc, name, [this](const Document& d, std::size_t i) { return judge(d, i); });
  // Runs of headlines each behind an arrow (k_min_arrowed_links at least).
  for (std::size_t i = 0; i < doc.blocks.size();) {
    std::size_t end = i;
    while (end < doc.blocks.size() && doc.blocks[end].kept() && doc.blocks[end].text.size() <= k_max_bytes &&
           !shape::opens_on_ascii_alnum(doc.blocks[end].text)) {
      std::string_view line = shape::trim(doc.blocks[end].text);
      std::size_t arrow = link_arrow_bytes(line);
      if (arrow == 0 || shape::word_count(line.substr(arrow)) > k_max_headline_words) break;
      ++end;
    }
    if (end - i >= k_min_arrowed_links)
      for (std::size_t j = i; j < end; ++j) mark_removed(doc.blocks[j], name, "a link in a run of links behind arrows");
    i = end > i ? end : i + 1;
  }
  // Headers that head a list only when a story's headline follows: a call to read on alone and
  // without its ':' ("Read more", which also closes a teaser or sits above the article going on)
  // and a topic's header ("More on the Rivercats"). Their headlines must each be a story's
  // (is_story_headline()).
  std::vector<std::size_t> story_list_headers;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& header = doc.blocks[i];
    const bool read_on = header.removed_by == name && header.text.size() <= k_max_kind_header_bytes &&
                         is_one_of(shape::scratch_key(header.text), k_read_on_openings, k_whole_line_languages);
    if (!(read_on && !is_list_header(header.text, languages)) && !(header.kept() && is_topic_header(header.text)))
      continue;
    std::size_t next = next_kept(doc, i + 1);
    if (next >= doc.blocks.size() || !is_story_headline(doc.blocks[next].text)) continue;
    if (header.kept()) mark_removed(header, name, "a header over links to other stories");
    story_list_headers.push_back(i);
  }
  // The headlines under a header go with it, up to the first line that is not one.
  for (std::size_t i = 0, weak = 0; i < doc.blocks.size(); ++i) {
    const Block& header = doc.blocks[i];
    while (weak < story_list_headers.size() && story_list_headers[weak] < i) ++weak;
    const bool story_list = weak < story_list_headers.size() && story_list_headers[weak] == i;
    if (header.removed_by != name || !(story_list || is_list_header(header.text, languages))) continue;
    std::string reason = "a headline listed under \"" + std::string(shape::trim(header.text)) + "\"";
    // Lines other stages removed inside the list are passed over; another header ends it. A
    // list whose items are teasers with date lines ("Jun 29, 2008 — Jim Bray") takes a teaser
    // that a date line follows, and, once it has taken one, a teaser closing the document.
    bool teasers = false;
    bool resources = is_resource_header(header.text);
    std::size_t taken = 0;     // the list's items so far
    bool all_stories = true;   // each of them is a story's headline
    for (std::size_t j = i + 1; j < doc.blocks.size(); ++j) {
      Block& line = doc.blocks[j];
      if (!line.kept()) {
        if (line.removed_by == name && is_list_header(line.text, languages)) break;
        continue;
      }
      // After a box's story headlines, a line shorter than a story's headline right above an
      // article's paragraph is the article's crosshead: the box ended before it ("Sur le même
      // sujet", "Vallée de Joux : les ateliers de cadrans tournent à plein régime", then
      // "Séduire sur les réseaux" over the article going on; "LEA TAMBIÉN", two headlines, then
      // "Falta de madera"). A box's first item, and the short items of a list of teasers or of
      // other lines (its sections' labels), go with the list.
      if (taken >= 1 && all_stories && !teasers && shape::word_count(line.text) < k_min_story_headline_words &&
          !shape::has_digit(line.text) && line.text.find(':') == std::string::npos && opens_paragraph(doc, j))
        break;
      ++taken;
      all_stories = all_stories && is_story_headline(line.text);
      if (story_list) {
        if (!is_story_headline(line.text)) break;
      } else if (!is_dated_line(line.text) && !is_list_headline(line.text) &&
                 !(resources && is_resource_entry(line.text, languages))) {
        if (!is_listed_teaser(doc, j, teasers, name, languages)) break;
        teasers = true;
      }
      mark_removed(line, name, reason);
    }
  }
}

}  // namespace pith
