// Author normalisation: a byline or author field cut into segments, then candidates, then
// name tokens, with the words that are not names (roles, outlets, places) kept as data here.
#include "pith/html/byline.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/html/dateline.h"

namespace pith::html {

namespace {

/// By-words that may follow a short label ("Analysis by", "Texte par", "Un reportaje por").
constexpr auto k_bywords = std::to_array<std::string_view>({
    "by", "par", "por", "przez", "door"});
/// By-words that are also name particles ("Christoph von Ritter", "Leonardo Di Caprio"):
/// a by-word only as the first word.
constexpr auto k_first_bywords = std::to_array<std::string_view>({
    "von", "di", "da", "av", "af"});
/// Words that lead in to a byline in languages whose by-word is also a name particle:
/// "Ein Kommentar von", "Un commento di", "En krönika av".
constexpr auto k_lead_ins = std::to_array<std::string_view>({
    "ein", "eine", "kommentar", "gastbeitrag", "beitrag", "analyse", "interview", "reportage", "bericht", "essay",
    "kolumne", "artikel", "un", "una", "articolo", "commento", "analisi", "intervista", "editoriale", "en", "ett",
    "analys", "krönika", "kronikk", "artikkel", "eingestellt", "gepostet", "geschrieben", "verfasst",
    "veröffentlicht", "pubblicato", "pubblicata", "scritto", "scritta", "postato", "inviato"});

/// Labels of a credit for the text ("Text: Anna Schmidt", "Autor: ...").
constexpr auto k_author_labels = std::to_array<std::string_view>({
    "text", "texto", "testo", "tekst", "autor", "autorin", "autoren", "author", "authors", "auteur", "autore",
    "written", "words", "reporter", "interview", "текст", "автор"});
/// Labels of credits that are not the author's ("Fotos: Peter Berg").
constexpr auto k_photo_labels = std::to_array<std::string_view>({
    "foto", "fotos", "photo", "photos", "bild", "bilder", "fotografie", "fotografía", "fotografia", "video",
    "videos", "grafik", "illustration", "illustrations", "image", "images", "imagen", "immagine", "kamera", "camera",
    "credit", "cover", "фото"});

/// Roles and job titles, lower case; a candidate holding one is a role, not a name
/// ("AP Auto Writer", "CNN Editor-at-large", "Redakteurin").
constexpr auto k_role_words = std::to_array<std::string_view>({
    "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "staff",
    "journalist", "journalists", "contributor", "contributors", "contributing", "columnist", "producer",
    "photographer", "intern", "analyst", "anchor", "critic", "reports", "redakteur", "redakteurin", "korrespondent",
    "korrespondentin", "reporterin", "journalistin", "chefredakteur", "chefredakteurin", "volontär", "volontärin",
    "correspondant", "correspondante", "rédacteur", "rédactrice", "journaliste", "envoyé", "envoyée", "chroniqueur",
    "corresponsal", "redactor", "redactora", "periodista", "enviado", "enviada", "columnista", "giornalista",
    "inviato", "inviata", "redattore", "redattrice", "corrispondente", "repórter", "jornalista", "correspondente",
    "redator", "redatora", "colunista", "verslaggever", "redacteur", "verslaggeefster", "freelance", "freelancer",
    "gastautor", "gastautorin"});

/// Words of organisations' names, lower case: a candidate holding one names an outlet or an
/// institution ("CNN Business", "Associated Press", "Badische Zeitung").
constexpr auto k_organisation_words = std::to_array<std::string_view>({
    "news", "press", "media", "times", "magazine", "magazin", "journal", "daily", "network", "international",
    "online", "insider", "business", "group", "agency", "radio", "tv", "television", "zeitung", "nachrichten",
    "presse", "verlag", "gmbh", "ag", "inc", "ltd", "llc", "noticias", "notícias", "diario", "periódico", "agencia",
    "agência", "quotidien", "giornale", "notizie", "jornal", "tribune", "herald", "gazette", "chronicle", "today",
    "weekly", "associated", "wire", "bureau", "service", "channel", "redaktion", "redacción", "rédaction",
    "redazione", "redação", "foundation", "stiftung", "institute", "institut", "university", "universität",
    "department", "ministry", "ministerium", "association", "verein", "desk", "team", "editorial", "departement",
    "département", "departamento", "dipartimento", "ministère", "ministerio", "ministero", "ministério", "office",
    "council", "commission", "kommission", "committee", "ausschuss", "authority", "behörde", "amt", "bundesamt",
    "agentur", "agence", "verband", "society", "gesellschaft", "centre", "center", "zentrum", "centro",
    "conseil", "consejo", "consiglio", "conselho", "government", "regierung", "gouvernement", "gobierno", "governo"});
/// Endings of German compounds that name an institution ("Bundesministerium",
/// "Umweltbundesamt", "Landesbehörde", "Ärzteverband"), lower case.
constexpr auto k_organisation_endings = std::to_array<std::string_view>({
    "ministerium", "departement", "behörde", "bundesamt", "landesamt", "verband", "gesellschaft", "stiftung",
    "zeitung", "institut", "kommission"});

/// Articles that open an organisation's name ("The Associated Press", "Die Zeit", "Le Monde").
constexpr auto k_articles = std::to_array<std::string_view>({
    "the", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "os", "as", "het"});

/// Lower-case words that belong inside a name ("Ana de Armas", "Ludwig van Beethoven").
constexpr auto k_particles = std::to_array<std::string_view>({
    "van", "von", "der", "den", "de", "del", "della", "delle", "degli", "di", "da", "das", "dos", "do", "du", "des",
    "la", "le", "lo", "bin", "ibn", "al", "el", "zu", "ten", "ter", "te", "op", "ben"});

/// Words that join two names.
constexpr auto k_conjunctions =
    std::to_array<std::string_view>({
    "and", "und", "et", "y", "e", "en", "og", "och", "&", "sowie"});
/// Words after which a name has ended: an outlet, a place or a date follows ("for The Mail on
/// Sunday", "in Kyiv", "aus Berlin", "am Samstag", "on March 5", "le 5 mars"). Those that are
/// also name particles ("le", "de") end a name only when written in lower case.
constexpr auto k_cut_words =
    std::to_array<std::string_view>({
    "for", "in", "at", "aus", "für", "pour", "para", "per", "from", "with", "mit", "avec", "con", "com", "im", "via",
    "am", "um", "on", "vom", "le"});
/// Words that end a byline's names: what sites print after them (update times, reading
/// times, follow buttons) and relative times ("vor 3 Stunden", "hace 2 horas").
constexpr auto k_stop_words = std::to_array<std::string_view>({
    "updated", "update", "published", "posted", "aktualisiert", "veröffentlicht", "publié", "mis", "actualizado",
    "publicado", "aggiornato", "pubblicato", "atualizado", "bijgewerkt", "gepubliceerd", "follow", "folgen", "share",
    "teilen", "reading", "read", "lesezeit", "min", "minutes", "minuten", "comments", "kommentare", "views", "ago",
    "hace", "vor", "fa", "há", "il", "email", "e-mail", "mail", "twitter", "facebook", "instagram", "linkedin",
    "more", "mehr", "date", "datum", "view", "profile", "posts", "articles", "beiträge", "artikel"});

/// Words that join an institution's name to what it is for or of ("Department for Education",
/// "Bundesministerium für Gesundheit", "Ministry of Defence"): after an organisation word
/// they go on with the name instead of ending it.
constexpr auto k_institution_joins = std::to_array<std::string_view>({
    "for", "für", "of", "pour", "para", "per"});
/// The most words an institution's name goes on after its joining word.
constexpr std::size_t k_max_institution_tail = 6;

/// Screen-reader labels themes print before a post's date ("Post date", "Posted on"): the
/// capitalised first word is no part of the name before it.
constexpr auto k_meta_label_pairs =
    std::to_array<std::string_view>({
    "post date", "post author", "posted on", "published on", "last updated"});

/// Letters after a name that are degrees or honours, dropped ("Grant Tinsley PhD").
constexpr auto k_degrees = std::to_array<std::string_view>({
    "phd", "ph.d.", "ph.d", "md", "m.d.", "ms", "rdn", "mba", "mph", "rn", "esq", "esq.", "dr.", "prof."});
/// Suffixes that are part of a name.
constexpr auto k_suffixes = std::to_array<std::string_view>({
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"});

/// What a page puts in an author field when it has no author.
constexpr auto k_placeholders = std::to_array<std::string_view>({
    "admin", "administrator", "super user", "site admin", "webmaster", "user", "guest", "guest author", "anonymous",
    "anonym", "anónimo", "anonimo", "anonyme", "unknown", "author", "autor", "auteur", "publisher", "editor",
    "editorial", "wordpress", "root", "null", "none", "undefined", "n/a", "redaktion", "die redaktion", "redacción",
    "redaccion", "la redacción", "rédaction", "la rédaction", "redazione", "la redazione", "redação", "redacao",
    "newsdesk", "newsroom", "desk", "team", "staff", "editorial team"});

/// The most names one byline gives; more is a list of something else.
constexpr std::size_t k_max_names = 10;
/// The most words one name has ("Maria de los Angeles Garcia Lopez").
constexpr std::size_t k_max_name_words = 6;

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

/// Calls `visit(code_point)` for each code point of `text`.
template <class Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    visit(c);
  }
}

void append_code_point(std::string& out, UChar32 c) {
  char buffer[4];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, static_cast<std::size_t>(length));
}

/// `text` lower-cased code point by code point (enough for the word lists above).
std::string lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](UChar32 c) { append_code_point(out, u_tolower(c)); });
  return out;
}

UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool has_lower(std::string_view text) {
  bool found = false;
  for_each_code_point(text, [&](UChar32 c) { found = found || u_islower(c); });
  return found;
}

bool has_upper(std::string_view text) {
  bool found = false;
  for_each_code_point(text, [&](UChar32 c) { found = found || u_isupper(c); });
  return found;
}


/// A word that opens like a name: a capital, or a letter of a script without case (CJK,
/// Arabic, Hebrew...), or an elided particle before a capital ("d'Alembert").
bool opens_like_name(std::string_view word) {
  if ((word.starts_with("d'") || word.starts_with("l'")) && word.size() > 2) word.remove_prefix(2);
  UChar32 c = first_code_point(word);
  return u_isupper(c) || u_istitle(c) || (u_isalpha(c) && !u_islower(c));
}

/// A word made of letters and the marks names hold (hyphen, apostrophe, a dot after an
/// initial): "[Windows", "#Windows10" or "(CSR)" are not parts of a name.
bool is_name_shaped(std::string_view word) {
  bool shaped = !word.empty();
  for_each_code_point(word, [&](UChar32 c) {
    shaped = shaped &&
             (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK || c == '-' || c == '\'' || c == 0x2019 || c == '.');
  });
  return shaped;
}

/// "www.example.org", "Cleveland.com", "ORF.at": a word with a dot followed by two to six
/// lower-case letters.
bool is_domain(std::string_view word) {
  std::size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || word.size() - dot < 3 || word.size() - dot > 7) return false;
  for (std::size_t i = dot + 1; i < word.size(); ++i)
    if (!(word[i] >= 'a' && word[i] <= 'z')) return false;
  return true;
}

/// An initial: "J.", "J.R.", "A.J".
bool is_initial(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 && word.back() == '.' && !has_lower(word.substr(0, 1));
}

/// A short run of capitals that is not a name's part: "CNN", "AP", "RDN".
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 5 || in(k_suffixes, lower(word))) return false;
  for (char c : word)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

/// True when any part of `word` split at '-' and '/' is in `list` ("editor-at-large").
template <std::size_t N>
bool has_part_in(const std::array<std::string_view, N>& list, std::string_view word) {
  std::string lowered = lower(word);
  while (!lowered.empty() && (lowered.back() == '.' || lowered.back() == ',')) lowered.pop_back();
  std::size_t start = 0;
  while (start <= lowered.size()) {
    std::size_t end = lowered.find_first_of("-/", start);
    if (end == std::string::npos) end = lowered.size();
    if (in(list, std::string_view(lowered).substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

/// True when `word` names an institution: an organisation word ("Department", "CNN
/// Business") or a German compound ending in one ("Bundesministerium").
bool is_organisation_word(std::string_view word) {
  if (has_part_in(k_organisation_words, word)) return true;
  std::string lowered = lower(word);
  for (std::string_view ending : k_organisation_endings)
    if (lowered.size() > ending.size() && lowered.ends_with(ending)) return true;
  return false;
}

/// `word` with its first letter (and the first after '-' or an apostrophe) upper case and
/// the rest lower case: names set in capitals ("KRISHER", "JEAN-PIERRE", "O'BRIEN").
std::string title_case(std::string_view word) {
  std::string out;
  bool start = true;
  for_each_code_point(word, [&](UChar32 c) {
    append_code_point(out, start ? u_toupper(c) : u_tolower(c));
    start = c == '-' || c == '\'' || c == 0x2019;
  });
  return out;
}

/// True for the words a byline's names are glued to by markup without a space between.
bool is_glue_word(std::string_view word) {
  std::string lowered = lower(word);
  return in(k_stop_words, lowered) || in(k_author_labels, lowered) || is_calendar_word(lowered);
}

/// `text` split at spaces. A word glued to the next by markup without a space between
/// ("HoeltmannFollow", "AuthorAndreas") is split where lower case meets a capital and one
/// side is a label or a stop word, so names such as "McDonald" or "LinkNaija" stay whole;
/// a user name with a dot between two capitalised names ("Isabella.DiBiase") is split at it.
std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  auto push = [&](std::string_view word) {
    for (std::size_t i = 1; i + 1 < word.size(); ++i) {
      bool camel = word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z';
      bool dotted = word[i] == '.' && i >= 3 && word.substr(0, i).find('.') == std::string_view::npos &&
                    word[i + 1] >= 'A' && word[i + 1] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z';
      if (dotted) {
        words.push_back(word.substr(0, i));
        word.remove_prefix(i + 1);
        i = 0;
      } else if (camel && (is_glue_word(word.substr(0, i)) || is_glue_word(word.substr(i)))) {
        words.push_back(word.substr(0, i));
        word.remove_prefix(i);
        i = 0;
      }
    }
    if (!word.empty()) words.push_back(word);
  };
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) push(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

/// `raw` with every kind of white space folded to one ASCII space, trimmed, and the quotes
/// and brackets some sites wrap their author field in taken off.
std::string fold_spaces(std::string_view raw) {
  std::string out;
  for_each_code_point(raw, [&](UChar32 c) {
    if (u_isUWhiteSpace(c) || c == 0x200B) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      return;
    }
    append_code_point(out, c);
  });
  std::string_view view = shape::trim(out);
  for (bool changed = true; changed && !view.empty();) {
    changed = false;
    for (std::string_view mark : {"'", "\"", "“", "”", "«", "»", "‘", "’", "[", "]", ",", ";", ":"}) {
      if (view.starts_with(mark)) view.remove_prefix(mark.size()), changed = true;
      if (view.ends_with(mark)) view.remove_suffix(mark.size()), changed = true;
    }
    view = shape::trim(view);
  }
  return std::string(view);
}

/// Splits `text` at the marks that end a byline's name part: "|", bullets, dashes with
/// spaces around them, " / ", brackets.
std::vector<std::string> split_segments(std::string_view text) {
  static constexpr auto k_separators =
      std::to_array<std::string_view>({
    "|", "•", "·", "—", "–", " - ", " / ", "(", ")"});
  std::vector<std::string> segments(1);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    for (std::string_view separator : k_separators)
      if (text.substr(i).starts_with(separator)) length = separator.size();
    if (length) {
      segments.emplace_back();
      i += length;
    } else {
      segments.back().push_back(text[i++]);
    }
  }
  std::vector<std::string> out;
  for (std::string& segment : segments) {
    std::string_view trimmed = shape::trim(segment);
    if (!trimmed.empty()) out.emplace_back(trimmed);
  }
  return out;
}

/// A segment with its labels and by-word taken off.
struct Opening {
  std::string rest;
  bool photo_credit = false;  ///< "Fotos: ...": names, but not the author's
  bool byword = false;        ///< the segment opened with a by-word or a label
  bool first = false;         ///< ... as its first word
};

std::string join_words(const std::vector<std::string_view>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (i > from) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

/// `segments` split again before each "Label:" word that is not their first ("Datum:
/// 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"), so each label heads its own segment.
std::vector<std::string> split_at_labels(const std::vector<std::string>& segments) {
  std::vector<std::string> out;
  for (const std::string& segment : segments) {
    std::vector<std::string_view> words = split_words(segment);
    std::size_t start = 0;
    for (std::size_t i = 1; i <= words.size(); ++i) {
      bool label = i < words.size() && words[i].size() > 1 && words[i].ends_with(':') && opens_like_name(words[i]) &&
                   !shape::has_digit(words[i]);
      if (i < words.size() && !label) continue;
      std::vector<std::string_view> part(words.begin() + static_cast<std::ptrdiff_t>(start),
                                         words.begin() + static_cast<std::ptrdiff_t>(i));
      if (!part.empty()) out.push_back(join_words(part, 0));
      start = i;
    }
  }
  return out;
}

Opening strip_opening(std::string_view segment) {
  Opening opening{std::string(segment)};
  std::vector<std::string_view> words = split_words(segment);
  if (words.empty()) return opening;
  // "Text: names", "Fotos: names", "Foto Name": a credit label first, its colon optional.
  std::string first = lower(words[0]);
  std::string label = first.ends_with(':') ? first.substr(0, first.size() - 1) : first;
  if (in(k_photo_labels, label)) {
    opening.photo_credit = true;
    return opening;
  }
  if (first.ends_with(':') && (in(k_author_labels, label) || in(k_bywords, label) || in(k_first_bywords, label))) {
    opening.byword = opening.first = true;
    opening.rest = join_words(words, 1);
    return opening;
  }
  std::size_t cut = words.size();
  if (in(k_first_bywords, first) || in(k_bywords, first)) cut = 0;
  // "Analysis by", "Alle Beiträge von", "Ein Kommentar von": a by-word after up to three words
  // of lead-in. A by-word that is also a particle ("Christoph von Ritter", "Jin Lin Da Jin")
  // only after a lower-case word or a word that leads in to a byline.
  bool lead_in = false;
  for (std::size_t i = 1; cut == words.size() && i < words.size() && i <= 3; ++i) {
    std::string word = lower(words[i]);
    lead_in = lead_in || !opens_like_name(words[i - 1]) || in(k_lead_ins, lower(words[i - 1]));
    if (in(k_bywords, word) || (lead_in && in(k_first_bywords, word))) cut = i;
  }
  // "Author Andreas Kalt": a label word standing first without its colon.
  if (cut == words.size() && in(k_author_labels, first) && words.size() >= 3) cut = 0;
  if (cut == words.size() || cut + 1 >= words.size()) return opening;
  opening.byword = true;
  opening.first = cut == 0;
  opening.rest = join_words(words, cut + 1);
  return opening;
}

/// Splits a name part into candidates at commas, semicolons, conjunctions and at a full
/// stop after a word ("Finian Cunningham. Sputnik International").
std::vector<std::vector<std::string_view>> split_candidates(std::string_view text) {
  std::vector<std::vector<std::string_view>> candidates(1);
  for (std::string_view word : split_words(text)) {
    bool end_after = false;
    while (!word.empty() && (word.front() == ',' || word.front() == ';')) {
      word.remove_prefix(1);
      if (!candidates.back().empty()) candidates.emplace_back();
    }
    // A comma inside a word ("O'Sullivan,Elisabeth") separates two names too.
    std::size_t comma = word.find_first_of(",;");
    while (comma != std::string_view::npos && comma + 1 < word.size()) {
      if (comma > 0) candidates.back().push_back(word.substr(0, comma));
      candidates.emplace_back();
      word.remove_prefix(comma + 1);
      comma = word.find_first_of(",;");
    }
    if (!word.empty() && (word.back() == ',' || word.back() == ';')) {
      word.remove_suffix(1);
      end_after = true;
    } else if (word.size() > 3 && word.back() == '.' && !is_initial(word) && !in(k_suffixes, lower(word)) &&
               !in(k_degrees, lower(word))) {
      word.remove_suffix(1);
      end_after = true;
    }
    if (in(k_conjunctions, lower(word))) {
      if (!candidates.back().empty()) candidates.emplace_back();
      continue;
    }
    if (!word.empty()) candidates.back().push_back(word);
    if (end_after && !candidates.back().empty()) candidates.emplace_back();
  }
  if (candidates.back().empty()) candidates.pop_back();
  return candidates;
}

enum class CandidateKind { nothing, person, organisation };

struct Candidate {
  CandidateKind kind = CandidateKind::nothing;
  std::string name;
  bool sentence = false;    ///< lower-case words went on after the name: prose, not a byline
  bool cut_short = false;   ///< something other than names or a place followed the name
  bool tail_prose = false;  ///< prose followed the place after the name
};

/// Why the words of a candidate stop being a name at `word`, if they do.
enum class Stop { none, place, other, prose };

Stop stop_at(const std::vector<std::string_view>& words, std::size_t i, std::size_t name_words) {
  std::string_view word = words[i];
  std::string lowered = lower(word);
  if (in(k_cut_words, lowered) && (!in(k_particles, lowered) || lowered == word)) return Stop::place;
  if (shape::has_digit(word) || word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
      word.find(':') != std::string_view::npos || is_domain(word) || in(k_stop_words, lowered) ||
      in(k_photo_labels, lowered) || in(k_author_labels, lowered))
    return Stop::other;
  // A month or weekday ends a name when it follows two names ("Jeff Foust Monday") or comes
  // before a number ("Fr 15.11.2019"); "April Roach" and "June Smith" stay.
  bool next_has_digit = i + 1 < words.size() && shape::has_digit(words[i + 1]);
  if (is_calendar_word(lowered) && (name_words >= 2 || next_has_digit)) return Stop::other;
  if (!is_name_shaped(word)) return Stop::other;
  if (opens_like_name(word) || (in(k_particles, lowered) && name_words > 0)) return Stop::none;
  // "envoyé spécial", "corresponsal en Madrid": a role in lower case, not prose.
  if (has_part_in(k_role_words, word)) return Stop::other;
  return u_isalpha(first_code_point(word)) ? Stop::prose : Stop::other;
}

/// Where an institution's name that goes on at `join` (a joining word) ends: after its last
/// capitalised word, lower-case words between allowed ("für auswärtige Angelegenheiten");
/// `join` itself when no capitalised word follows.
std::size_t institution_end(const std::vector<std::string_view>& words, std::size_t join) {
  std::size_t end = join;
  for (std::size_t j = join + 1; j < words.size() && j <= join + k_max_institution_tail; ++j) {
    std::string lowered = lower(words[j]);
    if (shape::has_digit(words[j]) || !is_name_shaped(words[j]) || in(k_stop_words, lowered) ||
        in(k_author_labels, lowered) || in(k_photo_labels, lowered) || is_calendar_word(lowered))
      break;
    if (opens_like_name(words[j])) end = j + 1;
  }
  return end;
}

Candidate judge(const std::vector<std::string_view>& words) {
  Candidate result;
  std::vector<std::string_view> name;
  bool institution = false;  // the name went on over a joining word
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lowered = lower(words[i]);
    if (in(k_degrees, lowered)) continue;
    Stop stop = stop_at(words, i, name.size());
    if (stop == Stop::none) {
      name.push_back(words[i]);
      continue;
    }
    // "Eidgenössisches Departement für auswärtige Angelegenheiten": an institution's name
    // goes on over its joining word; a person's ("Jane Doe for The Times") does not.
    if (in(k_institution_joins, lowered) && std::any_of(name.begin(), name.end(), is_organisation_word)) {
      std::size_t end = institution_end(words, i);
      if (end > i) {
        name.insert(name.end(), words.begin() + static_cast<std::ptrdiff_t>(i),
                    words.begin() + static_cast<std::ptrdiff_t>(end));
        institution = true;
        i = end - 1;
        continue;
      }
    }
    result.sentence = stop == Stop::prose;
    result.cut_short = stop != Stop::place;
    if (!name.empty() && in(k_meta_label_pairs, lower(join_words({name.back(), words[i]}, 0)))) name.pop_back();
    // After a place ("mit Macheten ermordet"), lower-case words mean the line goes on as prose.
    for (std::size_t j = i + 1; stop == Stop::place && j < words.size(); ++j)
      if (stop_at(words, j, 0) == Stop::prose) result.tail_prose = true;
    break;
  }
  // "ERIC TUCKER Associated Press": a name in capitals ends where an outlet or a role in
  // mixed case begins.
  if (!name.empty() && name[0].size() >= 2 && !has_lower(name[0]) && has_upper(name[0]))
    for (std::size_t i = 1; i < name.size(); ++i) {
      if (!has_lower(name[i]) || in(k_particles, name[i])) continue;
      bool outlet = false;
      for (std::size_t j = i; j < name.size(); ++j)
        outlet = outlet || is_organisation_word(name[j]) || has_part_in(k_role_words, name[j]);
      if (outlet) {
        name.resize(i);
        result.cut_short = true;
      }
      break;
    }
  while (!name.empty() && in(k_particles, lower(name.back()))) name.pop_back();
  if (name.empty() || name.size() > (institution ? 2 * k_max_name_words : k_max_name_words)) return result;

  std::string joined = join_words(name, 0);
  bool capitals = !has_lower(joined) && has_upper(joined);
  bool role = false, organisation = in(k_articles, lower(name[0]));
  std::size_t name_words = 0, long_words = 0;
  for (std::string_view word : name) {
    role = role || has_part_in(k_role_words, word);
    organisation = organisation || is_organisation_word(word) || (!capitals && is_acronym(word));
    std::string lowered = lower(word);
    if (!in(k_particles, lowered) && !in(k_suffixes, lowered) && !is_initial(word)) ++name_words;
    if (word.size() >= 3) ++long_words;
  }
  // "Unknown Diesen Post": a placeholder opens no one's name, whatever follows it.
  if (role || shape::is_one_of(shape::key(joined), k_placeholders) || in(k_placeholders, lower(name[0])))
    return result;
  // Capitals of two letters each ("NC ND" from a licence line) are no one's name.
  if (organisation || name.size() < 2 || name_words < 1 || (capitals && long_words == 0)) {
    result.kind = CandidateKind::organisation;
    result.name = joined;
    return result;
  }
  result.kind = CandidateKind::person;
  if (capitals) {
    joined.clear();
    for (std::size_t i = 0; i < name.size(); ++i) {
      std::string lowered = lower(name[i]);
      if (i) joined.push_back(' ');
      joined += i > 0 && in(k_particles, lowered) ? lowered : title_case(name[i]);
    }
  }
  result.name = joined;
  return result;
}

/// The names of people in one segment's name part; `sentence` set when it reads as prose,
/// `other` to the first candidate that names no person (an organisation, a single word).
/// After a name cut short by something that is not a place ("Inga Hoeltmann Follow ..."),
/// what follows is not a list of names.
std::vector<std::string> people_in(std::string_view text, bool* sentence, std::string* other) {
  std::vector<std::string> names;
  for (const auto& words : split_candidates(text)) {
    Candidate candidate = judge(words);
    if (candidate.sentence) *sentence = true;
    if (candidate.kind == CandidateKind::person) {
      bool seen = false;
      for (const std::string& name : names) seen = seen || shape::key(name) == shape::key(candidate.name);
      if (!seen && names.size() < k_max_names) names.push_back(candidate.name);
    } else if (candidate.kind == CandidateKind::organisation && other->empty() && !candidate.tail_prose) {
      *other = candidate.name;
    }
    if (candidate.cut_short && !names.empty()) break;
  }
  return names;
}

/// A declared author that names no person: the organisation, when it reads as a name
/// (capitalised words, and only short joining words in lower case).
std::string organisation_in(std::string_view segment) {
  std::string_view part = shape::trim(segment.substr(0, segment.find(',')));
  std::vector<std::string_view> words = split_words(part);
  if (words.empty() || words.size() > 8 || !opens_like_name(words[0])) return {};
  // After a joining word, lower-case words may stand inside the name ("Bundesministerium für
  // wirtschaftliche Zusammenarbeit") as long as a capitalised word ends it.
  bool joined = false;
  for (std::string_view word : words) {
    std::string lowered = lower(word);
    bool joining = in(k_particles, lowered) || in(k_conjunctions, lowered) || in(k_cut_words, lowered) ||
                   lowered == "of" || lowered == "du";
    if (word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
        (words.size() == 1 && is_domain(word)) || has_part_in(k_role_words, word) ||
        (!opens_like_name(word) && !joining && !joined && u_isalpha(first_code_point(word))))
      return {};
    joined = joined || in(k_institution_joins, lowered);
  }
  if (joined && !opens_like_name(words.back())) return {};
  if (shape::is_one_of(shape::key(part), k_placeholders)) return {};
  return std::string(part);
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += "; ";
    out += name;
  }
  return out;
}

}  // namespace

bool opens_with_byword(std::string_view text, BywordPlace place) {
  Opening opening = strip_opening(shape::trim(text));
  return opening.byword && !opening.photo_credit && (opening.first || place == BywordPlace::after_lead_in);
}

std::string normalize_author(std::string_view raw, AuthorSource source, bool* people) {
  if (people) *people = false;
  std::string text = fold_spaces(raw);
  if (text.empty()) return {};
  std::string organisation;
  for (const std::string& segment : split_at_labels(split_segments(text))) {
    Opening opening = strip_opening(segment);
    if (opening.photo_credit) continue;
    bool sentence = false;
    std::string other;
    std::vector<std::string> names = people_in(opening.rest, &sentence, &other);
    if (sentence && source == AuthorSource::visible) return {};
    if (!names.empty()) {
      if (people) *people = true;
      return join(names);
    }
    // A declared author may name an organisation; a visible byline only when its first word
    // is the by-word ("By Reuters", "von Ulrike" on a blog).
    if (!organisation.empty()) continue;
    if (source == AuthorSource::declared) organisation = organisation_in(opening.rest);
    else if (opening.first)
      organisation = other;
  }
  return organisation;
}

}  // namespace pith::html
