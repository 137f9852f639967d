// Date parsing: ISO 8601 checked and put in one form, and the written dates of datelines
// read from a token stream (numbers, words, punctuation) with the month names as data.
#include "pith/html/dateline.h"

#include <array>
#include <cstdio>
#include <optional>
#include <vector>

namespace pith::html {

namespace {

struct MonthName {
  std::string_view name;  ///< lower case, without a final dot
  int month;
};

/// Month names and their abbreviations in English, German, French, Spanish, Italian,
/// Portuguese and Dutch, lower case; accented names also without their accent, as sites
/// write them in URLs and ASCII-only templates.
constexpr MonthName k_month_names[] = {
    // English
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"jaenner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"mär", 3},
    {"mrz", 3},
    {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"fevr", 2},
    {"avr", 4},
    {"juil", 7},
    {"déc", 12},
    // Spanish
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"ene", 1},
    {"abr", 4},
    {"ago", 8},
    {"dic", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    {"gen", 1},
    {"mag", 5},
    {"giu", 6},
    {"lug", 7},
    {"set", 9},
    {"ott", 10},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    {"fev", 2},
    {"out", 10},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    {"mrt", 3},
};

/// Weekday names and abbreviations in the same languages, lower case: they open datelines
/// ("Dienstag, 01. Februar 2022") and end bylines ("Tomas Spahn Fr 15.11.2019").
constexpr auto k_weekday_names = std::to_array<std::string_view>({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lunes", "martes",
    "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì", "martedì", "mercoledì",
    "giovedì", "venerdì", "sabato", "domenica", "segunda", "terça", "quarta", "quinta", "sexta", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"});

/// Little words that sit between the parts of a written date: "5 de marzo de 2024",
/// "5th of March", "1er mars".
constexpr auto k_date_joiners = std::to_array<std::string_view>({
    "de", "del", "of", "do"});
/// Ordinal endings after a day number: 1st, 2nd, 3rd, 5th, 1er, 1re, 1º, 1ª.
constexpr auto k_ordinals = std::to_array<std::string_view>({
    "st", "nd", "rd", "th", "er", "re", "º", "ª", "o"});
/// Words that may stand between a date and its time: "5 March 2024 at 10:00", "um 10:00 Uhr",
/// "à 10h30", "a las 10:00", "alle ore 10:00", "às 10h", "om 10:00".
constexpr auto k_time_joiners =
    std::to_array<std::string_view>({
    "at", "um", "à", "a", "las", "alle", "ore", "às", "om"});
/// Year-first dates of Chinese and Japanese (年 月 日) and Korean (년 월 일) pages.
constexpr std::string_view k_cjk_year = "年", k_cjk_month = "月", k_cjk_day = "日";
constexpr std::string_view k_ko_year = "년", k_ko_month = "월", k_ko_day = "일";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return k_days[month - 1];
}

/// `count` digits of `text` at `pos` as a number, or -1.
int digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::string format_date(int year, int month, int day) {
  char out[40];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

std::string format_time(int hour, int minute, int second) {
  char out[40];
  if (second >= 0) std::snprintf(out, sizeof out, "T%02d:%02d:%02d", hour, minute, second);
  else std::snprintf(out, sizeof out, "T%02d:%02d", hour, minute);
  return out;
}

/// The zone at `pos` of an ISO date-time ("Z", "+01:00", "+0100", "+01"), normalised, or "".
std::string iso_zone(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  if (text[pos] == 'Z' || text[pos] == 'z') return "Z";
  if (text[pos] != '+' && text[pos] != '-') return {};
  int hours = digits_at(text, pos + 1, 2);
  if (hours < 0 || hours > 14) return {};
  int minutes = 0;
  if (pos + 3 < text.size() && text[pos + 3] == ':') minutes = digits_at(text, pos + 4, 2);
  else if (digits_at(text, pos + 3, 2) >= 0)
    minutes = digits_at(text, pos + 3, 2);
  if (minutes < 0 || minutes > 59) return {};
  char out[40];
  std::snprintf(out, sizeof out, "%c%02d:%02d", text[pos], hours, minutes);
  return out;
}

/// The ISO 8601 date (and time) at the start of `text`, or "".
std::string iso_prefix(std::string_view text) {
  int year = digits_at(text, 0, 4), month = digits_at(text, 5, 2), day = digits_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text[4] != '-' || text[7] != '-') return {};
  if (text.size() > 10 && is_digit(text[10])) return {};
  if (!plausible_date(year, month, day)) return {};
  std::string date = format_date(year, month, day);
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ' && text[10] != 't')) return date;
  int hour = digits_at(text, 11, 2), minute = digits_at(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text[13] != ':') return date;
  std::string time = "T" + std::string(text.substr(11, 5));
  std::size_t pos = 16;
  int second = pos < text.size() && text[pos] == ':' ? digits_at(text, pos + 1, 2) : -1;
  if (second > 60) return date;  // 60: a leap second
  if (second >= 0) {
    time += text.substr(pos, 3);
    pos += 3;
    if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') && is_digit(text[pos + 1])) {
      time.push_back('.');
      for (++pos; pos < text.size() && is_digit(text[pos]); ++pos) time.push_back(text[pos]);
    }
  }
  return date + time + iso_zone(text, pos);
}

// --- written dates: a token stream

struct Token {
  enum Kind { number, word, punct } kind;
  std::string text;  ///< a word lower-cased (ASCII and Latin-1), a number's digits, one punctuation mark
  bool space_before = false;
  std::size_t offset = 0;  ///< where the token starts in the text, in bytes
};

/// The code point at `pos` of UTF-8 `text` and its length in bytes (1 for a stray byte).
char32_t code_point(std::string_view text, std::size_t pos, std::size_t* length) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (pos + n > text.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  *length = n;
  return cp;
}

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x3000;
}

/// Letters for our purpose: ASCII letters, the ordinal indicators º ª, and any code point
/// outside the Latin-1 and general punctuation blocks.
bool is_letter_cp(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xAA || cp == 0xBA) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  return !(cp >= 0x3000 && cp <= 0x303F);
}

/// Lower-cases ASCII and Latin-1 capitals of one code point's UTF-8 bytes.
void append_lower(std::string& out, std::string_view bytes, char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp + 32));
  else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
    out.push_back(bytes[0]);
    out.push_back(static_cast<char>(bytes[1] + 0x20));
  } else {
    out.append(bytes);
  }
}

/// Dates never need more than the first tokens of a long text; datelines are short.
constexpr std::size_t k_max_tokens = 400;

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = false;
  for (std::size_t pos = 0; pos < text.size() && tokens.size() < k_max_tokens;) {
    std::size_t length = 1;
    char32_t cp = code_point(text, pos, &length);
    if (is_space_cp(cp)) {
      space = true;
      pos += length;
      continue;
    }
    Token::Kind kind = is_digit(text[pos]) ? Token::number : is_letter_cp(cp) ? Token::word : Token::punct;
    if (kind != Token::punct && !tokens.empty() && !space && tokens.back().kind == kind) {
      if (kind == Token::number) tokens.back().text.push_back(text[pos]);
      else append_lower(tokens.back().text, text.substr(pos, length), cp);
    } else {
      Token token{kind, {}, space, pos};
      if (kind == Token::word) append_lower(token.text, text.substr(pos, length), cp);
      else token.text = std::string(text.substr(pos, length));
      tokens.push_back(std::move(token));
    }
    space = false;
    pos += length;
  }
  return tokens;
}

class DateReader {
 public:
  DateReader(const std::vector<Token>& tokens, DateOrder order) : m_tokens(tokens), m_order(order) {}

  /// The date starting at token `i`, or "".
  std::string read_at(std::size_t i) {
    std::size_t next = i;
    std::optional<std::string> date = numeric(i, &next);
    if (!date) date = written_day_first(i, &next);
    if (!date) date = written_month_first(i, &next);
    if (!date) date = year_first_cjk(i, &next);
    if (!date || date->empty()) return {};
    return *date + time_after(next);
  }

 private:
  const Token* at(std::size_t i) const { return i < m_tokens.size() ? &m_tokens[i] : nullptr; }
  bool is_punct(std::size_t i, std::string_view p) const {
    return at(i) && at(i)->kind == Token::punct && at(i)->text == p;
  }
  bool is_word(std::size_t i, std::string_view w) const {
    return at(i) && at(i)->kind == Token::word && at(i)->text == w;
  }
  int number(std::size_t i, std::size_t min_digits, std::size_t max_digits) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::number || t->text.size() < min_digits || t->text.size() > max_digits) return -1;
    return std::stoi(t->text);
  }
  int month_at(std::size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::word) return 0;
    for (const MonthName& m : k_month_names)
      if (m.name == t->text) return m.month;
    return 0;
  }
  template <class List>
  std::size_t skip_words(std::size_t i, const List& words) const {
    while (at(i) && at(i)->kind == Token::word) {
      bool found = false;
      for (std::string_view w : words) found = found || at(i)->text == w;
      if (!found) break;
      ++i;
    }
    return i;
  }

  static std::optional<std::string> checked(int year, int month, int day) {
    if (!plausible_date(year, month, day)) return std::string();
    return format_date(year, month, day);
  }

  /// 05.03.2024, 5/3/2024, 05-03-2024, 2024/03/05, 2024.03.05, and ISO 2024-03-05.
  std::optional<std::string> numeric(std::size_t i, std::size_t* next) const {
    int first = number(i, 1, 4);
    if (first < 0 || !at(i + 1) || at(i + 1)->kind != Token::punct) return std::nullopt;
    std::string sep = at(i + 1)->text;
    if (sep != "." && sep != "/" && sep != "-") return std::nullopt;
    bool year_first = at(i)->text.size() == 4;
    int second = number(i + 2, 1, 2);
    if (second < 0 || !is_punct(i + 3, sep)) return std::nullopt;
    int third = year_first ? number(i + 4, 1, 2) : number(i + 4, 4, 4);
    if (third < 0 || at(i)->text.size() == 3 || (!year_first && at(i)->text.size() > 2)) return std::nullopt;
    // A longer number straight after ("05.03.2024.1") is a version or an id, not a date.
    if (is_punct(i + 5, sep) && number(i + 6, 1, 4) >= 0) return std::nullopt;
    *next = i + 5;
    if (year_first) return checked(first, second, third);
    bool day_first = sep == "." || first > 12 || (second <= 12 && m_order == DateOrder::day_first);
    bool month_first = sep != "." && (second > 12 || (first <= 12 && m_order == DateOrder::month_first));
    if (day_first == month_first) return std::nullopt;  // ambiguous, or neither reading holds
    return day_first ? checked(third, second, first) : checked(third, first, second);
  }

  /// 5 March 2024, 5. März 2024, 5 de marzo de 2024, 1er mars 2024, 5th of March, 2024.
  std::optional<std::string> written_day_first(std::size_t i, std::size_t* next) const {
    int day = number(i, 1, 2);
    if (day < 0) return std::nullopt;
    std::size_t j = skip_words(i + 1, k_ordinals);
    if (is_punct(j, ".")) ++j;
    j = skip_words(j, k_date_joiners);
    int month = month_at(j);
    if (!month) return std::nullopt;
    ++j;
    if (is_punct(j, ".")) ++j;
    if (is_punct(j, ",")) ++j;
    j = skip_words(j, k_date_joiners);
    int year = number(j, 4, 4);
    if (year < 0) return std::nullopt;
    *next = j + 1;
    return checked(year, month, day);
  }

  /// March 5, 2024, Mar. 5 2024, March 5th, 2024.
  std::optional<std::string> written_month_first(std::size_t i, std::size_t* next) const {
    int month = month_at(i);
    if (!month) return std::nullopt;
    std::size_t j = i + 1;
    if (is_punct(j, ".")) ++j;
    int day = number(j, 1, 2);
    if (day < 0) return std::nullopt;
    j = skip_words(j + 1, k_ordinals);
    if (is_punct(j, ",")) ++j;
    int year = number(j, 4, 4);
    if (year < 0) return std::nullopt;
    *next = j + 1;
    return checked(year, month, day);
  }

  /// 2024年3月5日, 2024년 3월 5일.
  std::optional<std::string> year_first_cjk(std::size_t i, std::size_t* next) const {
    int year = number(i, 4, 4), month = number(i + 2, 1, 2), day = number(i + 4, 1, 2);
    if (year < 0 || month < 0 || day < 0) return std::nullopt;
    bool cjk = is_word(i + 1, k_cjk_year) && is_word(i + 3, k_cjk_month) && is_word(i + 5, k_cjk_day);
    bool korean = is_word(i + 1, k_ko_year) && is_word(i + 3, k_ko_month) && is_word(i + 5, k_ko_day);
    if (!cjk && !korean) return std::nullopt;
    *next = i + 6;
    return checked(year, month, day);
  }

  /// "T10:00", ", 10:00", "at 3:15 pm", "um 10.30 Uhr", "à 10h30" right after a date; "" when none.
  std::string time_after(std::size_t i) const {
    static constexpr auto k_separators = std::to_array<std::string_view>({
    ",", "|", "-", "/", "–"});
    for (int step = 0; step < 3 && at(i); ++step) {
      bool separator = false;
      for (std::string_view s : k_separators) separator = separator || is_punct(i, s);
      if (!separator) break;
      ++i;
    }
    if (is_word(i, "t") && !at(i)->space_before) ++i;
    i = skip_words(i, k_time_joiners);
    int hour = number(i, 1, 2);
    if (hour < 0 || hour > 23) return {};
    bool h_mark = is_word(i + 1, "h");
    bool dot = is_punct(i + 1, ".");
    if (!h_mark && !dot && !is_punct(i + 1, ":")) return {};
    int minute = number(i + 2, 2, 2);
    if (minute < 0 || minute > 59) return {};
    std::size_t j = i + 3;
    int second = -1;
    if (is_punct(j, ":") && number(j + 1, 2, 2) >= 0) {
      second = number(j + 1, 2, 2);
      j += 2;
    }
    if (second > 59) return {};
    bool pm = is_word(j, "pm") || (is_word(j, "p") && is_punct(j + 1, "."));
    bool am = is_word(j, "am") || (is_word(j, "a") && is_punct(j + 1, "."));
    if (pm || am) {
      if (hour < 1 || hour > 12) return {};
      hour = hour % 12 + (pm ? 12 : 0);
    }
    // "10.30" is a time only with the word that says so ("10.30 Uhr", "10.30 h").
    if (dot && !is_word(j, "uhr") && !is_word(j, "h")) return {};
    bool utc = is_word(j, "gmt") || is_word(j, "utc") || is_word(j + 1, "gmt") || is_word(j + 1, "utc");
    return format_time(hour, minute, second) + (utc ? "Z" : "");
  }

  const std::vector<Token>& m_tokens;
  DateOrder m_order;
};

}  // namespace

bool is_calendar_word(std::string_view lower_word) {
  while (lower_word.ends_with('.') || lower_word.ends_with(',')) lower_word.remove_suffix(1);
  for (const MonthName& m : k_month_names)
    if (m.name == lower_word) return true;
  for (std::string_view w : k_weekday_names)
    if (w == lower_word) return true;
  return false;
}

bool plausible_date(int year, int month, int day) {
  if (year < 1995 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year, month);
}

DateOrder date_order_for(std::string_view tag) {
  if (tag.empty()) return DateOrder::unknown;
  if (tag == "en-US" || tag.starts_with("en-US-")) return DateOrder::month_first;
  if (tag == "en" || tag.starts_with("en-")) return tag.size() == 2 ? DateOrder::unknown : DateOrder::day_first;
  return DateOrder::day_first;
}

std::string normalize_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
  if (text.size() < 10) return {};
  return iso_prefix(text);
}

std::string date_in_url(std::string_view url) {
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return {};
  url = url.substr(path, url.find_first_of("?#", path) - path);
  for (std::size_t slash = url.find('/'); slash != std::string_view::npos; slash = url.find('/', slash + 1)) {
    std::string_view rest = url.substr(slash + 1);
    if (rest.size() < 10) break;
    int year = digits_at(rest, 0, 4), month = digits_at(rest, 5, 2), day = digits_at(rest, 8, 2);
    bool slashes = rest[4] == '/' && rest[7] == '/';
    bool dashes = rest[4] == '-' && rest[7] == '-';
    bool ends = rest.size() == 10 || rest[10] == '/' || rest[10] == '-' || rest[10] == '_' || rest[10] == '.';
    if (year < 0 || month < 0 || day < 0 || !(slashes || dashes) || !ends) continue;
    if (plausible_date(year, month, day)) return format_date(year, month, day);
  }
  return {};
}

std::string parse_date(std::string_view text, DateOrder order) {
  std::vector<Token> tokens = tokenize(text);
  DateReader reader(tokens, order);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // ISO first, straight from the text: its "T10:00+01:00" says more than the tokens do.
    if (tokens[i].kind == Token::number && tokens[i].text.size() == 4) {
      std::string iso = iso_prefix(text.substr(tokens[i].offset));
      if (!iso.empty()) return iso;
    }
    std::string date = reader.read_at(i);
    if (!date.empty()) return date;
  }
  return {};
}

}  // namespace pith::html
