// nav-links: whole lines of a site's navigation links, in six languages: skip links and menu
// toggles of the page's head, "back to top", the legal and about links of its footer, breadcrumb
// trails, and menus and link rows of any wording printed on one line ("Home  News  Sport",
// "Sport » Handball").
#include "pith/filters/nav_links.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/opening_guard.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A footer's row of links runs to a few dozen words at most.
constexpr std::size_t k_max_bytes = 200;

/// Navigation labels (lower case, single-spaced, as shape::key() gives them). Words that head
/// article sections too ("Menu", "Privacy", "Datenschutz", "Contact") are left out; bio judges
/// contact headers by where they stand.
constexpr std::string_view k_labels_en[] = {
    "toggle navigation",
    "open menu", "close menu", "main menu", "open navigation", "home", "homepage", "back to top", "back to home",
    "return to top", "go to top", "scroll to top", "top of page", "privacy policy", "privacy notice",
    "privacy statement", "terms of service", "terms of use", "terms and conditions", "terms & conditions",
    "cookie policy", "cookie settings", "manage cookies", "about us", "contact us", "sitemap", "site map",
    "search", "search this site", "advertise with us", "imprint", "legal notice",
    "do not sell my personal information", "do not sell my info", "accessibility statement", "sign in", "log in",
    "log out", "sign out", "my account", "all sections", "sections", "e-paper", "epaper", "search for",
    "back to overview", "back to list", "back to home", "back to homepage",
    // A blog sidebar's widget titles and profile link (Blogger's and WordPress themes'); not
    // Blogger's "Datos personales" or "Informazioni personali", as likely an article's heading.
    "blog archive", "blog archives", "about me", "view my complete profile", "search this blog",
};
constexpr std::string_view k_labels_de[] = {
    "navigation überspringen", "hauptmenü", "menü öffnen", "menü schließen", "startseite", "nach oben",
    "zurück nach oben", "zum seitenanfang", "impressum", "datenschutzerklärung", "datenschutzhinweise",
    "nutzungsbedingungen", "über uns", "erklärung zur barrierefreiheit", "mediadaten", "cookie-einstellungen",
    "anmelden", "einloggen", "abmelden", "mein konto", "suche", "rubriken", "alle rubriken", "e-paper", "suche nach",
    "zurück zur übersicht", "zurück zur übersichtsseite", "zurück zur startseite", "zurück zur liste",
    "blog-archiv", "blogarchiv", "über mich", "mein profil vollständig anzeigen", "dieses blog durchsuchen",
};
constexpr std::string_view k_labels_es[] = {
    "menú principal", "volver arriba", "ir arriba", "aviso legal", "política de privacidad", "política de cookies",
    "términos y condiciones", "términos de uso", "quiénes somos", "sobre nosotros", "mapa del sitio",
    "iniciar sesión", "cerrar sesión", "buscar", "mi cuenta", "secciones", "todas las secciones", "hemeroteca",
    "volver al listado", "volver a la portada", "volver al inicio", "inicio", "portada", "página de inicio",
    "ir a la portada",
    "archivo del blog", "sobre mí", "acerca de mí", "ver todo mi perfil", "buscar este blog",
};
constexpr std::string_view k_labels_fr[] = {
    "menu principal", "retour en haut", "retour en haut de page", "haut de page", "mentions légales",
    "politique de confidentialité", "conditions générales", "conditions générales d'utilisation",
    "conditions d'utilisation", "qui sommes-nous", "plan du site", "gestion des cookies", "accueil",
    "se connecter", "connexion", "se déconnecter", "rechercher", "mon compte", "rubriques", "toutes les rubriques",
    "retour à la liste", "retour à l'accueil", "retour à la page d'accueil", "page d'accueil",
    "archives du blog", "qui êtes-vous", "à propos de moi", "afficher mon profil complet", "rechercher dans ce blog",
};
constexpr std::string_view k_labels_pt[] = {
    "menu principal", "página inicial", "voltar ao topo", "política de privacidade", "termos de uso",
    "termos e condições", "quem somos", "sobre nós", "fale conosco", "mapa do site", "entrar", "sair",
    "buscar", "pesquisar", "minha conta", "editorias", "seções", "todas as seções", "iniciar sessão",
    "pesquisar por", "voltar à lista", "voltar ao início", "voltar para a página inicial", "início",
    "arquivo do blog", "arquivo do blogue", "quem sou eu", "sobre mim", "acerca de mim", "ver meu perfil completo",
    "ver o meu perfil completo", "pesquisar este blog", "pesquisar neste blogue",
};
constexpr std::string_view k_labels_it[] = {
    "menu principale", "torna su",
    "torna all'inizio", "torna in alto", "note legali", "informativa sulla privacy", "termini e condizioni",
    "termini di utilizzo", "termini d'uso", "chi siamo", "mappa del sito", "accedi", "esci", "cerca",
    "il mio account", "sezioni", "tutte le sezioni", "area riservata", "torna alla lista", "torna alla home",
    "torna all'elenco", "pagina iniziale",
    "archivio blog", "archivio del blog", "chi sono", "visualizza il mio profilo completo",
    "cerca nel blog", "cerca in questo blog",
};
constexpr LanguageWords k_label_lists[] = {
    {ListLanguage::en, k_labels_en}, {ListLanguage::es, k_labels_es}, {ListLanguage::de, k_labels_de},
    {ListLanguage::fr, k_labels_fr}, {ListLanguage::pt, k_labels_pt}, {ListLanguage::it, k_labels_it},
};
constexpr LanguagePhrases<total_words(k_label_lists)> k_labels{k_label_lists};

/// Bytes that separate the links of a row: white space, bars, slashes, bullets, dots, and the
/// ASCII arrows a link is drawn with ("Privacy Policy > Terms of Use").
bool is_separator(char c) {
  return c == ' ' || c == '|' || c == '/' || c == '*' || c == '-' || c == ',' || c == '<' || c == '>';
}

/// Bytes of the longest label that opens `key` and ends at a word's end; 0 for none.
std::size_t label_at(std::string_view key) {
  auto first = static_cast<unsigned char>(key[0]);
  std::size_t longest = 0;
  for (std::size_t i = k_labels.from[first]; i < k_labels.from[first + 1]; ++i) {
    std::string_view label = k_labels.list[i];
    // The second byte before the whole label: most labels opening alike differ there.
    if (label.size() <= longest || key.size() < label.size() || key[1] != label[1] || !key.starts_with(label)) continue;
    if (key.size() == label.size() || !shape::is_word_byte(key[label.size()])) longest = label.size();
  }
  return longest;
}

/// Skip links, which a page opens with for keyboard and screen-reader users ("Skip to content",
/// "Zum Inhalt springen", "Saltar al contenido"): a verb, the part of the page it skips to, and,
/// in German, a verb after it; several of them make a row, spaced or glued ("Skip to
/// contentSkip to site index"). Each language's parts, keyed (lower case).
struct SkipLinks {
  std::span<const std::string_view> verbs;    ///< before the target, a space after; none: the target opens
  std::span<const std::string_view> targets;  ///< the page's part, with its preposition
  std::span<const std::string_view> closers;  ///< after the target, a space before; none: the target ends
};
constexpr std::string_view k_skip_verbs_en[] = {"skip", "jump"};
constexpr std::string_view k_skip_targets_en[] = {
    "to content", "to the content", "to main content", "to the main content", "to navigation", "to the navigation",
    "to main navigation", "to primary navigation", "to site navigation", "to menu", "to main menu",
    "to primary menu", "to footer", "to the footer", "to search", "to sidebar", "to primary sidebar",
    "to site index", "to article", "to main article",
};
constexpr std::string_view k_skip_verbs_de[] = {"direkt"};
constexpr std::string_view k_skip_targets_de[] = {
    "zum inhalt", "zum hauptinhalt", "zur navigation", "zur hauptnavigation", "zum menü", "zum hauptmenü",
    "zur fußzeile", "zum footer", "zur suche", "zur seitenleiste", "zur sidebar",
};
constexpr std::string_view k_skip_closers_de[] = {"springen", "wechseln", "gehen"};
constexpr std::string_view k_skip_verbs_es[] = {"saltar", "ir", "pasar"};
constexpr std::string_view k_skip_targets_es[] = {
    "al contenido", "al contenido principal", "a la navegación", "a la navegación principal", "al menú",
    "al menú principal", "al pie de página", "a la búsqueda", "al buscador", "a la barra lateral",
};
constexpr std::string_view k_skip_verbs_fr[] = {"aller", "passer"};
constexpr std::string_view k_skip_targets_fr[] = {
    "au contenu", "au contenu principal", "à la navigation", "à la navigation principale", "au menu",
    "au menu principal", "au pied de page", "à la recherche", "à la barre latérale",
};
constexpr std::string_view k_skip_verbs_it[] = {"vai", "salta", "passa"};
constexpr std::string_view k_skip_targets_it[] = {
    "al contenuto", "al contenuto principale", "alla navigazione", "alla navigazione principale", "al menu",
    "al menu principale", "al piè di pagina", "al footer", "alla ricerca", "alla barra laterale",
};
constexpr std::string_view k_skip_verbs_pt[] = {"ir", "pular", "saltar", "avançar"};
constexpr std::string_view k_skip_targets_pt[] = {
    "para o conteúdo", "para o conteúdo principal", "para a navegação", "para a navegação principal",
    "para o menu", "para o menu principal", "para o rodapé", "para a pesquisa", "para a busca",
    "para a barra lateral", "ao conteúdo", "ao conteúdo principal",
};
constexpr SkipLinks k_skip_links[] = {
    {k_skip_verbs_en, k_skip_targets_en, {}},
    {{}, k_skip_targets_de, k_skip_closers_de},  // "Zum Inhalt springen"
    {k_skip_verbs_de, k_skip_targets_de, {}},    // "Direkt zum Inhalt"
    {k_skip_verbs_es, k_skip_targets_es, {}},
    {k_skip_verbs_fr, k_skip_targets_fr, {}},
    {k_skip_verbs_it, k_skip_targets_it, {}},
    {k_skip_verbs_pt, k_skip_targets_pt, {}},
};

/// Bytes of `words` that opens `key`, the longest, followed by a space when `spaced`; 0 for none.
std::size_t longest_opening(std::string_view key, std::span<const std::string_view> words, bool spaced) {
  std::size_t longest = 0;
  for (std::string_view word : words)
    if (word.size() > longest && key.starts_with(word) && (!spaced || key.substr(word.size()).starts_with(' ')))
      longest = word.size();
  return longest == 0 ? 0 : longest + (spaced ? 1 : 0);
}

/// The first two bytes a skip link opens with (its verb's, or its target's where it has no verb),
/// a bit per pair of the 64 x 64 the lower-case ASCII letters fold into: most keys open with
/// none, and are not compared with the lists.
constexpr std::array<std::uint64_t, 64> k_skip_openings = [] {
  std::array<std::uint64_t, 64> pairs{};
  auto add = [&](std::string_view word) {
    if (word.size() >= 2) pairs[static_cast<unsigned char>(word[0]) & 63] |= std::uint64_t{1} << (word[1] & 63);
  };
  for (const SkipLinks& links : k_skip_links)
    for (std::string_view word : links.verbs.empty() ? links.targets : links.verbs) add(word);
  return pairs;
}();

/// Bytes of the skip link of k_skip_links that opens `key` (the longest), wherever it ends; 0 for none.
std::size_t skip_phrase_at(std::string_view key) {
  if (key.size() < 2 || !(k_skip_openings[static_cast<unsigned char>(key[0]) & 63] >> (key[1] & 63) & 1u)) return 0;
  std::size_t longest = 0;
  for (const SkipLinks& links : k_skip_links) {
    std::size_t at = 0;
    if (!links.verbs.empty() && (at = longest_opening(key, links.verbs, true)) == 0) continue;
    std::size_t target = longest_opening(key.substr(at), links.targets, false);
    if (target == 0) continue;
    at += target;
    if (!links.closers.empty()) {
      if (!key.substr(at).starts_with(' ')) continue;
      std::size_t closer = longest_opening(key.substr(at + 1), links.closers, false);
      if (closer == 0) continue;
      at += 1 + closer;
    }
    longest = std::max(longest, at);
  }
  return longest;
}

/// Bytes of the skip link that opens `key` when it ends at a word's end or where the next skip
/// link is glued on ("skip to contentskip to site index"); 0 otherwise.
std::size_t skip_link_at(std::string_view key) {
  std::size_t length = skip_phrase_at(key);
  if (length == 0 || length == key.size() || !shape::is_word_byte(key[length])) return length;
  return skip_phrase_at(key.substr(length)) > 0 ? length : 0;
}

/// Marks of UTF-8 that stand between or beside navigation links: the middle dot, bullet and
/// vertical bar ("Impressum · Datenschutz"), and the arrows and guillemets a link is drawn with
/// ("Zurück zur Übersicht « »", "← Retour à la liste", "Next »").
constexpr std::string_view k_link_marks[] = {
    "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x94\x82", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA",
    "\xE2\x86\x90", "\xE2\x86\x92",
};

/// Skips separators and k_link_marks.
std::size_t skip_separators(std::string_view key, std::size_t at) {
  while (at < key.size()) {
    if (is_separator(key[at])) {
      ++at;
      continue;
    }
    std::size_t mark = 0;
    for (std::string_view candidate : k_link_marks)
      if (key.substr(at).starts_with(candidate)) mark = candidate.size();
    if (mark == 0) break;
    at += mark;
  }
  return at;
}

/// True when `key` is one navigation label or a row of them and nothing else.
bool is_navigation_row(std::string_view key) {
  std::size_t at = skip_separators(key, 0);
  if (at == key.size()) return false;
  while (at < key.size()) {
    std::size_t label = std::max(label_at(key.substr(at)), skip_link_at(key.substr(at)));
    if (label == 0) return false;
    at = skip_separators(key, at + label);
  }
  return true;
}

/// The first crumb of a breadcrumb trail: the site's home page, in six languages.
constexpr std::string_view k_home_crumbs[] = {
    "home", "homepage", "home page", "startseite", "inicio", "portada", "accueil", "início", "página inicial", "capa",
};
/// Marks between the crumbs of a trail.
constexpr std::string_view k_crumb_marks[] = {">", "\xE2\x80\xBA", "\xC2\xBB", "/", "|", "\xE2\x86\x92", "\\",
                                             "\xE2\x9F\xA9", "\xE2\x9D\xAF", "\xE2\x96\xB8",  // ⟩ ❯ ▸
                                             // ∕ ⁄: slashes themes draw with U+2215 and U+2044
                                             "\xE2\x88\x95", "\xE2\x81\x84"};
/// A crumb names a section in a few words; a trail has a few crumbs. After the home page's
/// crumb a section's name may run to a word more ("Startseite › Gesundheit von A bis Z › ..."):
/// the trail is one for certain.
constexpr std::size_t k_max_crumb_words = 4;
constexpr std::size_t k_max_homed_crumb_words = 5;
constexpr std::size_t k_max_crumbs = 8;

/// Bytes of the crumb mark at `at` in `key`, or 0 when none is there.
std::size_t crumb_mark_at(std::string_view key, std::size_t at) {
  for (std::string_view mark : k_crumb_marks)
    if (key.substr(at).starts_with(mark)) return mark.size();
  return 0;
}

/// The last crumb may name a place of a few words more ("El Puerto de Santa María").
constexpr std::size_t k_max_last_crumb_words = 6;

/// True when `crumb` (trimmed) names a section: a few words (k_max_crumb_words, or
/// k_max_homed_crumb_words in a trail that opened on the home page, or k_max_last_crumb_words
/// when it is the trail's `last`), no sentence's punctuation.
bool is_crumb(std::string_view crumb, bool last = false, bool homed = false) {
  const std::size_t most = last ? k_max_last_crumb_words : homed ? k_max_homed_crumb_words : k_max_crumb_words;
  return !crumb.empty() && shape::word_count(crumb) <= most && crumb.find_first_of(".:;!?") == std::string_view::npos;
}

/// True when `key` from `at` on is a trail's crumbs, each after a mark ("> Region > Köln"),
/// counting them into `crumbs`: is_crumb() each, a few at most. `homed`: the trail opened on the
/// home page's crumb.
bool crumbs_follow(std::string_view key, std::size_t at, std::size_t& crumbs, bool homed) {
  while (at < key.size()) {
    // A mark, with the spaces around it.
    while (at < key.size() && key[at] == ' ') ++at;
    std::size_t mark = crumb_mark_at(key, at);
    if (mark == 0) return false;
    at += mark;
    while (at < key.size() && key[at] == ' ') ++at;
    // The crumb: up to the next mark.
    std::size_t end = at;
    while (end < key.size() && crumb_mark_at(key, end) == 0) ++end;
    if (!is_crumb(shape::trim(key.substr(at, end - at)), end == key.size(), homed) || ++crumbs > k_max_crumbs)
      return false;
    at = end;
  }
  return true;
}

/// The label a trail may open with, in six languages ("You are here: Home > News", "Sie sind
/// hier: Startseite > Politik", "Estás en: Noticias > Andalucía").
constexpr std::string_view k_trail_labels[] = {
    "you are here", "sie sind hier", "du bist hier", "estás en", "usted está en", "está en", "vous êtes ici",
    "você está em", "está em", "você está aqui", "sei in", "ti trovi in", "ti trovi qui",
};

/// `key` past a trail's label and its ':' ("you are here: "), or an empty view when it opens
/// with none.
std::string_view after_trail_label(std::string_view key) {
  for (std::string_view label : k_trail_labels) {
    if (key.empty() || key[0] != label[0] || !key.starts_with(label)) continue;
    std::string_view rest = key.substr(label.size());
    if (rest.starts_with(" :")) rest.remove_prefix(1);
    if (!rest.starts_with(':')) return {};
    return shape::trim(rest.substr(1));
  }
  return {};
}

/// True when `key` is a breadcrumb trail: "Home > Region > Köln", "Inicio / Sociedad / Andalucía",
/// "Home › Cronaca › Venezia": the home page first, then one or more short crumbs, each after a
/// mark. After a trail's label ("You are here: News > Local") the home page may be left out,
/// and one crumb is a trail.
bool is_breadcrumb(std::string_view key) {
  std::string_view labelled = after_trail_label(key);
  if (!labelled.empty()) key = labelled;
  std::string_view home;
  for (std::string_view crumb : k_home_crumbs)
    if (!key.empty() && key[0] == crumb[0] && key.starts_with(crumb) && crumb.size() > home.size()) home = crumb;
  std::size_t crumbs = 1, at = home.size();
  if (home.empty()) {
    if (labelled.empty()) return false;
    // The first crumb is a section's name, up to the first mark.
    while (at < key.size() && crumb_mark_at(key, at) == 0) ++at;
    if (!is_crumb(shape::trim(key.substr(0, at)))) return false;
  }
  return crumbs_follow(key, at, crumbs, !home.empty()) && (crumbs >= 2 || !labelled.empty());
}

/// The longest navigation label a row may hold as an item ("do not sell or share my personal
/// information": 44 bytes).
constexpr std::size_t k_max_label_item_bytes = 48;
/// A menu's item is a name of a few words; a row has a few items at least and a dozen or two at most.
constexpr std::size_t k_max_item_words = 4;
constexpr std::size_t k_max_item_bytes = 40;
constexpr std::size_t k_min_row_items = 3;
constexpr std::size_t k_min_trail_items = 2;
constexpr std::size_t k_max_row_items = 24;
/// A row set apart by dashes has this many items at least.
constexpr std::size_t k_min_dash_row_items = 4;

/// Bytes of a separator between a row's links at `at` ("|", "·", "•", "│", two spaces or more,
/// " / ", and any of them padded with two spaces or more), or 0. A breadcrumb's mark ("›", "»", ">", "→") is reported in `trail_mark`.
std::size_t row_separator_at(std::string_view text, std::size_t at, bool& trail_mark) {
  trail_mark = false;
  // Every separator opens with one of these bytes, and a space only with a second space or " / ".
  auto lead = static_cast<unsigned char>(text[at]);
  if (lead != '|' && lead != ' ' && lead != '>' && lead != 0xC2 && lead != 0xE2) return 0;
  std::string_view rest = text.substr(at);
  // A spaced en or em dash ("Über uns – Impressum – Datenschutz"), which a row needs more items
  // for (k_min_dash_row_items): a sentence sets a clause off with one.
  if (lead == ' ' && (rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" \xE2\x80\x94 "))) return 5;
  if (lead == ' ' && (at + 1 == text.size() || (text[at + 1] != ' ' && text[at + 1] != '/'))) return 0;
  if (rest.starts_with('|')) return 1;
  if (rest.starts_with("\xC2\xB7")) return 2;
  if (rest.starts_with("\xE2\x80\xA2") || rest.starts_with("\xE2\x94\x82")) return 3;
  if (rest.starts_with("  ")) {
    std::size_t spaces = rest.find_first_not_of(' ');
    if (spaces == std::string_view::npos) return rest.size();
    // A mark padded with wide spaces ("News  ›  Courts", "Home  |  Sport"): the mark and the
    // spaces around it are one separator, of the mark's kind.
    bool padded_mark = false;
    // A padded slash ("Paris  /  14e arrondissement"), a trail's step as " / " is.
    if (rest.substr(spaces).starts_with("/ ")) {
      std::size_t end = spaces + 1;
      while (end < rest.size() && rest[end] == ' ') ++end;
      return end;
    }
    if (std::size_t mark = row_separator_at(text, at + spaces, padded_mark)) {
      std::size_t end = spaces + mark;
      while (end < rest.size() && rest[end] == ' ') ++end;
      trail_mark = padded_mark;
      return end;
    }
    return spaces;
  }
  if (rest.starts_with(" / ")) return 3;
  trail_mark = true;
  if (rest.starts_with('>')) return 1;
  if (rest.starts_with("\xC2\xBB")) return 2;
  if (rest.starts_with("\xE2\x80\xBA") || rest.starts_with("\xE2\x86\x92")) return 3;
  // ⟩ ❯ ▸, which themes draw a trail with too.
  if (rest.starts_with("\xE2\x9F\xA9") || rest.starts_with("\xE2\x9D\xAF") || rest.starts_with("\xE2\x96\xB8")) return 3;
  trail_mark = false;
  return 0;
}

/// The bytes row_separator_at() finds a separator at, and no others: the rest of a line is
/// passed over in a tight loop.
constexpr std::array<bool, 256> k_separator_leads = [] {
  std::array<bool, 256> leads{};
  for (char lead : std::string_view("| >\xC2\xE2")) leads[static_cast<unsigned char>(lead)] = true;
  return leads;
}();

/// The bytes no menu's item holds: digits and a sentence's punctuation, a byte table (a
/// find_first_of() of them compares every byte of the item with each).
constexpr std::array<bool, 256> k_item_stops = [] {
  std::array<bool, 256> stops{};
  for (char c : std::string_view("0123456789.,;:!?()[]\"@#%")) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}();

/// True when `word` is a year from 1900 to 2099 written alone ("2018").
bool is_year_word(std::string_view word) {
  return word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) && shape::all_digits(word);
}

/// True when `item` reads as a menu's link: a few words, the first capitalised, with no digit
/// (unless `digits` allows them) and no sentence's punctuation ("Mentions légales", "Arts &
/// Culture", "Política").
bool is_menu_item(std::string_view item, bool digits = false) {
  item = shape::trim(item);
  if (item.empty() || item.size() > k_max_item_bytes) return false;
  // A law's section and its number, cited in a footer's link ("Offenlegung gemäß § 25 MedienG"),
  // are two words more.
  if (std::size_t words = shape::word_count(item);
      words > k_max_item_words &&
      (words > k_max_item_words + 2 || item.find("\xC2\xA7 ") == std::string_view::npos))
    return false;
  auto first = static_cast<unsigned char>(item[0]);
  // Upper-case Latin-1 letters are C3 80 .. C3 9E in UTF-8 (without the multiplication sign).
  bool capital = (first >= 'A' && first <= 'Z') ||
                 (first == 0xC3 && item.size() > 1 && static_cast<unsigned char>(item[1]) <= 0x9E &&
                  static_cast<unsigned char>(item[1]) != 0x97) ||
                 // An item may open on an ordinal where digits are allowed ("14e arrondissement").
                 (digits && first >= '0' && first <= '9');
  return capital && std::none_of(item.begin(), item.end(), [digits](char c) {
           return k_item_stops[static_cast<unsigned char>(c)] && !(digits && shape::is_ascii_digit(c));
         });
}

/// True when every word of `item` that holds a digit is a model's or platform's name, a letter
/// first ("PS4", "F1", "Web3"), a year ("Pressemitteilungen 2018") or a number of one or two
/// digits after a word ("Formel 1", "iPhone 11"): the digits a section's or tag's name holds,
/// where a count or a price opens on its digit ("2 Bath", "12,99 €").
bool digits_name_items(std::string_view item) {
  for (std::size_t at = 0; at < item.size();) {
    const bool first_word = at == 0;
    std::size_t end = item.find(' ', at);
    if (end == std::string_view::npos) end = item.size();
    std::string_view word = item.substr(at, end - at);
    at = end + 1;
    if (!shape::has_digit(word)) continue;
    bool letter_first = (word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= 'a' && word[0] <= 'z');
    bool numbered = !first_word && word.size() <= 2 && shape::all_digits(word);
    // An ordinal naming a district or a division ("14e arrondissement", "2nd Division", "3º").
    std::size_t digits = 0;
    while (digits < word.size() && shape::is_ascii_digit(word[digits])) ++digits;
    bool ordinal = digits > 0 && digits <= 2 && word.size() - digits >= 1 && word.size() - digits <= 3 &&
                   !shape::has_digit(word.substr(digits));
    if (!is_year_word(word) && !letter_first && !numbered && !ordinal) return false;
  }
  return true;
}

/// True when `item` reads as a menu's link but for digits that name a model, a platform or a
/// year (digits_name_items()): "PS4", "Xbox 360", "Archiv 2018".
bool is_numbered_menu_item(std::string_view item) {
  item = shape::trim(item);
  if (item.empty() || item.size() > k_max_item_bytes || !shape::has_digit(item)) return false;
  // A year may be the whole item ("Archivio » 2017"), where no capital opens it.
  return digits_name_items(item) && (is_year_word(item) || is_menu_item(item, true));
}

/// Quotation marks that use a trail's marks ("«Non»", "»Nein«", "‹oui›"): a line holding them is quoted text.
constexpr shape::Needles k_quote_marks{{"\xC2\xAB", "\xE2\x80\xB9"}};

/// True when `text` is only menu items joined by separators: three or more with bars, bullets,
/// middle dots, wide spaces or slashes ("Impressum | Datenschutz | AGB", "Home  News  Sport",
/// "News / PC / PS4 / Xbox One"), or two or more with a breadcrumb's marks ("News › Local ›
/// Courts", "Sport » Handball"). An item may name a model or a year ("PS4", "Archiv 2018") only
/// between slashes or a trail's marks, and not every item: a row of cells set off by bars or wide
/// spaces, or one with a number in each, is a table's ("Bayern 2 | Dortmund 1 | Leipzig 0").
bool is_link_row(std::string_view text) {
  if (shape::contains_any(text, k_quote_marks)) return false;
  std::size_t items = 0, start = 0;
  // A text browser pads a table's columns to line them up, so its gaps differ in width; a
  // menu's items are set apart by one fixed gap.
  std::size_t gap = 0;
  bool any_bar = false, any_mark = false, any_cell_bar = false, any_dash = false;
  std::size_t numbered = 0;
  for (std::size_t at = 0; at <= text.size();) {
    bool mark = false;
    std::size_t separator = at == text.size() ? 1 : row_separator_at(text, at, mark);
    if (separator == 0) {
      ++at;
      while (at < text.size() && !k_separator_leads[static_cast<unsigned char>(text[at])]) ++at;
      // An item already longer than a menu's is turned away wherever its separator comes: a
      // prose line is not walked to its end.
      if (at - start > k_max_item_bytes && shape::trim(text.substr(start, at - start)).size() > k_max_item_bytes)
        return false;
      continue;
    }
    std::string_view item = text.substr(start, at - start);
    // A navigation label longer than a menu's item ("Do Not Sell My Personal Information"), or
    // one that asks ("Qui sommes-nous ?", its mark set off by French spacing).
    const bool menu_item = is_menu_item(item);
    const bool label = !menu_item && item.size() <= k_max_label_item_bytes && [&] {
      std::string_view bare = shape::trim(item);
      if (bare.ends_with('?')) bare = shape::trim(bare.substr(0, bare.size() - 1));
      std::string key = shape::key(bare);
      return !key.empty() && label_at(key) == key.size();
    }();
    if (!menu_item && !label) {
      if (!is_numbered_menu_item(item)) return false;
      // A footer's link may cite a law by its section ("Offenlegung gemäß § 25 MedienG"): a
      // name's digits, which no table's cell holds.
      if (item.find("\xC2\xA7 ") == std::string_view::npos) ++numbered;
    }
    if (++items > k_max_row_items) return false;
    if (text.substr(at).starts_with("  ")) {
      if (gap != 0 && gap != separator) return false;
      gap = separator;
    }
    if (at < text.size() && separator == 5 && text.substr(at, 2) == " \xE2") any_dash = true;
    // A slash, padded or not, sets a trail's steps apart, not a table's cells.
    const bool slash = at < text.size() && text.substr(at + text.substr(at).find_first_not_of(' ')).starts_with('/');
    if (at < text.size() && !mark && !slash) any_cell_bar = true;
    if (at < text.size()) (mark ? any_mark : any_bar) = true;
    at += separator;
    start = at;
  }
  if (numbered > 0 && (any_cell_bar || numbered == items)) return false;
  if (any_dash && items < k_min_dash_row_items) return false;
  return items >= (any_bar ? k_min_row_items : k_min_trail_items) && (any_bar || any_mark);
}

/// A row's label runs to a few words before its colon ("Ihre Region:", "Secciones:", "More in
/// Sport:").
constexpr std::size_t k_max_row_label_words = 4;
constexpr std::size_t k_max_row_label_bytes = 40;

/// Pointers a link's label closes on, set off by a space ("Zum Liveticker ›", "Full coverage →").
constexpr std::string_view k_closing_pointers[] = {
    " \xE2\x80\xBA", " \xC2\xBB", " \xE2\x86\x92", " \xE2\x96\xB8", " \xE2\x96\xBA", " >", " >>",
};
/// Such a label is a few words.
constexpr std::size_t k_max_pointed_link_words = 6;

/// "LIVE-TICKER ZUM NACHLESEN ›", "Mehr aus Hamburg ›", "Full coverage →": a few words closed by
/// a pointer, with no sentence's stop: a link's label. A French quote closes on " »" too: a line
/// that opens a quote ('«') is none.
bool is_pointed_link(std::string_view text) {
  // Every pointer ends on one of these bytes: most lines end otherwise.
  if (text.empty()) return false;
  auto last = static_cast<unsigned char>(text.back());
  if (last != '>' && last != 0xBA && last != 0xBB && last != 0x92 && last != 0xB8) return false;
  std::string_view pointer;
  for (std::string_view candidate : k_closing_pointers)
    if (text.ends_with(candidate)) pointer = candidate;
  if (pointer.empty() || text.find("\xC2\xAB") != std::string_view::npos) return false;
  std::string_view label = shape::trim(text.substr(0, text.size() - pointer.size()));
  if (label.empty() || label.back() == '.' || label.back() == '!' || label.back() == '?' || label.back() == '"')
    return false;
  return shape::word_count(label) <= k_max_pointed_link_words;
}

/// Forms of "to be" that make a clause of the words before a colon ("The winners were: A | B"),
/// in the six languages, keyed.
constexpr std::string_view k_copulas[] = {
    "is", "are", "was", "were", "ist", "sind", "war", "waren", "es", "son", "fue", "fueron", "est", "sont",
    "était", "étaient", "è", "sono", "era", "erano", "é", "são", "foi", "foram",
};

/// "Ihre Region: Chemnitz | Erzgebirge | Zwickau", "Secciones: Portada | Deportes | Cultura": a
/// label of a few words without digits or a verb "to be" and its colon, then a row
/// is_link_row() takes.
bool is_labelled_link_row(std::string_view text) {
  std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > k_max_row_label_bytes) return false;
  std::string_view label = text.substr(0, colon);
  if (shape::has_digit(label) || label.find_first_of("|/\xC2") != std::string_view::npos ||
      shape::word_count(label) > k_max_row_label_words)
    return false;
  if (!is_link_row(shape::trim(text.substr(colon + 2)))) return false;
  bool clause = false;
  shape::each_word(shape::scratch_key(label), [&](std::string_view word) {
    clause = shape::is_one_of(word, k_copulas);
    return !clause;
  });
  return !clause;
}

/// The sections of a news site's menu, in six languages (keyed, lower case). Two of them in a
/// run of one-item lines make it a menu, as a navigation label does. Grouped by their first
/// byte, so that a word is compared only with the sections that open as it does.
constexpr shape::Phrases k_sections{{
    "news", "world", "business", "politics", "opinion", "sport", "sports", "culture", "arts", "entertainment",
    "lifestyle", "travel", "science", "technology", "tech", "health", "economy", "local", "national", "weather",
    "video", "videos", "photos", "podcasts", "newsletters", "obituaries", "education", "environment", "money",
    "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "wissen", "gesellschaft", "reise", "regional",
    "lokales", "meinung", "ausland", "inland", "digital", "gesundheit", "auto", "finanzen", "karriere",
    "noticias", "política", "economía", "deportes", "cultura", "sociedad", "internacional", "opinión", "ciencia",
    "tecnología", "salud", "espectáculos", "españa", "mundo", "gente", "motor", "actualité", "politique",
    "économie", "société", "monde", "international", "sports", "santé", "sciences", "culture", "médias",
    "faits divers", "régions", "cronaca", "politica", "economia", "esteri", "spettacoli", "salute", "scienze",
    "tecnologia", "cultura", "italia", "mondo", "sport", "motori", "notícias", "esportes", "esporte", "brasil",
    "saúde", "ciência", "entretenimento", "opinião", "cidades", "país", "sociedade", "desporto",
    // A menu's own toggle, and the sections of a sports desk's menu.
    "menu", "menú", "menü", "football", "soccer", "fußball", "fútbol", "calcio", "futebol", "basketball",
    "baloncesto", "basket", "tennis", "tenis", "ciclismo", "cyclisme", "radsport", "rugby", "golf", "motorsport",
}};
constexpr std::size_t k_min_section_anchors = 1;

/// A menu printed one item a line: this many items beside its labels, each this short.
constexpr std::size_t k_min_menu_run = 2;
constexpr std::size_t k_max_menu_line_words = 3;
/// An article's paragraph: this many words or more, ending on a sentence's stop.
constexpr std::size_t k_min_paragraph_words = 10;

bool is_paragraph(std::string_view text) { return shape::is_paragraph_shaped(text, k_min_paragraph_words); }

/// True when `text` is one menu item alone on its line ("Wirtschaft", "* Mentions légales").
bool is_menu_line(std::string_view text) {
  text = shape::trim(text);
  while (!text.empty() && (text[0] == '*' || text[0] == '-' || text[0] == ' ')) text.remove_prefix(1);
  return !text.empty() && shape::word_count(text) <= k_max_menu_line_words && is_menu_item(text);
}

/// A menu's sections printed with single spaces between them ("Actualité Politique Économie
/// Sports Culture Faits divers"): this many sections and nothing else.
constexpr std::size_t k_min_spaced_sections = 4;

/// True when `key` is nothing but k_min_spaced_sections or more section names, one space apart.
bool is_section_row(std::string_view key) {
  std::size_t sections = 0, at = 0;
  while (at < key.size()) {
    std::size_t longest = 0;
    auto first = static_cast<unsigned char>(key[at]);
    for (std::size_t i = k_sections.from[first]; i < k_sections.from[first + 1]; ++i) {
      std::string_view section = k_sections.list[i];
      if (section.size() > longest && at + section.size() <= key.size() && key[at + 1] == section[1] &&
          key.substr(at).starts_with(section) &&
          (at + section.size() == key.size() || key[at + section.size()] == ' '))
        longest = section.size();
    }
    if (longest == 0) return false;
    ++sections;
    at += longest;
    if (at < key.size()) ++at;
  }
  return sections >= k_min_spaced_sections;
}

/// True when the one section name at block `index` ("DEPORTES", "Politik") is a page's kicker:
/// printed in capitals, or beside a menu row this stage took. A headline is never one
/// section's name alone.
bool is_section_kicker(const Document& doc, std::size_t index, std::string_view name) {
  std::string_view text = shape::trim(doc.blocks[index].text);
  bool capitals = text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  bool beside_menu = (index > 0 && doc.blocks[index - 1].removed_by == name) ||
                     (index + 1 < doc.blocks.size() && doc.blocks[index + 1].removed_by == name);
  return capitals || beside_menu;
}

/// label_at() and is_section_row() compare a phrase's second byte first: every phrase has one.
consteval bool all_two_bytes_or_more(std::span<const std::string_view> phrases) {
  for (std::string_view phrase : phrases)
    if (phrase.size() < 2) return false;
  return true;
}
static_assert(all_two_bytes_or_more(k_labels.list) && all_two_bytes_or_more(k_sections.list));

/// What the key of a navigation row, a trail or a row of sections opens with: a label, a skip
/// link's first word, a trail's label, the home crumb or a section. For k_key_guard only (it
/// reads their bytes, not their language).
constexpr LanguageWords k_key_opening_lists[] = {
    {ListLanguage::en, k_home_crumbs},     {ListLanguage::en, k_trail_labels},    {ListLanguage::en, k_sections.list},
    {ListLanguage::en, k_skip_verbs_en},   {ListLanguage::de, k_skip_targets_de}, {ListLanguage::es, k_skip_verbs_es},
    {ListLanguage::fr, k_skip_verbs_fr},   {ListLanguage::it, k_skip_verbs_it},   {ListLanguage::pt, k_skip_verbs_pt},
};
constexpr LanguagePhrases<total_words(k_key_opening_lists)> k_key_openings{k_key_opening_lists};
constexpr OpeningGuard k_key_guard{k_labels, k_key_openings};

/// False when the key of `text` opens with none of k_key_openings' phrases (for certain), so
/// that it is no navigation row, trail or row of sections: by its first two bytes, which the key
/// opens with too (lower-cased). A key that opens on a separator or a link's mark, which
/// is_navigation_row() passes over, may.
bool may_open_key_row(std::string_view text) {
  unsigned char first = key_opening(text);
  if (first == 0xC2 || first == 0xE2 || is_separator(static_cast<char>(first))) return true;
  return k_key_guard.may_open(text);
}

}  // namespace

void NavLinksFilter::apply(Document& doc, std::string_view name) const {
  mark_judged_blocks(doc, name, [this](const Document& d, std::size_t i) { return judge(d, i); });
  // The article's first and last paragraphs, looked for from each end: most lines lie between.
  auto is_article_paragraph = [&](std::size_t i) {
    const Block& block = doc.blocks[i];
    return block.kept() && block.kind != BlockKind::table_row && is_paragraph(block.text);
  };
  std::size_t first_paragraph = 0;
  while (first_paragraph < doc.blocks.size() && !is_article_paragraph(first_paragraph)) ++first_paragraph;
  if (first_paragraph == doc.blocks.size()) return;  // no article to stand above or below
  std::size_t last_paragraph = doc.blocks.size() - 1;
  while (!is_article_paragraph(last_paragraph)) --last_paragraph;
  // Runs of one-item lines outside the article that hold a navigation label this stage took
  // ("Startseite", "Suche", "Impressum") or two section names ("Politik", "Sport"): a menu, where a list of words without one ("Kefir",
  // "Kombucha") may be the article's, cut short at its top. Lines other stages took are passed over.
  auto mark_runs = [&](std::size_t from, std::size_t to) {
    std::vector<std::size_t> run;
    bool labelled = false;
    std::size_t sections = 0;
    auto flush = [&] {
      if ((labelled || sections >= k_min_section_anchors) && run.size() >= k_min_menu_run)
        for (std::size_t i : run) mark_removed(doc.blocks[i], name, "a menu printed one item a line");
      else if (run.size() == 1 && sections == 1 && is_section_kicker(doc, run[0], name))
        mark_removed(doc.blocks[run[0]], name, "a section's name over the article");
      run.clear();
      labelled = false;
      sections = 0;
    };
    for (std::size_t i = from; i < to; ++i) {
      const Block& block = doc.blocks[i];
      if (block.removed_by == name) labelled = true;
      // A button another stage took inside the run ("Subscribe", "Sign in") marks it as chrome too.
      if (!block.kept() && is_menu_line(block.text)) labelled = true;
      if (!block.kept()) continue;
      if (block.kind != BlockKind::table_row && is_menu_line(block.text)) {
        run.push_back(i);
        std::string_view item = shape::trim(block.text);
        while (!item.empty() && (item[0] == '*' || item[0] == '-' || item[0] == ' ')) item.remove_prefix(1);
        if (shape::is_one_of(shape::scratch_key(item), k_sections)) ++sections;
      } else {
        flush();
      }
    }
    flush();
  };
  mark_runs(0, first_paragraph);
  mark_runs(last_paragraph + 1, doc.blocks.size());
}

/// Formats a downloads box names beside its files' sizes, upper case as printed.
constexpr std::string_view k_file_formats[] = {"PDF", "JPG", "JPEG", "PNG", "ZIP", "DOC", "DOCX", "XLS", "XLSX",
                                               "PPT", "PPTX", "ODT", "CSV", "MP3", "MP4", "TIF", "TIFF"};
/// Units of a file's size: bytes' multiples in English, French and German spelling.
constexpr std::string_view k_size_units[] = {"KB", "kB", "MB", "GB", "Ko", "Mo", "Go", "Kb", "Mb"};
/// A downloads box's entry is a file's name of a few words and its note.
constexpr std::size_t k_max_download_entry_words = 12;
/// What sets a downloads box's entries apart.
constexpr std::string_view k_download_marks[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "};

/// True when `text` closes on a file's note in brackets: its format and its size, in either
/// order ("(JPG, 2,4 MB)", "(PDF, 310 KB)", "(1,2 MB, PDF)", "(PDF 310 KB)").
bool closes_on_file_note(std::string_view text) {
  text = shape::trim(text);
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view note = text.substr(open + 1, text.size() - open - 2);
  bool format = false, size = false;
  std::string_view previous;
  shape::each_word(note, [&](std::string_view word) {
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (shape::is_one_of(word, k_file_formats)) format = true;
    else if (shape::is_one_of(word, k_size_units) && !previous.empty() && shape::is_ascii_digit(previous[0])) size = true;
    previous = word;
    return true;
  });
  return format && size;
}

/// "Downloads: Pressefoto Baumpatenschaft (JPG, 2,4 MB) · Infoblatt für Patinnen und Paten (PDF, 310
/// KB)": a downloads box's files, each a name of a few words closed by its format and size
/// (closes_on_file_note()), set apart by dots or bars, perhaps after a label and its colon. "The
/// report (PDF, 2 MB) is on the ministry's site." holds its note inside a sentence.
bool is_download_row(std::string_view text) {
  if (std::size_t colon = text.find(':'); colon != std::string_view::npos && colon < 24) text = text.substr(colon + 1);
  while (true) {
    auto [cut, width] = shape::first_mark(text, k_download_marks);
    std::string_view entry = text.substr(0, cut);
    if (shape::word_count(entry) > k_max_download_entry_words || !closes_on_file_note(entry)) return false;
    if (cut == std::string_view::npos) return true;
    text = text.substr(cut + width);
  }
}

std::optional<std::string> NavLinksFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || text.size() > k_max_bytes) return std::nullopt;
  // A sentence's last byte (most lines') rules the line out before it is keyed: no label ends so.
  char last = text.back();
  // A label may be a question ("Qui êtes-vous ?", "Qui sommes-nous ?"): the whole line one label.
  // Most lines open as no label, trail or section does: they are not keyed.
  const bool may_open = may_open_key_row(text);
  if (last == '?') {
    if (!may_open) return std::nullopt;
    std::string_view key = shape::scratch_key(text.substr(0, text.size() - 1));
    if (!key.empty() && label_at(key) == key.size()) return "navigation links";
    return std::nullopt;
  }
  if (last == '.' || last == '!' || last == '"' || text.ends_with("\xE2\x80\x9D")) return std::nullopt;
  if (may_open) {
    std::string_view key = shape::scratch_key(text);
    if (is_navigation_row(key)) return "navigation links";
    if (is_breadcrumb(key)) return "a breadcrumb trail";
    if (is_section_row(key)) return "a menu's sections in a row";
  }
  // A table's row is cells, not links: its header row reads like a menu ("Kandidatin | Partei").
  if (doc.blocks[index].kind != BlockKind::table_row && (is_link_row(text) || is_labelled_link_row(text)))
    return "a row of menu links";
  if (is_pointed_link(text)) return "a link's label closed by its pointer";
  if (last == ')' && is_download_row(text)) return "a downloads box's files";
  return std::nullopt;
}

}  // namespace pith
