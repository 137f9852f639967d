// post-meta: the categories, tags and comment counts a blog engine prints under a post
// ("Filed under: Local, Fire | Tagged: riverside | 2 Comments »"), and its archive widget's
// entries ("* Janeiro (70)"), in six languages.
#include "pith/filters/post_meta.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"
#include "pith/sites/date_words.h"

namespace pith {

namespace {

/// A taxonomy line lists a few terms; longer is prose.
constexpr std::size_t k_max_bytes = 300;
/// Each term is a tag or category name of a few words.
constexpr std::size_t k_max_term_words = 5;

/// Labels that open a taxonomy line; ':' follows them, or, for the colonless ones, the terms.
constexpr std::string_view k_labels_en[] = {
    "filed under", "filed in", "tagged", "tagged with", "tags", "tag", "categories", "category", "posted in",
    "topics", "keywords", "labels",
    "filed to", "posted under", "categorized as", "categorised as", "categorized in",
    "related topics", "topic",
};
constexpr std::string_view k_labels_es[] = {
    "etiquetas", "categorías", "categoría", "archivado en", "publicado en", "temas", "palabras clave",
    "archivado bajo", "clasificado en",
    "tags", "etiqueta", "tema", "palabras claves",
    "más sobre",
};
constexpr std::string_view k_labels_de[] = {
    "schlagwörter", "schlagworte", "stichwörter", "kategorien", "kategorie", "themen", "abgelegt unter",
    "veröffentlicht in", "abgelegt in",
    "eingeordnet unter", "eingeordnet in", "veröffentlicht unter", "gespeichert unter",
    "stichworte", "tags", "thema", "mehr zu den themen", "weitere themen", "schlüsselwörter",
};
constexpr std::string_view k_labels_fr[] = {
    "mots-clés", "mots clés", "étiquettes", "catégories", "catégorie", "classé dans", "classé sous", "publié dans",
    "thèmes", "sujets",
    "rangé dans", "rangé sous",
    "mots clefs", "mots-clefs", "thématiques", "thématique", "tags", "thème", "sujet",
};
constexpr std::string_view k_labels_pt[] = {
    "marcadores", "categorias", "categoria", "arquivado em", "publicado em", "palavras-chave", "etiquetas", "temas",
    "arquivado sob", "classificado em",
    "tópicos", "tópico", "assuntos", "assunto", "tags", "tema", "etiqueta",
};
constexpr std::string_view k_labels_it[] = {
    "categorie", "categoria", "archiviato in", "pubblicato in", "argomenti", "parole chiave",
    "archiviato sotto", "classificato in",
    "tag", "tags", "temi", "tema", "etichette", "argomento",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Labels that read as a list's label without a ':' ("Posted in News, Local | 3 Comments").
constexpr std::string_view k_colonless_labels[] = {
    "filed under", "filed in", "tagged", "tagged with", "posted in", "archivado en", "abgelegt unter",
    "classé dans", "arquivado em", "archiviato in",
    "filed to", "posted under", "eingeordnet unter", "archivado bajo", "rangé dans", "arquivado sob", "archiviato sotto",
    // "Posted in" in the other languages.
    "publicado en", "veröffentlicht in", "publié dans", "publicado em", "pubblicato in",
};

/// Labels that name the terms after them without a ':' when the terms are a comma list
/// ("Tags Homestory, Interior design, Berlin"): the nouns for tags and keywords.
constexpr std::string_view k_bare_list_labels[] = {
    "tags", "schlagwörter", "schlagworte", "stichwörter", "etiquetas", "mots-clés", "mots clés", "étiquettes",
    "marcadores", "palavras-chave", "parole chiave", "keywords",
};
/// A term of such a list is a name of a few words: longer, it is a sentence's clause.
constexpr std::size_t k_max_bare_term_words = 3;

/// What a blog engine prints after the terms: the comment count and its link.
constexpr std::string_view k_comment_counts_en[] = {"comment", "comments", "leave a comment", "leave a reply",
                                                    "no comments"};
constexpr std::string_view k_comment_counts_es[] = {"comentario", "comentarios", "deja un comentario",
                                                    "deja una respuesta", "sin comentarios", "no hay comentarios"};
constexpr std::string_view k_comment_counts_de[] = {"kommentar", "kommentare", "hinterlasse einen kommentar",
                                                    "kommentar hinterlassen", "schreibe einen kommentar",
                                                    "keine kommentare"};
constexpr std::string_view k_comment_counts_fr[] = {"commentaire", "commentaires", "laisser un commentaire",
                                                    "laisser une réponse", "aucun commentaire"};
constexpr std::string_view k_comment_counts_pt[] = {"comentário", "comentários", "deixe um comentário",
                                                    "deixe uma resposta", "nenhum comentário", "sem comentários"};
constexpr std::string_view k_comment_counts_it[] = {"commento", "commenti", "lascia un commento",
                                                    "lascia una risposta", "nessun commento"};
constexpr LanguageWords k_comment_count_lists[] = {
    {ListLanguage::en, k_comment_counts_en}, {ListLanguage::es, k_comment_counts_es},
    {ListLanguage::de, k_comment_counts_de}, {ListLanguage::fr, k_comment_counts_fr},
    {ListLanguage::pt, k_comment_counts_pt}, {ListLanguage::it, k_comment_counts_it},
};

bool is_separator(char c) { return c == ',' || c == '|' || c == ';' || c == '/' || c == '\n'; }

/// The terms after a label (keyed): a list of short names, none a sentence. Sets `*engine`
/// when the list shows the engine's own marks: a '|' between parts, or a comment count.
bool is_term_list(std::string_view terms, ListLanguages languages, bool* engine) {
  terms = shape::trim(terms);
  if (terms.empty()) return false;
  std::size_t start = 0;
  while (start <= terms.size()) {
    std::size_t end = start;
    while (end < terms.size() && !is_separator(terms[end])) ++end;
    std::string_view term = shape::trim(terms.substr(start, end - start));
    // "»" and "·" end a WordPress comment link or separate terms.
    while (term.ends_with("\xC2\xBB") || term.ends_with("\xC2\xB7")) term = shape::trim(term.substr(0, term.size() - 2));
    if (!term.empty()) {
      bool count = !opening_in(term, k_labels, languages).empty();
      std::string_view words = term;
      // "2 comments", "leave a comment": the count that closes the line.
      while (!words.empty() && words[0] >= '0' && words[0] <= '9') words.remove_prefix(1);
      words = shape::trim(words);
      count = count || any_list(languages, k_comment_count_lists,
                                [&](auto counts) { return shape::is_one_of(words, counts); });
      if (count) *engine = true;
      if (!count && shape::word_count(term) > k_max_term_words) return false;
      if (term.find(". ") != std::string_view::npos || term.find("? ") != std::string_view::npos) return false;
    }
    start = end + 1;
  }
  return true;
}

/// True for the terms after a colonless tag label: two or more, split by commas, each of
/// 1..k_max_bare_term_words words and none a sentence ("Homestory, Interior design, Berlin").
bool is_bare_term_list(std::string_view terms) {
  terms = shape::trim(terms);
  if (terms.find(',') == std::string_view::npos) return false;
  for (std::size_t start = 0; start <= terms.size();) {
    std::size_t end = std::min(terms.find(',', start), terms.size());
    std::string_view term = shape::trim(terms.substr(start, end - start));
    std::size_t words = shape::word_count(term);
    if (words == 0 || words > k_max_bare_term_words) return false;
    if (term.find_first_of(".?!:;") != std::string_view::npos) return false;
    start = end + 1;
  }
  return true;
}

/// The separator that ends a term at byte `i` of a tag list as sites print it, or 0: a middle
/// dot "·" or a bullet "•" (sites that print terms as a row of links), an en or em dash between
/// spaces ("Ostréiculture – Mer – Agriculture"), or a run of two or more spaces or a tab (terms
/// that were links, their markup gone). Returns the separator's length.
std::size_t printed_separator_at(std::string_view text, std::size_t i) {
  std::string_view rest = text.substr(i);
  if (rest.starts_with("\xC2\xB7")) return 2;      // ·
  if (rest.starts_with("\xE2\x80\xA2")) return 3;  // •
  if (rest.starts_with('\t')) return 1;
  if ((rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" \xE2\x80\x94 ")))  // – —
    return 5;
  std::size_t spaces = 0;
  while (spaces < rest.size() && rest[spaces] == ' ') ++spaces;
  return spaces >= 2 ? spaces : 0;
}

/// True for the terms after a tag label's colon when they are split by printed_separator_at()
/// (`terms` as the line has them, not keyed: the key folds a run of spaces into one): two or
/// more split by a dot or bullet ("Freibad · Stadtrat"), three or more when only dashes or wide
/// spaces split them ("City council  Housing  Transport"; one double space is as likely a typing
/// slip inside a sentence, dashes also set off a sentence's aside).
/// Each term is a name of at most k_max_term_words words, no sentence inside.
bool is_printed_term_list(std::string_view terms) {
  terms = shape::trim(terms);
  std::size_t count = 0;
  bool marks = false;  // a dot or bullet split two terms
  for (std::size_t start = 0, i = 0; start < terms.size(); start = i) {
    std::size_t length = 0;
    while (i < terms.size() && (length = printed_separator_at(terms, i)) == 0) ++i;
    std::string_view term = shape::trim(terms.substr(start, i - start));
    marks = marks || (length > 0 && terms[i] != ' ' && terms[i] != '\t');  // a dash opens on its space
    i += length;
    if (term.empty()) continue;
    if (shape::word_count(term) > k_max_term_words || term.find_first_of(".?!;:") != std::string_view::npos) return false;
    ++count;
  }
  return count >= (marks ? 2 : 3);
}

/// Marks a blog's archive widget prints before each entry: a bullet, or a tree's arrow.
constexpr std::string_view k_archive_marks[] = {
    "*", "+", "-", "\xE2\x80\xA2" /* • */, "\xE2\x96\xBA" /* ► */, "\xE2\x96\xBC" /* ▼ */,
    "\xE2\x96\xB6" /* ▶ */, "\xE2\x96\xB8" /* ▸ */, "\xE2\x96\xBE" /* ▾ */,
};
/// The post count in parentheses runs to a few digits.
constexpr std::size_t k_max_count_digits = 5;

bool is_year(std::string_view word) { return word.size() == 4 && shape::all_digits(word); }

/// `text` without the spaces and the marks of `marks` at its opening, in any order and number.
template <std::size_t N>
std::string_view skip_leading(std::string_view text, const std::string_view (&marks)[N]) {
  // Most lines open with a letter or a digit: no mark to skip.
  if (!text.empty() && std::isalnum(static_cast<unsigned char>(text[0]))) return shape::trim(text);
  for (bool marked = true; marked;) {
    text = shape::trim(text);
    marked = false;
    for (std::string_view mark : marks)
      if (text.starts_with(mark)) {
        text.remove_prefix(mark.size());
        marked = true;
      }
  }
  return text;
}

/// True for an entry of a blog's archive widget: a month, a month and year, or a year, then the
/// number of posts in parentheses, perhaps after a bullet ("* Janeiro (70)", "► 2016 (412)",
/// "March 2019 (8)"). Month names are the six languages' (sites::k_month_names).
bool is_archive_entry(std::string_view text) {
  text = skip_leading(text, k_archive_marks);
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || !text.ends_with(')')) return false;
  std::string_view count = text.substr(open + 1, text.size() - open - 2);
  if (count.size() > k_max_count_digits || !shape::all_digits(count)) return false;
  std::string key = shape::key(text.substr(0, open));
  std::string_view name = key, year;
  if (std::size_t space = name.rfind(' '); space != std::string_view::npos) {
    year = name.substr(space + 1);
    name = name.substr(0, space);
    if (!is_year(year)) return false;
  }
  if (is_year(name) && year.empty()) return true;
  return shape::is_one_of(name, sites::k_month_names);
}

/// The links a blog engine prints to the posts before and after this one, in the six
/// languages; lower case, matched at a line's opening in any case.
constexpr std::string_view k_post_links[] = {
    "previous article", "next article", "previous post", "next post", "previous story", "next story",
    "previous entry", "next entry", "older post", "newer post", "older posts", "newer posts", "older entries",
    "newer entries",
    "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag", "voriger beitrag",
    "ältere beiträge", "neuere beiträge",
    "artículo anterior", "artículo siguiente", "siguiente artículo", "entrada anterior", "siguiente entrada",
    "entrada siguiente", "noticia anterior", "siguiente noticia", "noticia siguiente",
    "article précédent", "article suivant", "billet précédent", "billet suivant", "articles précédents",
    "artigo anterior", "próximo artigo", "post anterior", "próximo post", "notícia anterior", "próxima notícia",
    "articolo precedente", "articolo successivo", "post precedente", "post successivo",
};
/// Words that may stand beside those links on their line ("Newer Post Older Post Home").
constexpr std::string_view k_post_link_companions[] = {"home", "startseite", "inicio", "accueil", "início", "home page"};
/// Arrows and bullets before a link ("« Previous Post", "← Next post").
constexpr std::string_view k_link_marks[] = {
    "\xC2\xAB" /* « */, "\xE2\x80\xB9" /* ‹ */, "\xE2\x86\x90" /* ← */, "<", "*", "+", "-",
    "\xE2\x80\xA2" /* • */, "\xC2\xBB" /* » */, "\xE2\x80\xBA" /* › */, "\xE2\x86\x92" /* → */, ">", "|", ":",
};
/// The other post's headline after its link runs to a few words.
constexpr std::size_t k_max_linked_headline_words = 25;

/// `text` without the marks of k_link_marks and the spaces at its opening.
std::string_view skip_link_marks(std::string_view text) { return skip_leading(text, k_link_marks); }

/// The length of the post link of k_post_links that opens `text` at a word's end (a capital,
/// a mark or the end may follow, not a small letter or a hyphen: "Next articles" is not "Next
/// article", nor "Next post-season" "Next post"), or 0.
std::size_t post_link_at(std::string_view text) {
  if (text.empty()) return 0;
  const char first = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + 32) : text[0];
  for (std::string_view link : k_post_links) {
    if (link[0] != first || !shape::starts_with_ci(text, link)) continue;
    if (text.size() == link.size()) return link.size();
    auto next = static_cast<unsigned char>(text[link.size()]);
    if (!(next >= 'a' && next <= 'z') && next != '-' && next != '\'' && next != '_') return link.size();
  }
  return 0;
}

/// True for a line of links to the posts before and after: links alone ("Previous Post Next
/// Post", "Newer Post Older Post Home"), or a link and the other post's headline, glued,
/// after a mark or after a space ("Next articleChina Announces Plan ...", "Previous Post: «
/// Almond Flour Cookies", "Nächster Beitrag Neue Schule eröffnet"). A sentence that opens with
/// such words ("Next article in this series will ...") ends with a full stop and stays.
bool is_post_navigation(std::string_view text) {
  std::string_view rest = skip_link_marks(text);
  std::size_t length = post_link_at(rest);
  if (length == 0) return false;
  // The headline glued to the link, or after a mark (':', '»'), rather than after a space.
  bool spaced = rest.size() > length && (rest[length] == ' ' || rest[length] == '\t');
  rest = skip_link_marks(rest.substr(length));
  // The rest is other links and their companions only: a row of links.
  std::string_view row = rest;
  while (!row.empty()) {
    std::size_t next = post_link_at(row);
    if (next == 0) {
      std::size_t end = std::min(row.find(' '), row.size());
      if (!shape::is_one_of(shape::key(row.substr(0, end)), k_post_link_companions)) break;
      next = end;
    }
    row = skip_link_marks(row.substr(next));
  }
  if (row.empty()) return true;
  // A headline: not a sentence that goes on after the words, and a few words.
  if (rest.ends_with('.') || shape::word_count(rest) > k_max_linked_headline_words) return false;
  auto first = static_cast<unsigned char>(rest[0]);
  return !spaced || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80 ||
         first == '"' || first == '\'';
}

/// The first bytes of the links of k_post_links.
constexpr std::array<bool, 256> k_post_link_openings = [] {
  std::array<bool, 256> openings{};
  for (std::string_view link : k_post_links) openings[static_cast<unsigned char>(link[0])] = true;
  return openings;
}();

/// False when `text` cannot open with a post link after its marks: its first byte, lower-cased
/// as post_link_at() does, opens none of k_post_links.
bool may_open_post_link(std::string_view text) {
  text = skip_link_marks(text);
  if (text.empty()) return false;
  auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
  return k_post_link_openings[first];
}

/// True for a line of two or more #hashtags and nothing else ("#Roubaix #Justice #Logement"):
/// a post's tags as a social network writes them.
bool is_hashtag_line(std::string_view text) {
  std::size_t tags = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (word.size() < 2 || word[0] != '#' || word[1] == '#' || word[1] == ' ') return false;
      ++tags;
    }
    start = end + 1;
  }
  return tags >= 2;
}

/// Words a site puts between a tag label and its colon ("Schlagwörter zum Artikel:", "Tags relacionadas:",
/// "Mots-clés associés :", "Tagged with:"), lower case, after a space.
constexpr std::string_view k_label_qualifiers[] = {
    "with", "in this article", "for this article", "zum artikel", "dieses artikels", "des artikels",
    "zu diesem artikel", "zum thema", "relacionados", "relacionadas", "de la noticia", "de esta noticia",
    "associés", "associées", "liés", "liées", "de l'article", "de cet article", "correlati", "correlate",
    "dell'articolo", "della notizia", "do artigo", "da notícia", "da matéria",
};

/// The rest after `label` with a qualifier and its colon taken off ("zum artikel: bahn" gives ": bahn"),
/// or `rest` as it was.
std::string_view without_qualifier(std::string_view rest) {
  if (!rest.starts_with(' ')) return rest;
  for (std::string_view qualifier : k_label_qualifiers) {
    std::string_view after = rest.substr(1);
    if (!after.starts_with(qualifier)) continue;
    after.remove_prefix(qualifier.size());
    if (after.starts_with(" :")) after.remove_prefix(1);
    if (after.starts_with(':')) return after;
  }
  return rest;
}

/// "Filed under" and its wordings, whose terms follow without a ':' on an engine's footer line
/// ("Filed under 2020 Election", "Archivado en Política, Economía"), in the six languages.
constexpr std::string_view k_filed_labels[] = {
    "filed under", "filed in", "filed to", "abgelegt unter", "abgelegt in", "eingeordnet unter", "archivado en",
    "archivado bajo", "classé dans", "classé sous", "rangé dans", "archiviato in", "archiviato sotto", "arquivado em",
    "arquivado sob",
};
/// Articles and possessives that open a sentence's object ("Filed under seal", "Archivado en el
/// registro"): a tag's name never opens with one. Lower case, the six languages.
constexpr std::string_view k_object_openers[] = {
    "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "der", "die", "das", "den", "dem", "des",
    "ein", "eine", "einen", "einem", "einer", "el", "la", "los", "las", "un", "una", "su", "sus", "le", "les", "l'",
    "une", "du", "son", "sa", "ses", "il", "lo", "gli", "uno", "i", "o", "os", "as", "um", "uma", "seu", "sua",
};
/// A label's colon stands within this many bytes of a taxonomy line's start ("Schlagwörter:").
constexpr std::size_t k_max_dotted_label_bytes = 24;
/// A colonless "filed under" term list names one to a few tags.
constexpr std::size_t k_max_filed_term_words = 4;

/// True for the terms after a colonless "filed under" (`terms` as the line prints them): split by
/// commas, each of 1..k_max_filed_term_words words, none opening with an article or holding a
/// sentence's punctuation; a lone term opens with a capital or a digit, as a tag's name does
/// ("2020 Election"), where "Filed under seal" is a clause.
bool is_filed_term_list(std::string_view terms) {
  terms = shape::trim(terms);
  if (terms.empty()) return false;
  bool lone = terms.find(',') == std::string_view::npos;
  for (std::size_t start = 0; start <= terms.size();) {
    std::size_t end = std::min(terms.find(',', start), terms.size());
    std::string_view term = shape::trim(terms.substr(start, end - start));
    std::size_t words = shape::word_count(term);
    if (words == 0 || words > k_max_filed_term_words || term.find_first_of("?!:;") != std::string_view::npos)
      return false;
    if (term.find(". ") != std::string_view::npos) return false;
    std::string first = shape::key(term.substr(0, std::min(term.find(' '), term.size())));
    if (shape::is_one_of(first, k_object_openers) || first.starts_with("l'")) return false;
    start = end + 1;
  }
  auto opening = static_cast<unsigned char>(terms[0]);
  // Upper-case Latin-1 letters are C3 80 .. C3 9E in UTF-8 ("Économie").
  bool latin1_capital = opening == 0xC3 && terms.size() > 1 && static_cast<unsigned char>(terms[1]) <= 0x9E;
  return !lone || (opening >= 'A' && opening <= 'Z') || (opening >= '0' && opening <= '9') || latin1_capital;
}

/// WordPress's entry footer closes on the permalink sentence ("This entry was posted in News.
/// Bookmark the permalink.", "Setze ein Lesezeichen auf den Permalink.", "Guarda el enlace
/// permanente.", "Bookmarquez le permalien.", "Contrassegna il permalink.", "Adicione o link
/// permanente aos seus favoritos."): the word for the permalink, and a verb or noun of
/// bookmarking, in the six languages.
constexpr std::string_view k_permalinks[] = {
    "permalink", "permalien", "enlace permanente", "link permanente", "collegamento permanente",
};
constexpr std::string_view k_bookmarkings[] = {
    "bookmark", "lesezeichen", "guarda", "guardar", "marca", "marcar", "favoritos", "bookmarquez", "favoris",
    "contrassegna", "preferiti", "segnalibro", "adicione", "guarde", "marque", "salve",
};
/// The permalink sentence runs to a few words; the entry's sentence before it lists a few terms.
constexpr std::size_t k_max_permalink_words = 9;
/// Bytes the permalink sentence may take from the line's end: its words, 9 of 17 bytes.
constexpr std::size_t k_max_permalink_bytes = 160;
constexpr std::size_t k_max_entry_words = 45;

/// True for a line that closes on WordPress's permalink sentence, after the entry's categories
/// and tags in k_max_entry_words words at most (`text` trimmed, ending on '.').
bool is_entry_footer(std::string_view text) {
  std::string_view body = text.substr(0, text.size() - 1);
  // Most lines that end on a full stop name no permalink: a memchr pass for its 'p' over the
  // bytes the last sentence (k_max_permalink_words words) can take rules them out before that
  // sentence is looked for.
  std::string_view tail = body.substr(body.size() > k_max_permalink_bytes ? body.size() - k_max_permalink_bytes : 0);
  if (!shape::contains_stem_ci(tail, std::string_view("perma"))) return false;
  std::size_t stop = body.rfind(". ");
  std::string_view last = stop == std::string_view::npos ? body : body.substr(stop + 2);
  if (!shape::contains_ci(last, "perma") || shape::word_count(last) > k_max_permalink_words) return false;
  if (stop != std::string_view::npos && shape::word_count(body.substr(0, stop)) > k_max_entry_words) return false;
  std::string key = shape::key(last);
  return shape::key_contains_any_words(key, k_permalinks) && shape::key_contains_any_words(key, k_bookmarkings);
}

/// Blogger's post footer: who posted it, then the time ("Posted by Jane Doe at 9:11 PM",
/// "Eingestellt von Anna um 21:11", "Publicado por Ana en 21:11", "Publié par Luc à 21:11",
/// "Pubblicato da Marco alle 21:11", "Postado por João às 21:11"), in the six languages.
constexpr std::string_view k_posted_by_en[] = {"posted by"};
constexpr std::string_view k_posted_by_de[] = {"eingestellt von", "gepostet von"};
constexpr std::string_view k_posted_by_es[] = {"publicado por", "publicada por"};
constexpr std::string_view k_posted_by_fr[] = {"publié par", "publiée par", "posté par"};
constexpr std::string_view k_posted_by_it[] = {"pubblicato da", "pubblicata da", "postato da"};
constexpr std::string_view k_posted_by_pt[] = {"postado por", "postada por", "publicado por", "publicada por"};
constexpr LanguageWords k_posted_by_lists[] = {
    {ListLanguage::en, k_posted_by_en}, {ListLanguage::es, k_posted_by_es}, {ListLanguage::de, k_posted_by_de},
    {ListLanguage::fr, k_posted_by_fr}, {ListLanguage::pt, k_posted_by_pt}, {ListLanguage::it, k_posted_by_it},
};
constexpr LanguagePhrases<total_words(k_posted_by_lists)> k_posted_by{k_posted_by_lists};
/// The words between the poster's name and the time, the six languages' (lower case).
constexpr std::string_view k_time_links[] = {
    "at", "um", "en", "a las", "a la(s)", "à", "à(s)", "às", "as", "alle", "a",
};
/// What may follow a clock's digits: the half of the day, the hour's word.
constexpr std::string_view k_clock_marks[] = {"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "uhr", "h"};
/// The poster is named in a few words.
constexpr std::size_t k_max_poster_words = 5;

/// Bytes of the clock time that opens `key` ("9:11 pm", "21:11", "9:11pm"), ending at a word's
/// end, or 0.
std::size_t clock_length(std::string_view key) {
  std::size_t at = 0;
  while (at < key.size() && at < 2 && key[at] >= '0' && key[at] <= '9') ++at;
  if (at == 0 || at + 3 > key.size() || key[at] != ':' || !shape::all_digits(key.substr(at + 1, 2))) return 0;
  at += 3;
  std::size_t mark_from = at < key.size() && key[at] == ' ' ? at + 1 : at;
  std::size_t longest = 0;
  for (std::string_view mark : k_clock_marks)
    if (mark.size() > longest && key.substr(mark_from).starts_with(mark) &&
        (mark_from + mark.size() == key.size() || key[mark_from + mark.size()] == ' '))
      longest = mark.size();
  if (longest > 0) at = mark_from + longest;
  return at == key.size() || key[at] == ' ' ? at : 0;
}

/// True when `tail` (keyed) is a comment count of k_comment_count_lists ("2 comments", "keine
/// kommentare", "1 kommentar:").
bool is_comment_count(std::string_view tail, ListLanguages languages) {
  while (tail.ends_with(':') || tail.ends_with(' ')) tail.remove_suffix(1);
  while (!tail.empty() && ((tail[0] >= '0' && tail[0] <= '9') || tail[0] == ' ')) tail.remove_prefix(1);
  return any_list(languages, k_comment_count_lists, [&](auto counts) { return shape::is_one_of(tail, counts); });
}

/// True for Blogger's post footer after its opening `label` (`key` keyed, opening with the
/// label): the poster's name in a few words, a word of k_time_links, a clock time, then nothing
/// or a comment count. "Posted by a friend at 9 p.m., the video spread" has no clock time.
bool is_post_footer(std::string_view key, std::string_view label, ListLanguages languages) {
  std::string_view rest = key.substr(label.size());
  if (!rest.starts_with(' ')) return false;
  rest.remove_prefix(1);
  std::size_t words = 1;
  for (std::size_t space = rest.find(' '); space != std::string_view::npos && words <= k_max_poster_words;
       space = rest.find(' ', space + 1), ++words) {
    std::string_view name = rest.substr(0, space);
    if (name.find_first_of(",;:!?") != std::string_view::npos) return false;
    std::string_view after = rest.substr(space + 1);
    for (std::string_view link : k_time_links) {
      if (!after.starts_with(link) || after.size() <= link.size() + 1 || after[link.size()] != ' ') continue;
      std::string_view time = after.substr(link.size() + 1);
      std::size_t clock = clock_length(time);
      if (clock == 0) continue;
      std::string_view tail = shape::trim(time.substr(clock));
      return tail.empty() || is_comment_count(tail, languages);
    }
  }
  return false;
}

/// A blog's feed links close on the feed's format: "Subscribe to: Posts (Atom)", "Abonnieren
/// Kommentare zum Post (Atom)", "Entries (RSS) and Comments (RSS)". The feeds a blog offers,
/// the six languages' (keyed, lower case) ...
constexpr std::string_view k_feed_names[] = {
    "posts", "post", "entries", "comments", "articles", "feed",
    "beiträge", "einträge", "kommentare", "artikel", "beitrags-feed", "kommentar-feed", "kommentare-feed",
    "artikel-feed",
    "entradas", "comentarios", "artículos",
    "messages", "articles", "commentaires", "billets", "flux",
    "commenti", "articoli",
    "postagens", "comentários", "artigos", "mensagens",
};
/// ... the words around them: the subscribe verb, its preposition, "and", an article ...
constexpr std::string_view k_feed_words[] = {
    "subscribe", "to", "and", "all", "the", "abonnieren", "zum", "zu", "und", "alle",
    "suscribirse", "suscríbete", "a", "de", "la", "las", "los", "y", "enviar", "publicar",
    "s'abonner", "s\xE2\x80\x99" "abonner", "inscription", "à", "publier", "les", "des", "et",
    "iscriviti", "sul", "dei", "e", "assinar", "subscrever", "postar", "do", "da", "dos", "das",
};
/// ... and the formats, in parentheses after each feed.
constexpr std::string_view k_feed_formats[] = {"(atom)", "(rss)"};
/// A feed line names two or three feeds: a dozen words.
constexpr std::size_t k_max_feed_words = 12;

/// WordPress's classic entry footer points to the entry's comment feed ("You can follow any
/// responses to this entry through the RSS 2.0 feed.", "Du kannst die Kommentare zu diesen Eintrag
/// durch den RSS 2.0 Feed verfolgen."): the feed's version, a word for the responses and a verb
/// for following them, in a line of a few sentences at most.
constexpr std::string_view k_response_words[] = {
    "responses", "comments", "antworten", "kommentare", "respuestas", "comentarios", "réponses", "commentaires",
    "risposte", "commenti", "respostas", "comentários",
};
/// ... and a verb for following them there.
constexpr std::string_view k_follow_verbs[] = {
    "follow", "verfolgen", "seguir", "suivre", "seguire", "acompanhar",
};
constexpr std::size_t k_max_response_feed_words = 80;
constexpr std::size_t k_max_response_feed_bytes = 600;

bool is_response_feed_note(std::string_view text) {
  if (!shape::contains_ci(text, "rss 2.0")) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_response_feed_words) return false;
  return shape::key_contains_any_words(key, k_response_words) && shape::key_contains_any_words(key, k_follow_verbs);
}

/// True for a line of a blog's feed links: words of k_feed_names and k_feed_words only, one
/// feed's name at least, and its last word a format of k_feed_formats.
bool is_feed_links(std::string_view text) {
  std::string key = shape::key(text);
  if (!(key.ends_with("(atom)") || key.ends_with("(rss)")) || shape::key_word_count(key) > k_max_feed_words)
    return false;
  bool named = false;
  bool feed_words_only = shape::each_word(key, [&](std::string_view word) {
    while (!word.empty() && (word.back() == ':' || word.back() == ',' || word.back() == '|')) word.remove_suffix(1);
    if (word.empty() || word == "&") return true;
    bool name = shape::is_one_of(word, k_feed_names);
    named = named || name;
    return name || shape::is_one_of(word, k_feed_words) || shape::is_one_of(word, k_feed_formats);
  });
  return feed_words_only && named;
}

}  // namespace

std::optional<std::string> PostMetaFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  // The entry footer that points to the comment feed runs longer than the other lines; the
  // feed's version is looked for first (a memchr pass for its '2').
  if (text.size() <= k_max_response_feed_bytes && text.ends_with('.') && text.find("2.0") != std::string_view::npos &&
      !shape::opens_with_inner_quote(text) && is_response_feed_note(text))
    return "a post's footer pointing to its comment feed";
  if (text.size() > k_max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  if (text.ends_with('.')) {
    if (is_entry_footer(text)) return "a post's categories and its permalink";
    // A list of terms closed by a full stop ("Filed under bill clinton, warner bros.", "Tags:
    // politics, crime."): judged without it, when it lists two terms or more under "filed
    // under" or a label's colon, and holds no sentence's end before.
    // Each term must then be a tag's name (is_filed_term_list()): "Topics: the talks covered
    // trade, security and climate." is a sentence.
    // The label's opening is asked first: most prose lines open with no label and go no further.
    std::string_view bare = shape::skip_opening_marks(text.substr(0, text.size() - 1));
    if (opening_in(bare, k_labels, list_languages(doc)).empty() || bare.find(',') == std::string_view::npos ||
        bare.find(". ") != std::string_view::npos)
      return std::nullopt;
    std::size_t colon = bare.find(':');
    std::string_view filed = shape::word_prefix_in(bare, k_filed_labels);
    std::string_view terms = colon < k_max_dotted_label_bytes ? bare.substr(colon + 1)
                             : !filed.empty()                 ? bare.substr(filed.size())
                                                              : std::string_view{};
    if (!terms.empty() && is_filed_term_list(terms)) return "a post's categories or tags";
    return std::nullopt;
  }
  if (text.starts_with('#') && is_hashtag_line(text)) return "a post's tags as hashtags";
  if (text.ends_with(')') && is_archive_entry(text)) return "a blog archive's month and post count";
  if (text.ends_with(')') && is_feed_links(text)) return "a blog's feed links";
  if (may_open_post_link(text) && is_post_navigation(text)) return "links to the previous and next posts";
  ListLanguages languages = list_languages(doc);
  if (std::string_view poster = opening_in(text, k_posted_by, languages); !poster.empty())
    if (is_post_footer(shape::scratch_key(text), poster, languages)) return "a post's author and time";
  std::string_view label = opening_in(text, k_labels, languages);
  if (label.empty()) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  std::string_view rest = key.substr(label.size());
  rest = without_qualifier(rest);
  if (rest.starts_with(" :")) rest.remove_prefix(1);  // French spacing: "Mots-clés : ..."
  bool colon = rest.starts_with(':');
  // The label alone, its terms on the lines under it ("Tags:", "Filed under:"; the key drops
  // a final ':'). "Filed under" and its wordings need no colon: no heading reads so ("Archivado En").
  if (shape::trim(rest.substr(colon ? 1 : 0)).empty() &&
      (colon || text.ends_with(':') || shape::is_one_of(label, k_filed_labels)))
    return "a taxonomy label";
  if (colon) rest.remove_prefix(1);
  else if (shape::is_one_of(label, k_bare_list_labels) && rest.starts_with(' ') && is_bare_term_list(rest))
    return "a post's categories or tags";
  else if (shape::is_one_of(label, k_filed_labels) && rest.starts_with(' ') &&
           is_filed_term_list(shape::skip_opening_marks(text).substr(
               shape::phrase_at(shape::skip_opening_marks(text), label))))
    return "a post's categories or tags";
  else if (!shape::is_one_of(label, k_colonless_labels) || !rest.starts_with(' ')) return std::nullopt;
  // Colonless lines ("Posted in News") need the engine's own separators or a count to show
  // they are not prose: "Tagged as a risk, the bridge ..." is a sentence.
  bool engine = rest.find('|') != std::string_view::npos;
  if (!is_term_list(rest, languages, &engine)) {
    // Terms split by dots, bullets or wide spaces, after the label's colon in the line itself.
    std::size_t colon_at = text.find(':');
    if (colon && colon_at != std::string_view::npos && is_printed_term_list(text.substr(colon_at + 1)))
      return "a post's categories or tags";
    return std::nullopt;
  }
  if (!colon && !engine) return std::nullopt;
  return "a post's categories or tags";
}

}  // namespace pith
