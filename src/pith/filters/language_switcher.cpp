// language-switcher: a line that is nothing but names of languages, each a link to the page in
// that language ("English | Deutsch | Español", "Português · English · Español", "EN DE FR").
// A site prints its switcher in the languages' own names, so the list holds endonyms (and the
// English names, which switchers use too); an article sentence naming languages has verbs.
#include "pith/filters/language_switcher.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A switcher lists a handful of languages; longer is prose or a table.
constexpr std::size_t k_max_bytes = 200;
constexpr std::size_t k_max_names = 16;
/// Two names make a switcher; a line of bare codes ("EN DE FR") needs three, as two may be words.
constexpr std::size_t k_min_names = 2;
constexpr std::size_t k_min_codes = 3;

/// Languages' own names and their English names, lower case as shape::key() folds them; names
/// of two words ("Bahasa Indonesia", "Tiếng Việt") are two entries.
constexpr shape::Phrases k_names{{
    "english", "deutsch", "español", "français", "italiano", "português", "nederlands", "polski", "türkçe",
    "svenska", "dansk", "norsk", "suomi", "čeština", "magyar", "română", "català", "galego", "euskara", "hrvatski",
    "srpski", "slovenčina", "slovenščina", "eesti", "latviešu", "lietuvių", "bahasa", "indonesia", "melayu",
    "tiếng", "việt", "filipino", "kiswahili", "shqip", "íslenska", "gaeilge", "cymraeg", "brasil", "(brasil)",
    "русский", "українська", "български", "ελληνικά", "српски", "עברית", "العربية", "فارسی", "हिन्दी", "বাংলা",
    "ไทย", "中文", "简体中文", "繁體中文", "简体", "繁體", "日本語", "한국어",
    "german", "spanish", "french", "italian", "portuguese", "dutch", "polish", "turkish", "russian", "ukrainian",
    "arabic", "chinese", "japanese", "korean", "greek", "swedish", "danish", "norwegian", "finnish", "czech",
    "hungarian", "romanian", "catalan", "hebrew", "persian", "hindi", "vietnamese", "thai",
}};
/// Two-letter codes as switchers print them ("EN | DE | FR").
constexpr shape::Phrases k_codes{{
    "en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr", "ru", "uk", "ar", "zh", "ja", "ko", "sv", "da", "no",
    "fi", "cs", "hu", "ro", "ca", "el", "he", "fa", "hi", "id", "vi", "th", "br",
}};

bool is_separator(char c) { return c == ' ' || c == '|' || c == '/' || c == ',' || c == '\t'; }

/// "·", "•", "-" and dashes separate names too.
bool is_mark_word(std::string_view word) {
  return word == "\xC2\xB7" || word == "\xE2\x80\xA2" || word == "-" || word == "\xE2\x80\x93" ||
         word == "\xE2\x80\x94";
}

/// True when `text` opens on a language's name or code (shape::opening_in(), which compares a
/// line only with the entries that open with its first byte): most lines are turned away by it
/// before they are keyed.
bool opens_on_language(std::string_view text) {
  return !shape::opening_in(text, k_names).empty() || !shape::opening_in(text, k_codes).empty();
}

}  // namespace

std::optional<std::string> LanguageSwitcherFilter::judge(const Document& doc, std::size_t index) const {
  std::string_view text = shape::trim(doc.blocks[index].text);
  if (text.empty() || text.size() > k_max_bytes || !opens_on_language(text)) return std::nullopt;
  std::string_view key = shape::scratch_key(text);
  std::size_t names = 0, codes = 0;
  std::size_t start = 0;
  while (start < key.size()) {
    while (start < key.size() && is_separator(key[start])) ++start;
    std::size_t end = start;
    while (end < key.size() && !is_separator(key[end])) ++end;
    std::string_view word = key.substr(start, end - start);
    start = end;
    if (word.empty() || is_mark_word(word)) continue;
    if (shape::is_one_of(word, k_names)) ++names;
    else if (shape::is_one_of(word, k_codes)) ++codes;
    else return std::nullopt;
    if (names + codes > k_max_names) return std::nullopt;
  }
  // Bare codes count only as switchers print them, in capitals: "No, no es" is Spanish.
  bool capitals = text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  if (names >= k_min_names || (names == 0 && codes >= k_min_codes && capitals)) return "a language switcher";
  return std::nullopt;
}

}  // namespace pith
