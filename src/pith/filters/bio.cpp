// bio: what a site prints about the author (or, in a press release, the company) around the
// article: "Jane Roe is a staff writer for the Herald.", "She can be reached at jroe@example.com",
// "About the author" and the paragraphs under it, "RSS feed for Jane Roe", contact lines. A bio
// sentence is judged by its shape (a name, "is a", a writer's role) and by where it stands:
// only at the end of the document, where bios are printed, so an article sentence about a
// reporter stays.
#include "pith/filters/bio.h"

#include <algorithm>
#include <cctype>

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A bio runs to a few sentences.
constexpr std::size_t k_max_bio_bytes = 1200;
/// Bio sentences stand among the last lines still kept: a writer's role is enough among the
/// last three, a weaker role with more about the person among the last two.
constexpr std::size_t k_strong_tail_lines = 3;
constexpr std::size_t k_weak_tail_lines = 2;
/// A header's paragraphs ("About the author" then the bio) run to the end, a few at most.
constexpr std::size_t k_max_header_followers = 5;
/// Contact lines stand in the last lines of a document.
constexpr std::size_t k_contact_tail_lines = 12;
/// A name is a few words.
constexpr std::size_t k_max_name_words = 5;
/// A role comes within this many words of the verb ("is a contributing staff writer", "is Hammer & Key's
/// Sydney property editor", "is the Herald's crofting and land reform correspondent").
constexpr std::size_t k_role_window_words = 8;
/// What an organisation is comes after more adjectives ("is a congressionally chartered
/// independent membership organization").
constexpr std::size_t k_organisation_window_words = 8;

/// Headers over an author's bio (compared with shape::key()).
constexpr std::string_view k_author_headers_en[] = {
    "about the author", "about the authors", "about the writer", "author bio", "author's bio",
    "about the reporter", "about the contributor", "about the columnist",
};
constexpr std::string_view k_author_headers_es[] = {
    "sobre el autor", "sobre la autora", "sobre los autores", "acerca del autor", "acerca de la autora",
    "acerca de los autores", "sobre el periodista", "sobre la periodista", "el autor", "la autora",
};
constexpr std::string_view k_author_headers_de[] = {
    "über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
    "über den verfasser", "über die verfasserin", "der autor", "die autorin", "zu den autoren",
};
constexpr std::string_view k_author_headers_fr[] = {
    "à propos de l'auteur", "a propos de l'auteur", "à propos de l'autrice",
    "à propos de l’auteur", "a propos de l’auteur", "à propos de l’autrice", "l'auteur", "l’auteur",
    "l'autrice", "l’autrice", "à propos des auteurs", "qui est l'auteur",
};
constexpr std::string_view k_author_headers_pt[] = {"sobre o autor", "sobre a autora", "sobre os autores",
                                                   "o autor", "a autora", "sobre o jornalista", "quem é o autor"};
constexpr std::string_view k_author_headers_it[] = {
    "l'autore", "chi è l'autore", "informazioni sull'autore", "sull'autore",
    "l’autore", "chi è l’autore", "l'autrice", "l’autrice", "sull’autore", "informazioni sull’autore", "gli autori",
};
constexpr LanguageWords k_author_header_lists[] = {
    {ListLanguage::en, k_author_headers_en}, {ListLanguage::es, k_author_headers_es},
    {ListLanguage::de, k_author_headers_de}, {ListLanguage::fr, k_author_headers_fr},
    {ListLanguage::pt, k_author_headers_pt}, {ListLanguage::it, k_author_headers_it},
};
constexpr LanguagePhrases<total_words(k_author_header_lists)> k_author_headers{k_author_header_lists};

/// "About X" headers that open a company's or person's standing text.
constexpr shape::Phrases k_about_openings{{"about", "über", "sobre", "acerca de", "à propos de",
                                                 "a propos de", "chi è"}};
/// Words that make "About the study" a heading of the article, not a header over a name.
constexpr std::string_view k_not_names[] = {
    "the", "this", "these", "those", "a", "an", "our", "your", "how", "why", "what", "when", "who", "it",
    "el", "la", "los", "las", "der", "die", "das", "le", "les", "o", "a", "os", "as", "il", "lo", "gli",
};

/// Phrases of a contact line about the author: "can be reached at", "Sie erreichen ihn unter".
constexpr std::string_view k_reach_phrases_en[] = {
    "can be reached at", "can be reached by", "can be reached on", "can be contacted at", "can be contacted by",
    "you can reach him", "you can reach her", "you can reach them", "you can reach the author", "reach the author at",
    "contact the author at", "email the author at",
};
constexpr std::string_view k_reach_phrases_es[] = {
    "puede ser contactado en", "puede ser contactada en", "puedes escribirle a", "se le puede escribir a",
};
constexpr std::string_view k_reach_phrases_de[] = {
    "ist erreichbar unter", "ist zu erreichen unter", "erreichen sie ihn unter", "erreichen sie sie unter",
};
constexpr std::string_view k_reach_phrases_fr[] = {
    "peut être joint à", "peut être jointe à", "peut être contacté à", "peut être contactée à",
};
constexpr std::string_view k_reach_phrases_pt[] = {
    "pode ser contatado em", "pode ser contatada em", "pode ser contactado em", "pode ser contactada em",
};
constexpr std::string_view k_reach_phrases_it[] = {
    "può essere contattato a", "può essere contattata a", "è raggiungibile a", "è raggiungibile all'indirizzo",
};
constexpr LanguageWords k_reach_phrase_lists[] = {
    {ListLanguage::en, k_reach_phrases_en}, {ListLanguage::es, k_reach_phrases_es},
    {ListLanguage::de, k_reach_phrases_de}, {ListLanguage::fr, k_reach_phrases_fr},
    {ListLanguage::pt, k_reach_phrases_pt}, {ListLanguage::it, k_reach_phrases_it},
};
/// Pieces of k_reach_phrases without a first letter a sentence may capitalise, for a plain
/// find on every line.
constexpr shape::Needles k_reach_fragments{{"ched", "ach h", "ach t", "ntact", "crib", "rreich", "joint",
                                                  "ntat", "ggiungibile"}};

bool has_reach_phrase(std::string_view key, ListLanguages languages) {
  return key_contains_any(key, k_reach_phrase_lists, languages);
}

/// What "can be reached at:" leaves when the dump lost the address's link.
constexpr shape::Needles k_lost_address{{" at:"}};

/// "RSS feed for Jane Roe": the author page's feed link.
constexpr std::string_view k_feed_openings_en[] = {"rss feed for", "rss feed of", "subscribe to the rss feed for"};
constexpr std::string_view k_feed_openings_es[] = {"rss de"};
constexpr std::string_view k_feed_openings_de[] = {"rss-feed von"};
constexpr std::string_view k_feed_openings_fr[] = {"flux rss de"};
constexpr std::string_view k_feed_openings_pt[] = {"rss de"};
constexpr std::string_view k_feed_openings_it[] = {"feed rss di"};
constexpr LanguageWords k_feed_opening_lists[] = {
    {ListLanguage::en, k_feed_openings_en}, {ListLanguage::es, k_feed_openings_es},
    {ListLanguage::de, k_feed_openings_de}, {ListLanguage::fr, k_feed_openings_fr},
    {ListLanguage::pt, k_feed_openings_pt}, {ListLanguage::it, k_feed_openings_it},
};
constexpr LanguagePhrases<total_words(k_feed_opening_lists)> k_feed_openings{k_feed_opening_lists};

/// Verbs that follow the name in a bio sentence (with the spaces around them).
constexpr std::string_view k_bio_verbs_en[] = {
    " is a ", " is an ", " is the ", " is ", " has been a ", " has been an ", " has been ", " writes ", " covers ",
};
constexpr std::string_view k_bio_verbs_es[] = {" es un ", " es una ", " es "};
constexpr std::string_view k_bio_verbs_de[] = {" ist "};
constexpr std::string_view k_bio_verbs_fr[] = {" est un ", " est une ", " est "};
constexpr std::string_view k_bio_verbs_pt[] = {" é um ", " é uma ", " é "};
constexpr std::string_view k_bio_verbs_it[] = {" è un ", " è una ", " è "};
constexpr LanguageWords k_bio_verb_lists[] = {
    {ListLanguage::en, k_bio_verbs_en}, {ListLanguage::es, k_bio_verbs_es}, {ListLanguage::de, k_bio_verbs_de},
    {ListLanguage::fr, k_bio_verbs_fr}, {ListLanguage::pt, k_bio_verbs_pt}, {ListLanguage::it, k_bio_verbs_it},
};

/// A writer's roles: among the last lines, enough to make "Name is a <role>" a bio.
constexpr std::string_view k_strong_roles_en[] = {
    "writer", "reporter", "journalist", "columnist", "contributor", "correspondent", "editor", "blogger", "author",
    "freelance", "commentator", "novelist", "critic", "reviewer",
};
constexpr std::string_view k_strong_roles_es[] = {
    "periodista", "redactor", "redactora", "columnista", "corresponsal", "colaborador", "colaboradora", "escritor",
    "escritora", "autor", "autora", "reportero", "reportera", "crítico", "crítica",
};
constexpr std::string_view k_strong_roles_de[] = {
    "redakteur", "redakteurin", "journalist", "journalistin", "autor", "autorin", "korrespondent", "korrespondentin",
    // Swiss German's editor.
    "redaktor", "redaktorin",
    "kolumnist", "kolumnistin", "reporter", "reporterin", "publizist", "publizistin", "kritiker", "kritikerin",
};
constexpr std::string_view k_strong_roles_fr[] = {
    "journaliste", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "correspondant", "correspondante",
    "éditorialiste", "auteur", "autrice", "écrivain", "écrivaine", "critique",
};
constexpr std::string_view k_strong_roles_pt[] = {
    "jornalista", "repórter", "colunista", "correspondente", "redator", "redatora", "escritor", "escritora", "autor",
    "autora", "colaborador", "colaboradora", "crítico", "crítica",
};
constexpr std::string_view k_strong_roles_it[] = {
    "giornalista", "redattore", "redattrice", "editorialista", "corrispondente", "collaboratore", "collaboratrice",
    "scrittore", "scrittrice", "autore", "inviato", "inviata", "critico", "critica",
};
constexpr LanguageWords k_strong_role_lists[] = {
    {ListLanguage::en, k_strong_roles_en}, {ListLanguage::es, k_strong_roles_es},
    {ListLanguage::de, k_strong_roles_de}, {ListLanguage::fr, k_strong_roles_fr},
    {ListLanguage::pt, k_strong_roles_pt}, {ListLanguage::it, k_strong_roles_it},
};

/// Roles a news story may give anyone it quotes; a bio needs more about the person as well.
constexpr std::string_view k_weak_roles_en[] = {
    "founder", "co-founder", "ceo", "president", "director", "professor", "graduate", "fellow", "scholar", "attorney",
    "lawyer", "analyst", "consultant", "expert", "economist", "historian", "publisher", "producer", "host", "veteran",
    "researcher", "cpa",
    // Professions of a health or business site's contributors (not "activist" or "physician",
    // which an article's closing line about its subject names as often).
    "nutritionist", "dietitian", "therapist", "coach", "practitioner", "naturopath", "entrepreneur", "educator",
    "strategist",
};
constexpr std::string_view k_weak_roles_es[] = {
    "fundador", "fundadora", "profesor", "profesora", "abogado", "abogada",
};
constexpr std::string_view k_weak_roles_de[] = {
    "gründer", "gründerin", "professor", "professorin", "anwalt", "anwältin",
};
constexpr std::string_view k_weak_roles_fr[] = {"fondateur", "fondatrice", "professeur", "avocat", "avocate"};
constexpr std::string_view k_weak_roles_pt[] = {
    "fundador", "fundadora", "professor", "professora", "advogado", "advogada",
};
constexpr std::string_view k_weak_roles_it[] = {"fondatore", "fondatrice", "professore", "professoressa", "avvocato"};
constexpr LanguageWords k_weak_role_lists[] = {
    {ListLanguage::en, k_weak_roles_en}, {ListLanguage::es, k_weak_roles_es}, {ListLanguage::de, k_weak_roles_de},
    {ListLanguage::fr, k_weak_roles_fr}, {ListLanguage::pt, k_weak_roles_pt}, {ListLanguage::it, k_weak_roles_it},
};

/// What an organisation calls itself in the standing paragraph a press release or a site prints
/// about it at the end ("Example News is an independent news agency devoted to ..."). A news
/// story names companies too, so the paragraph needs one of k_organisation_cues as well.
constexpr std::string_view k_organisation_nouns_en[] = {
    "organization", "organisation", "company", "agency", "firm", "provider", "nonprofit", "non-profit", "association",
    "society", "foundation", "institute", "network", "manufacturer", "supplier", "platform", "outlet", "charity",
    "coalition", "publication", "magazine", "newspaper", "website", "source", "leader",
};
constexpr std::string_view k_organisation_nouns_es[] = {
    "empresa", "organización", "agencia", "compañía", "fundación", "asociación", "proveedor", "institución",
    "plataforma", "publicación", "periódico", "revista", "líder",
};
constexpr std::string_view k_organisation_nouns_de[] = {
    "unternehmen", "organisation", "agentur", "nachrichtenagentur", "verein", "stiftung", "verband", "anbieter",
    "hersteller", "institut", "netzwerk", "plattform", "zeitung", "magazin",
};
constexpr std::string_view k_organisation_nouns_fr[] = {
    "entreprise", "société", "organisation", "agence", "association", "fondation", "fournisseur", "institut",
    "réseau", "plateforme", "journal", "magazine", "leader",
};
constexpr std::string_view k_organisation_nouns_pt[] = {
    "empresa", "organização", "agência", "companhia", "fundação", "associação", "fornecedor", "instituto",
    "plataforma", "jornal", "revista", "líder",
};
constexpr std::string_view k_organisation_nouns_it[] = {
    "azienda", "società", "organizzazione", "agenzia", "associazione", "fondazione", "fornitore", "istituto",
    "piattaforma", "giornale", "rivista", "leader",
};
constexpr LanguageWords k_organisation_noun_lists[] = {
    {ListLanguage::en, k_organisation_nouns_en}, {ListLanguage::es, k_organisation_nouns_es},
    {ListLanguage::de, k_organisation_nouns_de}, {ListLanguage::fr, k_organisation_nouns_fr},
    {ListLanguage::pt, k_organisation_nouns_pt}, {ListLanguage::it, k_organisation_nouns_it},
};

/// What a standing paragraph goes on to say about the organisation: its mission, founding,
/// seat, standing, and where to learn more.
constexpr std::string_view k_organisation_cues_shared[] = {"www.", "http"};
constexpr std::string_view k_organisation_cues_en[] = {
    "founded in", "headquartered", "devoted to", "dedicated to", "committed to", "for more information",
    "learn more", "leading", "independent", "reaches more than",
};
constexpr std::string_view k_organisation_cues_es[] = {
    "fundada en", "fundado en", "con sede en", "dedicada a", "más información", "líder", "independiente",
};
constexpr std::string_view k_organisation_cues_de[] = {
    "gegründet", "mit sitz in", "weitere informationen", "führende", "führender", "unabhängige", "unabhängiger",
};
constexpr std::string_view k_organisation_cues_fr[] = {
    "fondée en", "fondé en", "basée à", "dédiée à", "plus d'informations", "leader", "indépendant",
};
constexpr std::string_view k_organisation_cues_pt[] = {
    "fundada em", "fundado em", "com sede em", "dedicada a", "mais informações", "líder", "independente",
};
constexpr std::string_view k_organisation_cues_it[] = {
    "fondata nel", "fondato nel", "con sede a", "dedicata a", "maggiori informazioni", "leader", "indipendente",
};
constexpr LanguageWords k_organisation_cue_lists[] = {
    {ListLanguage::en, k_organisation_cues_en}, {ListLanguage::es, k_organisation_cues_es},
    {ListLanguage::de, k_organisation_cues_de}, {ListLanguage::fr, k_organisation_cues_fr},
    {ListLanguage::pt, k_organisation_cues_pt}, {ListLanguage::it, k_organisation_cues_it},
};
/// Words of reported speech: a sentence that carries them is a story's ("Boeing is a leading
/// manufacturer ..., analysts said"), not the organisation's own standing text.
constexpr std::string_view k_reporting_en[] = {" said", " says", "according to", " told "};
constexpr std::string_view k_reporting_es[] = {" dijo", " afirmó", " según"};
constexpr std::string_view k_reporting_de[] = {" sagte", " erklärte", " laut "};
constexpr std::string_view k_reporting_fr[] = {" a déclaré", " a dit", " selon"};
constexpr std::string_view k_reporting_pt[] = {" disse", " afirmou", " segundo"};
constexpr std::string_view k_reporting_it[] = {" ha detto", " ha dichiarato", " secondo"};
constexpr LanguageWords k_reporting_lists[] = {
    {ListLanguage::en, k_reporting_en}, {ListLanguage::es, k_reporting_es}, {ListLanguage::de, k_reporting_de},
    {ListLanguage::fr, k_reporting_fr}, {ListLanguage::pt, k_reporting_pt}, {ListLanguage::it, k_reporting_it},
};

/// What a bio goes on to say about the person: their blog, books, handle, homepage; or a
/// second sentence about the same person.
constexpr std::string_view k_bio_cues_en[] = {
    "his blog", "her blog", "his website", "her website", "his homepage", "her homepage", "his work", "her work",
    "his books", "her books", "his latest book", "her latest book", "is the author of", "author of", "he tweets",
    "she tweets", "follow him", "follow her", "is best known for", "he writes", "she writes", " writes on ",
    " writes about ", "can be reached", ". he ", ". she ", ". his ", ". her ", ". he's ", ". she's ",
    ". he\xE2\x80\x99s ", ". she\xE2\x80\x99s ",
};
constexpr std::string_view k_bio_cues_es[] = {"su blog", "sus libros", ". él ", ". ella "};
constexpr std::string_view k_bio_cues_de[] = {
    "sein blog", "seine bücher", "ihr blog", "ihre bücher", ". er ", ". sie ",
};
constexpr std::string_view k_bio_cues_fr[] = {"son blog", "ses livres", ". il ", ". elle "};
constexpr std::string_view k_bio_cues_pt[] = {"seu blog", "seus livros", ". ele ", ". ela "};
constexpr std::string_view k_bio_cues_it[] = {"il suo blog", "i suoi libri", ". lui ", ". lei "};
constexpr LanguageWords k_bio_cue_lists[] = {
    {ListLanguage::en, k_bio_cues_en}, {ListLanguage::es, k_bio_cues_es}, {ListLanguage::de, k_bio_cues_de},
    {ListLanguage::fr, k_bio_cues_fr}, {ListLanguage::pt, k_bio_cues_pt}, {ListLanguage::it, k_bio_cues_it},
};

/// Labels a contact line opens with, before its address or number; the first that opens the
/// line is taken, so a longer label stands before the label it opens with.
constexpr std::string_view k_contact_labels[] = {
    // The author's address under a label naming the author, in six languages.
    "contact the author", "contact the writer", "contact the reporter", "email the author", "write to the author",
    "kontakt zur autorin", "kontakt zum autor", "kontakt zur autor:in", "contacter l'auteur", "contacter l'autrice",
    "écrire à l'auteur", "contacta con el autor", "contacta con la autora", "contactar al autor",
    "contactar a la autora", "fale com o autor", "fale com a autora", "contato do autor", "contatta l'autore",
    "contatta l'autrice", "scrivi all'autore",
    // Any address's or number's label.
    "email", "e-mail", "mail", "tel", "tel.", "telephone", "phone", "call", "fax", "mobile", "website", "web",
    "site", "investor", "investors", "sales", "skype", "wechat", "icq", "telegram", "threema", "contact", "teléfono", "correo", "telefon", "téléphone",
    "courriel", "telefone", "telefono", "sito",
    "tél", "tél.", "tlf", "móvil", "movil", "celular", "cellulare", "cell", "handy", "mobil", "portable",
};
/// Labels of a messenger's user name ("Skype: jane.roe"): the value is one name, no address.
constexpr std::string_view k_messenger_labels[] = {"skype", "wechat", "icq", "telegram", "threema"};
/// A user name is one short word.
constexpr std::size_t k_max_user_name_bytes = 32;

/// True when `value` is one user name: letters, digits, '.', '_', '-', perhaps after an '@'.
bool is_user_name(std::string_view value) {
  if (value.starts_with('@')) value.remove_prefix(1);
  if (value.empty() || value.size() > k_max_user_name_bytes) return false;
  for (char c : value)
    if (!shape::is_word_byte(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

/// Headers over contact lines (compared with shape::key()).
constexpr std::string_view k_contact_headers_en[] = {
    "contact", "contact us", "contact me", "contact details", "contact information", "contact info", "media contact",
    "press contact", "corporate office", "corporate headquarters",
    "press contacts", "media contacts", "media inquiries", "press inquiries", "media enquiries", "press enquiries",
    "for media inquiries",
};
constexpr std::string_view k_contact_headers_es[] = {"contacto", "contacto de prensa", "contactos de prensa",
                                                    "contacto para medios", "contacto prensa", "gabinete de prensa",
                                                    "contacto con los medios"};
constexpr std::string_view k_contact_headers_de[] = {"kontakt", "pressekontakt", "pressekontakte", "pressestelle",
                                                    "medienkontakt", "kontakt für medien", "ansprechpartner",
                                                    "ansprechpartnerin", "kontakt für journalisten"};
constexpr std::string_view k_contact_headers_fr[] = {"contact", "contact presse", "contacts presse", "contact médias",
                                                    "relations presse", "service de presse", "contact média"};
constexpr std::string_view k_contact_headers_pt[] = {"contato", "contacto", "contato para imprensa", "contato de imprensa",
                                                    "contacto de imprensa", "contacto para a imprensa",
                                                    "assessoria de imprensa", "contatos", "contactos"};
constexpr std::string_view k_contact_headers_it[] = {"contatti", "contatto stampa", "contatti stampa", "ufficio stampa",
                                                    "contatti per la stampa", "per la stampa"};
constexpr LanguageWords k_contact_header_lists[] = {
    {ListLanguage::en, k_contact_headers_en}, {ListLanguage::es, k_contact_headers_es},
    {ListLanguage::de, k_contact_headers_de}, {ListLanguage::fr, k_contact_headers_fr},
    {ListLanguage::pt, k_contact_headers_pt}, {ListLanguage::it, k_contact_headers_it},
};
constexpr LanguagePhrases<total_words(k_contact_header_lists)> k_contact_headers{k_contact_header_lists};

bool is_capital_start(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || c == 0xC3;
}

/// Indices of the blocks still kept, in order.
std::vector<std::size_t> kept_indices(const Document& doc) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i)
    if (doc.blocks[i].kept()) kept.push_back(i);
  return kept;
}

/// True when `text` holds an e-mail address, a handle, a phone number (7+ digits) or a link.
bool has_contact(std::string_view text) {
  if (text.find('@') != std::string_view::npos || text.find("http") != std::string_view::npos ||
      text.find("www.") != std::string_view::npos)
    return true;
  std::size_t digits = 0;
  for (char c : text) digits += c >= '0' && c <= '9';
  return digits >= 7;
}

/// Where the verb of a bio sentence opening `text` starts, after a name ("Jane Roe", "Jim Kouri,
/// CPP,", "Michael Rubin (@handle)"); npos when `text` does not open with a name and a bio verb.
std::size_t bio_verb_at(std::string_view text, ListLanguages languages, std::string_view* verb) {
  std::size_t limit = std::min<std::size_t>(text.size(), 120);
  std::size_t best = std::string_view::npos;
  // The earliest verb of any list: every list is searched (the test never holds).
  any_list(languages, k_bio_verb_lists, [&](auto verbs) {
    for (std::string_view candidate : verbs) {
      std::size_t at = text.substr(0, limit).find(candidate);
      if (at != std::string_view::npos && at < best) {
        best = at;
        *verb = candidate;
      }
    }
    return false;
  });
  if (best == std::string_view::npos || best == 0) return std::string_view::npos;
  // Every word before the verb is part of a name: capitalised, an initial, a particle, a
  // handle in brackets or a credential after a comma.
  std::string_view name = text.substr(0, best);
  std::size_t words = 0;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    ++words;
    bool particle = word == "de" || word == "van" || word == "von" || word == "da" || word == "del" ||
                    word == "bin" || word == "al" || word == "di" || word == "le";
    if (!is_capital_start(word) && !particle && !word.starts_with("(@")) return std::string_view::npos;
  }
  if (words == 0 || words > k_max_name_words) return std::string_view::npos;
  return best;
}

/// German writes a writer's beat into the role word ("Lokalredakteur", "Wirtschaftsjournalistin",
/// "Auslandskorrespondent"): a word of at least this many more letters before a German role is that role.
constexpr std::size_t k_min_compound_head = 3;

/// True when `word` is a German compound ending in a writer's role (see k_min_compound_head).
bool is_compound_role_de(std::string_view word) {
  for (std::string_view role : k_strong_roles_de)
    if (word.size() >= role.size() + k_min_compound_head && word.ends_with(role)) return true;
  return false;
}

/// What a bio sentence makes of its subject: a writer (strong), someone a story may quote as
/// well (weak), an organisation.
enum class Role { none, weak, strong, organisation };

/// The role a bio sentence gives within a few words of its verb (a person's) or a few more (an
/// organisation's).
Role role_after(std::string_view key, std::size_t from, ListLanguages languages) {
  std::size_t at = from;
  Role found = Role::none;
  for (std::size_t n = 0; n < k_organisation_window_words && at < key.size(); ++n) {
    std::size_t end = key.find_first_of(" ,", at);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(at, end - at);
    // A role may end the sentence: "Owen Pritchard is Gadget Den's mobile editor."
    while (!word.empty() && (word.back() == '.' || word.back() == ';' || word.back() == ':')) word.remove_suffix(1);
    auto is_word = [&](auto roles) { return shape::is_one_of(word, roles); };
    bool person_window = n < k_role_window_words;
    if (person_window && any_list(languages, k_strong_role_lists, is_word)) return Role::strong;
    if (person_window && languages.has(ListLanguage::de) && is_compound_role_de(word)) return Role::strong;
    if (person_window && any_list(languages, k_weak_role_lists, is_word)) found = Role::weak;
    if (found == Role::none && any_list(languages, k_organisation_noun_lists, is_word)) found = Role::organisation;
    at = end + 1;
    while (at < key.size() && key[at] == ' ') ++at;
  }
  return found;
}

/// A bio sentence: a name, a bio verb, a role (strong, or weak with a cue about the person, or an
/// organisation's with a cue about it).
Role bio_sentence_role(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_bio_bytes) return Role::none;
  // "— Jane Roe is ...": the dash some sites open a bio with is dropped.
  text = shape::skip_opening_marks(text);
  if (std::size_t dash = shape::dash_at(text)) text = shape::skip_opening_marks(text.substr(dash));
  std::string_view verb;
  std::size_t at = bio_verb_at(text, languages, &verb);
  if (at == std::string_view::npos) return Role::none;
  std::string key = shape::key(text.substr(at));
  Role role = role_after(key, 1, languages);
  if (role == Role::none || role == Role::strong) return role;
  std::string whole = shape::key(text);
  if (role == Role::organisation) {
    bool cue = shape::key_contains_any(whole, k_organisation_cues_shared) ||
               key_contains_any(whole, k_organisation_cue_lists, languages);
    bool reported =
        key_contains_any(whole, k_reporting_lists, languages);
    return cue && !reported ? role : Role::none;
  }
  if (!key_contains_any(whole, k_bio_cue_lists, languages))
    return Role::none;
  return role;
}

/// "About Jane Roe", "About Us:", "Über Beispiel GmbH": a header over a name, or over the site.
bool is_about_header(std::string_view text, std::string* name) {
  if (text.size() > 80) return false;
  std::string_view opening = shape::opening_in(text, k_about_openings);
  if (opening.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = shape::trim(rest.substr(shape::phrase_at(rest, opening)));
  if (rest.ends_with(':')) rest = shape::trim(rest.substr(0, rest.size() - 1));
  if (rest.empty() || rest.find_first_of(".,;!?") != std::string_view::npos) return false;
  if (shape::equals_ci(rest, "us") || shape::equals_ci(rest, "nosotros") || shape::equals_ci(rest, "uns") ||
      shape::equals_ci(rest, "nous") || shape::equals_ci(rest, "nós")) {
    name->clear();
    return true;
  }
  if (shape::word_count(rest) > k_max_name_words) return false;
  std::size_t space = rest.find(' ');
  std::string first = shape::lower_ascii(rest.substr(0, space));
  if (shape::is_one_of(first, k_not_names)) return false;
  std::size_t start = 0;
  while (start < rest.size()) {
    std::size_t end = rest.find(' ', start);
    if (end == std::string_view::npos) end = rest.size();
    if (!is_capital_start(rest.substr(start, end - start))) return false;
    start = end + 1;
  }
  std::size_t last = rest.rfind(' ');
  *name = std::string(last == std::string_view::npos ? rest : rest.substr(last + 1));
  return true;
}

/// True when a paragraph under "About <name>" is about that name, or speaks as it ("I am ...").
bool speaks_of(std::string_view text, const std::string& name) {
  if (name.empty()) return true;
  if (text.find(name) != std::string_view::npos) return true;
  text = shape::skip_opening_marks(text);
  for (std::string_view first : {"I ", "I'm ", "I\xE2\x80\x99m ", "We ", "My ", "Our "})
    if (text.starts_with(first)) return true;
  return false;
}

/// True when `text` is a header over contact lines: "Contact:", "Media Contact", "Kontakt –".
bool is_contact_header(std::string_view text) {
  if (text.size() > 40) return false;
  std::string_view key = shape::scratch_key(text);
  // key() drops a final colon; a final dash is the same separator.
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (key.ends_with(dash)) key = shape::trim(key.substr(0, key.size() - dash.size()));
  return is_one_of(key, k_contact_headers, k_whole_line_languages);
}

/// A name or an organisation's name in a contact block: "Mr. Ameya Pingaley", "Example Research
/// Ltd.", "Beispiel AG": a few words, no sentence (a final stop only after an abbreviation).
constexpr std::size_t k_max_contact_name_words = 6;
bool is_contact_name(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > 60 || shape::word_count(text) > k_max_contact_name_words) return false;
  char last = text.back();
  if (last == '!' || last == '?' || last == ',' || last == ';' || last == ':') return false;
  if (last == '.') {
    std::size_t space = text.rfind(' ');
    std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
    if (word.size() > 5) return false;  // "Ltd.", "Inc.", "Corp.", "S.A."
  }
  return true;
}

/// A line of contact details only: "Email: sales@example.com", "Tel: +1 888 555 0100",
/// "website: https://example.org", a bare address or number.
bool is_contact_line(std::string_view text) {
  text = shape::trim(text);
  if (text.empty() || text.size() > 120) return false;
  if (is_contact_header(text)) return true;
  std::string_view value = text;
  std::string_view label = shape::word_prefix_in(text, k_contact_labels);
  if (!label.empty()) {
    value = shape::trim(text.substr(label.size()));
    // "Tel. : 01 ...", "Tél. :": the label's abbreviation point before a French-spaced colon.
    if (value.starts_with('.')) value = shape::trim(value.substr(1));
    // The separator: ':', a dash, or none ("Call +1 888 ...").
    if (value.starts_with(':')) value = shape::trim(value.substr(1));
    else if (std::size_t dash = shape::dash_at(value)) value = shape::trim(value.substr(dash));
  }
  if (shape::is_one_of(label, k_messenger_labels) && text.size() > label.size() && text[label.size()] == ':')
    return is_user_name(value);
  if (value.empty() || shape::word_count(value) > 5 || !has_contact(value)) return false;
  // Nothing but the address or number: no words of prose around it.
  for (std::size_t at = 0; at < value.size();) {
    std::size_t end = value.find(' ', at);
    if (end == std::string_view::npos) end = value.size();
    std::string_view word = value.substr(at, end - at);
    bool contact = word.find('@') != std::string_view::npos || word.find('.') != std::string_view::npos ||
                   word.find_first_of("0123456789") != std::string_view::npos || word == "+" ||
                   word.starts_with('(');
    if (!contact) return false;
    at = end + 1;
  }
  return true;
}

/// A line that may follow a bio at the end of a page: a source link, a short note. An article
/// paragraph (a sentence of more words) may not: then the bio-like line is the article's.
constexpr std::size_t k_max_trailer_words = 10;

/// True when `text` holds a link ("http...", "www.").
bool has_link(std::string_view text) {
  return text.find("http") != std::string_view::npos || text.find("www.") != std::string_view::npos;
}

/// A line of a source list that may close a page after its bio: a link ("http://...") or the
/// label over one ("Sources:", "Ocean plastic soup:"), a few words that end in ':'. Such lines
/// do not count as lines of the article when a bio's distance from the end is measured.
/// `link`: has_link(text).
bool is_source_list_line(std::string_view text, bool link) {
  return link || (shape::trim(text).ends_with(':') && shape::word_count(text) <= k_max_trailer_words);
}
/// A source list runs to this many lines at most; past it, the bio is not near the page's end.
constexpr std::size_t k_max_source_list_lines = 60;

/// True for a line that may follow a bio at a page's end (see k_max_trailer_words), or a
/// footer's row of links; `link`: has_link(text).
bool is_trailer(std::string_view text, bool link) {
  if (link || shape::word_count(text) <= k_max_trailer_words) return true;
  // A footer's row of links ("About us | Advertise with us | Contact | Terms of use"), which the
  // nav-links stage, after this one, takes: two separators at least and no sentence.
  std::size_t separators = 0;
  for (std::string_view mark : {std::string_view(" | "), std::string_view(" \xC2\xB7 "), std::string_view(" \xE2\x80\xA2 ")})
    for (std::size_t at = text.find(mark); at != std::string_view::npos && separators < 2; at = text.find(mark, at + 1))
      ++separators;
  return separators >= 2 && text.find(". ") == std::string_view::npos;
}

/// What a writer covers, as an end-of-page bio says it after the name and role ("Jane Roe,
/// reporter, covers city hall"; "Max Muster, Redakteur, schreibt über Verkehr").
constexpr std::string_view k_beat_verbs_en[] = {
    "covers", "writes about", "writes on", "reports on", "reports from", "is based in", "focuses on",
};
constexpr std::string_view k_beat_verbs_es[] = {
    "cubre", "escribe sobre", "informa sobre", "informa desde", "se ocupa de", "está especializado en",
    "está especializada en", "se especializa en",
};
constexpr std::string_view k_beat_verbs_de[] = {
    "schreibt über", "berichtet über", "berichtet aus", "kümmert sich um", "ist spezialisiert auf",
    "beschäftigt sich mit", "verantwortet",
};
constexpr std::string_view k_beat_verbs_fr[] = {
    "couvre", "écrit sur", "suit", "s'intéresse à", "s’intéresse à", "est spécialisé dans", "est spécialisée dans",
    "traite de",
};
constexpr std::string_view k_beat_verbs_pt[] = {
    "cobre", "escreve sobre", "acompanha", "é especializado em", "é especializada em", "dedica-se a",
};
constexpr std::string_view k_beat_verbs_it[] = {
    "si occupa di", "segue", "scrive di", "scrive per", "è specializzato in", "è specializzata in",
};
constexpr LanguageWords k_beat_verb_lists[] = {
    {ListLanguage::en, k_beat_verbs_en}, {ListLanguage::es, k_beat_verbs_es}, {ListLanguage::de, k_beat_verbs_de},
    {ListLanguage::fr, k_beat_verbs_fr}, {ListLanguage::pt, k_beat_verbs_pt}, {ListLanguage::it, k_beat_verbs_it},
};
constexpr LanguagePhrases<total_words(k_beat_verb_lists)> k_beat_verbs{k_beat_verb_lists};
/// The beat verbs that say the person writes: with one of them, the role between the commas may
/// be any ("Andrea Lusardi, Maestro FIDE, scrive di scacchi dal 2009").
constexpr std::string_view k_writing_verbs[] = {
    "writes about", "writes on", "escribe sobre", "schreibt über", "écrit sur", "escreve sobre", "scrive di",
    "scrive per",
};
/// Verbs that say for which outlet the person works ("collabora con Cronache di Riviera dal 2016",
/// "writes for The Ledger"): a beat only when the outlet's name, capitalised, follows, as "collabora
/// con la procura" is news.
constexpr std::string_view k_outlet_verbs_en[] = {"writes for", "contributes to", "reports for"};
constexpr std::string_view k_outlet_verbs_es[] = {"colabora con", "colabora en", "escribe para", "escribe en"};
constexpr std::string_view k_outlet_verbs_de[] = {"schreibt für", "arbeitet für", "berichtet für"};
constexpr std::string_view k_outlet_verbs_fr[] = {"collabore avec", "collabore à", "écrit pour", "écrit dans"};
constexpr std::string_view k_outlet_verbs_pt[] = {"colabora com", "colabora no", "colabora na", "escreve para",
                                                  "escreve no", "escreve na"};
constexpr std::string_view k_outlet_verbs_it[] = {"collabora con", "collabora al", "collabora alla", "scrive sul",
                                                  "scrive su"};
constexpr LanguageWords k_outlet_verb_lists[] = {
    {ListLanguage::en, k_outlet_verbs_en}, {ListLanguage::es, k_outlet_verbs_es}, {ListLanguage::de, k_outlet_verbs_de},
    {ListLanguage::fr, k_outlet_verbs_fr}, {ListLanguage::pt, k_outlet_verbs_pt}, {ListLanguage::it, k_outlet_verbs_it},
};
constexpr LanguagePhrases<total_words(k_outlet_verb_lists)> k_outlet_verbs{k_outlet_verb_lists};

/// The articles an outlet's name may take, each with its space ("escreve para o Jornal da Serra",
/// "für den Kurier").
constexpr std::string_view k_outlet_articles[] = {"the ", "den ", "die ", "das ", "le ", "la ", "el ", "o ", "a ", "il "};

/// True when `rest` opens with a verb of k_outlet_verbs and the capitalised name of an outlet
/// right after it, perhaps after an article.
bool names_own_outlet(std::string_view rest, ListLanguages languages) {
  std::string_view verb = opening_in(rest, k_outlet_verbs, languages);
  if (verb.empty()) return false;
  std::string_view outlet = shape::trim(rest.substr(shape::phrase_at(rest, verb)));
  for (std::string_view article : k_outlet_articles)
    if (outlet.starts_with(article)) {
      outlet.remove_prefix(article.size());
      break;
    }
  return !outlet.empty() && is_capital_start(outlet);
}

/// The role between the commas runs to a few words ("senior reporter", "Redakteur im Ressort Politik").
constexpr std::size_t k_max_apposition_role_words = 5;

/// "Jane Roe, reporter, covers city hall and transport.", "Mario Rossi, giornalista, si occupa di
/// cronaca", "Chiara Zavoli, giornalista pubblicista, collabora con Cronache di Riviera dal 2016",
/// "Marta Quirós. Periodista portuense. Cubre medio ambiente ...": a name, a writer's role
/// between commas or as a sentence of its own (or any role, when the verb says the person writes:
/// k_writing_verbs), and what the writer covers or the outlet they write for. A story's
/// sentence about a journalist goes on with what befell them ("..., periodista, fue detenido").
bool is_apposition_bio(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.size() > k_max_bio_bytes) return false;
  // The name may be set off by a dash instead ("Chiara Villa – Giornalista pubblicista, si occupa di
  // ..."), or name and role be sentences of their own ("Marta Quirós. Periodista portuense. Cubre
  // ...").
  std::size_t first = text.find(", ");
  std::size_t first_width = 2;
  if (std::size_t dash = text.find(" \xE2\x80\x93 "); dash != std::string_view::npos && dash < first) {
    first = dash;
    first_width = 5;
  }
  const std::size_t stop = text.find(". ");
  const bool sentences = stop != std::string_view::npos && stop < first;
  if (sentences) first = stop;
  if (first == std::string_view::npos) return false;
  std::size_t second = text.find(sentences ? ". " : ", ", first + first_width);
  if (second == std::string_view::npos) return false;
  std::string_view name = text.substr(0, first);
  std::size_t words = 0;
  for (std::size_t start = 0; start < name.size();) {
    std::size_t end = std::min(name.find(' ', start), name.size());
    std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    ++words;
    if (!is_capital_start(word) && word != "de" && word != "da" && word != "von" && word != "van" && word != "di" &&
        word != "del" && word != "dos")
      return false;
  }
  if (words == 0 || words > k_max_name_words) return false;
  std::string role = shape::key(text.substr(first + first_width, second - first - first_width));
  if (role.empty() || shape::key_word_count(role) > k_max_apposition_role_words) return false;
  std::string_view rest = text.substr(second + 2);
  std::string_view beat = opening_in(rest, k_beat_verbs, languages);
  if (beat.empty() && !names_own_outlet(rest, languages)) return false;
  return role_after(role, 0, languages) == Role::strong || shape::is_one_of(beat, k_writing_verbs);
}

/// "About the author: Jane Roe is a staff writer ...": the header and the bio on one line.
bool is_inline_author_header(std::string_view text) {
  if (text.size() > k_max_bio_bytes) return false;
  std::string_view header = opening_in(text, k_author_headers, k_whole_line_languages);
  if (header.empty()) return false;
  std::string_view rest = shape::skip_opening_marks(text);
  rest = rest.substr(std::min(rest.size(), shape::phrase_at(rest, header)));
  rest = shape::trim(rest);
  return rest.starts_with(':') && shape::word_count(rest) >= 3;
}

/// Words a byline opens with before the author's name, in six languages ("By", "Von", "Por",
/// "Par", "di", "de", "Ein Artikel von").
constexpr std::string_view k_byline_words[] = {"by", "von", "por", "par", "di", "de", "da", "per", "from"};
/// A byline stands among the document's first lines and runs to a dozen words at most.
constexpr std::size_t k_byline_head_lines = 12;
constexpr std::size_t k_max_byline_words = 12;
/// A sentence about the byline's author is a bio among this many last lines, when only
/// short trailer lines (chrome) follow it.
constexpr std::size_t k_byline_bio_tail_lines = 8;
/// A bio sentence has a verb and more after the name.
constexpr std::size_t k_min_byline_bio_words = 5;
/// Bytes a name may run to.
constexpr std::size_t k_max_name_bytes = 60;

/// The name that opens `text`: two to k_max_name_words capitalised words ("Oliver Brandt",
/// "Ana María López"), up to the first word that is not; "" when `text` opens otherwise.
std::string_view opening_name(std::string_view text) {
  std::size_t words = 0, end = 0, at = 0;
  while (at < text.size() && words <= k_max_name_words) {
    std::size_t stop = text.find_first_of(" ,;:|()", at);
    if (stop == std::string_view::npos) stop = text.size();
    std::string_view word = text.substr(at, stop - at);
    bool particle = word == "de" || word == "van" || word == "von" || word == "da" || word == "del" ||
                    word == "di" || word == "le" || word == "dos" || word == "do";
    if (word.empty() || (!is_capital_start(word) && !particle)) break;
    if (!particle) end = stop;
    ++words;
    if (stop == text.size() || text[stop] != ' ') break;
    at = stop + 1;
  }
  std::string_view name = text.substr(0, end);
  std::size_t name_words = shape::word_count(name);
  if (name_words < 2 || name_words > k_max_name_words || name.size() > k_max_name_bytes) return {};
  return name;
}

/// A writer's tenure, as a bio sentence gives it: the name, a verb of writing or reporting right
/// after it, and since when ("Theo Marchetti has reviewed film and television for Reelside since
/// 2014", "Anna Weber schreibt seit 2012 für den Kurier", "Luc Martin couvre la politique locale
/// depuis 2015"). Among a document's last lines only.
constexpr std::string_view k_tenure_verbs_en[] = {
    "has covered", "has reviewed", "has written", "has reported", "has blogged", "has edited", "has been covering",
    "has been reviewing", "has been writing", "has been reporting", "has been blogging", "has followed",
    "has been following",
};
// Verbs of writing, reporting and following a beat for an outlet only: "has worked for the Red
// Cross since 2009" closes stories about their subject as often.
constexpr std::string_view k_tenure_verbs_es[] = {"escribe", "cubre", "colabora", "sigue"};
constexpr std::string_view k_tenure_verbs_de[] = {"schreibt", "berichtet", "rezensiert", "begleitet"};
constexpr std::string_view k_tenure_verbs_fr[] = {"écrit", "couvre", "collabore", "chronique", "suit"};
constexpr std::string_view k_tenure_verbs_pt[] = {"escreve", "cobre", "colabora", "acompanha"};
constexpr std::string_view k_tenure_verbs_it[] = {"scrive", "collabora", "recensisce", "segue"};
constexpr LanguageWords k_tenure_verb_lists[] = {
    {ListLanguage::en, k_tenure_verbs_en}, {ListLanguage::es, k_tenure_verbs_es}, {ListLanguage::de, k_tenure_verbs_de},
    {ListLanguage::fr, k_tenure_verbs_fr}, {ListLanguage::pt, k_tenure_verbs_pt}, {ListLanguage::it, k_tenure_verbs_it},
};
/// "For" before the outlet a writer works for (its articles: k_outlet_articles).
constexpr std::string_view k_for_outlet[] = {" for ", " für ", " pour ", " para ", " per ", " bei "};
/// "Since" before the year the tenure began, in the six languages (the key's words).
constexpr std::string_view k_since_words[] = {"since", "seit", "desde", "depuis", "dal", "dall'", "dai"};

/// True when `sentence` names an outlet after "for" ("for Reelside", "für den Kurier"): a
/// capital opens the word after the preposition and any article.
bool names_outlet(std::string_view sentence) {
  for (std::string_view to : k_for_outlet) {
    for (std::size_t at = sentence.find(to); at != std::string_view::npos; at = sentence.find(to, at + 1)) {
      std::string_view after = sentence.substr(at + to.size());
      for (std::string_view article : k_outlet_articles)
        if (after.starts_with(article)) after.remove_prefix(article.size());
      if (!after.empty() && is_capital_start(after)) return true;
    }
  }
  return false;
}

/// The first sentence of `text` after the name that opens it (opening_name()), without the name;
/// "" when no name opens it or it is longer than a bio. A bio's next sentences say other things
/// about the person.
std::string_view sentence_after_name(std::string_view text) {
  if (text.size() > k_max_bio_bytes) return {};
  text = shape::skip_opening_marks(text);
  std::string_view name = opening_name(text);
  if (name.empty() || name.size() + 1 >= text.size()) return {};
  std::string_view sentence = text.substr(name.size() + 1);
  if (std::size_t stop = sentence.find(". "); stop != std::string_view::npos) sentence = sentence.substr(0, stop);
  return sentence;
}

/// True when `key` opens with a verb of `lists` (LanguageWords of `languages`), as whole words.
template <class Lists>
bool opens_with_verb(std::string_view key, const Lists& lists, ListLanguages languages) {
  return any_list(languages, lists, [&](auto verbs) {
    for (std::string_view v : verbs)
      if (shape::starts_with_word_ci(key, v)) return true;
    return false;
  });
}

/// "Jenna Koskinen covers Georgina, East Gwillimbury and the outdoors for Lakeshore Current.":
/// the name, a writer's beat verb in the present right after it (k_beat_verb_lists), and the
/// outlet after "for" in the same sentence. Among a document's last lines only.
bool is_beat_for_outlet_bio(std::string_view text, ListLanguages languages) {
  std::string_view sentence = sentence_after_name(text);
  if (sentence.empty()) return false;
  std::string key = shape::key(sentence);
  return opens_with_verb(key, k_beat_verb_lists, languages) && names_outlet(sentence) &&
         !key_contains_any(key, k_reporting_lists, languages);
}

/// The prepositions that put the outlet a writer writes in after a verb of writing
/// (k_writing_tenure_verbs): "couvre le cinéma au Fleuve", "escreve no Correio", "scrive sul Giorno".
constexpr std::string_view k_in_outlet[] = {" au ", " à ", " chez ", " en ", " no ", " na ", " sul ", " su ", " beim "};
/// The tenure verbs that say the person writes or covers a beat (not "follows" or "works with",
/// which a politician does at a ministry as well).
constexpr std::string_view k_writing_tenure_verbs[] = {"écrit", "couvre", "escribe", "cubre", "escreve", "cobre",
                                                       "scrive", "schreibt", "berichtet"};
/// A role set before the name, as an apposition of a few words ("Journaliste culturelle, ...").
constexpr std::size_t k_max_role_apposition_words = 3;

/// `text` past a writer's role set before the name with a comma ("Journaliste culturelle,
/// Mélanie Brochu couvre ..."): a few words opening on a strong role (k_strong_role_lists);
/// `text` itself when it opens with none.
std::string_view without_role_apposition(std::string_view text, ListLanguages languages) {
  std::size_t comma = text.find(", ");
  if (comma == std::string_view::npos || comma == 0) return text;
  std::string_view role = text.substr(0, comma);
  if (shape::word_count(role) > k_max_role_apposition_words) return text;
  // The key folds the capital the role opens on ("Journaliste", "Éditorialiste").
  std::string folded = shape::key(role.substr(0, role.find(' ')));
  return any_list(languages, k_strong_role_lists, [&](auto roles) { return shape::is_one_of(folded, roles); })
             ? text.substr(comma + 2)
             : text;
}

/// Platforms anyone writes on: "escreve no Instagram desde 2019" is a person's, not a writer's.
constexpr std::string_view k_platform_names[] = {"Facebook", "Instagram", "Twitter", "X ", "TikTok", "YouTube",
                                                 "WhatsApp", "Telegram", "LinkedIn", "Threads"};

/// True when `sentence` names the outlet a writer writes in after a preposition of place
/// (k_in_outlet) and a capital ("au Fleuve", "no Correio do Sul"), not a platform
/// (k_platform_names).
bool names_outlet_in(std::string_view sentence) {
  for (std::string_view in : k_in_outlet)
    for (std::size_t at = sentence.find(in); at != std::string_view::npos; at = sentence.find(in, at + 1)) {
      std::string_view outlet = sentence.substr(at + in.size());
      if (is_capital_start(outlet) && std::none_of(std::begin(k_platform_names), std::end(k_platform_names),
                                                   [&](std::string_view p) { return outlet.starts_with(p); }))
        return true;
    }
  return false;
}

bool is_tenure_bio(std::string_view text, ListLanguages languages) {
  text = without_role_apposition(text, languages);
  std::string_view sentence = sentence_after_name(text);
  if (sentence.empty()) return false;
  std::string key = shape::key(sentence);
  if (!opens_with_verb(key, k_tenure_verb_lists, languages)) return false;
  // For whom: an outlet after "for" ("for Reelside", "für den Kurier"), or where a writer
  // writes ("couvre le cinéma au Fleuve"), or a bio's cue about the person in the line (a
  // handle, "follow him"); "Mayor Jane Smith has covered the deficit since 2019 with new taxes"
  // has none of them.
  const bool writes = std::any_of(std::begin(k_writing_tenure_verbs), std::end(k_writing_tenure_verbs),
                                  [&](std::string_view verb) { return shape::starts_with_word_ci(key, verb); });
  if (!names_outlet(sentence) && !(writes && names_outlet_in(sentence)) &&
      !key_contains_any(shape::key(text), k_bio_cue_lists, languages))
    return false;
  // "since 2014": a since-word, then a year, in the same sentence.
  for (std::size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1)) {
    std::string_view rest = std::string_view(key).substr(at + 1);
    std::size_t end = rest.find(' ');
    if (end == std::string_view::npos || !shape::is_one_of(rest.substr(0, end), k_since_words)) continue;
    std::string_view year = rest.substr(end + 1, 4);
    if (year.size() == 4 && shape::has_year(year)) return true;
  }
  return false;
}

/// True when `line` is `name` alone, in any case, with hyphens or underscores for its spaces
/// ("Jane-Roe" for "Jane Roe", as a profile's handle prints it); false for an empty `name`.
bool is_name_of(std::string_view line, std::string_view name) {
  line = shape::trim(line);
  if (name.empty() || line.size() != name.size()) return false;
  std::string spaced(line);
  std::replace_if(spaced.begin(), spaced.end(), [](char c) { return c == '-' || c == '_'; }, ' ');
  return shape::equals_ci(spaced, name);
}

/// Marks block `above` of `doc` removed by `name` when it is the name that opens `bio` alone
/// (is_name_of()): the header a site prints over the author's bio ("Jane Roe", "Jane-Roe").
void mark_name_over_bio(Document& doc, std::size_t above, std::string_view bio, std::string_view name) {
  Block& block = doc.blocks[above];
  if (block.kept() && is_name_of(block.text, opening_name(bio))) mark_removed(block, name, "the author's name over the bio");
}

/// True when `line` is a byline naming `name`: the name alone, or after a byline word ("By",
/// "Par", "di"), with at most a role, a date or an agency after a separator ("By Jane Roe,
/// Staff Writer", "Par Antoine Delattre avec AFP", "Oliver Brandt").
bool is_byline_of(std::string_view line, std::string_view name) {
  line = shape::trim(line);
  if (line.size() > 160 || shape::word_count(line) > k_max_byline_words) return false;
  std::size_t at = line.find(name);
  if (at == std::string_view::npos) return false;
  std::string_view before = shape::trim(line.substr(0, at));
  if (!before.empty()) {
    std::size_t space = before.rfind(' ');
    std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (!shape::is_one_of(shape::lower_ascii(word), k_byline_words)) return false;
  }
  std::string_view after = line.substr(at + name.size());
  if (!after.empty() && shape::is_word_byte(after[0])) return false;  // "Jane Roes", another name
  after = shape::trim(after);
  // Nothing, or a separator before a role or date; or an agency after "and"/"avec"/"mit"/"con".
  if (after.empty() || after[0] == ',' || after[0] == '|' || after[0] == '-' || after[0] == '(' ||
      after.starts_with("\xE2\x80\x93") || after.starts_with("\xE2\x80\x94") || after.starts_with("\xC2\xB7"))
    return true;
  std::size_t space = after.find(' ');
  std::string_view next = after.substr(0, space);
  return next == "and" || next == "avec" || next == "mit" || next == "und" || next == "con" || next == "com" ||
         next == "e" || next == "y" || next == "et";
}

/// True when block `index` opens with the name of the author a byline among the document's
/// first lines names (any line there, kept or taken by another stage; never the first line,
/// which is the headline).
bool names_the_byline_author(const Document& doc, std::size_t index) {
  std::string_view text = shape::skip_opening_marks(doc.blocks[index].text);
  std::string_view name = opening_name(text);
  if (name.empty() || text.size() == name.size()) return false;
  std::size_t first = 0;
  while (first < doc.blocks.size() && shape::trim(doc.blocks[first].text).empty()) ++first;
  std::size_t end = std::min(doc.blocks.size(), first + 1 + k_byline_head_lines);
  for (std::size_t i = first + 1; i < end && i < index; ++i)
    if (is_byline_of(doc.blocks[i].text, name)) return true;
  return false;
}

/// A site's name, or its name and tagline, printed under the article by a blog's sidebar or
/// footer: "Caroline's Breast Cancer Blog", "NESARA – Restore America – Galactic News". Among
/// the last k_masthead_tail_lines kept lines, a short line set in title case or capitals, with
/// no sentence's end, that names a publication (k_masthead_nouns). A run of such lines is a
/// list of outlets the article gave, and stays.
constexpr std::size_t k_masthead_tail_lines = 3;
constexpr std::size_t k_min_masthead_words = 2;
constexpr std::size_t k_max_masthead_words = 8;
/// The publication nouns of a masthead, whole words, lower case.
constexpr std::string_view k_masthead_nouns_en[] = {
    "blog", "news", "magazine", "journal", "daily", "report", "times", "post", "gazette", "herald", "tribune",
    "courier", "chronicle", "weekly", "digest", "insider",
};
constexpr std::string_view k_masthead_nouns_es[] = {"diario", "noticias", "periódico", "revista", "blog", "semanario",
                                                    "crónica"};
constexpr std::string_view k_masthead_nouns_de[] = {"zeitung", "nachrichten", "magazin", "blog", "kurier",
                                                    "anzeiger", "rundschau", "bote", "tageblatt", "nachrichtenportal"};
constexpr std::string_view k_masthead_nouns_fr[] = {"journal", "magazine", "blog", "quotidien", "hebdo", "gazette",
                                                    "nouvelles", "actu", "infos"};
constexpr std::string_view k_masthead_nouns_pt[] = {"jornal", "notícias", "revista", "blog", "diário", "folha", "gazeta"};
constexpr std::string_view k_masthead_nouns_it[] = {"giornale", "notizie", "quotidiano", "gazzetta", "corriere", "blog",
                                                    "rivista"};
constexpr LanguageWords k_masthead_noun_lists[] = {
    {ListLanguage::en, k_masthead_nouns_en}, {ListLanguage::es, k_masthead_nouns_es},
    {ListLanguage::de, k_masthead_nouns_de}, {ListLanguage::fr, k_masthead_nouns_fr},
    {ListLanguage::pt, k_masthead_nouns_pt}, {ListLanguage::it, k_masthead_nouns_it},
};
/// At least this share of a masthead's words open with a capital (or a digit).
constexpr float k_min_masthead_capitals = 0.6f;

/// The separators between a masthead's name and its tagline, spaced: a bar or a dash.
constexpr std::string_view k_masthead_separators[] = {" | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};  // — –

/// True when `word` is a dash, a bar or other punctuation alone, not a word of the name.
bool is_separator_word(std::string_view word) {
  auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return !std::isalnum(first);
  return word.size() == 3 && word.starts_with("\xE2\x80");  // General Punctuation: – — …
}

/// The words of `text` (separators not counted) and how many open with a capital or a digit;
/// false when there are more than `most`.
bool count_words(std::string_view text, std::size_t most, std::size_t* words, std::size_t* capitals) {
  *words = *capitals = 0;
  return shape::each_word(text, [&](std::string_view word) {
    if (is_separator_word(word)) return true;
    auto first = static_cast<unsigned char>(word[0]);
    ++*words;
    *capitals += (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0xC3;
    return *words <= most;
  });
}

/// True when `text` has a masthead's shape (see k_masthead_tail_lines): a name in title case,
/// then perhaps a tagline in any case after a bar or a dash ("Gol Sureño | El blog del fútbol").
bool is_masthead_line(std::string_view text, ListLanguages languages) {
  text = shape::trim(text);
  if (text.empty() || text.size() > 120) return false;
  char last = text.back();
  if (last == '.' || last == '?' || last == ':' || last == ';' || last == ',') return false;
  std::size_t words = 0, capitals = 0;
  if (!count_words(text, k_max_masthead_words, &words, &capitals) || words < k_min_masthead_words) return false;
  std::string_view name = text;
  for (std::string_view separator : k_masthead_separators) name = name.substr(0, name.find(separator));
  if (name.size() < text.size()) {
    // The name before the tagline: every word capitalised.
    if (!count_words(name, k_max_masthead_words, &words, &capitals) || words == 0 || capitals < words) return false;
  } else if (static_cast<float>(capitals) < k_min_masthead_capitals * static_cast<float>(words)) {
    return false;
  }
  std::string_view key = shape::scratch_key(text);
  return key_contains_any_words(key, k_masthead_noun_lists, languages);
}

/// Marks a masthead line among the last lines of `doc` (see is_masthead_line()).
void mark_masthead(Document& doc, std::string_view name, ListLanguages languages) {
  std::vector<std::size_t> kept = kept_indices(doc);
  if (kept.size() < 2) return;
  std::size_t from = std::max<std::size_t>(1, kept.size() > k_masthead_tail_lines ? kept.size() - k_masthead_tail_lines : 1);
  // One test per line, from the line before the tail, so a run of them is seen.
  std::vector<bool> masthead(kept.size() + 1, false);
  for (std::size_t k = from - 1; k < kept.size(); ++k)
    masthead[k] = is_masthead_line(doc.blocks[kept[k]].text, languages);
  for (std::size_t k = from; k < kept.size(); ++k)
    if (masthead[k] && !masthead[k - 1] && !masthead[k + 1])
      mark_removed(doc.blocks[kept[k]], name, "the site's name, printed under the article");
}

}  // namespace

void BioFilter::apply(Document& doc, std::string_view name) const {
  ListLanguages languages = list_languages(doc);
  // Lines judged alone, wherever they stand.
  for (Block& block : doc.blocks) {
    if (!block.kept()) continue;
    std::string_view text = block.text;
    // The address may be a link the dump lost, leaving "can be reached at:" and nothing. An
    // '@' (address or handle) or that colon comes first: one memchr rules out most lines.
    bool address = text.find('@') != std::string_view::npos || shape::contains_any(text, k_lost_address);
    if (text.size() <= 400 && address && shape::contains_any(text, k_reach_fragments) &&
        has_reach_phrase(shape::scratch_key(text), languages)) {
      mark_removed(block, name, "how to reach the author");
      continue;
    }
    if (text.size() <= 120 && !opening_in(text, k_feed_openings, languages).empty() &&
        shape::word_count(text) <= k_max_name_words + 4) {
      mark_removed(block, name, "the author's feed link");
      continue;
    }
  }
  // Contact lines among the last lines, first: they stand under a header's paragraphs.
  std::vector<std::size_t> kept = kept_indices(doc);
  for (std::size_t k = 1; k < kept.size(); ++k)
    if (kept.size() - k <= k_contact_tail_lines && is_contact_line(doc.blocks[kept[k]].text))
      mark_removed(doc.blocks[kept[k]], name, "contact details");
  // The names under a contact header ("Contact:", "Jane Roe", "Example Corp", "Tel: ..."): a run of
  // names and contact lines that ends the document or ends on a contact line.
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Block& header = doc.blocks[kept[k]];
    if (header.removed_by != name || !is_contact_header(header.text)) continue;
    std::size_t end = k + 1, last_contact = k;
    for (; end < kept.size(); ++end) {
      const Block& block = doc.blocks[kept[end]];
      if (block.removed_by == name) last_contact = end;
      else if (!block.kept() || !is_contact_name(block.text)) break;
    }
    std::size_t until = end == kept.size() ? end : last_contact + 1;
    for (std::size_t f = k + 1; f < until; ++f)
      if (doc.blocks[kept[f]].kept()) mark_removed(doc.blocks[kept[f]], name, "contact details");
  }
  // Headers over a bio, and the paragraphs under them when they end the document.
  kept = kept_indices(doc);
  for (std::size_t k = 0; k < kept.size(); ++k) {
    Block& header = doc.blocks[kept[k]];
    if (header.text.size() > 80) continue;
    std::string about;
    bool author = !opening_in(header.text, k_author_headers, k_whole_line_languages).empty() &&
                  is_one_of(shape::scratch_key(header.text), k_author_headers, k_whole_line_languages);
    if (!author && !is_about_header(header.text, &about)) continue;
    std::size_t followers = kept.size() - k - 1;
    if (followers > k_max_header_followers) {
      if (author) mark_removed(header, name, "a header over the author's bio");
      continue;
    }
    if (!author && followers > 0 && !speaks_of(doc.blocks[kept[k + 1]].text, about)) continue;
    std::string reason = "under \"" + std::string(shape::trim(header.text)) + "\"";
    mark_removed(header, name, author ? "a header over the author's bio" : "a header over a standing bio");
    for (std::size_t f = k + 1; f < kept.size(); ++f)
      if (doc.blocks[kept[f]].text.size() <= k_max_bio_bytes) mark_removed(doc.blocks[kept[f]], name, reason);
    break;
  }
  // Bio sentences among the document's last lines.
  kept = kept_indices(doc);
  // The kept lines from each line to the end that are not lines of a source list, and those
  // that are. A line with more lines after it than both bounds allow together is never judged,
  // so the counts start that far from the end.
  const std::size_t tail = std::min(kept.size(), k_byline_bio_tail_lines + k_max_source_list_lines + 1);
  const std::size_t start = kept.size() - tail;
  // And whether only trailer lines (is_trailer()) follow each line.
  std::vector<std::size_t> article_after(kept.size() + 1, 0), sources_after(kept.size() + 1, 0);
  std::vector<bool> trailers_after(kept.size() + 1, true);
  for (std::size_t k = kept.size(); k-- > start;) {
    std::string_view text = doc.blocks[kept[k]].text;
    bool link = has_link(text), source = is_source_list_line(text, link);
    article_after[k] = article_after[k + 1] + !source;
    sources_after[k] = sources_after[k + 1] + source;
    trailers_after[k] = trailers_after[k + 1] && is_trailer(text, link);
  }
  for (std::size_t k = start; k < kept.size(); ++k) {
    Block& block = doc.blocks[kept[k]];
    // 1 for the last line; a source list after the line ("Sources:", links) is not counted.
    std::size_t from_end = article_after[k + 1] + 1;
    if (k == 0 || from_end > k_byline_bio_tail_lines || sources_after[k + 1] > k_max_source_list_lines ||
        !trailers_after[k + 1])
      continue;
    // A sentence that opens with the byline's name, short chrome lines at most after it.
    if (block.text.size() <= k_max_bio_bytes && shape::word_count(block.text) >= k_min_byline_bio_words &&
        names_the_byline_author(doc, kept[k])) {
      mark_removed(block, name, "the author's bio (named in the byline)");
      mark_name_over_bio(doc, kept[k - 1], block.text, name);
      continue;
    }
    if (from_end > k_strong_tail_lines) continue;
    Role role = bio_sentence_role(block.text, languages);
    if (role == Role::none && (is_apposition_bio(block.text, languages) || is_inline_author_header(block.text) ||
                               is_tenure_bio(block.text, languages) || is_beat_for_outlet_bio(block.text, languages)))
      role = Role::strong;
    if (role == Role::strong || (role == Role::weak && from_end <= k_weak_tail_lines)) {
      mark_removed(block, name, "the author's bio");
      mark_name_over_bio(doc, kept[k - 1], block.text, name);
    } else if (role == Role::organisation && from_end <= k_weak_tail_lines)
      mark_removed(block, name, "an organisation's standing paragraph");
  }
  mark_masthead(doc, name, languages);
}

}  // namespace pith
