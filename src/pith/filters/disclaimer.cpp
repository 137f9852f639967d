// disclaimer: "the views expressed are the author's" notes, a site's refusal to answer for its
// contributors' opinions, syndication notices, affiliate disclosures, notes that AI translated or
// wrote the piece, and responsible-gambling notices ("18+ | Gamble responsibly", "Juega con
// responsabilidad").
#include "pith/filters/disclaimer.h"

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/base/pair_gate.h"
#include "pith/filters/opening_pairs.h"
#include "pith/filters/opening_guard.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// Disclaimers are a sentence or two; an article paragraph is longer.
constexpr std::size_t k_max_bytes = 600;
constexpr std::size_t k_max_words = 70;

/// The views-disclaimer: the line must say whose views (k_views_subjects) AND disown them
/// (k_views_disowning), and point at the piece or its writer (k_self_references) — an article
/// sentence about someone else's disclaimer names neither the author nor "here".
constexpr std::string_view k_views_subjects_en[] = {"views", "opinions"};
constexpr std::string_view k_views_subjects_es[] = {"opiniones", "opinión"};
constexpr std::string_view k_views_subjects_de[] = {"meinung"};
constexpr std::string_view k_views_subjects_fr[] = {"opinions exprimées", "opinions", "propos tenus"};
constexpr std::string_view k_views_subjects_pt[] = {"opinião", "opiniões"};
constexpr std::string_view k_views_subjects_it[] = {"opinioni", "opinione"};
constexpr LanguageWords k_views_subject_lists[] = {
    {ListLanguage::en, k_views_subjects_en}, {ListLanguage::es, k_views_subjects_es},
    {ListLanguage::de, k_views_subjects_de}, {ListLanguage::fr, k_views_subjects_fr},
    {ListLanguage::pt, k_views_subjects_pt}, {ListLanguage::it, k_views_subjects_it},
};
constexpr std::string_view k_views_disowning_en[] = {
    "does not always share", "does not necessarily share", "do not necessarily reflect",
    "does not necessarily reflect", "not necessarily those of", "does not endorse", "do not represent",
    "are those of the author", "are solely those of", "are their own", "are his own", "are her own", "just those of",
    "only those of",
    "do not necessarily represent", "does not necessarily represent",
};
constexpr std::string_view k_views_disowning_es[] = {
    "no refleja necesariamente", "no reflejan necesariamente", "no comparte", "son responsabilidad exclusiva",
    "son de exclusiva responsabilidad",
    "no se hace responsable", "no se responsabiliza", "no necesariamente refleja",
};
constexpr std::string_view k_views_disowning_de[] = {
    "nicht unbedingt", "nicht notwendigerweise", "nicht zwingend", "gibt nicht die meinung", "liegt allein bei",
    "nicht die meinung der redaktion", "muss nicht mit der meinung",
};
constexpr std::string_view k_views_disowning_fr[] = {
    "n'engagent que", "ne reflètent pas nécessairement", "ne partage pas",
    "ne reflètent pas forcément", "ne représentent pas nécessairement", "n'engagent pas",
};
constexpr std::string_view k_views_disowning_pt[] = {
    "não refletem necessariamente", "não reflete necessariamente", "são de responsabilidade",
    "não representam necessariamente", "são da exclusiva responsabilidade", "da inteira responsabilidade",
};
constexpr std::string_view k_views_disowning_it[] = {
    "non riflettono necessariamente", "non riflette necessariamente", "non rappresentano",
    "esclusiva responsabilità", "non rispecchiano necessariamente", "non impegnano",
};
constexpr LanguageWords k_views_disowning_lists[] = {
    {ListLanguage::en, k_views_disowning_en}, {ListLanguage::es, k_views_disowning_es},
    {ListLanguage::de, k_views_disowning_de}, {ListLanguage::fr, k_views_disowning_fr},
    {ListLanguage::pt, k_views_disowning_pt}, {ListLanguage::it, k_views_disowning_it},
};
constexpr std::string_view k_self_references_en[] = {
    "author", "writer", "contributor", "columnist", "expressed here", "in this article", "this article",
    "this column", "this site", "this website",
    "publisher", "editorial", "this publication",
    // The site's signed pieces ("Os textos assinados não refletem necessariamente ...").
    "signed articles", "signed pieces",
};
constexpr std::string_view k_self_references_es[] = {
    "autor", "autora", "columnista", "de quien firma", "del firmante",
    "este artículo", "línea editorial", "este medio", "esta columna", "la redacción", "este diario",
    "artículos firmados", "textos firmados",
};
constexpr std::string_view k_self_references_de[] = {"autor", "verfasser", "kolumnist", "redaktion", "diesem beitrag",
                                                    "diesem artikel", "gastbeitr", "gastautor",
                                                    "namentlich gekennzeichnet"};
constexpr std::string_view k_self_references_fr[] = {"auteur", "autrice", "éditorialiste", "chroniqueur", "rédaction",
                                                    "cette tribune", "cet article", "articles signés", "textes signés"};
constexpr std::string_view k_self_references_pt[] = {"autor", "autora", "colunista", "neste artigo", "do jornal",
                                                    "redação", "redacção", "linha editorial", "deste site",
                                                    "textos assinados", "artigos assinados", "do site"};
constexpr std::string_view k_self_references_it[] = {"autore", "autrice", "editorialista", "redazione",
                                                    "questo articolo", "questo sito", "linea editoriale",
                                                    "articoli firmati", "testi firmati"};
constexpr LanguageWords k_self_reference_lists[] = {
    {ListLanguage::en, k_self_references_en}, {ListLanguage::es, k_self_references_es},
    {ListLanguage::de, k_self_references_de}, {ListLanguage::fr, k_self_references_fr},
    {ListLanguage::pt, k_self_references_pt}, {ListLanguage::it, k_self_references_it},
};

/// A publisher's refusal to answer for what those who write for it say ("Campo Vivo no se hace
/// responsable de las opiniones vertidas por sus colaboradores", "X is not responsible for the
/// opinions, statements or media content presented by contributors"): a views noun
/// (k_views_subjects), one of these refusals, and one of k_contributors, on a short line whose
/// refusal follows a bare name.
constexpr std::string_view k_refusals_en[] = {"not responsible for", "no responsibility for", "not be held responsible",
                                              "not liable for"};
constexpr std::string_view k_refusals_es[] = {"no se hace responsable", "no se responsabiliza", "no es responsable",
                                              "declina toda responsabilidad", "no asume ninguna responsabilidad"};
constexpr std::string_view k_refusals_de[] = {"nicht verantwortlich", "keine verantwortung", "keine haftung"};
constexpr std::string_view k_refusals_fr[] = {"pas responsable", "décline toute responsabilité",
                                              "aucune responsabilité"};
constexpr std::string_view k_refusals_pt[] = {"não se responsabiliza", "não é responsável", "nenhuma responsabilidade"};
constexpr std::string_view k_refusals_it[] = {"non è responsabile", "non si assume", "declina ogni responsabilità",
                                              "nessuna responsabilità"};
constexpr LanguageWords k_refusal_lists[] = {
    {ListLanguage::en, k_refusals_en}, {ListLanguage::es, k_refusals_es}, {ListLanguage::de, k_refusals_de},
    {ListLanguage::fr, k_refusals_fr}, {ListLanguage::pt, k_refusals_pt}, {ListLanguage::it, k_refusals_it},
};
/// Those who write for a site besides its staff, whole words ("autori", not "autorità").
constexpr std::string_view k_contributors_en[] = {"contributor", "contributors", "columnist", "columnists",
                                                  "guest author", "guest authors", "guest writer", "guest writers",
                                                  "blogger", "bloggers", "commenters", "readers"};
constexpr std::string_view k_contributors_es[] = {"colaborador", "colaboradores", "colaboradoras", "columnista",
                                                  "columnistas", "autores", "lectores", "articulistas"};
constexpr std::string_view k_contributors_de[] = {"gastautor", "gastautoren", "gastautorinnen", "autoren",
                                                  "autorinnen", "kolumnisten", "leser", "lesern"};
constexpr std::string_view k_contributors_fr[] = {"contributeur", "contributeurs", "collaborateur", "collaborateurs",
                                                  "chroniqueur", "chroniqueurs", "auteurs", "lecteurs", "internautes"};
constexpr std::string_view k_contributors_pt[] = {"colaborador", "colaboradores", "colunista", "colunistas", "autores",
                                                  "leitores", "articulistas"};
constexpr std::string_view k_contributors_it[] = {"collaboratore", "collaboratori", "collaboratrici", "opinionista",
                                                  "opinionisti", "editorialisti", "autori", "lettori"};
constexpr LanguageWords k_contributor_lists[] = {
    {ListLanguage::en, k_contributors_en}, {ListLanguage::es, k_contributors_es},
    {ListLanguage::de, k_contributors_de}, {ListLanguage::fr, k_contributors_fr},
    {ListLanguage::pt, k_contributors_pt}, {ListLanguage::it, k_contributors_it},
};
/// A refusal stands after the publisher's name, of this many words at most ("GIS NOW Grenada").
constexpr std::size_t k_max_refuser_words = 6;
/// Such a note is a sentence or two; longer lines are prose.
constexpr std::size_t k_max_refusal_words = 40;
/// Words that make the words before a refusal a report of someone else's ("The platform said it
/// is not responsible ...", "A court found that the site is not ..."): reporting verbs and the
/// conjunctions that open a reported clause, whole words.
constexpr std::string_view k_reporting_words[] = {
    "said", "says", "say", "told", "stated", "argued", "argues", "claimed", "claims", "insisted", "ruled",
    "found", "that", "dijo", "afirmó", "aseguró", "declaró", "sostuvo", "que", "sagte", "erklärte", "betonte",
    "dass", "déclaré", "affirmé", "dit", "disse", "afirmou", "declarou", "detto", "dichiarato",
    "affermato", "che",
};

/// Syndication notices: where the piece first ran, and leave to run it again.
constexpr std::string_view k_origin_openings_en[] = {
    "this story was originally published", "this article was originally published", "this story originally appeared",
    "this article originally appeared", "this story first appeared", "this article first appeared",
    "this story was first published", "this article was first published", "this piece was originally published",
    "republished with permission", "reprinted with permission",
    // A wire service's pointer to the press release's own page (PR Newswire, Business Wire).
    "view original content", "view source version on", "originally published at", "originally published on",
};
constexpr std::string_view k_origin_openings_es[] = {
    "este artículo fue publicado originalmente", "este artículo se publicó originalmente",
    "publicado originalmente en",
};
constexpr std::string_view k_origin_openings_de[] = {
    "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "dieser artikel erschien ursprünglich",
};
constexpr std::string_view k_origin_openings_fr[] = {
    "cet article a été initialement publié", "cet article a été publié initialement",
    "cet article a d'abord été publié", "article publié initialement",
};
constexpr std::string_view k_origin_openings_pt[] = {
    "este artigo foi publicado originalmente", "este texto foi publicado originalmente", "publicado originalmente no",
    "publicado originalmente na", "publicado originalmente em",
};
constexpr std::string_view k_origin_openings_it[] = {
    "questo articolo è stato pubblicato originariamente", "questo articolo è apparso originariamente",
    "articolo pubblicato originariamente",
};
constexpr LanguageWords k_origin_opening_lists[] = {
    {ListLanguage::en, k_origin_openings_en}, {ListLanguage::es, k_origin_openings_es},
    {ListLanguage::de, k_origin_openings_de}, {ListLanguage::fr, k_origin_openings_fr},
    {ListLanguage::pt, k_origin_openings_pt}, {ListLanguage::it, k_origin_openings_it},
};
constexpr LanguagePhrases<total_words(k_origin_opening_lists)> k_origin_openings{k_origin_opening_lists};
/// Stems one of which every syndication opening holds (see stems_cover()).
constexpr std::string_view k_origin_stems[] = {"rigin", "first", "publi", "reprint", "erschien", "version"};
static_assert(stems_cover(k_origin_opening_lists, k_origin_stems));
constexpr StemPairs k_origin_pairs{k_origin_stems};

/// Feed footers a blog engine appends to every syndicated post: "The post X appeared first
/// on Y." (WordPress SEO plugins, in their own translations) and "X is a post from: Y".
constexpr std::string_view k_feed_footer_openings_en[] = {"the post", "this post"};
constexpr std::string_view k_feed_footer_openings_es[] = {"la entrada", "el artículo"};
constexpr std::string_view k_feed_footer_openings_de[] = {"der beitrag", "der artikel"};
constexpr std::string_view k_feed_footer_openings_fr[] = {"l'article", "l\xE2\x80\x99" "article"};
constexpr std::string_view k_feed_footer_openings_pt[] = {"o post", "a publicação"};
constexpr std::string_view k_feed_footer_openings_it[] = {"l'articolo", "l\xE2\x80\x99" "articolo"};
constexpr LanguageWords k_feed_footer_opening_lists[] = {
    {ListLanguage::en, k_feed_footer_openings_en}, {ListLanguage::es, k_feed_footer_openings_es},
    {ListLanguage::de, k_feed_footer_openings_de}, {ListLanguage::fr, k_feed_footer_openings_fr},
    {ListLanguage::pt, k_feed_footer_openings_pt}, {ListLanguage::it, k_feed_footer_openings_it},
};
constexpr LanguagePhrases<total_words(k_feed_footer_opening_lists)> k_feed_footer_openings{k_feed_footer_opening_lists};
constexpr std::string_view k_feed_footer_stems[] = {"post", "entrada", "arti", "artí", "beitrag", "publica"};
static_assert(stems_cover(k_feed_footer_opening_lists, k_feed_footer_stems));
constexpr StemPairs k_feed_footer_pairs{k_feed_footer_stems};
constexpr std::string_view k_feed_footer_phrases_en[] = {" appeared first on "};
constexpr std::string_view k_feed_footer_phrases_es[] = {" se publicó primero en ", " apareció primero en "};
constexpr std::string_view k_feed_footer_phrases_de[] = {" erschien zuerst auf ", " ist zuerst erschienen auf "};
constexpr std::string_view k_feed_footer_phrases_fr[] = {" est apparu en premier sur "};
constexpr std::string_view k_feed_footer_phrases_pt[] = {" apareceu primeiro em ", " foi publicado primeiro em "};
constexpr std::string_view k_feed_footer_phrases_it[] = {" proviene da ", " è apparso per la prima volta su "};
constexpr LanguageWords k_feed_footer_phrase_lists[] = {
    {ListLanguage::en, k_feed_footer_phrases_en}, {ListLanguage::es, k_feed_footer_phrases_es},
    {ListLanguage::de, k_feed_footer_phrases_de}, {ListLanguage::fr, k_feed_footer_phrases_fr},
    {ListLanguage::pt, k_feed_footer_phrases_pt}, {ListLanguage::it, k_feed_footer_phrases_it},
};
constexpr std::string_view k_post_from = " is a post from";
constexpr shape::Needles k_post_from_needle{{"post from"}};
constexpr shape::PairSet k_post_from_pairs{k_post_from_needle.needles};
constexpr shape::PairGate k_post_from_gate{k_post_from_pairs};
/// The site a feed footer names is a few words.
constexpr std::size_t k_max_site_words = 8;
/// A feed footer names a post and a site: a line, not a paragraph.
constexpr std::size_t k_max_footer_words = 45;

/// Notices that a piece came from a contributing site ("This article has been contributed by
/// X. Visit ..."): a line of a few words.
constexpr std::string_view k_contributed_openings_en[] = {
    "this article has been contributed by", "this article was contributed by", "this post was contributed by",
    "this story was contributed by", "contributed by",
};
constexpr std::string_view k_contributed_openings_es[] = {"este artículo fue cedido por"};
constexpr std::string_view k_contributed_openings_de[] = {"dieser beitrag wurde von"};
constexpr std::string_view k_contributed_openings_fr[] = {"cet article nous a été proposé par"};
constexpr std::string_view k_contributed_openings_pt[] = {"este artigo foi cedido por"};
constexpr std::string_view k_contributed_openings_it[] = {"questo articolo è stato fornito da"};
constexpr LanguageWords k_contributed_opening_lists[] = {
    {ListLanguage::en, k_contributed_openings_en}, {ListLanguage::es, k_contributed_openings_es},
    {ListLanguage::de, k_contributed_openings_de}, {ListLanguage::fr, k_contributed_openings_fr},
    {ListLanguage::pt, k_contributed_openings_pt}, {ListLanguage::it, k_contributed_openings_it},
};
constexpr LanguagePhrases<total_words(k_contributed_opening_lists)> k_contributed_openings{k_contributed_opening_lists};
constexpr std::string_view k_contributed_stems[] = {"contributed", "cedido", "wurde", "propos", "fornito"};
static_assert(stems_cover(k_contributed_opening_lists, k_contributed_stems));
constexpr StemPairs k_contributed_pairs{k_contributed_stems};
constexpr std::size_t k_max_contributed_words = 30;
/// Feed attributions with a name and nothing else ("Delivered by The Morning Ledger").
constexpr shape::Phrases k_delivered_openings{{
    "delivered by", "powered by", "brought to you by", "syndicated by", "syndicated from",
}};
constexpr std::size_t k_max_delivered_words = 8;
/// Stems one of which every delivered-by opening holds.
constexpr std::string_view k_delivered_stems[] = {"deliver", "power", "brought", "syndicat"};
constexpr StemPairs k_delivered_pairs{k_delivered_stems};

/// Affiliate disclosures: the site earns a commission on what readers buy through its links.
constexpr std::string_view k_affiliate_phrases_en[] = {
    "small commission", "earn a commission", "earns a commission", "receive a commission", "receives a commission",
    "earn a small commission", "affiliate link", "affiliate links", "amazon associate", "affiliate commission",
    "qualifying purchases", "commission on purchases", "affiliate partnerships", "earn us a commission",
    // The site's support by what readers buy, without the word commission ("X is reader-supported:
    // if you buy something through a link on this page, we may get a small cut at no cost to you").
    // The cost to the reader alone is no stem: it is a pass over every line for a rare phrase.
    "reader-supported", "at no cost to you", "at no extra cost to you", "at no additional cost to you",
};
constexpr std::string_view k_affiliate_phrases_es[] = {
    "comisión de afiliado", "enlaces de afiliado", "enlaces de afiliados", "recibimos una comisión",
    "podemos recibir una comisión", "recibir una comisión", "son de afiliados", "enlaces afiliados",
    "una pequeña comisión", "ganamos una comisión", "gana una comisión",
};
constexpr std::string_view k_affiliate_phrases_de[] = {
    "erhalten eine provision", "erhalten wir eine provision", "affiliate-links", "partnerlinks", "provisionslinks",
    "affiliate-link", "eine kleine provision", "provision erhalten", "erhalten wir eine kleine provision",
};
constexpr std::string_view k_affiliate_phrases_fr[] = {
    "liens affiliés", "liens d'affiliation", "touchons une commission",
    "percevoir une commission", "percevons une commission", "toucher une commission", "lien affilié",
    "une petite commission", "perçoit une commission", "touche une commission", "reçoit une commission",
};
constexpr std::string_view k_affiliate_phrases_pt[] = {
    "links de afiliado", "links de afiliados", "links afiliados", "recebemos uma comissão", "receber uma comissão",
    "podemos receber uma comissão", "uma pequena comissão", "link de afiliado",
    "ganhar uma comissão", "ganhamos uma comissão", "são de afiliados",
};
constexpr std::string_view k_affiliate_phrases_it[] = {
    "link di affiliazione", "link affiliati", "riceviamo una commissione",
    "potremmo ricevere una commissione", "una piccola commissione", "link affiliato", "ricevere una commissione",
    "sono affiliati", "generare una commissione", "generano una commissione",
};
constexpr LanguageWords k_affiliate_phrase_lists[] = {
    {ListLanguage::en, k_affiliate_phrases_en}, {ListLanguage::es, k_affiliate_phrases_es},
    {ListLanguage::de, k_affiliate_phrases_de}, {ListLanguage::fr, k_affiliate_phrases_fr},
    {ListLanguage::pt, k_affiliate_phrases_pt}, {ListLanguage::it, k_affiliate_phrases_it},
};
/// ... or without the word commission, as paid "compensation" for what readers click or buy
/// ("We may receive compensation when you click on links to products"): a farmer's "we hope to
/// be compensated" names no link or purchase, so the phrase counts only with one of those.
constexpr std::string_view k_compensation_phrases_en[] = {
    "receive compensation", "receives compensation", "be compensated", "get compensated", "earn compensation",
};
constexpr std::string_view k_compensation_phrases_es[] = {
    "recibir una compensación", "recibimos una compensación", "recibir compensación", "ser compensados",
};
constexpr std::string_view k_compensation_phrases_de[] = {
    "eine vergütung", "vergütung erhalten", "vergütung bekommen",
};
constexpr std::string_view k_compensation_phrases_fr[] = {
    "une rémunération", "être rémunérés", "sommes rémunérés", "être rémunéré",
};
constexpr std::string_view k_compensation_phrases_pt[] = {
    "receber uma compensação", "recebemos uma compensação", "ser compensados",
};
constexpr std::string_view k_compensation_phrases_it[] = {
    "un compenso", "ricevere compensi", "essere compensati",
};
constexpr LanguageWords k_compensation_phrase_lists[] = {
    {ListLanguage::en, k_compensation_phrases_en}, {ListLanguage::es, k_compensation_phrases_es},
    {ListLanguage::de, k_compensation_phrases_de}, {ListLanguage::fr, k_compensation_phrases_fr},
    {ListLanguage::pt, k_compensation_phrases_pt}, {ListLanguage::it, k_compensation_phrases_it},
};
/// What the compensation is paid for: links, clicks or purchases.
constexpr std::string_view k_compensation_objects_en[] = {"link", "click", "purchase", " buy"};
constexpr std::string_view k_compensation_objects_es[] = {"enlace", "clic", "compra"};
constexpr std::string_view k_compensation_objects_de[] = {"link", "klick", "einkauf", "einkäuf"};
constexpr std::string_view k_compensation_objects_fr[] = {"lien", "cliqu", "clic", "achat", "achet"};
constexpr std::string_view k_compensation_objects_pt[] = {"link", "clic", "clique", "compra"};
constexpr std::string_view k_compensation_objects_it[] = {"link", "clic", "acquist"};
constexpr LanguageWords k_compensation_object_lists[] = {
    {ListLanguage::en, k_compensation_objects_en}, {ListLanguage::es, k_compensation_objects_es},
    {ListLanguage::de, k_compensation_objects_de}, {ListLanguage::fr, k_compensation_objects_fr},
    {ListLanguage::pt, k_compensation_objects_pt}, {ListLanguage::it, k_compensation_objects_it},
};
/// ... or a commission named bare ("X pode receber comissão por compras feitas a partir de links
/// nesta página", "Für Links auf dieser Seite erhält X ggf. eine Provision"): the word alone
/// names a committee too, so it counts only with both a link and a purchase (stems, every
/// language: the note's words are the site's).
constexpr std::string_view k_bare_commissions[] = {"commission", "comisión", "comissão", "provision"};
constexpr std::string_view k_link_stems[] = {"link", "enlace", "lien", "collegament"};
constexpr std::string_view k_purchase_stems[] = {"purchase", " buy", "compra", "achat", "achet", "acquist",
                                                 "einkauf", "einkäuf", "kauf", "händler", "vendedor", "merchant",
                                                 "retailer", "commerçant"};
/// ... said by the site about its own links: the voice of the writer or the piece.
constexpr std::string_view k_affiliate_voice_en[] = {
    " i ", " we ", " my ", " our ", "this post", "this article", "this page", "you ",
};
// Each language as English's list has it: we and our, I and my, you, this article, post or page.
constexpr std::string_view k_affiliate_voice_es[] = {"nuestros", "nosotros", "este artículo", "esta página",
                                                     "este post", "esta entrada", " mis ", " recibo ", "si compras"};
constexpr std::string_view k_affiliate_voice_de[] = {" wir ", " unsere", "dieser artikel", "diesem artikel",
                                                     "dieser seite",
                                                     "gekennzeichneten links", "gekennzeichnete links", "sie über",
                                                     "dieser beitrag", "diesem beitrag", " ich ", " meine"};
constexpr std::string_view k_affiliate_voice_fr[] = {" nous ", " nos ", "cet article", "cette page",
                                                     "ce billet", "cette publication", " je ", " mes ", " vous "};
constexpr std::string_view k_affiliate_voice_pt[] = {" nós ", " nossos", "este artigo", "desta página",
                                                     "nesta página", "este conteúdo", "podemos",
                                                     "este post", " eu ", " meus ", " você "};
constexpr std::string_view k_affiliate_voice_it[] = {" noi ", " nostri", "questo articolo", "questa pagina",
                                                     "questo post", " io ", " miei ", "se acquisti"};
constexpr LanguageWords k_affiliate_voice_lists[] = {
    {ListLanguage::en, k_affiliate_voice_en}, {ListLanguage::es, k_affiliate_voice_es},
    {ListLanguage::de, k_affiliate_voice_de}, {ListLanguage::fr, k_affiliate_voice_fr},
    {ListLanguage::pt, k_affiliate_voice_pt}, {ListLanguage::it, k_affiliate_voice_it},
};
/// ... or said of the links themselves, impersonally ("Some links are affiliate links.", "Links
/// marked with * are ..."): each language's "some (of the) links" and "marked links". Only a
/// short line: a longer one is as likely an article's sentence about affiliate marketing.
constexpr std::string_view k_affiliate_link_subjects_en[] = {
    "some links", "some of the links", "links marked", "marked links", "links below", "links above", "these links",
    "this link", "the links in",
};
constexpr std::string_view k_affiliate_link_subjects_es[] = {
    "algunos enlaces", "algunos de los enlaces", "enlaces marcados", "los enlaces de abajo", "estos enlaces",
    "este enlace",
};
constexpr std::string_view k_affiliate_link_subjects_de[] = {
    "einige links", "einige der links", "markierte links", "links unten", "diese links", "dieser link",
};
constexpr std::string_view k_affiliate_link_subjects_fr[] = {
    "certains liens", "certains des liens", "liens marqués", "liens ci-dessous", "ces liens", "ce lien",
};
constexpr std::string_view k_affiliate_link_subjects_pt[] = {
    "alguns links", "alguns dos links", "links marcados", "links abaixo", "estes links", "este link",
};
constexpr std::string_view k_affiliate_link_subjects_it[] = {
    "alcuni link", "alcuni dei link", "link contrassegnati", "link segnalati", "link qui sotto", "questi link",
    "questo link", "i link ai negozi",
};
constexpr LanguageWords k_affiliate_link_subject_lists[] = {
    {ListLanguage::en, k_affiliate_link_subjects_en}, {ListLanguage::es, k_affiliate_link_subjects_es},
    {ListLanguage::de, k_affiliate_link_subjects_de}, {ListLanguage::fr, k_affiliate_link_subjects_fr},
    {ListLanguage::pt, k_affiliate_link_subjects_pt}, {ListLanguage::it, k_affiliate_link_subjects_it},
};
/// Most words of an impersonal disclosure (k_affiliate_link_subjects_en).
constexpr std::size_t k_max_impersonal_affiliate_words = 16;
constexpr std::size_t k_max_affiliate_words = 60;
/// A feed footer or an affiliate disclosure fits in this many bytes.
constexpr std::size_t k_max_short_notice_bytes = 400;
/// Stems of the affiliate phrases, for a cheap look.
/// (Without their first letter, which a sentence may capitalise, so a plain find will do:
/// these checks run on every line.)
constexpr shape::Needles k_affiliate_stems{
    {"fili", "mmission", "omisión", "omissão", "rovision", "nerlink", "mazon", "-supported", "ompens", "ergütung",
     "émunér"}};
constexpr shape::PairSet k_affiliate_pairs{k_affiliate_stems.needles};
constexpr shape::PairGate k_affiliate_gate{k_affiliate_pairs};

/// A site's notice that it answers for no other site it links to ("X is not responsible for the
/// content of external sites", "Für die Inhalte externer Links übernehmen wir keine Haftung"):
/// a disclaimer of responsibility and the linked sites, both on one short line, in the six
/// languages (lower case, every language's together: the notice is the site's).
constexpr std::string_view k_responsibility_phrases[] = {
    "not responsible for", "no responsibility for", "not liable for", "no liability for", "keine haftung",
    "nicht verantwortlich", "keine verantwortung", "pas responsable", "toute responsabilité", "no se hace responsable",
    "no se responsabiliza", "no es responsable", "non è responsabile", "ogni responsabilità", "não se responsabiliza",
    "não é responsável",
};
constexpr std::string_view k_external_site_phrases[] = {
    "external sites", "external websites", "external links", "external internet sites", "third-party sites",
    "linked sites", "externer links", "externen links", "externer seiten", "externen seiten", "externer websites",
    "verlinkten seiten", "sites externes", "liens externes", "sitios externos", "enlaces externos", "páginas externas",
    "siti esterni", "link esterni", "sites externos", "links externos",
};
/// Pieces of those external sites' phrases without a first letter, for the line's signature.
constexpr shape::Needles k_external_stems{{"xtern", "sterni", "inked site", "erlinkt", "hird-party"}};
constexpr shape::PairSet k_external_pairs{k_external_stems.needles};
constexpr shape::PairGate k_external_gate{k_external_pairs};
constexpr std::size_t k_max_external_notice_words = 40;

/// True when `key` (a shape::key()) is a short notice in the site's own voice: at most
/// `max_words` words, a phrase of `first` and one of `second` (lower case, every language's
/// together), and no reported speech. The notices below are each two such lists.
template <class First, class Second>
bool is_notice_of(std::string_view key, std::size_t max_words, const First& first, const Second& second) {
  return shape::key_word_count(key) <= max_words && shape::key_contains_any(key, first) &&
         shape::key_contains_any(key, second) && !shape::key_contains_any(key, k_reported_speech);
}

/// A fan site's or an unofficial site's notice that it is not the club's, the brand's or the
/// show's ("Kurvenecho ist ein unabhängiges Fanportal und steht in keiner offiziellen Verbindung
/// zum FC Thurwil", "This site is not affiliated with or endorsed by ..."): a formula denying a
/// tie, and the site naming itself, on one short line, in the six languages (lower case, every
/// language's together: the notice is the site's). "The group is not affiliated with any party,
/// its leader said" is a report.
constexpr std::string_view k_no_tie_phrases[] = {
    "not affiliated with", "not affiliated to", "no affiliation with", "not endorsed by",
    "not officially connected", "in keiner verbindung", "in keiner offiziellen verbindung", "nicht verbunden mit",
    "keine offizielle verbindung", "n'est pas affilié", "n’est pas affilié", "aucun lien officiel",
    "aucun lien avec", "no está afiliado", "no está afiliada", "no tiene relación oficial", "ninguna relación oficial",
    "non è affiliato", "non è affiliata", "nessun legame ufficiale", "non ha alcun legame", "não é afiliado",
    "não é afiliada", "não tem ligação oficial", "nenhuma ligação oficial", "sem ligação oficial",
};
/// What an unofficial site calls itself (lower case, in the six languages).
constexpr std::string_view k_own_site_words[] = {
    "this site", "this website", "this blog", "fan site", "fansite", "fan page", "fan portal", "unofficial",
    "fanportal", "fanseite", "diese seite", "diese website", "inoffiziell", "ce site", "ce blog", "site de fans",
    "non officiel", "este sitio", "este blog", "sitio de aficionados", "no oficial", "questo sito", "questo blog",
    "sito di tifosi", "non ufficiale", "este site", "site de fãs", "não oficial",
};
/// Pieces of the denying formulas without a first letter, for the line's signature.
constexpr shape::Needles k_no_tie_stems{{"ffiliat", "ffilié", "filiad", "ndorsed", "iner Verbindung",
                                         "iner offiziellen", "ine offizielle", "icht verbunden", "ien officiel",
                                         "ucun lien", "elación oficial", "egame ufficiale", "lcun legame",
                                         "igação oficial"}};
constexpr shape::PairSet k_no_tie_pairs{k_no_tie_stems.needles};
constexpr shape::PairGate k_no_tie_gate{k_no_tie_pairs};
constexpr std::size_t k_max_no_tie_notice_words = 40;

bool is_no_tie_notice(std::string_view key) {
  return is_notice_of(key, k_max_no_tie_notice_words, k_no_tie_phrases, k_own_site_words);
}

/// A note that a funder supported the piece and had no say in it ("This reporting was supported by
/// a grant from the Serra Foundation, which had no influence over its content", "Esta reportagem
/// contou com apoio do programa de bolsas ..., que não teve qualquer influência sobre o conteúdo"):
/// the support and the denial of influence on one short line, no reported speech (lower case,
/// every language's together).
constexpr std::string_view k_support_phrases[] = {
    "supported by", "funded by", "grant from", "made possible by", "with support from", "with the support of",
    "unterstützt", "gefördert", "finanziert", "mit unterstützung", "avec le soutien", "soutenu par",
    "financé par", "con el apoyo", "con apoyo", "financiado por", "financiada por", "beca", "com apoio",
    "com o apoio", "contou com apoio", "financiado pelo", "financiada pela", "bolsa", "con il sostegno",
    "sostenuto da", "sostenuta da", "finanziato da", "finanziata da",
};
constexpr std::string_view k_no_influence_phrases[] = {
    "no influence", "editorially independent", "keinen einfluss", "keine einflussnahme", "aucune influence",
    "aucun droit de regard", "ninguna influencia", "qualquer influência", "nenhuma influência", "nessuna influenza",
    "alcuna influenza",
};
/// Pieces of the denials without a first letter, for the line's signature.
/// (Denials of "control" or "say" are left out: their words are too common to look for on every
/// line, and the funders' notes seen deny an influence.)
constexpr shape::Needles k_no_influence_stems{{"nfluen", "nfluê", "nfluss", "ditorially", "roit de regard"}};
constexpr shape::PairSet k_no_influence_pairs{k_no_influence_stems.needles};
constexpr shape::PairGate k_no_influence_gate{k_no_influence_pairs};
constexpr std::size_t k_max_funder_note_words = 45;

bool is_funder_note(std::string_view key) {
  return is_notice_of(key, k_max_funder_note_words, k_no_influence_phrases, k_support_phrases);
}

/// An Acknowledgement of Country, which Australian sites print in their footers ("... acknowledges
/// the Traditional Custodians of the lands on which our campuses stand and pays respect to Elders
/// past and present"), or a land acknowledgement of Canada's ("We acknowledge that we work on the
/// traditional, unceded territory of ..."): the respect paid to Elders past, or the site's own
/// acknowledgement of a traditional or unceded territory. "The court acknowledged the traditional
/// territory of the nation in its ruling" names no Elders and is no "we".
constexpr std::string_view k_territory_phrases[] = {"unceded", "traditional territor", "territoire traditionnel",
                                                    "territoires traditionnels", "non cédé"};
constexpr std::string_view k_own_acknowledgements[] = {"we acknowledge", "nous reconnaissons"};
/// Pieces of the Elders' and the territories' phrases without a first letter, for the line's
/// signature.
constexpr shape::Needles k_country_stems{{"lders past", "nceded", "raditional territor", "erritoire traditionnel",
                                          "erritoires traditionnels", "on cédé"}};
constexpr shape::PairSet k_country_pairs{k_country_stems.needles};
constexpr shape::PairGate k_country_gate{k_country_pairs};
constexpr std::size_t k_max_acknowledgement_words = 60;

bool is_country_acknowledgement(std::string_view key) {
  if (shape::key_word_count(key) > k_max_acknowledgement_words || shape::key_contains_any(key, k_reported_speech))
    return false;
  return key.find("elders past") != std::string_view::npos ||
         (shape::key_contains_any(key, k_own_acknowledgements) && shape::key_contains_any(key, k_territory_phrases));
}

bool is_external_links_notice(std::string_view key) {
  return is_notice_of(key, k_max_external_notice_words, k_responsibility_phrases, k_external_site_phrases);
}

/// A note that the piece was translated or written with AI: it opens on the piece itself
/// ("This article ...", "Dieser Artikel ..."), names AI, and says what AI did with it. An
/// article sentence about AI opens on its own subject ("The museum used AI to ...").
constexpr std::string_view k_ai_note_openings_en[] = {
    "this article", "this story", "this content", "this text", "this translation", "this summary", "this piece",
    "this post", "this report",
};
constexpr std::string_view k_ai_note_openings_de[] = {
    "dieser artikel", "dieser text", "dieser beitrag", "diese meldung", "diese übersetzung", "dieser inhalt",
};
constexpr std::string_view k_ai_note_openings_es[] = {
    "este artículo", "este texto", "este contenido", "esta noticia", "esta traducción", "esta información",
};
constexpr std::string_view k_ai_note_openings_fr[] = {
    "cet article", "ce texte", "ce contenu", "cette traduction", "cette dépêche",
};
constexpr std::string_view k_ai_note_openings_it[] = {
    "questo articolo", "questo testo", "questo contenuto", "questa traduzione", "questa notizia",
};
constexpr std::string_view k_ai_note_openings_pt[] = {
    "este artigo", "este texto", "este conteúdo", "esta notícia", "esta tradução", "esta reportagem",
};
constexpr LanguageWords k_ai_note_opening_lists[] = {
    {ListLanguage::en, k_ai_note_openings_en}, {ListLanguage::es, k_ai_note_openings_es},
    {ListLanguage::de, k_ai_note_openings_de}, {ListLanguage::fr, k_ai_note_openings_fr},
    {ListLanguage::pt, k_ai_note_openings_pt}, {ListLanguage::it, k_ai_note_openings_it},
};
constexpr LanguagePhrases<total_words(k_ai_note_opening_lists)> k_ai_note_openings{k_ai_note_opening_lists};
/// The nouns of those openings (the piece, the text, the translation ...).
constexpr std::string_view k_ai_note_stems[] = {
    "arti", "artí", "story", "conte", "text", "testo", "tradu", "transla", "summar", "piece", "post", "report", "beitrag",
    "meldung", "bersetzung", "inhalt", "notici", "notiz", "notí", "informaci", "pêche",
};
static_assert(stems_cover(k_ai_note_opening_lists, k_ai_note_stems));
constexpr StemPairs k_ai_note_pairs{k_ai_note_stems};
/// AI named in any of the six languages (padded key: whole words where short).
constexpr std::string_view k_ai_terms[] = {
    " ai ", " ai-", " a.i ", " a.i. ", "artificial intelligence", "machine translation", "machine-translated",
    "künstliche intelligenz", "künstlicher intelligenz", " ki ", " ki-", "maschinell", "inteligencia artificial",
    " ia ", "'ia ", "intelligence artificielle", "intelligenza artificiale", "inteligência artificial", "chatgpt",
    "deepl",
};
/// What AI did with the piece: translated, produced, generated, written, edited, helped.
constexpr std::string_view k_ai_work_stems[] = {
    "translat", "produc", "generat", "written", "creat", "assist", "help", "übersetz", "erstellt", "generiert",
    "verfasst", "unterstützung", "hilfe", "traduc", "tradu", "generad", "elaborad", "redactad", "ayuda", "généré",
    "rédigé", "produit", "aide", "tradott", "realizzat", "scritt", "prodott", "ausilio", "aiuto",
    "gerad", "produzid", "escrit", "ajuda",
};
constexpr std::size_t k_max_ai_note_words = 40;


/// "Delivered by The Morning Ledger": an opening, then a name in title case and nothing else.
bool is_delivered_by(std::string_view text, std::string_view key) {
  std::string_view opening = shape::opening_in(text, k_delivered_openings);
  if (opening.empty() || shape::key_word_count(key) > k_max_delivered_words) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.empty() || rest.find_first_of(",;:!?") != std::string_view::npos) return false;
  char first = rest[0];
  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
}

bool is_affiliate_disclosure(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_affiliate_words) return false;
  if (!key_contains_any(key, k_affiliate_phrase_lists, languages) &&
      !(key_contains_any(key, k_compensation_phrase_lists, languages) &&
        key_contains_any(key, k_compensation_object_lists, languages)) &&
      !(shape::key_contains_any(key, k_bare_commissions) && shape::key_contains_any(key, k_link_stems) &&
        shape::key_contains_any(key, k_purchase_stems)))
    return false;
  std::string_view padded = shape::scratch_padded(key);
  // A report of someone's offer or links names who said it ("... at no cost to you, the board said").
  if (shape::key_contains_any(key, k_reported_speech)) return false;
  if (key_contains_any(padded, k_affiliate_voice_lists, languages)) return true;
  return shape::key_word_count(key) <= k_max_impersonal_affiliate_words &&
         key_contains_any(key, k_affiliate_link_subject_lists, languages);
}

/// A shop's link that an affiliate note closes names the shop by its address or states a price
/// in this many words at most.
constexpr std::size_t k_max_shop_link_words = 20;

/// True when `text` holds a domain's dot, between two letters ("Bookshop.org"), a price (a
/// digit and a currency sign: €, $, £) or a discount ("hasta un 40 % más baratas", "-30%": a
/// digit, perhaps a space, and '%').
bool names_shop_or_price(std::string_view text) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t at = text.find('.'); at != std::string_view::npos; at = text.find('.', at + 1))
    if (at > 0 && at + 1 < text.size() && letter(text[at - 1]) && letter(text[at + 1])) return true;
  if (!shape::has_digit(text)) return false;
  for (std::size_t at = text.find('%'); at != std::string_view::npos; at = text.find('%', at + 1)) {
    std::size_t digit = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
    if (digit > 0 && shape::is_ascii_digit(text[digit - 1])) return true;
  }
  return text.find('$') != std::string_view::npos || text.find("\xE2\x82\xAC") != std::string_view::npos ||
         text.find("\xC2\xA3") != std::string_view::npos;
}

/// "Buy this book at Bookshop.org for $18.99 (we may earn a commission)", "Acheter ce livre chez
/// Librairie-en-ligne.fr ▸ 18,05 € (Page Blanche perçoit une commission sur les ventes réalisées
/// via ce lien)": a shop's link with its address or a price, then, in brackets closing the line,
/// the note that the site earns on the sale (an affiliate phrase, k_affiliate_phrase_lists).
bool is_shop_link_with_affiliate_note(std::string_view text, ListLanguages languages) {
  text = shape::without_final_stops(shape::trim(text));
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view link = shape::trim(text.substr(0, open));
  if (shape::word_count(link) > k_max_shop_link_words || !names_shop_or_price(link)) return false;
  std::string_view note_key = shape::scratch_key(text.substr(open + 1, text.size() - open - 2));
  return key_contains_any(note_key, k_affiliate_phrase_lists, languages) &&
         !shape::key_contains_any(note_key, k_reported_speech);
}

bool is_ai_note(std::string_view key) {
  if (shape::key_word_count(key) > k_max_ai_note_words) return false;
  std::string_view padded = shape::scratch_padded(key);
  return shape::key_contains_any(padded, k_ai_terms) && shape::key_contains_any(key, k_ai_work_stems);
}

bool is_feed_footer(std::string_view text, std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_footer_words) return false;
  if (!opening_in(text, k_feed_footer_openings, languages).empty()) {
    // "The post <title> appeared first on <site>.": a title of two words or more, then a
    // site's name and nothing else.
    std::size_t at = std::string_view::npos;
    std::string_view phrase = first_in_lists(languages, k_feed_footer_phrase_lists, [&](auto phrases) {
      for (std::string_view candidate : phrases)
        if ((at = key.find(candidate)) != std::string_view::npos) return candidate;
      return std::string_view{};
    });
    if (!phrase.empty()) {
      std::string_view site = key.substr(at + phrase.size());
      return shape::key_word_count(key.substr(0, at)) >= 3 && shape::key_word_count(site) <= k_max_site_words &&
             site.find(',') == std::string_view::npos;
    }
  }
  // "X is a post from: Y" has no final stop, and X is a title of a few words at least.
  std::size_t from = key.find(k_post_from);
  return from != std::string_view::npos && shape::key_word_count(key.substr(0, from)) >= 2 &&
         !shape::trim(text).ends_with('.');
}

/// "Contributed by X" alone must name the site's address; the longer openings speak of the
/// piece itself.
bool is_contribution_notice(std::string_view text, std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_contributed_words) return false;
  if (!opening_in(text, k_contributed_openings, languages).starts_with("contributed")) return true;
  return key.find("www.") != std::string_view::npos || key.find("http") != std::string_view::npos ||
         key.find(".com") != std::string_view::npos || key.find(".org") != std::string_view::npos;
}

bool is_views_disclaimer(std::string_view key, ListLanguages languages) {
  return key_contains_any(key, k_views_subject_lists, languages) &&
         key_contains_any(key, k_views_disowning_lists, languages) &&
         key_contains_any(key, k_self_reference_lists, languages);
}

/// True when `key` (a shape::key()) is a site's refusal to answer for its contributors' views
/// (see k_refusals): the views noun, a contributor, and a refusal after at most
/// k_max_refuser_words words that hold no comma and no word of k_reporting_words.
bool is_contributor_refusal(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_refusal_words || !key_contains_any(key, k_views_subject_lists, languages) ||
      !key_contains_any_words(key, k_contributor_lists, languages))
    return false;
  // The first refusal, and the words before it: a name, not a sentence that reports one.
  std::size_t at = key.size();
  any_list(languages, k_refusal_lists, [&](auto refusals) {
    for (std::string_view refusal : refusals) at = std::min(at, key.find(refusal));
    return false;
  });
  if (at == key.size()) return false;
  std::string_view refuser = key.substr(0, at);
  if (shape::key_word_count(refuser) > k_max_refuser_words || refuser.find_first_of(",;:") != std::string_view::npos)
    return false;
  for (std::string_view word : k_reporting_words)
    if (shape::key_contains_words(refuser, word)) return false;
  return true;
}

bool is_syndication_notice(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  return !opening_in(text, k_origin_openings, languages, k_origin_pairs, pairs).empty();
}

/// Responsible-gambling notices that betting ads and odds widgets carry. A line opening with
/// one is the notice; elsewhere on a line it needs the age limit too ("18+", "+18"): "The firm
/// promotes responsible gambling, its chief said" is business news.
constexpr std::size_t k_max_gambling_words = 30;
constexpr std::string_view k_gambling_phrases_en[] = {
    "gamble responsibly", "please gamble responsibly", "bet responsibly", "play responsibly",
    "gambling can be addictive", "when the fun stops, stop", "begambleaware", "gamble aware",
};
constexpr std::string_view k_gambling_phrases_es[] = {
    "juega con responsabilidad", "juega responsablemente", "juego responsable", "jugar con responsabilidad",
    "apuesta con responsabilidad",
};
constexpr std::string_view k_gambling_phrases_de[] = {
    "spielen mit verantwortung", "verantwortungsvoll spielen", "spiele verantwortungsvoll",
    "spielen sie verantwortungsvoll", "spielen sie verantwortungsbewusst", "glücksspiel kann süchtig machen",
};
constexpr std::string_view k_gambling_phrases_fr[] = {
    "jouer comporte des risques", "jouez de manière responsable", "jouez responsable", "jeu responsable",
    "pariez de manière responsable",
};
constexpr std::string_view k_gambling_phrases_pt[] = {
    "jogue com responsabilidade", "aposte com responsabilidade", "jogo responsável", "jogue de forma responsável",
};
constexpr std::string_view k_gambling_phrases_it[] = {
    "gioca responsabilmente", "gioca con responsabilità", "gioco responsabile",
    "il gioco può causare dipendenza",
};
constexpr LanguageWords k_gambling_phrase_lists[] = {
    {ListLanguage::en, k_gambling_phrases_en}, {ListLanguage::es, k_gambling_phrases_es},
    {ListLanguage::de, k_gambling_phrases_de}, {ListLanguage::fr, k_gambling_phrases_fr},
    {ListLanguage::pt, k_gambling_phrases_pt}, {ListLanguage::it, k_gambling_phrases_it},
};
constexpr LanguagePhrases<total_words(k_gambling_phrase_lists)> k_gambling_openings{k_gambling_phrase_lists};
/// A gambling notice with its age limit fits in this many bytes.
constexpr std::size_t k_max_gambling_bytes = 220;

/// True when `text` holds an age limit, "18+" or "+18" (a space may stand between).
bool has_age_limit(std::string_view text) {
  for (std::size_t at = text.find("18"); at != std::string_view::npos; at = text.find("18", at + 2)) {
    std::size_t before = at, after = at + 2;
    if (before > 0 && text[before - 1] == ' ') --before;
    if (after < text.size() && text[after] == ' ') ++after;
    if ((before > 0 && text[before - 1] == '+') || (after < text.size() && text[after] == '+')) return true;
  }
  return false;
}

/// "18+ | Gamble responsibly", "Juega con responsabilidad. +18. ...", "Apostas: +18, jogue com
/// responsabilidade": the notice opens the line, or stands on a short line with an age limit.
bool is_gambling_notice(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  bool opens = !opening_in(text, k_gambling_openings, languages).empty();
  if (!opens && (text.size() > k_max_gambling_bytes || !pairs.holds(shape::pair_of('1', '8')) || !has_age_limit(text)))
    return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_gambling_words &&
         (opens || key_contains_any(key, k_gambling_phrase_lists, languages));
}

/// Responsible-drinking notices that wine shops' and brewers' ads must carry (France's Loi Évin
/// "L'abus d'alcool est dangereux pour la santé", Spain's "Bebe con moderación", "Please drink
/// responsibly"). The notice opens the line; a longer line must hold a second notice, so a
/// report that opens on the same words ("El consumo excesivo de alcohol provoca 15.000 muertes
/// al año, según Sanidad") stays.
constexpr std::string_view k_drinking_phrases_en[] = {
    "please drink responsibly", "drink responsibly", "enjoy responsibly", "please enjoy responsibly", "drinkaware",
    "be drinkaware", "excessive alcohol consumption", "must be of legal drinking age",
};
constexpr std::string_view k_drinking_phrases_es[] = {
    "el consumo excesivo de alcohol", "bebe con moderación", "bebe con responsabilidad", "disfruta con moderación",
    "disfruta de un consumo responsable", "prohibida la venta a menores", "consume con moderación",
};
constexpr std::string_view k_drinking_phrases_de[] = {
    "trinken sie verantwortungsvoll", "genießen sie verantwortungsvoll", "kein verkauf an personen unter",
    "übermäßiger alkoholkonsum", "alkohol nur in maßen", "kein verkauf an minderjährige",
};
constexpr std::string_view k_drinking_phrases_fr[] = {
    "l'abus d'alcool est dangereux", "l’abus d’alcool est dangereux", "à consommer avec modération",
    "a consommer avec modération", "la vente d'alcool aux mineurs est interdite",
};
constexpr std::string_view k_drinking_phrases_pt[] = {
    "beba com moderação", "aprecie com moderação", "venda proibida para menores", "o consumo excessivo de álcool",
    "seja responsável, beba com moderação", "proibida a venda a menores",
};
constexpr std::string_view k_drinking_phrases_it[] = {
    "bevi responsabilmente", "bevi con moderazione", "l'abuso di alcol", "l’abuso di alcol",
    "vietata la vendita ai minori", "consuma responsabilmente",
    // The legal age, as a wine site prints it over its pages.
    "il consumo di alcol è riservato ai maggiorenni", "il consumo di alcolici è riservato ai maggiorenni",
    "il consumo eccessivo di alcol nuoce", "la vendita di alcolici ai minori è vietata",
};
constexpr LanguageWords k_drinking_phrase_lists[] = {
    {ListLanguage::en, k_drinking_phrases_en}, {ListLanguage::es, k_drinking_phrases_es},
    {ListLanguage::de, k_drinking_phrases_de}, {ListLanguage::fr, k_drinking_phrases_fr},
    {ListLanguage::pt, k_drinking_phrases_pt}, {ListLanguage::it, k_drinking_phrases_it},
};
constexpr LanguagePhrases<total_words(k_drinking_phrase_lists)> k_drinking_openings{k_drinking_phrase_lists};
/// Stems one of which every drinking notice holds, in the case a line sets it in.
constexpr std::string_view k_drinking_stems[] = {"respons", "drink", "alcoh", "alcol", "lcool", "lkohol", "modera",
                                                 "modéra", "verantwort", "erkauf", "menores", "minori"};
static_assert(stems_cover(k_drinking_phrase_lists, k_drinking_stems));
constexpr StemPairs k_drinking_pairs{k_drinking_stems};
/// The notices' first two bytes: most lines open with none, and are not looked at further.
constexpr OpeningGuard k_drinking_guard{k_drinking_openings};
/// A notice alone is a few words; with more it must hold two of them, up to this many words.
constexpr std::size_t k_max_lone_drinking_words = 12;
constexpr std::size_t k_max_drinking_words = 40;

/// "Please drink responsibly.", "El consumo excesivo de alcohol perjudica la salud. Disfruta de un
/// consumo responsable. Prohibida la venta a menores de 18 años.": see k_drinking_phrases_en.
bool is_drinking_notice(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!k_drinking_guard.may_open(text)) return false;
  std::string_view opening = opening_in(text, k_drinking_openings, languages, k_drinking_pairs, pairs);
  if (opening.empty()) return false;
  std::string_view key = shape::scratch_key(text);
  std::size_t words = shape::key_word_count(key);
  if (words > k_max_drinking_words || shape::key_contains_any(key, k_reported_speech)) return false;
  if (words <= k_max_lone_drinking_words) return true;
  // A second notice past the first.
  std::string_view rest = key.substr(std::min(key.size(), opening.size()));
  return key_contains_any(rest, k_drinking_phrase_lists, languages) || has_age_limit(rest);
}

/// A site's standing notice that a press or financial regulator oversees it ("The Ashcombe Echo is
/// a member of IPSO and abides by the Editors' Code of Practice", "X Ltd is authorised and
/// regulated by the Financial Conduct Authority"): the regulator named, and the statutory or
/// membership formula said of the line's own subject within its first words, with no comma
/// before it, so "The Echo, which is a member of IPSO, was fined" is news; the UK's statutory
/// "authorised and regulated by" may stand anywhere.
constexpr std::string_view k_regulators[] = {
    "ipso", "impress", "independent press standards organisation", "editors' code", "editors’ code",
    "press council", "presserat", "pressekodex", "conseil de déontologie", "financial conduct authority",
    "prudential regulation authority", "consejo de la información", "conselho deontológico",
};
constexpr std::string_view k_regulated_formulas[] = {
    "is a member of", "are members of", "abides by", "adheres to", "adhere to", "subscribes to",
    "is regulated by ipso", "are regulated by ipso",
    "ist mitglied", "sind mitglied", "unterliegt dem", "est membre du", "est membre de", "adhère au",
    "es miembro del", "é membro do", "è membro del",
};
/// The statutory formula of a UK financial promotion, which may stand anywhere in the notice.
constexpr std::string_view k_statutory_formulas[] = {"authorised and regulated by", "authorized and regulated by"};
/// The formula stands within this many words of the line's opening; the notice is a sentence or two.
constexpr std::size_t k_max_regulated_subject_words = 8;
constexpr std::size_t k_max_regulator_notice_words = 40;
/// Stems of the regulators' names, for a cheap look at every short line.
constexpr shape::Needles k_regulator_stems{{"IPSO", "IMPRESS", "Editors", "Press Council", "Presse", "onduct Auth",
                                            "onseil de d", "onsejo de la Inf", "onselho Deont"}};
constexpr shape::PairSet k_regulator_pairs{k_regulator_stems.needles};
/// Stems of the formulas (k_regulated_formulas, k_statutory_formulas), looked for first: their
/// rarest pairs ("mb", "gu", "dh", "tg") rule out most lines, which the regulators' common
/// letters do not.
constexpr shape::Needles k_formula_stems{
    {"ember", "embre", "embro", "gulated", "bides", "dher", "dhère", "ubscribes", "itglied", "nterliegt"}};
constexpr shape::PairSet k_formula_pairs{k_formula_stems.needles};
constexpr shape::PairGate k_regulator_gate{k_formula_pairs};

/// True when `text` (with its byte pairs, `pairs`, which k_regulator_gate let through: a
/// formula's stem may be there) is such a notice.
bool is_regulator_notice(std::string_view text, const shape::LinePairs& pairs) {
  if (!shape::contains_any(text, k_formula_stems, k_formula_pairs, pairs) ||
      !shape::contains_any(text, k_regulator_stems, k_regulator_pairs, pairs))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_regulator_notice_words || !shape::key_contains_any(key, k_regulators) ||
      shape::key_contains_any(key, k_reported_speech))
    return false;
  if (shape::key_contains_any(key, k_statutory_formulas)) return true;
  for (std::string_view formula : k_regulated_formulas) {
    std::size_t at = key.find(formula);
    if (at == std::string_view::npos) continue;
    std::string_view subject = key.substr(0, at);
    if (subject.find(',') == std::string_view::npos && shape::key_word_count(subject) <= k_max_regulated_subject_words)
      return true;
  }
  return false;
}

/// A review's note that the maker or publisher supplied what was reviewed ("Review code supplied
/// by the publisher.", "Das Testgerät wurde uns vom Hersteller zur Verfügung gestellt."): it opens
/// on the sample and says it was given. Each opening holds a stem of k_review_sample_stems.
constexpr std::string_view k_review_sample_openings_en[] = {
    "review code", "review copy", "review unit", "review sample", "a review code", "a review copy",
    "a review unit", "a review sample", "our review unit", "our review copy", "the review unit", "the review copy",
    "the review code",
};
constexpr std::string_view k_review_sample_openings_es[] = {
    "código cedido", "copia cedida", "unidad cedida", "código proporcionado", "copia proporcionada",
    "el código ha sido cedido", "la unidad ha sido cedida", "análisis realizado con un código cedido",
};
constexpr std::string_view k_review_sample_openings_de[] = {
    "das testgerät", "ein testgerät", "testgerät", "das testmuster", "testmuster", "rezensionsexemplar",
    "das rezensionsexemplar", "ein rezensionsexemplar", "der testcode", "testcode",
};
constexpr std::string_view k_review_sample_openings_fr[] = {
    "code fourni", "exemplaire fourni", "jeu fourni", "produit fourni", "test réalisé sur un exemplaire fourni",
    "test réalisé à partir d'un code fourni", "un exemplaire de test",
};
constexpr std::string_view k_review_sample_openings_pt[] = {
    "código cedido", "cópia cedida", "unidade cedida", "código fornecido", "cópia fornecida",
};
constexpr std::string_view k_review_sample_openings_it[] = {
    "codice per la recensione", "codice fornito", "copia fornita", "prodotto fornito", "copia per la recensione",
};
constexpr LanguageWords k_review_sample_opening_lists[] = {
    {ListLanguage::en, k_review_sample_openings_en}, {ListLanguage::es, k_review_sample_openings_es},
    {ListLanguage::de, k_review_sample_openings_de}, {ListLanguage::fr, k_review_sample_openings_fr},
    {ListLanguage::pt, k_review_sample_openings_pt}, {ListLanguage::it, k_review_sample_openings_it},
};
constexpr LanguagePhrases<total_words(k_review_sample_opening_lists)> k_review_sample_openings{
    k_review_sample_opening_lists};
constexpr std::string_view k_review_sample_stems[] = {"eview", "estger", "estmuster", "ezension", "estcode", "ourni",
                                                      "xemplaire", "edid", "proporcion", "fornit", "ornecid",
                                                      "recensione"};
static_assert(stems_cover(k_review_sample_opening_lists, k_review_sample_stems));
constexpr StemPairs k_review_sample_pairs{k_review_sample_stems};
constexpr OpeningGuard k_review_sample_guard{k_review_sample_openings};
/// Words that say the sample was given (stems: "provided", "fourni", "fornito", "cedido", ...).
constexpr std::string_view k_given_words[] = {
    "provided", "supplied", "sent", "loaned", "courtesy", "given", "fourni", "cedid", "proporcionad", "fornit",
    "fornecid", "zur verfügung", "gestellt", "überlassen",
};
constexpr std::size_t k_max_review_sample_words = 40;

/// True when `text` (with its byte pairs) is such a note, reporting no one.
bool is_review_sample_note(std::string_view text, const shape::LinePairs& pairs, ListLanguages languages) {
  if (!k_review_sample_guard.may_open(text) ||
      opening_in(text, k_review_sample_openings, languages, k_review_sample_pairs, pairs).empty())
    return false;
  std::string_view key = shape::scratch_key(text);
  return shape::key_word_count(key) <= k_max_review_sample_words && shape::key_contains_any(key, k_given_words) &&
         !shape::key_contains_any(key, k_reported_speech);
}

/// Advice disclaimers: the site says that what it publishes is not medical, financial or legal
/// advice ("This article is not a substitute for professional medical advice", "Survival Ridge
/// Report does not provide financial advice", "Die Inhalte ersetzen keine ärztliche Beratung").
/// A line that names such advice (k_advice_nouns), denies it (k_advice_negations) with a verb
/// of the disclaimer (k_advice_verbs), on a short line that reports no one (k_advice_reporting):
/// "The company said its app does not provide medical advice" is news.
constexpr std::string_view k_advice_nouns_en[] = {
    "medical advice", "financial advice", "investment advice", "legal advice", "professional advice", "tax advice",
    "medical diagnosis",
    // Advice named by whom it comes from: "not a substitute for advice from your own doctor".
    "advice from your", "advice of your", "advice from a ", "advice of a ",
};
constexpr std::string_view k_advice_nouns_de[] = {
    "ärztliche beratung", "ärztlichen rat", "ärztliche untersuchung", "ärztliche diagnose", "arztbesuch",
    "anlageberatung", "rechtsberatung", "steuerberatung", "medizinische beratung",
};
constexpr std::string_view k_advice_nouns_fr[] = {
    "avis médical", "avis d'un médecin", "avis d\xE2\x80\x99un médecin", "conseil médical", "conseils médicaux",
    "conseil en investissement", "conseil financier", "conseil juridique", "professionnel de santé",
    "professionnel de la santé", "consultation médicale", "diagnostic médical",
};
constexpr std::string_view k_advice_nouns_es[] = {
    "consejo médico", "asesoramiento médico", "asesoramiento financiero", "asesoría financiera",
    "asesoramiento legal", "asesoría legal", "asesoramiento jurídico", "consulta médica", "diagnóstico médico",
    "profesional de la salud", "profesional sanitario",
};
constexpr std::string_view k_advice_nouns_it[] = {
    "parere medico", "consulenza medica", "consulenza finanziaria", "consulenza legale", "diagnosi medica",
};
constexpr std::string_view k_advice_nouns_pt[] = {
    "aconselhamento médico", "orientação médica", "aconselhamento financeiro", "aconselhamento jurídico",
    "consulta médica", "diagnóstico médico", "profissional de saúde",
};
constexpr LanguageWords k_advice_noun_lists[] = {
    {ListLanguage::en, k_advice_nouns_en}, {ListLanguage::es, k_advice_nouns_es},
    {ListLanguage::de, k_advice_nouns_de}, {ListLanguage::fr, k_advice_nouns_fr},
    {ListLanguage::pt, k_advice_nouns_pt}, {ListLanguage::it, k_advice_nouns_it},
};
/// The denial, whole words in a padded key.
constexpr std::string_view k_advice_negations_en[] = {" not ", " no ", "n't ", " never ", " nothing "};
constexpr std::string_view k_advice_negations_de[] = {" keine ", " keinen ", " keiner ", " kein ", " nicht ", " nichts "};
constexpr std::string_view k_advice_negations_fr[] = {" ne ", " n'", " n\xE2\x80\x99", " pas ", " rien "};
constexpr std::string_view k_advice_negations_es[] = {" no ", " ni ", " nada "};
constexpr std::string_view k_advice_negations_it[] = {" non ", " nulla ", " niente "};
constexpr std::string_view k_advice_negations_pt[] = {" não ", " nem ", " nada "};
constexpr LanguageWords k_advice_negation_lists[] = {
    {ListLanguage::en, k_advice_negations_en}, {ListLanguage::es, k_advice_negations_es},
    {ListLanguage::de, k_advice_negations_de}, {ListLanguage::fr, k_advice_negations_fr},
    {ListLanguage::pt, k_advice_negations_pt}, {ListLanguage::it, k_advice_negations_it},
};
/// What such a notice says the content is not: a substitute for, intended as, constituting or
/// providing advice (stems).
constexpr std::string_view k_advice_verbs_en[] = {
    "substitut", "constitut", "intended", "provide", "construed", "replace", "meant as", "offer",
};
constexpr std::string_view k_advice_verbs_de[] = {"ersetz", "stellt keine", "stellen keine", "darstell"};
constexpr std::string_view k_advice_verbs_fr[] = {"remplac", "substitu", "constitu", "destiné", "fourni"};
constexpr std::string_view k_advice_verbs_es[] = {"sustitu", "constitu", "reemplaz", "pretende", "destinad"};
constexpr std::string_view k_advice_verbs_it[] = {"sostitu", "costitu", "intes", "destinat", "fornisc"};
constexpr std::string_view k_advice_verbs_pt[] = {"substitu", "constitu", "pretende", "destinad", "fornec"};
constexpr LanguageWords k_advice_verb_lists[] = {
    {ListLanguage::en, k_advice_verbs_en}, {ListLanguage::es, k_advice_verbs_es},
    {ListLanguage::de, k_advice_verbs_de}, {ListLanguage::fr, k_advice_verbs_fr},
    {ListLanguage::pt, k_advice_verbs_pt}, {ListLanguage::it, k_advice_verbs_it},
};
/// Or the notice simply says the content is not advice ("This is not financial advice", "Nothing
/// on this page is investment advice", "Dieser Beitrag ist keine Anlageberatung"): the copula,
/// with the content itself as subject (k_advice_self_references), as "Advice from your bank is
/// not always in your interest" has not.
constexpr std::string_view k_advice_copulas_en[] = {" is not ", " are not ", "isn't ", "aren't ", " nothing on this ",
                                                    " nothing in this ", " nothing on our ", " nothing here "};
constexpr std::string_view k_advice_copulas_de[] = {"ist keine", "sind keine"};
constexpr std::string_view k_advice_copulas_fr[] = {"n'est pas", "n\xE2\x80\x99" "est pas"};
constexpr std::string_view k_advice_copulas_es[] = {"no es ", "no son "};
constexpr std::string_view k_advice_copulas_it[] = {"non è ", "non sono "};
constexpr std::string_view k_advice_copulas_pt[] = {"não é ", "não são "};
constexpr LanguageWords k_advice_copula_lists[] = {
    {ListLanguage::en, k_advice_copulas_en}, {ListLanguage::es, k_advice_copulas_es},
    {ListLanguage::de, k_advice_copulas_de}, {ListLanguage::fr, k_advice_copulas_fr},
    {ListLanguage::pt, k_advice_copulas_pt}, {ListLanguage::it, k_advice_copulas_it},
};
/// The content pointing at itself, whole words in a padded key.
constexpr std::string_view k_advice_self_references_en[] = {" this ", " these ", " nothing "};
constexpr std::string_view k_advice_self_references_de[] = {" dies ", " dieser ", " dieses ", " diese ", " nichts "};
constexpr std::string_view k_advice_self_references_fr[] = {" cet ", " cette ", " ce ", " ceci ", " rien "};
constexpr std::string_view k_advice_self_references_es[] = {" este ", " esta ", " esto ", " nada "};
constexpr std::string_view k_advice_self_references_it[] = {" questo ", " questa ", " nulla ", " niente "};
constexpr std::string_view k_advice_self_references_pt[] = {" este ", " esta ", " isto ", " nada "};
constexpr LanguageWords k_advice_self_reference_lists[] = {
    {ListLanguage::en, k_advice_self_references_en}, {ListLanguage::es, k_advice_self_references_es},
    {ListLanguage::de, k_advice_self_references_de}, {ListLanguage::fr, k_advice_self_references_fr},
    {ListLanguage::pt, k_advice_self_references_pt}, {ListLanguage::it, k_advice_self_references_it},
};
/// Notices that need no denial: the supplement notice the US Food and Drug Administration
/// requires on a label (21 CFR 101.93(c): "This product is not intended to diagnose, treat,
/// cure, or prevent any disease"), and "for information only" said of the content.
constexpr std::string_view k_advice_notices_en[] = {
    "not intended to diagnose", "informational purposes only", "educational purposes only", "information purposes only",
};
constexpr std::string_view k_advice_notices_de[] = {"nur zu informationszwecken", "ausschließlich zu informationszwecken"};
constexpr std::string_view k_advice_notices_fr[] = {"à titre informatif uniquement", "à titre purement informatif"};
constexpr std::string_view k_advice_notices_es[] = {"con fines meramente informativos", "únicamente con fines informativos",
                                                    "solo con fines informativos", "sólo con fines informativos",
                                                    "exclusivamente con fines informativos"};
constexpr std::string_view k_advice_notices_it[] = {"a scopo puramente informativo", "solo a scopo informativo",
                                                    "esclusivamente a scopo informativo", "a titolo puramente informativo"};
constexpr std::string_view k_advice_notices_pt[] = {"apenas para fins informativos", "somente para fins informativos",
                                                    "caráter meramente informativo", "exclusivamente para fins informativos"};
constexpr LanguageWords k_advice_notice_lists[] = {
    {ListLanguage::en, k_advice_notices_en}, {ListLanguage::es, k_advice_notices_es},
    {ListLanguage::de, k_advice_notices_de}, {ListLanguage::fr, k_advice_notices_fr},
    {ListLanguage::pt, k_advice_notices_pt}, {ListLanguage::it, k_advice_notices_it},
};
/// Reporting verbs, whole words in a padded key: a line with one reports someone's notice.
constexpr std::string_view k_advice_reporting[] = {
    " said ", " says ", " say ", " told ", " according ", " warned ", " warns ", " warn ", " stressed ", " noted ", " added ",
    " explained ", " sagte ", " sagt ", " erklärte ", " betonte ", " warnte ", " laut ", " zufolge ", " a déclaré ",
    " a précisé ", " a affirmé ", " selon ", " dijo ", " afirmó ", " explicó ", " advirtió ", " según ",
    " ha detto ", " ha spiegato ", " secondo ", " disse ", " afirmou ", " explicou ", " segundo ",
};
/// The presumption-of-innocence notice a police log or a court report closes on: "All persons
/// charged are presumed innocent until proven guilty in a court of law.", "Es gilt die
/// Unschuldsvermutung.", "Toute personne mise en cause est présumée innocente jusqu'à ...".
/// The formula, said of everyone charged (k_generic_subjects), on a short line that reports
/// no one; "Smith is presumed innocent until proven guilty, his lawyer said" is news.
/// "This content was produced under the Local Journalism Initiative, funded by the Government
/// of Canada", "Ce contenu est produit dans le cadre de l'Initiative de journalisme local ...",
/// "... a Local Democracy Reporter ...", "... a Report for America corps member": a note naming
/// the public or charitable programme that pays for the reporting, as the programmes ask their
/// outlets to print under each piece (Canada's LJI, the UK's Local Democracy Reporting Service,
/// Report for America). A programme's name, on a line of a few dozen words that reports no one.
constexpr shape::Needles k_programme_stems{{"ournalism", "emocracy", "eport for", "ournalisme"}};
constexpr shape::PairSet k_programme_pairs{k_programme_stems.needles};
constexpr shape::PairGate k_programme_gate{k_programme_pairs};
constexpr std::string_view k_funding_programmes[] = {
    "local journalism initiative", "initiative de journalisme local", "local democracy reporting service",
    "local democracy reporter", "report for america",
};
constexpr std::size_t k_max_programme_note_words = 45;

bool is_funding_programme_note(std::string_view key) {
  return shape::key_word_count(key) <= k_max_programme_note_words && shape::key_contains_any(key, k_funding_programmes) &&
         !shape::key_contains_any(key, k_reported_speech);
}

constexpr shape::Needles k_innocence_stems{{"nocen", "nschuldsvermutung"}};
constexpr shape::PairSet k_innocence_pairs{k_innocence_stems.needles};
constexpr shape::PairGate k_innocence_gate{k_innocence_pairs};
constexpr std::string_view k_innocence_formulas_en[] = {"presumed innocent"};
constexpr std::string_view k_innocence_formulas_de[] = {"gilt die unschuldsvermutung",
                                                        "gilt selbstverständlich die unschuldsvermutung"};
constexpr std::string_view k_innocence_formulas_es[] = {"inocentes hasta que se demuestre",
                                                        "inocente hasta que se demuestre",
                                                        "presunción de inocencia"};
constexpr std::string_view k_innocence_formulas_fr[] = {"présumée innocente", "présumé innocent", "présumés innocents",
                                                        "présumées innocentes", "présomption d'innocence"};
constexpr std::string_view k_innocence_formulas_it[] = {"presunti innocenti", "presunto innocente",
                                                        "presunzione di innocenza"};
constexpr std::string_view k_innocence_formulas_pt[] = {"presumidos inocentes", "presumido inocente",
                                                        "presunção de inocência", "inocentes até prova em contrário",
                                                        // Portugal's and Angola's reflexive form.
                                                        "presumem-se inocentes", "presume-se inocente"};
constexpr LanguageWords k_innocence_formula_lists[] = {
    {ListLanguage::en, k_innocence_formulas_en}, {ListLanguage::es, k_innocence_formulas_es},
    {ListLanguage::de, k_innocence_formulas_de}, {ListLanguage::fr, k_innocence_formulas_fr},
    {ListLanguage::pt, k_innocence_formulas_pt}, {ListLanguage::it, k_innocence_formulas_it},
};
/// Who the notice speaks of: everyone charged, whole words in a padded key. German's formula
/// ("Es gilt die Unschuldsvermutung") names no one, and needs none.
constexpr std::string_view k_generic_subjects[] = {
    " all ", " every ", " everyone ", " anyone ", " any person ", " persons ", " suspects ", " defendants ",
    " those ", " individuals ", " toute ", " tout ", " tous ", " toutes ", " todos ", " todas ", " toda ",
    " tutti ", " tutte ", " ogni ", " chiunque ", " qualquer ", " es gilt ", " für alle ",
};
constexpr std::size_t k_max_innocence_words = 30;

bool is_innocence_notice(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_innocence_words || !key_contains_any(key, k_innocence_formula_lists, languages))
    return false;
  std::string_view padded = shape::scratch_padded(key);
  return shape::key_contains_any(padded, k_generic_subjects) && !shape::key_contains_any(padded, k_advice_reporting);
}

/// An advice disclaimer is a sentence or three.
constexpr std::size_t k_max_advice_words = 60;
/// A cheap look for the stems of one language's advice nouns and notices in a raw line: the
/// line's pair signature first, then the needles.
template <std::size_t N>
struct AdviceStems {
  ListLanguage language;
  shape::Needles<N> needles;
  shape::PairSet<N> pairs;
  shape::PairGate<N> gate;
  consteval AdviceStems(ListLanguage of, const char* const (&list)[N])
      : language(of), needles(list), pairs(needles.needles), gate(pairs) {}
  /// True when `text`, whose signature is `line`, may hold one of the stems.
  bool may_hold(std::string_view text, const shape::LinePairs& line) const {
    return gate.may_hold_any(line) && shape::contains_any(text, needles, pairs, line);
  }
};
/// Per language, stems one of which each of its advice nouns and notices holds, without a first
/// letter a sentence may capitalise; few lines hold one ("information" is no stem: most do).
/// Only the document's languages are looked for: an English line is asked three stems.
constexpr AdviceStems k_advice_stems_en{ListLanguage::en, {"dvice", "iagnos", "urposes"}};
constexpr AdviceStems k_advice_stems_es{ListLanguage::es, {"édic", "onsejo", "sesor", "rofesional", "iagnós", "nformativ"}};
constexpr AdviceStems k_advice_stems_de{ListLanguage::de, {"rzt", "eratung", "nformationsz", "iagnos"}};
constexpr AdviceStems k_advice_stems_fr{ListLanguage::fr,
                                        {"édic", "édec", "onseil", "rofessionn", "iagnos", "nformatif"}};
constexpr AdviceStems k_advice_stems_pt{ListLanguage::pt,
                                        {"édic", "conselhamento", "rientação", "rofissional", "iagnós", "nformativ"}};
constexpr AdviceStems k_advice_stems_it{ListLanguage::it, {"arere", "onsulenza", "iagnos", "nformativ"}};

/// True when every phrase of `lists` in the language of `stems` holds one of its stems.
template <std::size_t N>
consteval bool advice_stems_cover(std::span<const LanguageWords> lists, const AdviceStems<N>& stems) {
  for (const LanguageWords& list : lists)
    if (list.language == stems.language && !stems_cover(std::span<const LanguageWords>(&list, 1), stems.needles.needles))
      return false;
  return true;
}
template <std::size_t N>
consteval bool advice_stems_cover(const AdviceStems<N>& stems) {
  return advice_stems_cover(k_advice_noun_lists, stems) && advice_stems_cover(k_advice_notice_lists, stems);
}
static_assert(advice_stems_cover(k_advice_stems_en) && advice_stems_cover(k_advice_stems_es) &&
              advice_stems_cover(k_advice_stems_de) && advice_stems_cover(k_advice_stems_fr) &&
              advice_stems_cover(k_advice_stems_pt) && advice_stems_cover(k_advice_stems_it));

/// True when `text` (signature `line`) may hold an advice noun or notice of one of `languages`.
bool may_hold_advice(std::string_view text, const shape::LinePairs& line, ListLanguages languages) {
  auto asks = [&](const auto& stems) { return languages.has(stems.language) && stems.may_hold(text, line); };
  return asks(k_advice_stems_en) || asks(k_advice_stems_de) || asks(k_advice_stems_fr) || asks(k_advice_stems_es) ||
         asks(k_advice_stems_it) || asks(k_advice_stems_pt);
}

/// True when `key` (a shape::key()) is an advice disclaimer (see k_advice_nouns).
bool is_advice_disclaimer(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_advice_words) return false;
  std::string_view padded = shape::scratch_padded(key);
  if (shape::key_contains_any(padded, k_advice_reporting)) return false;
  if (key_contains_any(key, k_advice_notice_lists, languages)) return true;
  if (!key_contains_any(key, k_advice_noun_lists, languages) ||
      !key_contains_any(padded, k_advice_negation_lists, languages))
    return false;
  return key_contains_any(key, k_advice_verb_lists, languages) ||
         (key_contains_any(padded, k_advice_copula_lists, languages) &&
          key_contains_any(padded, k_advice_self_reference_lists, languages));
}

/// A notice that the prices a page prints are no offer to trade ("Le quotazioni riportate ...
/// non costituiscono offerta di acquisto o di vendita", "Prices are indicative only and do not
/// constitute an offer to buy or sell"): such an offer (k_trade_offers), denied
/// (k_advice_negation_lists), on a short line that reports no one. Looked for on a line that
/// holds a stem of the verb that denies it (k_no_offer_stems): German's "stellt kein Angebot
/// dar" splits its verb, and is not looked for.
constexpr std::string_view k_trade_offers[] = {
    "offer to buy", "offer to sell", "solicitation to buy", "offre d'achat", "offre de vente", "oferta de compra",
    "oferta de venta", "oferta de venda", "offerta di acquisto", "offerta di vendita",
};
constexpr shape::Needles k_no_offer_stems{{"onstitu", "ostitu"}};
constexpr shape::PairSet k_no_offer_pairs{k_no_offer_stems.needles};
constexpr shape::PairGate k_no_offer_gate{k_no_offer_pairs};

/// True when `key` (a shape::key()) is such a notice.
bool is_no_offer_notice(std::string_view key, ListLanguages languages) {
  if (shape::key_word_count(key) > k_max_advice_words || !shape::key_contains_any(key, k_trade_offers)) return false;
  std::string_view padded = shape::scratch_padded(key);
  return !shape::key_contains_any(padded, k_advice_reporting) &&
         key_contains_any(padded, k_advice_negation_lists, languages);
}

/// Stems of k_views_subjects, for a cheap look at the raw line before keying it ("Meinung" by
/// "einung": the search stops at every "me" of a line, far fewer "ei").
constexpr std::string_view k_views_stems[] = {"view", "pini", "einung", "propos"};
constexpr shape::PairSet k_views_pairs{k_views_stems};
constexpr shape::PairGate k_views_gate{k_views_pairs};

bool may_speak_of_views(std::string_view text, const shape::LinePairs& pairs) {
  return k_views_gate.may_hold_any(pairs) && k_views_pairs.may_hold_any(pairs) && shape::contains_stem_ci(text, k_views_stems);
}

/// A note that the piece is its author's responsibility alone, a disowning that names the author
/// itself ("Cette tribune n'engage que son auteur", "El contenido de esta columna es responsabilidad
/// exclusiva de su autor"): enough on a short line without the views noun.
constexpr std::size_t k_max_sole_words = 30;
constexpr std::string_view k_sole_author_phrases_en[] = {
    "solely those of the author", "sole responsibility of the author", "solely the responsibility of the author",
    "reflect only the author", "only the opinion of the author",
};
constexpr std::string_view k_sole_author_phrases_es[] = {
    "responsabilidad exclusiva de su autor", "exclusiva responsabilidad de su autor", "exclusiva responsabilidad del autor",
    "responsabilidad exclusiva del autor", "responsabilidad exclusiva de sus autores", "exclusiva responsabilidad de sus autores",
};
constexpr std::string_view k_sole_author_phrases_de[] = {
    "gibt ausschließlich die meinung", "liegt in der verantwortung des autors", "liegt allein beim autor",
    "gibt die persönliche meinung des autors wieder",
};
constexpr std::string_view k_sole_author_phrases_fr[] = {
    "n'engage que son auteur", "n'engagent que leur auteur", "n'engage que leur auteur", "n'engagent que leurs auteurs",
    "n’engage que son auteur", "n’engagent que leur auteur", "relèvent de la seule responsabilité",
};
constexpr std::string_view k_sole_author_phrases_pt[] = {
    "exclusiva responsabilidade do autor", "responsabilidade exclusiva do autor", "exclusiva responsabilidade dos autores",
    "inteira responsabilidade do autor", "responsabilidade de seus autores", "responsabilidade dos seus autores",
};
constexpr std::string_view k_sole_author_phrases_it[] = {
    "esclusiva responsabilità dell'autore", "responsabilità esclusiva dell'autore", "esclusiva responsabilità dell’autore",
    "esclusivamente le opinioni dell'autore", "esclusivamente le opinioni dell’autore", "esclusivamente il pensiero dell'autore",
};
constexpr LanguageWords k_sole_author_phrase_lists[] = {
    {ListLanguage::en, k_sole_author_phrases_en}, {ListLanguage::es, k_sole_author_phrases_es},
    {ListLanguage::de, k_sole_author_phrases_de}, {ListLanguage::fr, k_sole_author_phrases_fr},
    {ListLanguage::pt, k_sole_author_phrases_pt}, {ListLanguage::it, k_sole_author_phrases_it},
};
/// Stems of those phrases without a first letter a sentence may capitalise, for a plain find.
constexpr shape::Needles k_sole_author_stems{{"utor", "uteur", "esponsab"}};
constexpr shape::PairSet k_sole_author_pairs{k_sole_author_stems.needles};
constexpr shape::PairGate k_sole_author_gate{k_sole_author_pairs};

bool is_sole_author_note(std::string_view key, ListLanguages languages) {
  return shape::key_word_count(key) <= k_max_sole_words && key_contains_any(key, k_sole_author_phrase_lists, languages);
}

}  // namespace

std::optional<std::string> DisclaimerFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = doc.blocks[index].text;
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  // The key drops a stray opening quote or dash a dump may leave before the notice.
  ListLanguages languages = list_languages(doc);
  // The line's pair signature rules out the word lists searched for anywhere in it.
  const shape::LinePairs& pairs = shape::line_pairs(text);
  bool syndication = is_syndication_notice(text, pairs, languages);
  // Footers and disclosures are a line or two: longer lines need not be searched for them.
  bool short_line = text.size() <= k_max_short_notice_bytes;
  bool footer = !opening_in(text, k_feed_footer_openings, languages, k_feed_footer_pairs, pairs).empty() ||
                (short_line && k_post_from_gate.may_hold_any(pairs) && shape::contains_any(text, k_post_from_needle, k_post_from_pairs, pairs));
  bool contributed = !opening_in(text, k_contributed_openings, languages, k_contributed_pairs, pairs).empty();
  bool delivered = !contributed && k_delivered_pairs.may_hold_any(pairs) &&
                   !shape::opening_in(text, k_delivered_openings).empty();
  bool affiliate = short_line && k_affiliate_gate.may_hold_any(pairs) && shape::contains_any(text, k_affiliate_stems, k_affiliate_pairs, pairs);
  bool ai_note = short_line && !opening_in(text, k_ai_note_openings, languages, k_ai_note_pairs, pairs).empty();
  if (is_gambling_notice(text, pairs, languages)) return "a responsible-gambling notice";
  if (short_line && is_drinking_notice(text, pairs, languages)) return "a responsible-drinking notice";
  if (short_line && is_review_sample_note(text, pairs, languages))
    return "a note that the maker or publisher supplied what was reviewed";
  if (short_line && k_regulator_gate.may_hold_any(pairs) && is_regulator_notice(text, pairs))
    return "a notice of the regulator the site answers to";
  bool sole = short_line && k_sole_author_gate.may_hold_any(pairs) && shape::contains_any(text, k_sole_author_stems, k_sole_author_pairs, pairs);
  bool advice = short_line && may_hold_advice(text, pairs, languages);
  bool no_offer = short_line && k_no_offer_gate.may_hold_any(pairs) &&
                  shape::contains_any(text, k_no_offer_stems, k_no_offer_pairs, pairs);
  bool innocence = short_line && k_innocence_gate.may_hold_any(pairs) &&
                   shape::contains_any(text, k_innocence_stems, k_innocence_pairs, pairs);
  bool programme = short_line && k_programme_gate.may_hold_any(pairs) &&
                   shape::contains_any(text, k_programme_stems, k_programme_pairs, pairs);
  bool external = short_line && k_external_gate.may_hold_any(pairs) &&
                  shape::contains_any(text, k_external_stems, k_external_pairs, pairs);
  bool no_tie = short_line && k_no_tie_gate.may_hold_any(pairs) &&
                shape::contains_any(text, k_no_tie_stems, k_no_tie_pairs, pairs);
  bool funder = short_line && k_no_influence_gate.may_hold_any(pairs) &&
                shape::contains_any(text, k_no_influence_stems, k_no_influence_pairs, pairs);
  bool country = short_line && k_country_gate.may_hold_any(pairs) &&
                 shape::contains_any(text, k_country_stems, k_country_pairs, pairs);
  if (!syndication && !footer && !contributed && !delivered && !affiliate && !ai_note && !sole && !advice &&
      !no_offer && !innocence && !programme && !external && !no_tie && !funder && !country &&
      !may_speak_of_views(text, pairs))
    return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_words) return std::nullopt;
  if (syndication) return "a syndication notice";
  if (footer && is_feed_footer(text, key, languages)) return "a feed footer naming where the post first ran";
  if (contributed && is_contribution_notice(text, key, languages)) return "a syndication notice";
  if (delivered && is_delivered_by(text, key)) return "a feed's attribution";
  if (affiliate && is_affiliate_disclosure(key, languages)) return "an affiliate disclosure";
  if (external && is_external_links_notice(key)) return "a notice that the site answers for no external site";
  if (no_tie && is_no_tie_notice(key)) return "a notice that the site is not the club's, brand's or show's own";
  if (funder && is_funder_note(key)) return "a note that a funder supported the piece and had no say in it";
  if (country && is_country_acknowledgement(key)) return "an acknowledgement of the land's traditional owners";
  if (affiliate && is_shop_link_with_affiliate_note(text, languages)) return "a shop's link with its affiliate note";
  if (ai_note && is_ai_note(key)) return "a note that AI translated or wrote the piece";
  if (is_views_disclaimer(key, languages)) return "a views disclaimer";
  if (is_contributor_refusal(key, languages)) return "a note that the site does not answer for its contributors' views";
  if (sole && is_sole_author_note(key, languages)) return "a views disclaimer";
  if (advice && is_advice_disclaimer(key, languages)) return "a disclaimer that the content is not medical, financial or legal advice";
  if (no_offer && is_no_offer_notice(key, languages)) return "a notice that the prices printed are no offer to trade";
  if (innocence && is_innocence_notice(key, languages)) return "a presumption-of-innocence notice";
  if (programme && is_funding_programme_note(key)) return "a note naming the programme that funds the reporting";
  return std::nullopt;
}

}  // namespace pith
