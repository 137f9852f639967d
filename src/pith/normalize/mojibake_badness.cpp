// The badness heuristic: characters sorted into a few classes (ICU's properties), and costs for
// the classes, pairs and triples that real text rarely shows and mojibake nearly always does.
#include "pith/normalize/mojibake_badness.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <vector>

namespace pith::mojibake {

namespace {

enum class Class {
  space,           ///< white space, and the edges of the text
  lower,           ///< ASCII small letter
  upper,           ///< ASCII capital
  lower_accented,  ///< a Latin small letter outside ASCII: é ß œ
  upper_accented,  ///< a Latin capital outside ASCII: É Ã Ÿ
  other_letter,    ///< a letter of another script: Cyrillic, Greek, Syriac, Han
  digit,
  opening,         ///< punctuation that opens and never follows a word: ( ¡ ¿ „ ‚ «
  punctuation,     ///< any other punctuation: . , ’ ” » … –
  symbol,          ///< signs of the Latin-1, Windows-1252 and MacRoman sets: © ® ™ € ¼ ¨ ´ √ ≈
  control,         ///< C0 and C1 controls, U+FFFD, unassigned and private-use code points
  mark,            ///< a combining mark
  other,           ///< emoji, arrows, dingbats: neutral
};

struct Char {
  char32_t c;
  Class cls;
  UScriptCode script;    ///< for letters; USCRIPT_COMMON otherwise
  bool capital = false;  ///< an upper-case letter of any script
};

/// Scripts a news text may well hold beside Latin; a letter of any other script is rare enough
/// to count against the reading that produced it (U+0713 Syriac from "Ü“", U+07D3 NKo from "ß“").
bool common_script(UScriptCode script) {
  switch (script) {
    case USCRIPT_LATIN: case USCRIPT_GREEK: case USCRIPT_CYRILLIC: case USCRIPT_ARMENIAN:
    case USCRIPT_HEBREW: case USCRIPT_ARABIC: case USCRIPT_DEVANAGARI: case USCRIPT_BENGALI:
    case USCRIPT_THAI: case USCRIPT_GEORGIAN: case USCRIPT_HANGUL: case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA: case USCRIPT_HAN: case USCRIPT_COMMON: case USCRIPT_INHERITED:
      return true;
    default:
      return false;
  }
}

/// Latin letters of the IPA and Latin Extended-B blocks (U+0180–U+02AF), which news text
/// hardly uses, except Romanian ș ț (U+0218–U+021B).
bool rare_latin(char32_t c) { return c >= 0x0180 && c <= 0x02AF && !(c >= 0x0218 && c <= 0x021B); }

Char classify_ascii(char32_t c) {
  if (c >= 'a' && c <= 'z') return {c, Class::lower, USCRIPT_LATIN};
  if (c >= 'A' && c <= 'Z') return {c, Class::upper, USCRIPT_LATIN, true};
  if (c >= '0' && c <= '9') return {c, Class::digit, USCRIPT_COMMON};
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return {c, Class::space, USCRIPT_COMMON};
  if (c < 0x20 || c == 0x7F) return {c, Class::control, USCRIPT_COMMON};
  if (c == '(' || c == '[' || c == '{') return {c, Class::opening, USCRIPT_COMMON};
  return {c, Class::punctuation, USCRIPT_COMMON};
}

Char classify(char32_t c) {
  if (c < 0x80) return classify_ascii(c);
  switch (c) {
    // Signs mojibake is made of, whatever their Unicode category: ª º µ are letters there, ˆ a
    // modifier letter, § ¶ · † ‡ • ‰ punctuation.
    case 0x00AA: case 0x00BA: case 0x00B5: case 0x02C6: case 0x00A7: case 0x00B6:
    case 0x00B7: case 0x2020: case 0x2021: case 0x2022: case 0x2030:
      return {c, Class::symbol, USCRIPT_COMMON};
    case 0x00A1: case 0x00BF: case 0x00AB: case 0x201E: case 0x201A:  // ¡ ¿ « „ ‚
      return {c, Class::opening, USCRIPT_COMMON};
    case 0xFFFD:
      return {c, Class::control, USCRIPT_COMMON};
    default: break;
  }
  int8_t type = u_charType(static_cast<UChar32>(c));
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: {
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
      bool capital = type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
      if (script != USCRIPT_LATIN) return {c, Class::other_letter, script, capital};
      return {c, capital ? Class::upper_accented : Class::lower_accented, script, capital};
    }
    case U_DECIMAL_DIGIT_NUMBER: return {c, Class::digit, USCRIPT_COMMON};
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
      return {c, Class::space, USCRIPT_COMMON};
    case U_START_PUNCTUATION: return {c, Class::opening, USCRIPT_COMMON};
    case U_DASH_PUNCTUATION: case U_END_PUNCTUATION: case U_CONNECTOR_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION: case U_OTHER_PUNCTUATION:
      return {c, Class::punctuation, USCRIPT_COMMON};
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK: {
      UErrorCode status = U_ZERO_ERROR;
      return {c, Class::mark, uscript_getScript(static_cast<UChar32>(c), &status)};
    }
    case U_CONTROL_CHAR: case U_UNASSIGNED: case U_PRIVATE_USE_CHAR: case U_SURROGATE:
      return {c, Class::control, USCRIPT_COMMON};
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
    case U_OTHER_NUMBER: {
      // The signs of the three code pages (Latin-1, U+2020–U+2122, the MacRoman maths); emoji,
      // arrows and dingbats are other.
      bool sign = c < 0x0300 || (c >= 0x2020 && c <= 0x2122) || (c >= 0x2200 && c <= 0x22FF) || c == 0x25CA;
      return {c, sign ? Class::symbol : Class::other, USCRIPT_COMMON};
    }
    default:
      return {c, Class::other, USCRIPT_COMMON};
  }
}

bool is_letter(const Char& ch) {
  return ch.cls == Class::lower || ch.cls == Class::upper || ch.cls == Class::lower_accented ||
         ch.cls == Class::upper_accented || ch.cls == Class::other_letter;
}
bool is_small(const Char& ch) { return is_letter(ch) && !ch.capital; }
/// A capital outside ASCII, of any script: "Ã", "Ð", "Г".
bool is_wide_capital(const Char& ch) { return ch.capital && ch.c >= 0x80; }
/// A letter outside ASCII of the scripts the code pages hold (Latin, Cyrillic, Greek).
bool is_wide_letter(const Char& ch) {
  return is_letter(ch) && ch.c >= 0x80 &&
         (ch.script == USCRIPT_LATIN || ch.script == USCRIPT_CYRILLIC || ch.script == USCRIPT_GREEK);
}
bool is_space(const Char& ch) { return ch.cls == Class::space; }
/// CJK symbols and punctuation, kana, Han, Hangul, fullwidth forms: three-byte UTF-8 that a
/// wrong reading of Latin text easily produces.
bool east_asian(char32_t c) {
  return (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF);
}

int char_cost(const Char& ch) {
  if (ch.cls == Class::control) return 3;
  if ((ch.cls == Class::other_letter || ch.cls == Class::mark) && !common_script(ch.script)) return 2;
  if (ch.script == USCRIPT_LATIN && rare_latin(ch.c)) return 1;
  return 0;
}

int pair_cost(const Char& a, const Char& b) {
  int cost = 0;
  if (is_small(a) && is_wide_capital(b)) cost += 2;                     // "fÃ", "BamakoÂ", "вЂ"
  if (is_wide_capital(a) && is_small(b) && b.c >= 0x80) cost += 1;      // "Ãœber", "Äô"
  if ((is_letter(a) && b.cls == Class::symbol) || (a.cls == Class::symbol && is_letter(b))) cost += 1;
  if (a.cls == Class::symbol && b.cls == Class::symbol) cost += 1;      // "€™", "√©"
  if (is_letter(a) && is_letter(b) && a.script != b.script) cost += 2;  // "nвЂ"
  if (is_letter(a) && b.cls == Class::opening)                          // "Ã¡", "Ã„", "â‚¬"
    cost += b.c == 0x00AB ? 1 : 2;  // « closes a quotation in German (»so«); „ ‚ ¡ ¿ never follow a word
  if ((a.cls == Class::digit && is_wide_letter(b)) || (is_wide_letter(a) && b.cls == Class::digit)) cost += 1;
  // A no-break space after a space: a lost NBSP byte read back where there was no gap to fill
  // ("Model Â 300"). One before a space is common (".&nbsp; " after a full stop).
  if (is_space(a) && b.c == 0xA0) cost += 1;
  // East Asian punctuation or letters beside a Latin letter: "„Ää" read as MacRoman gives 《.
  if ((east_asian(a.c) && b.script == USCRIPT_LATIN) || (a.script == USCRIPT_LATIN && east_asian(b.c))) cost += 2;
  // A soft hyphen (U+00AD) belongs between small letters ("Stra\u00DF\u00ADe"); after an accented
  // capital it is the second byte of "í" ("Ã\u00AD").
  if (is_wide_capital(a) && b.c == 0x00AD) cost += 1;
  // A combining mark with no letter to sit on ("Ãé" read as MacRoman gives U+030E after a space).
  if (b.cls == Class::mark && !is_letter(a) && a.cls != Class::mark) cost += 2;
  return cost;
}

/// Punctuation glued between a capital outside ASCII and a letter ("Ã–sterreich", "ESPAÃ‘A",
/// "Е“uvre"), or such a capital glued alone after punctuation ("Maryja.Â Głos": a no-break
/// space after a full stop, read as "Â" and a space).
int triple_cost(const Char& a, const Char& b, const Char& c) {
  bool glued = b.cls == Class::punctuation || b.cls == Class::opening;
  int cost = is_wide_capital(a) && glued && is_letter(c) ? 1 : 0;
  if (a.cls == Class::punctuation && is_wide_capital(b) && !is_letter(c)) cost += 1;
  return cost;
}

/// A capital outside ASCII standing as a word of its own after a word in small letters
/// ("arrivé Ã  Paris", "émouvant Â»"), or a word of one script between words of another
/// ("città ГЁ stata"): real text does neither.
int word_cost(const std::vector<Char>& w, std::size_t i) {
  auto at = [&](std::ptrdiff_t k) {
    return k < 0 || static_cast<std::size_t>(k) >= w.size() ? Char{U' ', Class::space, USCRIPT_COMMON}
                                                            : w[static_cast<std::size_t>(k)];
  };
  std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i);
  const Char& ch = w[i];
  int cost = 0;
  if (is_wide_capital(ch) && is_space(at(j - 1)) && !is_letter(at(j + 1)) && is_small(at(j - 2))) cost += 1;
  // A word of another script: its first letter after a space and a letter of the other script.
  if (is_letter(ch) && is_space(at(j - 1)) && is_letter(at(j - 2)) && at(j - 2).script != ch.script) cost += 1;
  return cost;
}

}  // namespace

int badness(std::u32string_view text, std::size_t begin, std::size_t end) {
  // The window classified once: two characters before the span, the span, two after; missing
  // context reads as space, so the span always starts at index 2.
  const Char edge{U' ', Class::space, USCRIPT_COMMON};
  std::vector<Char> w;
  w.reserve(end - begin + 4);
  for (std::size_t k = begin; k < begin + 2; ++k) w.push_back(k >= 2 ? classify(text[k - 2]) : edge);
  for (std::size_t k = begin; k < end + 2; ++k) w.push_back(k < text.size() ? classify(text[k]) : edge);
  std::size_t s = 2, e = w.size() - 2;  // the span in `w`
  int cost = 0;
  for (std::size_t i = s; i < e; ++i) cost += char_cost(w[i]);
  // Every pair, triple and word that holds a character of the span.
  for (std::size_t i = s; i < e + 2; ++i) cost += word_cost(w, i);
  for (std::size_t i = s - 1; i < e; ++i) cost += pair_cost(w[i], w[i + 1]);
  for (std::size_t i = s - 2; i < e; ++i) cost += triple_cost(w[i], w[i + 1], w[i + 2]);
  return cost;
}

}  // namespace pith::mojibake
