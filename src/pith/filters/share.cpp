// share: lines made only of share buttons ("Share this:", "Facebook", "WhatsApp", "Print").
#include "pith/filters/share.h"

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>
#include <span>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/filters/opening_guard.h"
#include "pith/language/word_lists.h"

namespace pith {

namespace {

/// A row of buttons is a handful of words; longer lines are never split into words.
constexpr std::size_t k_max_bytes = 160;

/// Words that name a platform or a share action: a line needs at least one of these. Platforms
/// are named alike in every language; the actions per language.
constexpr std::string_view k_button_words_shared[] = {
    "facebook", "twitter", "whatsapp", "email", "e-mail", "mail", "linkedin", "reddit", "pinterest", "telegram",
    "messenger", "flipboard", "bluesky", "threads", "tumblr", "sms", "xing", "mastodon", "pdf", "google+",
    // The text size's buttons a share bar often ends on ("Drucken · A− A+").
    "a+", "a-", "a\xE2\x88\x92",
};
// Roles, as English fills them: the share verb (and its count, "12 shares"), like, print,
// tweet, copy and its done state ("Link copied"), save for later ("Merken", "Salva") and pin;
// German pages also write the loan "sharen".
constexpr std::string_view k_button_words_en[] = {"share", "shares", "like",  "print", "tweet",
                                                  "copy",  "copied", "save", "pin",   "send"};
constexpr std::string_view k_button_words_es[] = {
    "compartir", "comparte", "imprimir", "enviar", "copiar", "copiado", "correo", "guardar", "tuitear", "compartidos",
    "compartido",
    // The River Plate's voseo ("Compartí esta nota").
    "compartí",
};
constexpr std::string_view k_button_words_de[] = {
    "teilen", "teile", "sharen", "drucken", "senden", "kopieren", "kopiert", "versenden", "mailen", "merken",
    "pinnen", "twittern",
};
constexpr std::string_view k_button_words_fr[] = {
    "partager", "partagez", "partage", "partages", "imprimer", "envoyer", "copier", "copié", "courriel", "tweeter",
    "enregistrer", "sauvegarder", "épingler",
    // The like button, as French Facebook prints it.
    "j'aime", "j’aime",
};
constexpr std::string_view k_button_words_pt[] = {
    "compartilhar", "compartilhe", "partilhar", "partilhe", "imprimir", "enviar", "copiar", "copiado", "salvar",
    "guardar", "tweetar", "partilhas", "compartilhamentos",
};
constexpr std::string_view k_button_words_it[] = {
    "condividi", "condividere", "condivisioni", "stampa", "invia", "copia", "copiato", "salva",
};
constexpr LanguageWords k_button_word_lists[] = {
    {ListLanguage::en, k_button_words_en}, {ListLanguage::es, k_button_words_es},
    {ListLanguage::de, k_button_words_de}, {ListLanguage::fr, k_button_words_fr},
    {ListLanguage::pt, k_button_words_pt}, {ListLanguage::it, k_button_words_it},
};
constexpr LanguagePhrases<total_words(k_button_word_lists)> k_button_words{k_button_word_lists};

/// Words that only join button words ("Share on X", "Copy link"); alone they are not a row.
/// ("BUTTON" as a text browser marks a button: "(BUTTON) Seite teilen".)
constexpr std::string_view k_joining_words_shared[] = {"x", "link", "url", "button"};
// The roles English fills, in each language: the demonstrative ("this", in every gender), the
// article ("the"), the piece ("article", "story", "page", "post", "recipe"), the prepositions ("on",
// "via", "to", "by"), "options" and, where it stands apart, "it". (WordPress's "Share this:"
// as its translations print it: "Compartir esto:", "Teilen mit:", "Teilen Sie dies mit:",
// "Compartilhe isso:".) No list holds "la": the lists are asked together, and "La Stampa" is
// an Italian newspaper.
constexpr std::string_view k_joining_words_en[] = {
    "this", "on", "via", "to", "article", "story", "page", "post", "recipe", "the", "by", "options", "it",
};
constexpr std::string_view k_joining_words_es[] = {
    "este", "esta", "esto", "el", "los", "las", "artículo", "noticia", "historia", "página",
    "publicación", "entrada", "receta", "en", "vía", "a", "por", "opciones", "enlace", "nota",
    // A count's "times" ("127 veces compartido").
    "veces",
};
constexpr std::string_view k_joining_words_de[] = {
    "diese", "dieser", "diesen", "dieses", "dies", "der", "die", "das", "den", "artikel", "geschichte", "seite",
    "beitrag", "post", "rezept", "auf", "über", "an", "per", "mit", "optionen", "sie",
};
constexpr std::string_view k_joining_words_fr[] = {
    "ce", "cet", "cette", "ceci", "le", "les", "article", "l'article", "l’article", "histoire", "page",
    "publication", "recette", "sur", "à", "par", "options", "lien",
};
constexpr std::string_view k_joining_words_pt[] = {
    "este", "esta", "isso", "isto", "o", "a", "os", "as", "artigo", "notícia", "história", "matéria", "página",
    "publicação", "post", "receita", "no", "na", "em", "para", "por", "opções", "vezes",
};
constexpr std::string_view k_joining_words_it[] = {
    "questo", "questa", "il", "lo", "l'articolo", "l’articolo", "articolo", "notizia", "storia", "pagina", "post",
    "ricetta", "su", "sul", "tramite", "a", "per", "opzioni", "volte",
};
constexpr LanguageWords k_joining_word_lists[] = {
    {ListLanguage::en, k_joining_words_en}, {ListLanguage::es, k_joining_words_es},
    {ListLanguage::de, k_joining_words_de}, {ListLanguage::fr, k_joining_words_fr},
    {ListLanguage::pt, k_joining_words_pt}, {ListLanguage::it, k_joining_words_it},
};
constexpr LanguagePhrases<total_words(k_joining_word_lists)> k_joining_words{k_joining_word_lists};

/// Characters that separate buttons in a row.
constexpr bool is_separator(char c) {
  return c == ' ' || c == '|' || c == ',' || c == '/' || c == ':' || c == '\t' || c == '\n' || c == '(' ||
         c == ')' || c == '*';
}

/// is_separator() of every byte: a row is split at each of its bytes.
constexpr std::array<bool, 256> k_separators = [] {
  std::array<bool, 256> separators{};
  for (std::size_t b = 0; b < 256; ++b) separators[b] = is_separator(static_cast<char>(b));
  return separators;
}();

/// The bytes the words of k_button_words_shared and k_joining_words_shared open with: a word
/// that opens otherwise is compared with none of them.
constexpr std::array<bool, 256> k_shared_openings = [] {
  std::array<bool, 256> openings{};
  for (std::string_view word : k_button_words_shared) openings[static_cast<unsigned char>(word[0])] = true;
  for (std::string_view word : k_joining_words_shared) openings[static_cast<unsigned char>(word[0])] = true;
  return openings;
}();


/// "·" and "•" separate buttons too; they are dropped like spaces.
bool is_dot_word(std::string_view word) { return word == "\xC2\xB7" || word == "\xE2\x80\xA2"; }

/// The article no joining list holds ("Imprimer la recette", "Imprimir la receta", "Stampa la
/// ricetta"): a row may hold it when marked as one (a '|', "·" or "•") and of
/// k_min_article_row_buttons buttons at least, so that "Stampa | La Stampa" stays.
constexpr std::string_view k_row_articles[] = {"la"};
constexpr std::size_t k_min_article_row_buttons = 3;

/// A platform's one- or two-letter icon as a dump prints it ("Partager l'article 👉 f  t  in
/// ✉"): a row holds k_min_icon_letters of them at least, as "in" or "t" alone are words, or one
/// beside k_min_lone_icon_buttons buttons or their emoji, one a button's word, when it is no word
/// ("Share  f  Twitter  Email", "f  🐦  ✉  🔗 Copy link").
constexpr std::string_view k_icon_letters[] = {"f", "t", "in", "p", "w", "g+"};
constexpr std::size_t k_min_icon_letters = 2;
constexpr std::size_t k_min_lone_icon_buttons = 2;

/// Buttons that read as a button only beside other buttons: "X" alone is a letter.
constexpr std::string_view k_ambiguous_buttons[] = {"x", "X"};

/// The shared lists as phrases, for k_row_guard only: it reads their bytes, not their language.
constexpr LanguageWords k_shared_word_lists[] = {{ListLanguage::en, k_button_words_shared},
                                                 {ListLanguage::en, k_joining_words_shared}};
constexpr LanguagePhrases<total_words(k_shared_word_lists)> k_shared_words{k_shared_word_lists};
/// Whether a row's first word may be a button or a joining word, by its first two bytes.
constexpr OpeningGuard k_row_guard{k_button_words, k_joining_words, k_shared_words};

/// True when `text` opens on one of k_icon_letters as a word of its own ("f  t  ✉ Copy link").
bool opens_on_icon_letter(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && end < 3 && !k_separators[static_cast<unsigned char>(text[end])]) ++end;
  return (end == text.size() || k_separators[static_cast<unsigned char>(text[end])]) &&
         shape::is_one_of(text.substr(0, end), k_icon_letters);
}

/// False when the first word of `text` is no button or joining word nor a count (for certain), so
/// that the line is no row: most lines open on a word none of the lists opens as. A line opening on a
/// separator, a stop or a byte of a UTF-8 sequence (a dot word) may open on a word that
/// is_button_row() passes over.
bool may_open_row(std::string_view text) {
  if (text.empty()) return false;
  auto first = static_cast<unsigned char>(text[0]);
  // A digit opens the row's total ("86 compartidos · Facebook").
  return k_separators[first] || first == '.' || first == '!' || first >= 0x80 || (first >= '0' && first <= '9') ||
         k_row_guard.may_open(text) || opens_on_icon_letter(text);
}

/// A count's scale written apart from its digits ("1,2 k", "3 mil", "1,5 Mio."), as it is.
constexpr std::string_view k_count_scales[] = {"k", "K", "m", "M", "mil", "mila", "mille", "Mio.", "mio.", "Tsd."};

/// True when `word` is a count as a button prints it: digits, perhaps with separators and a
/// closing "k" or "m" ("128", "1.2k", "3,4K").
bool is_count_word(std::string_view word) {
  if (word.empty() || !shape::is_ascii_digit(word[0])) return false;
  char last = word.back();
  if (last == 'k' || last == 'K' || last == 'm' || last == 'M') word.remove_suffix(1);
  for (char c : word)
    if (!shape::is_ascii_digit(c) && c != '.' && c != ',') return false;
  return true;
}

/// True when the count opening at `at` of `text` stands after a mark that sets a bar's count
/// apart: a middle dot, a bullet, a bar, a bracket or a dash ("Artikel teilen · 48",
/// "Artikel teilen (48)"), not after a colon ("No. shares: 77.4m" is a table's row).
bool is_set_apart_count(std::string_view text, std::size_t at) {
  std::string_view before = shape::trim(text.substr(0, at));
  for (std::string_view mark : {"\xC2\xB7", "\xE2\x80\xA2", "|", "(", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (before.ends_with(mark)) return true;
  return false;
}

/// The number of buttons of a line of nothing but share buttons, in any of the six languages
/// (see k_whole_line_languages), with the words that join them, icons and emoji; 0 for any
/// other line.
std::size_t button_row_count(std::string_view text) {
  if (!may_open_row(text)) return 0;
  std::size_t buttons = 0;
  std::size_t articles = 0;
  std::size_t icons = 0;
  bool word_icon = false;  // an icon letter that is also a word ("in")
  std::size_t emoji = 0;   // emoji and arrows, which stand for buttons too ("🐦 ✉ 🔗 Copy link")
  // A button may carry its count after it ("Partilhar 128 · Tweetar", "Share 1.2k | Tweet"), and
  // the row its total before its first ("86 compartidos · Facebook"), in a row of two buttons at
  // least: "No. shares: 77.4m" is a table's.
  bool after_button = true;
  std::size_t counts = 0, joining = 0;
  bool leading_count = false;
  bool last_count = false;  // the word before was a count: "1 204" groups its thousands
  std::size_t count_at = 0;  // where the last count opens
  char buffer[32];
  std::size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() && k_separators[static_cast<unsigned char>(text[start])]) ++start;
    std::size_t end = start;
    while (end < text.size() && !k_separators[static_cast<unsigned char>(text[end])]) ++end;
    if (end == start) break;
    const std::size_t word_at = start;
    std::string_view word = text.substr(start, end - start);
    word = shape::without_final_stops(word);
    start = end;
    if (word.empty() || is_dot_word(word)) continue;
    // An emoji or arrow between buttons ("Pin it 📌", "👉").
    if (shape::is_emoji_word(word)) {
      ++emoji;
      continue;
    }
    // A count's thousands set apart by a space or a comma ("Share 1 204", "1,204"), its decimals
    // after a comma, a separator here ("1,2"), or its scale after a space ("J'aime 1,2 k").
    if (last_count && (shape::is_one_of(word, k_count_scales) || (word.size() <= 4 && is_count_word(word)))) continue;
    last_count = after_button && is_count_word(word);
    if (last_count) {
      count_at = word_at;
      after_button = false;
      leading_count = leading_count || buttons == 0;
      ++counts;
      continue;
    }
    std::string_view lower = shape::lower_ascii_into(word, buffer, sizeof buffer);
    // The Latin-1 capitals too, as shape::key() folds them ("Épingler"): C3 80..9E but × (97).
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
      auto next = static_cast<unsigned char>(buffer[i + 1]);
      if (static_cast<unsigned char>(buffer[i]) == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97)
        buffer[i + 1] = static_cast<char>(next + 0x20);
    }
    // The shared lists are asked only of a word that opens as one of their words does.
    bool shared = !lower.empty() && k_shared_openings[static_cast<unsigned char>(lower[0])];
    // A count may follow a button, or the icons and emoji after one ("Condividi f t ✉ 87").
    if (is_one_of(lower, k_button_words, k_whole_line_languages) ||
        (shared && shape::is_one_of(lower, k_button_words_shared))) {
      ++buttons;
      after_button = true;
    } else if (lower.size() <= 3 && shape::is_one_of(lower, k_row_articles)) {
      ++articles;
      after_button = false;
    } else if (lower.size() <= 2 && shape::is_one_of(lower, k_icon_letters)) {
      ++icons;
      word_icon = word_icon || lower == "in";
    } else if (!is_one_of(lower, k_joining_words, k_whole_line_languages) &&
               !(shared && shape::is_one_of(lower, k_joining_words_shared))) {
      return 0;
    } else {
      ++joining;
      after_button = false;
    }
  }
  if (icons > 0 && icons < k_min_icon_letters && (word_icon || buttons == 0 || buttons + emoji < k_min_lone_icon_buttons))
    return 0;
  // One button with its count is a row alone ("↗ Share · 312"); with other words it is a table's,
  // but for a call whose verb comes last with its count closing the line ("Artikel teilen · 48").
  // A total before a lone button is a number ("12 Facebook", "2019 Twitter").
  if (counts > 0 && buttons < 2 && (joining > 0 || articles > 0 || leading_count) &&
      !(counts == 1 && last_count && !leading_count && articles == 0 && is_set_apart_count(text, count_at)))
    return 0;
  if (articles > 0 && (buttons < k_min_article_row_buttons ||
                       (text.find('|') == std::string_view::npos && text.find("\xC2\xB7") == std::string_view::npos &&
                        text.find("\xE2\x80\xA2") == std::string_view::npos)))
    return 0;
  return buttons;
}

/// A line of nothing but share buttons (see button_row_count).
bool is_button_row(std::string_view text) { return button_row_count(text) > 0; }

/// A short question before a row of share verbs ("Love it? Pin it 📌 Tweet it 🐦 Send it ✉️",
/// "Gefällt's? Teilen · Merken"): the question is a few words, the row after it holds
/// k_min_asked_row_buttons buttons at least, so that "Why? Print it." stays.
constexpr std::size_t k_max_row_question_bytes = 24;
constexpr std::size_t k_max_row_question_words = 3;
constexpr std::size_t k_min_asked_row_buttons = 2;

bool is_asked_button_row(std::string_view text) {
  std::size_t mark = text.substr(0, k_max_row_question_bytes).find('?');
  if (mark == std::string_view::npos || mark + 1 >= text.size() || text[mark + 1] != ' ') return false;
  std::string_view question = text.substr(0, mark);
  if (question.starts_with("\xC2\xBF")) question.remove_prefix(2);  // Spanish '¿'
  if (shape::word_count(question) > k_max_row_question_words) return false;
  return button_row_count(shape::trim(text.substr(mark + 1))) >= k_min_asked_row_buttons;
}

/// A word of no letter or digit: an arrow or an icon's stand-in ("↗", "»", "->") in a row.
bool is_symbol_word(std::string_view word) {
  for (char c : word) {
    auto b = static_cast<unsigned char>(c);
    // ASCII letters and digits, and the lead bytes of Latin, Greek and Cyrillic letters.
    if ((b < 0x80 && shape::is_word_byte(c)) || (b >= 0xC3 && b <= 0xDF)) return false;
  }
  return true;
}

/// A post's share count alone on its line, as the share bar prints it ("1.2k shares", "348
/// partages", "2,1K condivisioni", "1,2 mil compartilhamentos"): a number, perhaps shortened by
/// k or m or scaled by a word, and the count's word.
/// "The post got 1,200 shares" is a sentence and stays.
constexpr std::string_view k_share_count_words[] = {
    "share", "shares", "partages", "condivisioni", "compartilhamentos", "partilhas", "compartidos",
    "teilungen", "mal geteilt", "geteilt", "veces compartido", "vezes compartilhado", "fois partagé",
    "volte condiviso",
};
constexpr std::size_t k_max_share_count_bytes = 32;

bool is_share_count(std::string_view text) {
  // An emoji or an arrow may go before the count ("📤 412-mal geteilt", "↗ 314 partages").
  if (!text.empty() && static_cast<unsigned char>(text[0]) >= 0xC0) {
    std::size_t space = text.find(' ');
    if (space != std::string_view::npos && space <= 4 && is_symbol_word(text.substr(0, space)))
      text = shape::trim(text.substr(space + 1));
  }
  // The count opens the line with a digit: most lines open otherwise.
  if (text.empty() || text.size() > k_max_share_count_bytes || text[0] < '0' || text[0] > '9') return false;
  std::size_t at = 0;
  while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.' || text[at] == ',')) ++at;
  if (at < text.size() && (text[at] == 'k' || text[at] == 'K' || text[at] == 'm' || text[at] == 'M')) ++at;
  // Or a scale word ("1,2 mil compartilhamentos", "2 mila condivisioni").
  for (std::string_view scale : {std::string_view(" mil "), std::string_view(" mila ")})
    if (text.substr(at).starts_with(scale)) at += scale.size() - 1;
  // German joins the count to "mal" with a hyphen ("412-mal geteilt").
  if (at < text.size() && text[at] == '-' && text.substr(at + 1).starts_with("mal ")) return text.substr(at + 1) == "mal geteilt";
  // A times sign may join the count to its word ("17 × geteilt", "17x shared").
  if (text.substr(at).starts_with(" \xC3\x97 ")) at += 3;
  else if (text.substr(at).starts_with("\xC3\x97 ")) at += 2;
  else if (at < text.size() && (text[at] == 'x' || text[at] == 'X') && text.substr(at + 1).starts_with(" ")) ++at;
  if (at >= text.size() || text[at] != ' ') return false;
  char buffer[32];
  std::string_view words = shape::lower_ascii_into(shape::trim(text.substr(at)), buffer, sizeof buffer);
  return shape::is_one_of(words, k_share_count_words);
}

/// Words a row of reaction counts names its counts by, every language's together, lower case.
constexpr std::string_view k_reaction_count_words[] = {
    "shares", "partages", "compartidos", "condivisioni", "compartilhamentos", "partilhas", "teilungen",
    "comments", "commentaires", "comentarios", "commenti", "comentários", "kommentare", "likes", "reactions",
    "réactions", "reacciones", "reazioni", "reações", "reaktionen", "k", "m",
};
/// A reaction widget's question before its counts is a few words.
constexpr std::size_t k_max_reaction_question_bytes = 60;
/// A reaction row is a few cells.
constexpr std::size_t k_max_reaction_words = 16;
constexpr std::size_t k_min_reaction_counts = 2;

/// True when `word` is a pictograph: an emoji (a 4-byte sequence) or a symbol of U+2600-U+27BF
/// ("♥", "☆"), as reaction buttons draw them; not a dash, an arrow or a mark.
bool is_pictograph_word(std::string_view word) {
  if (word.empty()) return false;
  auto lead = static_cast<unsigned char>(word[0]);
  if (lead >= 0xF0) return true;
  return lead == 0xE2 && word.size() >= 2 && static_cast<unsigned char>(word[1]) >= 0x98 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

/// "👍 1,2 k   💬 86   ↗ 314 partages", "♥ 48 · 💬 12": a row of reaction counts: every word a
/// pictograph or a mark, a count (digits with ',' or '.'), a scale or a count's word
/// (k_reaction_count_words), and two counts at least right after their pictographs. A score
/// between two balls ("⚽ 2 – 1 ⚽") has one.
bool is_reaction_counts(std::string_view text) {
  // The widget may ask how the piece made the reader feel first ("Come ti fa sentire questa
  // notizia?  😮 12   😢 40"): a question of a few words.
  if (std::size_t asked = text.find("? "); asked != std::string_view::npos && asked <= k_max_reaction_question_bytes)
    text = shape::trim(text.substr(asked + 1));
  if (text.empty() || static_cast<unsigned char>(text[0]) < 0xC0) return false;  // opens on a pictograph
  std::size_t words = 0, counted = 0;
  bool row = true, after_pictograph = false;
  shape::each_word(text, [&](std::string_view word) {
    if (++words > k_max_reaction_words) return row = false;
    bool pictograph = is_pictograph_word(word);
    if (shape::is_ascii_digit(word[0]) && word.find_first_not_of("0123456789,.") == std::string_view::npos) {
      counted += after_pictograph;
    } else if (!is_symbol_word(word)) {
      char buffer[24];
      row = shape::is_one_of(shape::lower_ascii_into(word, buffer, sizeof buffer), k_reaction_count_words);
    }
    after_pictograph = pictograph;
    return row;
  });
  return row && counted >= k_min_reaction_counts;
}

/// A labelled row's label is a few words before its colon ("Share this report:", "Deel dit
/// artikel:"), in any language, or its one first word ("Share ↗ Twitter Telegram Reddit").
constexpr std::size_t k_max_label_bytes = 48;
constexpr std::size_t k_max_label_words = 5;

/// Bytes that mark the buttons of a row as a row: '|', '/' (a "·" or "•" counts too). Two
/// names with one between them are a row; two joined by a space or a comma may be a heading's
/// list ("Banned: Facebook, Twitter"), and a row of those takes three.
constexpr std::size_t k_min_marked_names = 2;
constexpr std::size_t k_min_unmarked_names = 3;

/// The longest button word ("compartilhar", "condivisioni"), in bytes.
constexpr std::size_t k_max_button_bytes = 12;

/// Where the last word of `text` starts: just past its last space. A line of sixteen bytes or
/// more is looked at in its last sixteen, at once: a space-less end that long starts there, and
/// is longer than any button word.
std::size_t last_word_start(std::string_view text) {
#if defined(__SSE2__)
  if (text.size() >= 16) {
    __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + text.size() - 16));
    auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(tail, _mm_set1_epi8(' '))));
    return text.size() - 16 + (spaces ? static_cast<std::size_t>(32 - std::countl_zero(spaces)) : 0);
  }
#endif
  std::size_t at = text.size();
  while (at > 0 && text[at - 1] != ' ') --at;
  return at;
}

/// True when lower-case `word` names a platform or the mail button (k_button_words_shared), or
/// is "x".
bool is_platform_word(std::string_view word) {
  return !word.empty() && k_shared_openings[static_cast<unsigned char>(word[0])] &&
         (shape::is_one_of(word, k_button_words_shared) || word == "x");
}

/// True when lower-case `word` is a button of a row: a platform (is_platform_word) or an
/// action in any of the six languages ("print", "imprimer").
bool is_button_word(std::string_view word) {
  return is_platform_word(word) || is_one_of(word, k_button_words, k_whole_line_languages);
}

/// What follows the "A" of the text size's buttons: larger, smaller (a hyphen or a minus sign).
constexpr std::string_view k_size_steps[] = {"+", "-", "\xE2\x88\x92"};

/// True when `word` is a button that makes the text smaller or larger ("A+", "a−").
bool is_text_size_button(std::string_view word) {
  return word.size() > 1 && (word[0] == 'a' || word[0] == 'A') && shape::is_one_of(word.substr(1), k_size_steps);
}

/// The text size's buttons written as bare "A"s, one per size, number this many.
constexpr std::size_t k_bare_size_buttons = 3;

/// The bare "A" words that open `text` one after another, set apart by spaces.
std::size_t bare_size_buttons(std::string_view text) {
  std::size_t count = 0;
  while (text.starts_with('A') && (text.size() == 1 || text[1] == ' ')) {
    ++count;
    std::size_t next = text.find_first_not_of(' ', 1);
    if (next == std::string_view::npos) break;
    text = text.substr(next);
  }
  return count;
}

/// Where the first of the text size's buttons opens in `text`, as a word of its own after a
/// space ("Schriftgröße  A−  A+"), or the first of three bare "A"s in a row, in growing sizes
/// ("Taille du texte  A  A  A"); npos when none does.
std::size_t text_size_button_at(std::string_view text) {
  for (std::size_t at = text.find(" A"); at != std::string_view::npos; at = text.find(" A", at + 1)) {
    std::size_t end = text.find(' ', at + 1);
    std::string_view word = text.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
    if (is_text_size_button(word)) return at + 1;
    if (word == "A" && bare_size_buttons(text.substr(at + 1)) >= k_bare_size_buttons) return at + 1;
  }
  return std::string_view::npos;
}

/// A label of any wording, then a row of platform and mail buttons and nothing else ("Share
/// this report: Facebook | Twitter | WhatsApp | Email", "Deel dit artikel: Facebook |
/// Pinterest | Mail"): the platforms are named alike in every language, so the label's
/// language does not matter. The label has no figure, and each word after it is a button word
/// (k_button_words_shared, or an action such as "Print"), the first a platform and the first
/// and last written with a capital, as rows write them; k_min_marked_names platforms and mail
/// buttons at least. "Share prices: Apple | Google | Amazon" names none and stays.
bool is_labelled_button_row(std::string_view text) {
  // A row ends with a button written with a capital ("Email", "Reddit", "Imprimer", "X"), no
  // stop after it: most lines end with a stop, or a word in small letters, and are turned away
  // by their last bytes.
  if (text.empty() || !((text.back() >= 'a' && text.back() <= 'z') || (text.back() >= 'A' && text.back() <= 'Z')))
    return false;
  std::size_t last = last_word_start(text);
  if (text.size() - last > k_max_button_bytes || text[last] < 'A' || text[last] > 'Z') return false;
  // A capitalised last word is most often a heading's ("Pre-Workout Meal"): it must be a button.
  char buffer[32];
  std::string_view last_word = shape::lower_ascii_into(text.substr(last), buffer, sizeof buffer);
  if (!is_button_word(last_word)) return false;
  std::size_t colon = text.substr(0, k_max_label_bytes + 1).find(':');
  std::size_t label_end = colon != std::string_view::npos ? colon : text.find(' ');
  // A label of several words without a colon ends where the text size's buttons begin ("Text
  // size  A-  A+  |  Print", "Taille du texte A− A+").
  const std::size_t sized = text_size_button_at(text.substr(0, k_max_label_bytes + 1));
  if (colon == std::string_view::npos && sized != std::string_view::npos)
    for (label_end = sized; label_end > 0 && text[label_end - 1] == ' ';) --label_end;
  // Bare "A"s right after the label are the text size's buttons ("Taille du texte  A  A  A").
  const bool bare_sizes = sized != std::string_view::npos && bare_size_buttons(text.substr(sized)) >= k_bare_size_buttons;
  if (label_end == 0 || label_end == std::string_view::npos) return false;
  std::string_view label = text.substr(0, label_end);
  std::size_t start = label_end + 1;
  // A row names its first platform with a capital ("Facebook", "E-Mail", "X"), past marks and
  // arrows: most lines go on after their first word or colon with a small letter, or with a
  // capital no platform opens with, and are turned away before a word is split off.
  std::size_t at = start;
  while (at < text.size() && (k_separators[static_cast<unsigned char>(text[at])] ||
                              static_cast<unsigned char>(text[at]) >= 0x80 || text[at] == '.'))
    ++at;
  if (at == text.size() || text[at] < 'A' || text[at] > 'Z' || !k_shared_openings[static_cast<unsigned char>(text[at] + 32)])
    return false;
  // Then that first word must be a platform's name: a capitalised word after a label or a
  // first word is most often a name or a noun ("Photo: Jane Doe", "Die Stadt").
  std::size_t first_end = at;
  while (first_end < text.size() && !k_separators[static_cast<unsigned char>(text[first_end])]) ++first_end;
  std::string_view first = shape::lower_ascii_into(shape::without_final_stops(text.substr(at, first_end - at)), buffer,
                                                   sizeof buffer);
  if (!is_platform_word(first) && !(bare_sizes && first == "a")) return false;
  std::size_t names = 0;
  bool marked = false;
  bool after_size_button = false;
  while (start < text.size()) {
    while (start < text.size() && k_separators[static_cast<unsigned char>(text[start])]) {
      marked |= text[start] == '|' || text[start] == '/';
      ++start;
    }
    std::size_t end = start;
    while (end < text.size() && !k_separators[static_cast<unsigned char>(text[end])]) ++end;
    if (end == start) break;
    std::string_view word = shape::without_final_stops(text.substr(start, end - start));
    start = end;
    if (word.empty()) continue;
    if (is_dot_word(word)) {
      marked = true;
      continue;
    }
    if (is_symbol_word(word)) continue;
    std::string_view lower = shape::lower_ascii_into(word, buffer, sizeof buffer);
    // The text size's middle button between its smaller and larger ones ("A−  A  A+"), or the
    // bare "A"s of every size, which count as its buttons.
    if (lower == "a" && bare_sizes) {
      ++names;
      continue;
    }
    const bool middle_size = lower == "a" && after_size_button;
    after_size_button = is_text_size_button(lower);
    if (middle_size) continue;
    if (is_platform_word(lower)) ++names;
    else if (!is_button_word(lower)) return false;
  }
  if (names < (marked ? k_min_marked_names : k_min_unmarked_names)) return false;
  return !shape::has_digit(label) && shape::word_count(label) <= k_max_label_words;
}

/// True when the block just before or after `index` is a row of buttons.
bool beside_button_row(const Document& doc, std::size_t index) {
  for (std::size_t other : {index - 1, index + 1}) {
    if (other >= doc.blocks.size()) continue;  // index - 1 wraps round at the first block
    std::string_view text = shape::trim(doc.blocks[other].text);
    if (text.size() <= k_max_bytes && is_button_row(text)) return true;
  }
  return false;
}

/// A paragraph of prose, as opposed to a button row or a heading.
constexpr std::size_t k_min_paragraph_words = 12;

/// True when block `other` exists and is a paragraph of prose.
bool is_paragraph(const Document& doc, std::size_t other) {
  if (other >= doc.blocks.size()) return false;  // index - 1 wraps round at the first block
  return shape::word_count(doc.blocks[other].text) >= k_min_paragraph_words;
}

/// Button words that name a platform, not an action: a how-to piece may head a section with one.
constexpr std::string_view k_platform_names[] = {
    "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger",
    "flipboard", "bluesky", "threads", "tumblr", "xing", "mastodon",
};

/// "Facebook" alone between two paragraphs is a heading (how-to pieces name a platform over
/// the steps for it); a share bar's words come in rows, beside other buttons or at the edges.
bool is_heading_between_paragraphs(const Document& doc, std::size_t index, std::string_view text) {
  char buffer[32];
  std::string_view lower = shape::lower_ascii_into(text, buffer, sizeof buffer);
  return shape::is_one_of(lower, k_platform_names) && is_paragraph(doc, index - 1) && is_paragraph(doc, index + 1);
}

/// A call to share is a sentence or two.
constexpr std::size_t k_max_call_bytes = 250;
constexpr std::size_t k_max_call_words = 35;

/// How a call to share the piece opens (word boundary after each).
constexpr std::string_view k_call_openings_en[] = {
    "spread the word", "help spread the word", "please share", "please like and share", "like and share",
    "share this", "feel free to share", "don't forget to share", "if you found this", "if you liked this",
    "if you enjoyed this", "you can read this piece", "you can even start your own conversation",
};
// The same roles in each language: a plea to share, "feel free to", "don't forget to", "if
// you liked this" (German puts the verb last: its "if you liked" and "don't forget" would open
// too much prose, and stay out).
constexpr std::string_view k_call_openings_es[] = {
    "comparte", "compártelo", "ayúdanos a difundir", "por favor comparte", "no dudes en compartir",
    "no olvides compartir", "si te ha gustado", "si te gustó",
};
constexpr std::string_view k_call_openings_de[] = {
    "teilen sie", "teile diesen", "teile diese", "teile dieses", "bitte teilen", "teilt diesen",
};
constexpr std::string_view k_call_openings_fr[] = {
    "partagez", "n'hésitez pas à partager", "n’hésitez pas à partager", "merci de partager",
    "n'oubliez pas de partager", "n’oubliez pas de partager", "si vous avez aimé", "si cet article vous a plu",
};
constexpr std::string_view k_call_openings_pt[] = {
    "compartilhe", "partilhe", "ajude a divulgar", "por favor compartilhe", "não se esqueça de compartilhar",
    "se você gostou", "se gostou",
};
constexpr std::string_view k_call_openings_it[] = {
    "condividi", "aiutaci a diffondere", "per favore condividi", "non dimenticare di condividere",
    "se ti è piaciuto", "se ti è piaciuta",
};
constexpr LanguageWords k_call_opening_lists[] = {
    {ListLanguage::en, k_call_openings_en}, {ListLanguage::es, k_call_openings_es},
    {ListLanguage::de, k_call_openings_de}, {ListLanguage::fr, k_call_openings_fr},
    {ListLanguage::pt, k_call_openings_pt}, {ListLanguage::it, k_call_openings_it},
};
constexpr LanguagePhrases<total_words(k_call_opening_lists)> k_call_openings{k_call_opening_lists};

/// What a call asks to share, or with whom; "Share this with your family." (advice) names neither.
constexpr std::string_view k_call_objects_en[] = {
    "this article", "this story", "this post", "this video", "this page", "this information", "this piece",
    "with your friends", "with friends", "with others", "help others", "with everyone", "on social media",
    "spread the word", "comment & share", "comment and share", "like and share", "sharing this",
};
constexpr std::string_view k_call_objects_es[] = {
    "este artículo", "esta noticia", "esta historia", "esta página", "esta publicación", "esta información",
    "este vídeo", "con tus amigos", "en redes sociales",
};
constexpr std::string_view k_call_objects_de[] = {
    "diesen artikel", "diesen beitrag", "dieses video", "diese seite", "diese geschichte", "diese informationen",
    "mit ihren freunden", "mit deinen freunden", "in den sozialen netzwerken",
};
constexpr std::string_view k_call_objects_fr[] = {
    "cet article", "cette vidéo", "cette page", "cette histoire", "cette publication", "cette information",
    "vos amis", "sur les réseaux sociaux",
};
constexpr std::string_view k_call_objects_pt[] = {
    "esta notícia", "este artigo", "este vídeo", "esta página", "esta história", "esta publicação",
    "esta informação", "seus amigos", "nas redes sociais",
};
constexpr std::string_view k_call_objects_it[] = {
    "questo articolo", "questa notizia", "questo video", "questa pagina", "questa storia", "questo post",
    "i tuoi amici", "con gli amici", "sui social",
};
constexpr LanguageWords k_call_object_lists[] = {
    {ListLanguage::en, k_call_objects_en}, {ListLanguage::es, k_call_objects_es},
    {ListLanguage::de, k_call_objects_de}, {ListLanguage::fr, k_call_objects_fr},
    {ListLanguage::pt, k_call_objects_pt}, {ListLanguage::it, k_call_objects_it},
};

/// A call to share the piece ("Spread the word! LIKE and SHARE this article to help others.").
bool is_call_to_share(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_call_bytes || shape::opens_with_inner_quote(text)) return false;
  if (opening_in(text, k_call_openings, languages).empty()) return false;
  std::string_view key = shape::scratch_key(text);
  if (shape::key_word_count(key) > k_max_call_words) return false;
  if (key == "spread the word") return true;
  // Whole words only: "this article's conclusions" is not "this article".
  return any_list(languages, k_call_object_lists, [&](auto objects) {
    for (std::string_view object : objects)
      for (std::size_t at = key.find(object); at != std::string_view::npos; at = key.find(object, at + 1)) {
        std::size_t end = at + object.size();
        if (end == key.size() || (!shape::is_word_byte(key[end]) && key[end] != '\'')) return true;
      }
    return false;
  });
}

/// "Liked this article? Share it now...": a short question whether the reader liked the piece,
/// then a call to share it. The question names the piece and a liking verb; the call opens
/// with one of k_share_now_openings.
constexpr std::size_t k_max_liked_question_words = 8;

/// Verbs of liking the piece, as the question puts them.
constexpr std::string_view k_liked_verbs_en[] = {"like", "liked", "enjoy", "enjoyed", "love", "loved"};
constexpr std::string_view k_liked_verbs_es[] = {"gustado", "gustó", "gusta"};
constexpr std::string_view k_liked_verbs_de[] = {"gefallen", "gefällt", "gefiel"};
constexpr std::string_view k_liked_verbs_fr[] = {"aimé", "aimez", "plu"};
constexpr std::string_view k_liked_verbs_pt[] = {"gostou", "gosta", "curtiu"};
constexpr std::string_view k_liked_verbs_it[] = {"piaciuto", "piaciuta", "piace"};
constexpr LanguageWords k_liked_verb_lists[] = {
    {ListLanguage::en, k_liked_verbs_en}, {ListLanguage::es, k_liked_verbs_es},
    {ListLanguage::de, k_liked_verbs_de}, {ListLanguage::fr, k_liked_verbs_fr},
    {ListLanguage::pt, k_liked_verbs_pt}, {ListLanguage::it, k_liked_verbs_it},
};

/// The piece the question asks about.
constexpr std::string_view k_liked_pieces_en[] = {"article", "story", "post", "piece", "video"};
constexpr std::string_view k_liked_pieces_es[] = {"artículo", "noticia", "nota", "vídeo", "video"};
constexpr std::string_view k_liked_pieces_de[] = {"artikel", "beitrag", "text", "video"};
constexpr std::string_view k_liked_pieces_fr[] = {"article", "vidéo", "publication"};
constexpr std::string_view k_liked_pieces_pt[] = {"artigo", "notícia", "matéria", "vídeo", "post"};
constexpr std::string_view k_liked_pieces_it[] = {"articolo", "notizia", "video", "post"};
constexpr LanguageWords k_liked_piece_lists[] = {
    {ListLanguage::en, k_liked_pieces_en}, {ListLanguage::es, k_liked_pieces_es},
    {ListLanguage::de, k_liked_pieces_de}, {ListLanguage::fr, k_liked_pieces_fr},
    {ListLanguage::pt, k_liked_pieces_pt}, {ListLanguage::it, k_liked_pieces_it},
};

/// How the call after the question opens (word boundary after each): a share verb that is
/// also a noun comes with its object or "now" ("Share prices fell" is news).
constexpr std::string_view k_share_now_openings_en[] = {
    "share it", "share this", "share now", "please share", "then share", "now share",
};
constexpr std::string_view k_share_now_openings_es[] = {
    "compártelo", "compártela", "¡compártelo", "¡compártela", "comparte este", "comparte esta",
};
constexpr std::string_view k_share_now_openings_de[] = {
    "jetzt teilen", "teile ihn", "teile es", "teilen sie ihn", "teilen sie es", "dann teile", "bitte teilen",
    "gleich teilen",
};
constexpr std::string_view k_share_now_openings_fr[] = {
    "partagez-le", "partage-le", "partagez-la", "partagez cet", "partagez cette", "alors partagez",
};
constexpr std::string_view k_share_now_openings_pt[] = {
    "compartilhe", "partilhe", "então compartilhe",
};
constexpr std::string_view k_share_now_openings_it[] = {
    "condividilo", "condividila", "condividi questo", "condividi questa", "allora condividilo",
};
constexpr LanguageWords k_share_now_opening_lists[] = {
    {ListLanguage::en, k_share_now_openings_en}, {ListLanguage::es, k_share_now_openings_es},
    {ListLanguage::de, k_share_now_openings_de}, {ListLanguage::fr, k_share_now_openings_fr},
    {ListLanguage::pt, k_share_now_openings_pt}, {ListLanguage::it, k_share_now_openings_it},
};
constexpr LanguagePhrases<total_words(k_share_now_opening_lists)> k_share_now_openings{k_share_now_opening_lists};

/// True when one of the words of `key` (single-spaced) is one of a language's `lists`.
bool has_word_of(std::string_view key, std::span<const LanguageWords> lists, ListLanguages languages) {
  return any_list(languages, lists, [&](auto words) {
    std::size_t start = 0;
    while (start < key.size()) {
      std::size_t end = key.find(' ', start);
      if (end == std::string_view::npos) end = key.size();
      if (shape::is_one_of(key.substr(start, end - start), words)) return true;
      start = end + 1;
    }
    return false;
  });
}

/// "Dir hat der Artikel gefallen? Jetzt teilen...": see k_max_liked_question_words.
bool is_liked_then_share(std::string_view text, ListLanguages languages) {
  if (text.size() > k_max_call_bytes) return false;
  std::size_t mark = text.find('?');
  if (mark == std::string_view::npos) return false;
  std::string_view call = shape::trim(text.substr(mark + 1));
  if (call.empty() || opening_in(call, k_share_now_openings, languages).empty()) return false;
  std::string_view question = shape::scratch_key(text.substr(0, mark));
  if (question.starts_with("¿")) question.remove_prefix(2);
  if (shape::key_word_count(question) > k_max_liked_question_words) return false;
  return has_word_of(question, k_liked_verb_lists, languages) && has_word_of(question, k_liked_piece_lists, languages);
}

/// What a link holds.
constexpr shape::Needles k_link_marks{{"http", "www."}};
constexpr shape::PairSet k_link_mark_pairs{k_link_marks.needles};

/// Platforms a profile-link line names before its link.
constexpr std::string_view k_profile_platforms[] = {
    "facebook", "twitter", "x", "instagram", "youtube", "pinterest", "linkedin", "telegram", "tiktok",
    "google+", "google plus", "gab", "mastodon", "bluesky", "threads", "website", "blog", "web", "rss",
};

/// "[TWITTER]: http://twitter.com/site", "Facebook Link: http://on.fb.me/x": a platform, a
/// colon and the link, perhaps with a note in brackets after it.
bool is_profile_link(std::string_view text) {
  std::size_t first_colon = text.find(':');
  if (text.size() > k_max_call_bytes || first_colon == std::string_view::npos) return false;
  // The link opens right after the key's first colon, which is the line's (the key drops no
  // colon, folds the white space after it and lower-cases the link): most lines with a colon
  // hold no link there, and their byte pairs are not built.
  std::string_view after = shape::trim(text.substr(first_colon + 1));
  if (!shape::starts_with_ci(after, "http") && !shape::starts_with_ci(after, "www.")) return false;
  if (!shape::contains_any(text, k_link_marks, k_link_mark_pairs, shape::line_pairs(text))) return false;
  std::string_view key = shape::scratch_key(text);
  if (key.starts_with('[')) key.remove_prefix(1);
  std::size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon > 24) return false;
  std::string_view label = shape::trim(key.substr(0, colon));
  if (label.ends_with(']')) label.remove_suffix(1);
  if (label.ends_with(" link")) label.remove_suffix(5);
  if (!shape::is_one_of(label, k_profile_platforms)) return false;
  std::string_view link = shape::trim(key.substr(colon + 1));
  if (!link.starts_with("http") && !link.starts_with("www.")) return false;
  std::size_t end = link.find(' ');
  return end == std::string_view::npos || link.substr(end + 1).starts_with('(');
}

/// What WordPress's like button leaves: "Like this: Like Loading... Related", and its
/// translations ("Gefällt mir: Gefällt mir Wird geladen …", "Me gusta esto: Me gusta Cargando...").
constexpr std::string_view k_like_button_words[] = {
    "like", "likes", "loading", "related", "be", "the", "first", "to", "this", "one", "blogger", "bloggers",
    "gefällt", "mir", "wird", "geladen", "ähnlich", "me", "gusta", "esto", "cargando", "relacionado",
    "j'aime", "j’aime", "ça", "chargement", "similaire", "curtir", "isso", "carregando", "relacionado", "mi",
    "piace", "caricamento", "correlati",
};
/// How the button's label opens, keyed: the label, or the button and its loading text. Every
/// word of the line must then be one of k_like_button_words.
constexpr std::string_view k_like_button_openings[] = {
    "like this:", "like loading", "gefällt mir", "me gusta", "j'aime", "j’aime", "curtir", "mi piace",
};
/// First words of those openings, lower case, for a look before the key is built.
constexpr std::string_view k_like_button_first_words[] = {"like ", "gefällt ", "me ", "j'aime ", "j’aime ",
                                                          "curtir ", "mi "};

bool is_like_button(std::string_view text) {
  if (text.size() > k_max_bytes) return false;
  std::string_view opened = shape::skip_opening_marks(text);
  // Every first word opens with 'l', 'g', 'm', 'j' or 'c', in either case: most lines do not.
  char first = opened.empty() ? '\0' : static_cast<char>(opened[0] | 0x20);
  if (first != 'l' && first != 'g' && first != 'm' && first != 'j' && first != 'c') return false;
  if (std::none_of(std::begin(k_like_button_first_words), std::end(k_like_button_first_words),
                   [&](std::string_view word) { return shape::starts_with_ci(opened, word); }))
    return false;
  std::string_view key = shape::scratch_key(text);
  if (std::none_of(std::begin(k_like_button_openings), std::end(k_like_button_openings),
                   [&](std::string_view opening) { return key.starts_with(opening); }))
    return false;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find_first_of(" :.…", start);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(start, end - start);
    bool number = shape::all_digits(word);
    if (!word.empty() && !number && !shape::is_one_of(word, k_like_button_words) && word != "\xE2\x80\xA6")
      return false;
    start = end + 1;
  }
  return true;
}

/// The count WordPress's like button prints beside the likers' pictures, with its number or
/// still as the template's "%d", in the translations it ships: "%d bloggers like this:",
/// "One blogger likes this.", "%d Bloggern gefällt das:", "Einem Blogger gefällt das:",
/// "A %d blogueros les gusta esto:", "%d blogueurs aiment cette page :", "%d blogueiros gostam
/// disto:", "A %d blogger piace questo:". Its words, every language's together.
constexpr std::string_view k_like_count_words[] = {
    "like", "likes", "this", "gefällt", "das", "a", "un", "le", "les", "gusta", "esto",
    "aime", "aiment", "cette", "page", "um", "gosta", "gostam", "disto", "piace", "questo",
};
/// The likers, as the widget names them: one of these must be in the line.
constexpr std::string_view k_like_count_bloggers[] = {
    "blogger", "bloggers", "bloggern", "bloguero", "blogueros", "blogueur", "blogueurs", "blogueiro", "blogueiros",
};
/// The widget's count is a handful of words.
constexpr std::size_t k_max_like_count_bytes = 60;

/// The count's number: digits, the template's "%d", or one liker ("one", "einem", "un", "um").
bool is_like_count_number(std::string_view word) {
  return word == "%d" || shape::all_digits(word) || word == "one" || word == "einem" || word == "un" || word == "um";
}

/// WordPress's like count ("12 bloggers like this."): opened by its number (after "a" in
/// Spanish and Italian), with a blogger word, every other word one of k_like_count_words.
/// "Bloggers like this one" does not open with its number and stays.
bool is_like_count(std::string_view text) {
  // Every blogger word holds "log", in any case: a line without it is turned away before it is
  // keyed.
  if (text.size() > k_max_like_count_bytes) return false;
  // The key opens with the count's number (a digit, "%d", "one", "einem", "un", "um"), with
  // "a " before it, or with a ':' or '.' that it passes over: most lines open otherwise.
  unsigned char opening = key_opening(text);
  if (!(opening >= '0' && opening <= '9') && opening != '%' && opening != 'o' && opening != 'e' && opening != 'u' &&
      opening != 'a' && opening != ':' && opening != '.')
    return false;
  if (!shape::contains_stem_ci(text, std::string_view("log"))) return false;
  std::string_view key = shape::scratch_key(text);
  if (key.starts_with("a ")) key.remove_prefix(2);
  bool bloggers = false;
  bool first = true;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find_first_of(" :.", start);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (first && !is_like_count_number(word)) return false;
    first = false;
    if (shape::is_one_of(word, k_like_count_bloggers)) bloggers = true;
    else if (!shape::is_one_of(word, k_like_count_words) && !is_like_count_number(word)) return false;
  }
  return bloggers;
}

/// The share plugin's tracking fragment on a copied link ("...fire.html#sthash.abc123.dpuf").
constexpr std::string_view k_share_tracker = "#sthash.";
/// Labels the plugin puts before that link.
constexpr std::string_view k_tracker_labels[] = {"see more at:", "read more at:", "more at:", "read more:",
                                                 "see more:"};

/// Where "- See more at: URL#sthash..." starts in `text` (its dash included), and where it
/// ends; npos when the line has none.
std::pair<std::size_t, std::size_t> tracked_link_at(std::string_view text) {
  std::size_t tracker = text.find(k_share_tracker);
  if (tracker == std::string_view::npos) return {std::string_view::npos, 0};
  std::size_t end = text.find_first_of(" \n", tracker);
  if (end == std::string_view::npos) end = text.size();
  std::size_t url = text.rfind(' ', tracker);
  url = url == std::string_view::npos ? 0 : url + 1;
  std::size_t begin = std::string_view::npos;
  std::size_t floor = url > 40 ? url - 40 : 0;
  for (std::size_t at = floor; at < url && begin == std::string_view::npos; ++at) {
    if (at > 0 && shape::is_word_byte(text[at - 1])) continue;
    for (std::string_view label : k_tracker_labels)
      if (shape::phrase_at(text.substr(at), label)) begin = at;
  }
  if (begin == std::string_view::npos) begin = url;
  // The dash the plugin puts before its label.
  std::size_t before = begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before > 0 && text[before - 1] == '-') begin = before - 1;
  else if (before >= 3 && shape::dash_at(text.substr(before - 3)) == 3) begin = before - 3;
  return {begin, end};
}

/// A comment link's word before its count in brackets ("Comentarios (8)"), lower case.
constexpr std::string_view k_comment_link_words[] = {"comments", "comentarios", "kommentare", "commentaires",
                                                     "commenti", "comentários", "reactions", "réactions"};

/// "Compartir en  Facebook  Twitter  WhatsApp  |  Comentarios (8)": a row of buttons, then after a
/// bar or a middle dot the link to the comments with their count in brackets.
bool is_row_and_comment_link(std::string_view text) {
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind(" (");
  if (open == std::string_view::npos || !shape::all_digits(text.substr(open + 2, text.size() - open - 3))) return false;
  std::string_view head = text.substr(0, open);
  const std::size_t bar = head.rfind(" | "), dot = head.rfind(" \xC2\xB7 ");
  const std::size_t mark = bar == std::string_view::npos ? dot : dot == std::string_view::npos ? bar : std::max(bar, dot);
  if (mark == std::string_view::npos) return false;
  const std::size_t width = mark == bar ? 3 : 4;
  char buffer[24];
  std::string_view word = shape::lower_ascii_into(shape::trim(head.substr(mark + width)), buffer, sizeof buffer);
  if (!shape::is_one_of(word, k_comment_link_words)) return false;
  std::string_view row = shape::trim(head.substr(0, mark));
  return is_labelled_button_row(row) || is_button_row(row);
}

/// Buttons and their count as one line, set apart by a spaced em or en dash or a middle dot
/// ("COMPARTIR EN: Facebook · Twitter · WhatsApp — 348 veces compartido", "Compartilhe: WhatsApp
/// | Facebook · 1,2 mil compartilhamentos"): a row of buttons (labelled or not), then a share
/// count (is_share_count()) closing the line.
bool is_row_and_count(std::string_view text) {
  // The count ends the line on its word, a letter, with a digit among the line's last bytes:
  // most lines end on a stop, and are not searched.
  if (text.empty() || (text.back() | 0x20) < 'a' || (text.back() | 0x20) > 'z' ||
      !shape::has_digit(text.substr(text.size() > k_max_share_count_bytes ? text.size() - k_max_share_count_bytes : 0)))
    return false;
  for (std::string_view mark : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 "),
                                std::string_view(" \xC2\xB7 ")}) {
    // The count is short: its mark stands among the line's last bytes.
    const std::size_t from = text.size() > k_max_share_count_bytes + 8 ? text.size() - k_max_share_count_bytes - 8 : 0;
    std::size_t at = text.substr(from).rfind(mark);
    if (at == std::string_view::npos) continue;
    at += from;
    std::string_view row = shape::trim(text.substr(0, at)), count = shape::trim(text.substr(at + mark.size()));
    if (is_share_count(count) && (is_labelled_button_row(row) || is_button_row(row))) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ShareFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  ListLanguages languages = list_languages(doc);
  if (is_call_to_share(text, languages) || is_liked_then_share(text, languages)) return "a call to share the piece";
  if (is_profile_link(text)) return "a link to the site's profile";
  if (auto [begin, end] = tracked_link_at(text); begin == 0 && end == text.size()) return "a share plugin's link";
  if (text.size() > k_max_bytes) return std::nullopt;
  if (is_button_row(text) && !is_heading_between_paragraphs(doc, index, text)) return "share buttons";
  if (is_labelled_button_row(text)) return "share buttons";
  if (is_asked_button_row(text)) return "share buttons";
  if (is_share_count(text)) return "a share count";
  if (is_reaction_counts(text)) return "a row of reaction counts";
  if (is_row_and_count(text) || is_row_and_comment_link(text)) return "share buttons and their count";
  if (is_like_button(text) || is_like_count(text)) return "a like button";
  if (shape::is_one_of(text, k_ambiguous_buttons) && beside_button_row(doc, index)) return "share buttons";
  return std::nullopt;
}


void ShareFilter::mark_spans(Document& doc, std::size_t index, std::string_view name) const {
  Block& block = doc.blocks[index];
  auto [begin, end] = tracked_link_at(block.text);
  if (begin != std::string_view::npos)
    mark_span_removed(block, begin, end, name, "a share plugin's link (\"See more at: ...#sthash\")");
}

}  // namespace pith
