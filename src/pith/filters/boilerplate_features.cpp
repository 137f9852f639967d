// The boilerplate feature table and its computation. Shallow text features after boilerpipe
// (Kohlschütter, Fankhauser and Nejdl, "Boilerplate Detection using Shallow Text Features",
// WSDM 2010: word counts, capitalisation, position, the same measures of the neighbours) and
// jusText's stop-word density with context (Pomikálek, "Removing Boilerplate and Duplicate
// Content from Web Corpora", 2011). No word of any one site: the words looked up are stop words
// and short generic lists (boilerplate_words.cpp).
#include "pith/filters/boilerplate_features.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pith/base/line_shape.h"
#include "pith/filters/boilerplate_data.h"
#include "pith/filters/boilerplate_words.h"
#include "pith/language/word_lists.h"

namespace pith::boilerplate {

namespace {

using F = Feature;

constexpr FeatureInfo k_table[] = {
    // --- the line itself: boilerpipe's shallow text features
    {F::log_chars, "log_chars", "log(1 + code points): article paragraphs are long, link labels and menus short",
     "long", "short"},
    {F::log_words, "log_words", "log(1 + words): the strongest single cue in boilerpipe's study", "many words",
     "{words} words"},
    {F::short_line, "short_line", "1 for 3 words or fewer: menu items, labels, buttons", "3 words or fewer",
     "more than 3 words"},
    {F::long_line, "long_line", "1 for 20 words or more: a full paragraph", "20 words or more",
     "under 20 words"},
    {F::stop_density, "stop_density",
     "stop words / words in the document's language: prose is a third or more function words, link "
     "lists and labels few (jusText)",
     "many stop words", "few stop words"},
    {F::log_stop_words, "log_stop_words", "log(1 + stop words): how much running prose the line holds",
     "much prose", "no stop words"},
    {F::ends_terminal, "ends_terminal", "1 when the line ends in . ! ? or … (before closing quotes): sentences do (C4)",
     "ends a sentence", "no closing punctuation"},
    {F::ends_colon, "ends_colon", "1 when the line ends in a colon: a label or a list's header", "ends in a colon",
     "no colon at the end"},
    {F::ends_alnum, "ends_alnum", "1 when the line ends in a letter or digit: titles, labels, link text",
     "no closing punctuation", "closing punctuation"},
    {F::question, "question", "1 when the line ends in a question mark: a question to the reader is article text",
     "a question", "not a question"},
    {F::upper_ratio, "upper_ratio",
     "capitals / letters, less the mean over the document's prose lines: shouted labels and acronyms",
     "many capitals", "few capitals"},
    {F::title_ratio, "title_ratio",
     "capitalised words / words, less the mean over the document's prose lines: Title Case headlines and "
     "menu entries",
     "title case", "sentence case"},
    {F::all_caps, "all_caps", "1 when nearly every letter is a capital (4+ letters)", "all capitals",
     "not all capitals"},
    {F::digit_ratio, "digit_ratio", "digits / code points: dates, times, counters, prices", "many digits",
     "few digits"},
    {F::punct_ratio, "punct_ratio", "ASCII punctuation / code points: markup residue, separators",
     "much punctuation", "little punctuation"},
    {F::separators, "separators", "log(1 + tokens that are only | • · » › /): menus in one line",
     "separator marks", "no separators"},
    {F::has_url, "has_url", "1 when the line holds a URL or a bare domain", "a URL", "no URL"},
    {F::has_email, "has_email", "1 when the line holds an e-mail address: contact and bio lines", "an e-mail address",
     "no e-mail"},
    {F::has_handle, "has_handle", "1 when a word is an @handle: social-media residue", "an @handle", "no handle"},
    {F::has_hashtag, "has_hashtag", "1 when a word is a #hashtag", "a hashtag", "no hashtag"},
    {F::has_copyright, "has_copyright", "1 for © or the word copyright", "a copyright mark", "no copyright"},
    {F::has_year, "has_year", "1 when the line holds a year (1900-2099): datelines, archives, footers", "a year",
     "no year"},
    {F::opens_call, "opens_call",
     "1 when the first word is an imperative call to act on the page (subscribe, click, share, follow, "
     "download, donate; six languages)",
     "imperative", "not imperative"},
    {F::second_person, "second_person", "second-person words / words: page furniture talks to the reader",
     "addresses the reader", "does not address the reader"},
    {F::navigation, "navigation", "menu and page-furniture words / words (home, login, privacy, impressum, ...)",
     "navigation words", "no navigation words"},
    {F::label_colon, "label_colon", "1 when the line opens with a label of 1-3 words and a colon (Tags:, Source:)",
     "label and colon", "no label"},
    {F::opens_bullet, "opens_bullet", "1 when the line opens with a list bullet or number", "a list item",
     "not a list item"},
    {F::opens_quote, "opens_quote", "1 when the line opens with a quotation mark: quotes are article text",
     "opens a quote", "no quote"},
    {F::bracketed, "bracketed", "1 when the whole line is in brackets: image and button placeholders",
     "in brackets", "not bracketed"},
    // --- position: page furniture sits at the top and bottom of a page
    {F::relative_position, "relative_position", "line index / (lines - 1): 0 at the top, 1 at the bottom",
     "near the end", "near the top"},
    {F::log_from_top, "log_from_top", "log(1 + kept lines above)", "far from the top", "line {top} from the top"},
    {F::log_from_end, "log_from_end", "log(1 + kept lines below)", "far from the end", "last {end} lines"},
    // --- the document: an article record and a whole-page dump need different priors
    {F::doc_log_lines, "doc_log_lines", "log(1 + kept lines of the document)", "a long document",
     "a short document"},
    {F::doc_prose_share, "doc_prose_share", "share of the document's lines that are prose (see prose)",
     "a prose document", "a page of short lines"},
    {F::language_known, "language_known", "1 when the document's stop words are known (one of six languages)",
     "known language", "unknown language"},
    // --- the neighbours: jusText's context (a short line between prose is a heading)
    {F::prev_log_words, "prev_log_words", "log_words of the line above (0 at the top)", "after a long line",
     "after a short line"},
    {F::prev_stop_density, "prev_stop_density", "stop_density of the line above", "after prose",
     "after a line without stop words"},
    {F::prev_terminal, "prev_terminal", "ends_terminal of the line above", "after a sentence",
     "after a line without closing punctuation"},
    {F::next_log_words, "next_log_words", "log_words of the line below (0 at the end)", "before a long line",
     "before a short line"},
    {F::next_stop_density, "next_stop_density", "stop_density of the line below", "before prose",
     "before a line without stop words"},
    {F::next_terminal, "next_terminal", "ends_terminal of the line below", "before a sentence",
     "before a line without closing punctuation"},
    {F::window_prose, "window_prose", "share of prose among the 3 lines above and 3 below", "among prose",
     "among short lines"},
    {F::log_since_prose, "log_since_prose", "log(1 + lines since the last prose line above; 50 when none)",
     "far below any prose", "just below prose"},
    {F::log_until_prose, "log_until_prose", "log(1 + lines to the next prose line below; 50 when none)",
     "far above any prose", "just above prose"},
    {F::inside_prose_span, "inside_prose_span", "1 between the document's first and last prose lines",
     "inside the article", "outside the article"},
    {F::prose, "prose",
     "1 for a prose line: 7+ words (or 60+ code points), ending a sentence, a fifth or more stop words "
     "(any, when the language is unknown)",
     "prose", "not prose"},
};
static_assert(std::size(k_table) == k_feature_count, "one table row per feature");

constexpr bool table_in_order() {
  for (std::size_t i = 0; i < k_feature_count; ++i)
    if (static_cast<std::size_t>(k_table[i].id) != i) return false;
  return true;
}
static_assert(table_in_order(), "table rows in Feature order");

/// A document whose best language's stop words are under this share of its words is in a
/// language pith has no list for: its stop-word features are then imputed.
constexpr float k_min_language_coverage = 0.08f;
static_assert(std::size(k_list_languages) == std::size(boilerplate_data::k_languages),
              "the stop-word lists are the list languages, in the same order");
/// The stop-word density given to lines of a document in an unknown language: the density of
/// ordinary prose, so the other features decide.
constexpr float k_imputed_stop_density = 0.3f;
/// Distance given when there is no prose line on one side.
constexpr float k_no_prose_distance = 50.0f;

// Byte classes, one table lookup a byte.
enum : std::uint8_t { k_other = 0, k_upper = 1, k_lower = 2, k_digit = 3, k_space = 4, k_punct = 5 };
constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = k_upper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = k_lower;
  for (int c = '0'; c <= '9'; ++c) t[c] = k_digit;
  for (char c : std::string_view(" \t\n\r\f\v")) t[static_cast<unsigned char>(c)] = k_space;
  for (char c : std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")) t[static_cast<unsigned char>(c)] = k_punct;
  return t;
}
constexpr std::array<std::uint8_t, 256> k_classes = make_classes();

inline bool is_ascii_alnum(unsigned char c) {
  static_assert(k_lower == k_upper + 1 && k_digit == k_upper + 2);
  return static_cast<unsigned>(k_classes[c] - k_upper) < 3;
}

/// Bytes of a closing mark (quote, bracket) ending `s`, or 0.
std::size_t closing_mark_at_end(std::string_view s) {
  if (s.empty()) return 0;
  char c = s.back();
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') return 1;
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) return 3;  // ” ’
  if (s.ends_with("\xC2\xBB")) return 2;                                     // »
  return 0;
}

/// Bytes of an opening quote at the start of `s`, or 0.
std::size_t opening_quote_at(std::string_view s) {
  if (s.starts_with('"') || s.starts_with('\'')) return 1;
  if (s.starts_with("\xE2\x80\x9C") || s.starts_with("\xE2\x80\x98") || s.starts_with("\xE2\x80\x9E")) return 3;  // “ ‘ „
  if (s.starts_with("\xC2\xAB")) return 2;  // «
  return 0;
}

/// True when `token` is only a separator mark.
bool is_separator(std::string_view token) {
  return token == "|" || token == "/" || token == "\xE2\x80\xA2" /* • */ || token == "\xC2\xB7" /* · */ ||
         token == "\xC2\xBB" /* » */ || token == "\xE2\x80\xBA" /* › */ || token == "\xE2\x8B\x85" /* ⋅ */;
}

/// word_core() of a token that does not open and end on an ASCII letter or digit.
[[gnu::noinline]] std::string_view word_core_trimmed(std::string_view token) {
  while (!token.empty()) {
    // An ASCII quote is punctuation: only a byte over 0x7F may open a longer quote.
    auto c = static_cast<unsigned char>(token[0]);
    if (c < 0x80) {
      if (k_classes[c] != k_punct || c == '@' || c == '#') break;
      token.remove_prefix(1);
    } else if (std::size_t q = opening_quote_at(token)) {
      token.remove_prefix(q);
    } else {
      break;
    }
  }
  while (!token.empty()) {
    auto c = static_cast<unsigned char>(token.back());
    if (c < 0x80) {
      if (k_classes[c] != k_punct) break;
      token.remove_suffix(1);
    } else if (std::size_t q = closing_mark_at_end(token)) {
      token.remove_suffix(q);
    } else if (token.ends_with("\xE2\x80\xA6")) {  // …
      token.remove_suffix(3);
    } else {
      break;
    }
  }
  return token;
}

/// `token` without the punctuation and quotes around a word ("(Reuters)," → "Reuters").
inline std::string_view word_core(std::string_view token) {
  // Most words open and end on a letter or digit: nothing to take off (and no call).
  if (!token.empty() && is_ascii_alnum(static_cast<unsigned char>(token.front())) &&
      is_ascii_alnum(static_cast<unsigned char>(token.back())))
    return token;
  return word_core_trimmed(token);
}

/// Top-level domains common enough that "example.com" reads as a URL.
[[gnu::noinline]] bool is_domain_like(std::string_view core) {
  std::size_t dot = core.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = core.substr(dot + 1);
  std::size_t slash = tld.find('/');
  if (slash != std::string_view::npos) tld = tld.substr(0, slash);
  static constexpr std::string_view k_tlds[] = {"com", "org", "net", "gov", "edu", "info", "io", "co", "uk",
                                                "de",  "fr",  "es",  "it",  "pt",  "br",   "ru", "us", "ly"};
  for (std::string_view t : k_tlds)
    if (shape::equals_ci(tld, t)) return is_ascii_alnum(static_cast<unsigned char>(core[dot - 1]));
  return false;
}

/// Flags of `core` for the stop-word and word-class counts; a word with an apostrophe counts
/// its two parts ("l'homme", "dell'anno", "it's").
[[gnu::noinline]] std::uint16_t word_flags(std::string_view core, const WordTable& table) {
  std::size_t apostrophe = core.find('\'');
  std::size_t length = 1;
  if (apostrophe == std::string_view::npos) {
    apostrophe = core.find("\xE2\x80\x99");  // ’
    length = 3;
  }
  if (apostrophe == std::string_view::npos || apostrophe == 0) return table.flags(core);
  std::uint16_t whole = table.flags(core);  // "don't", "you're" are listed whole
  if (whole) return whole;
  return table.flags(core.substr(0, apostrophe)) | table.flags(core.substr(apostrophe + length));
}

/// The first bytes of a word that count_line() looks at more closely: a capital (A..Z, or C3
/// that opens À..Þ), '@' (a handle) and '#' (a hashtag).
constexpr std::array<bool, 256> make_word_leads() {
  std::array<bool, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  t[0xC3] = t['@'] = t['#'] = true;
  return t;
}
constexpr std::array<bool, 256> k_word_leads = make_word_leads();

bool is_capital_at(std::string_view s) {
  auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 &&
         static_cast<unsigned char>(s[1]) <= 0x9E && static_cast<unsigned char>(s[1]) != 0x97;
}

/// Bytes of a list bullet or number opening `s` ("* ", "+ ", "o ", "• ", "- ", "12. ", "3) "), or 0.
std::size_t bullet_at(std::string_view s) {
  auto spaced = [&](std::size_t n) { return s.size() > n && s[n] == ' ' ? n + 1 : 0; };
  if (s.empty()) return 0;
  if (s[0] == '*' || s[0] == '+' || s[0] == '-' || s[0] == 'o' || s[0] == '#') return spaced(1);
  if (s.starts_with("\xE2\x80\xA2") || s.starts_with("\xE2\x80\x93")) return spaced(3);  // • –
  std::size_t d = 0;
  while (d < s.size() && d < 3 && s[d] >= '0' && s[d] <= '9') ++d;
  if (d > 0 && d < s.size() && (s[d] == '.' || s[d] == ')')) return spaced(d + 1);
  return 0;
}

/// True when `text` opens with a label of 1-3 words and a colon ("Tags:", "Filed under:"),
/// not a time ("10:30") or a URL scheme ("http:").
bool opens_with_label(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 32) return false;
  if (colon + 1 < text.size() && text[colon + 1] != ' ') return false;
  auto before = static_cast<unsigned char>(text[colon - 1]);
  if (before < 0x80 && !(k_classes[before] == k_upper || k_classes[before] == k_lower)) return false;
  std::size_t spaces = static_cast<std::size_t>(std::count(text.begin(), text.begin() + colon, ' '));
  return spaces <= 2;
}

/// A line as count_line() reads it: its bytes copied with white space after them, so a word may
/// be read sixteen bytes at a time wherever it sits, and a bit a byte for white space, so words
/// are found by bit scans. One is kept for all the lines of a document, so its buffers are
/// allocated once.
struct LineScan {
  std::vector<char> bytes;            ///< the line, then ' ' up to 64 * blocks + 16 bytes
  std::vector<std::uint64_t> spaces;  ///< bit i % 64 of spaces[i / 64]: byte i is white space
  std::size_t blocks = 0;             ///< 64-byte blocks the bitmaps cover: the line and one byte more
  bool non_ascii = false;             ///< the line holds a UTF-8 lead byte
  /// A 'c' or 'C' with a 't' or 'T' eight bytes on: false when the line cannot hold "copyright"
  /// in any case (shape::contains_stem_ci compares ASCII letters only).
  bool copyright_candidate = false;
};

#if defined(__SSE2__)
/// The sum of the sixteen byte counters of `counters`.
inline std::uint32_t sum_bytes(__m128i counters) {
  __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
  return static_cast<std::uint32_t>(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
}

/// 0xFF in each byte of `x` from `low` to `low + count - 1` (count <= 128), else 0.
inline __m128i bytes_in(__m128i x, unsigned char low, int count) {
  return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - low))),
                        _mm_set1_epi8(static_cast<char>(-128 + count)));
}
#endif

/// Copies `text` into `scan` and fills its bitmaps (see LineScan), and counts the byte classes
/// of `text` into `c`: ASCII capitals, letters, digits and punctuation as k_classes gives them,
/// a UTF-8 lead byte as one code point counted as a letter, a Latin-1 capital (C3 80..9E but not
/// ×) as a capital too. `chars`, `letters`, `upper`, `digits` and `punct` are set; the others are
/// left alone. One pass over the line, sixteen bytes at a time where SSE2 is there.
void scan_line(std::string_view text, LineScan& scan, LineCounts& c) {
  const std::size_t n = text.size();
  scan.blocks = n / 64 + 1;
  const std::size_t covered = 64 * scan.blocks;
  if (scan.bytes.size() < covered + 16) scan.bytes.resize(covered + 16);
  if (scan.spaces.size() < scan.blocks) {
    scan.spaces.resize(scan.blocks);
  }
  char* const p = scan.bytes.data();
  if (n > 0) std::memcpy(p, text.data(), n);
  std::memset(p + n, ' ', covered + 16 - n);
  std::uint32_t upper = 0, lower = 0, digits = 0, graphic = 0, ascii_chars = 0, leads = 0;
#if defined(__SSE2__)
  // k_punct is every printable ASCII byte but letters and digits (! to / : to @ [ to ` { to ~).
  // The counters are a byte a lane, one at most a chunk: summed every 63 blocks (252 chunks).
  const __m128i zero = _mm_setzero_si128();
  __m128i copyright = zero;
  for (std::size_t block = 0; block < scan.blocks;) {
    const std::size_t group_end = std::min(scan.blocks, block + 63);
    __m128i n_upper = zero, n_lower = zero, n_digits = zero, n_graphic = zero, n_ascii = zero, n_leads = zero;
    for (; block < group_end; ++block) {
      std::uint64_t space_bits = 0;
      for (unsigned k = 0; k < 4; ++k) {
        const char* at = p + 64 * block + 16 * k;
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        n_upper = _mm_sub_epi8(n_upper, bytes_in(x, 'A', 26));
        n_lower = _mm_sub_epi8(n_lower, bytes_in(x, 'a', 26));
        n_digits = _mm_sub_epi8(n_digits, bytes_in(x, '0', 10));
        n_graphic = _mm_sub_epi8(n_graphic, bytes_in(x, '!', 94));  // ! to ~
        n_ascii = _mm_sub_epi8(n_ascii, _mm_cmpgt_epi8(x, _mm_set1_epi8(-1)));
        n_leads = _mm_sub_epi8(n_leads, bytes_in(x, 0xC0, 64));
        // White space: ' ', and \t \n \v \f \r (0x09..0x0D), as k_classes has it.
        __m128i space = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), bytes_in(x, 0x09, 5));
        space_bits |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(space))) << (16 * k);
        // Only 'C' and 'c' are 'c' with 0x20 set, only 'T' and 't' are 't'.
        const __m128i ahead = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 8));
        copyright = _mm_or_si128(
            copyright, _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('c')),
                                     _mm_cmpeq_epi8(_mm_or_si128(ahead, _mm_set1_epi8(0x20)), _mm_set1_epi8('t'))));
      }
      scan.spaces[block] = space_bits;
    }
    upper += sum_bytes(n_upper);
    lower += sum_bytes(n_lower);
    digits += sum_bytes(n_digits);
    graphic += sum_bytes(n_graphic);
    ascii_chars += sum_bytes(n_ascii);
    leads += sum_bytes(n_leads);
  }
  scan.copyright_candidate = _mm_movemask_epi8(copyright) != 0;
#else
  scan.copyright_candidate = false;
  for (std::size_t block = 0; block < scan.blocks; ++block) {
    std::uint64_t space_bits = 0;
    for (std::size_t k = 0; k < 64; ++k) {
      const auto b = static_cast<unsigned char>(p[64 * block + k]);
      upper += k_classes[b] == k_upper;
      lower += k_classes[b] == k_lower;
      digits += k_classes[b] == k_digit;
      graphic += b >= '!' && b <= '~';
      ascii_chars += b < 0x80;
      leads += b >= 0xC0;
      space_bits |= static_cast<std::uint64_t>(k_classes[b] == k_space) << k;
      scan.copyright_candidate |= (b | 0x20) == 'c' && (static_cast<unsigned char>(p[64 * block + k + 8]) | 0x20) == 't';
    }
    scan.spaces[block] = space_bits;
  }
#endif
  ascii_chars -= static_cast<std::uint32_t>(covered - n);  // the white space after the line
  scan.non_ascii = leads > 0;
  c.letters = upper + lower + leads;
  c.digits = digits;
  c.punct = graphic - upper - lower - digits;
  if (leads > 0) {
    const char* end = text.data() + text.size();
    for (const char* at = text.data();
         (at = static_cast<const char*>(std::memchr(at, '\xC3', static_cast<std::size_t>(end - at)))) && at + 1 < end;
         ++at) {
      auto next = static_cast<unsigned char>(at[1]);
      if (next <= 0x9E && next != 0x97) ++upper;
    }
  }
  c.upper = upper;
  c.chars = ascii_chars + leads;
}

/// What count_line() looks for inside a word's core: '@' (an e-mail address), '.' (a URL) and
/// an apostrophe ("l'homme", or the byte 0xE2 that opens ’).
struct CoreMarks {
  bool at_sign = false, dot = false, apostrophe = false;
};

[[gnu::noinline]] CoreMarks marks_of(std::string_view core) {
  CoreMarks m;
  for (char ch : core) {
    m.at_sign |= ch == '@';
    m.dot |= ch == '.';
    m.apostrophe |= ch == '\'' || ch == '\xE2';
  }
  return m;
}

/// The marks of `core` and its flags for the stop-word and word-class counts (none for a word
/// opening with a digit), with word_flags() for a word with an apostrophe. `core` must be
/// followed by sixteen readable bytes where SSE2 is there: one load then serves the marks, the
/// case fold and the lookup.
inline std::uint16_t look_up(std::string_view core, const WordTable& table, CoreMarks* marks) {
  const bool digit_lead = k_classes[static_cast<unsigned char>(core[0])] == k_digit;
#if defined(__SSE2__)
  if (core.size() <= k_max_word_bytes) {
    // 0xFF for the word's bytes, 0 for the padding after them: a window of this row.
    static constexpr unsigned char k_keep[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    __m128i bytes = _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(core.data())),
                                  _mm_loadu_si128(reinterpret_cast<const __m128i*>(k_keep + 16 - core.size())));
    __m128i marked = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(0xE2)))));
    if (_mm_movemask_epi8(marked) != 0) {
      marks->at_sign = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@'))) != 0;
      marks->dot = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))) != 0;
      marks->apostrophe = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')),
                                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(0xE2))))) != 0;
    }
    if (digit_lead) return 0;
    if (marks->apostrophe) return word_flags(core, table);
    // As WordTable::flags() folds: A..Z (0x41..0x5A) take 0x20, and so do the Latin-1 capitals
    // À..Þ but × (C3 80..9E but 97, the byte after C3).
    __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(bytes, _mm_set1_epi8('Z' + 1)));
    if (_mm_movemask_epi8(bytes) != 0) {
      __m128i after_c3 = _mm_cmpeq_epi8(_mm_slli_si128(bytes, 1), _mm_set1_epi8(static_cast<char>(0xC3)));
      __m128i latin = _mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x97))), bytes_in(bytes, 0x80, 31));
      capitals = _mm_or_si128(capitals, _mm_and_si128(after_c3, latin));
    }
    bytes = _mm_or_si128(bytes, _mm_and_si128(capitals, _mm_set1_epi8(0x20)));
    return table.flags_of_lower(static_cast<std::uint64_t>(_mm_cvtsi128_si64(bytes)),
                                static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(bytes, bytes))));
  }
#endif
  *marks = marks_of(core);
  return digit_lead ? 0 : marks->apostrophe ? word_flags(core, table) : table.flags(core);
}

float log1(float x) { return std::log1p(x); }

}  // namespace

std::span<const FeatureInfo> feature_table() { return k_table; }

int feature_index(std::string_view name) {
  for (std::size_t i = 0; i < k_feature_count; ++i)
    if (k_table[i].name == name) return static_cast<int>(i);
  return -1;
}

namespace {

/// count_line() with `table` (WordTable::shipped()) and `scan` as its scratch space.
LineCounts count_line_with(std::string_view text, const WordTable& table, LineScan& scan) {
  LineCounts c;
  scan_line(text, scan, c);

  // Words: tokens between white space, found in the bitmap; `open` holds the bits of block
  // `block` that are not white space and not yet passed.
  const char* const bytes = scan.bytes.data();
  const std::uint64_t* const spaces = scan.spaces.data();
  bool first_word = true;
  std::size_t block = 0;
  std::uint64_t open = ~spaces[0];
  for (;;) {
    if (open == 0) {
      if (++block == scan.blocks) break;
      open = ~spaces[block];
      continue;
    }
    // The white space after the line ends every token inside the bitmaps.
    const std::size_t start = 64 * block + static_cast<std::size_t>(std::countr_zero(open));
    std::uint64_t closing = spaces[block] & (~std::uint64_t{0} << (start % 64));
    while (closing == 0) closing = spaces[++block];
    const std::size_t end = 64 * block + static_cast<std::size_t>(std::countr_zero(closing));
    open = ~spaces[block] & (~std::uint64_t{0} << (end % 64));
    std::string_view token(bytes + start, end - start);
    if (token.size() <= 3 && is_separator(token)) {
      ++c.separators;
      continue;
    }
    ++c.words;
    std::string_view core = word_core(token);
    if (core.empty()) continue;
    if (k_word_leads[static_cast<unsigned char>(core[0])]) {  // most words open on a small letter
      if (is_capital_at(core)) ++c.title_words;
      if (core[0] == '@' && core.size() > 1 && is_ascii_alnum(static_cast<unsigned char>(core[1]))) c.has_handle = true;
      else if (core[0] == '#' && core.size() > 1 && k_classes[static_cast<unsigned char>(core[1])] != k_digit &&
               k_classes[static_cast<unsigned char>(core[1])] != k_punct)
        c.has_hashtag = true;
    }
    // The copy in `scan` goes on sixteen bytes past any word.
    CoreMarks marks;
    const std::uint16_t flags = look_up(core, table, &marks);
    if (marks.at_sign) {
      std::size_t at = core.find('@');
      if (at > 0 && core.find('.', at) != std::string_view::npos) c.has_email = true;
    }
    if (marks.dot && !c.has_url &&
        (core.find("://") != std::string_view::npos || shape::starts_with_ci(core, "www.") || is_domain_like(core)))
      c.has_url = true;
    if (first_word && (flags & k_call_word)) c.opens_call = true;
    first_word = false;
    if (flags == 0) continue;  // most words of a line are in no list
    if (flags & k_second_person) ++c.second_person;
    if (flags & k_navigation) ++c.navigation;
    for (unsigned stop = flags & k_stop_word_bits; stop != 0; stop &= stop - 1) ++c.stop[static_cast<std::size_t>(std::countr_zero(stop))];
  }
  // A bullet is not the first word; the word after it is.
  if (std::size_t bullet = bullet_at(text)) {
    c.opens_bullet = true;
    std::string_view rest = text.substr(bullet);
    std::size_t end = rest.find(' ');
    std::string_view core = word_core(rest.substr(0, end));
    c.opens_call = !core.empty() && (word_flags(core, table) & k_call_word);
  }
  c.opens_quote = opening_quote_at(text) > 0;
  c.bracketed = (text.starts_with('[') && text.ends_with(']')) || (text.starts_with('(') && text.ends_with(')'));
  c.label_colon = opens_with_label(text);
  // © is C2 A9, so not in an ASCII line.
  c.has_copyright = (scan.non_ascii && text.find(shape::k_copyright_sign) != std::string_view::npos) ||
                    (scan.copyright_candidate && shape::contains_stem_ci(text, std::string_view("copyright")));
  c.has_year = c.digits >= 4 && shape::has_year(text);

  std::string_view end = text;
  while (std::size_t n = closing_mark_at_end(end)) end.remove_suffix(n);
  if (!end.empty()) {
    auto last = static_cast<unsigned char>(end.back());
    c.question = last == '?' || end.ends_with("\xEF\xBC\x9F");  // ？
    c.ends_terminal = last == '.' || last == '!' || c.question || end.ends_with("\xE2\x80\xA6") /* … */ ||
                      end.ends_with("\xE3\x80\x82") /* 。 */ || end.ends_with("\xEF\xBC\x81") /* ！ */;
    c.ends_colon = last == ':';
    c.ends_alnum = is_ascii_alnum(last) || last >= 0x80;
    if (c.ends_terminal) c.ends_alnum = false;
  }
  return c;
}

}  // namespace

LineCounts count_line(std::string_view text) {
  LineScan scan;
  return count_line_with(text, WordTable::shipped(), scan);
}

namespace {

/// The mean capital ratios of a document's prose lines (of all its lines when none is prose).
struct Capitals {
  float upper = 0.0f;  ///< capitals / letters
  float title = 0.0f;  ///< capitalised words / words
};

/// How much a document's own prose capitalises, to measure each line against: German capitalises
/// every noun and some sites write sentences in Title Case, so the raw ratios that tell a menu
/// from prose in one language or site mislead in another. `prose` flags the lines of `counts`.
Capitals prose_capitals(const std::vector<LineCounts>& counts, const std::vector<std::uint8_t>& prose) {
  const bool any_prose = std::find(prose.begin(), prose.end(), 1) != prose.end();
  double upper = 0.0, title = 0.0;
  std::size_t lines = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (any_prose && !prose[i]) continue;
    const LineCounts& c = counts[i];
    upper += c.letters ? static_cast<double>(static_cast<float>(c.upper) / static_cast<float>(c.letters)) : 0.0;
    title += c.words ? static_cast<double>(static_cast<float>(c.title_words) / static_cast<float>(c.words)) : 0.0;
    ++lines;
  }
  if (lines == 0) return {};
  return {static_cast<float>(upper / static_cast<double>(lines)), static_cast<float>(title / static_cast<double>(lines))};
}

}  // namespace

DocumentFeatures document_features(const Document& doc, std::size_t first_block) {
  DocumentFeatures out;
  std::size_t block = first_block;
  for (; block < doc.blocks.size() && out.blocks.size() < k_window_lines; ++block)
    if (doc.blocks[block].kept()) out.blocks.push_back(block);
  out.next_block = block;
  const std::size_t n = out.blocks.size();
  out.counts.reserve(n);
  LineScan scan;
  const WordTable& table = WordTable::shipped();
  for (std::size_t k = 0; k < n; ++k) {
    if (k + k_prefetch_blocks < n) prefetch_text(doc, out.blocks[k + k_prefetch_blocks]);
    out.counts.push_back(count_line_with(doc.blocks[out.blocks[k]].text, table, scan));
  }

  // The language: the identified one when CLD2 was sure of it and it is one of the six
  // (list_languages() then gives it, with English), else the one whose stop words cover most of
  // the document's words.
  const ListLanguages languages = list_languages(doc);
  if (languages != ListLanguages::all()) {
    for (std::size_t l = 0; l < std::size(k_list_languages); ++l)
      if (languages.has(k_list_languages[l]) && (out.language < 0 || k_list_languages[l] != ListLanguage::en))
        out.language = static_cast<int>(l);
  } else {
    std::array<std::uint64_t, 6> stop{};
    std::uint64_t words = 0;
    for (const LineCounts& c : out.counts) {
      words += c.words;
      for (std::size_t l = 0; l < stop.size(); ++l) stop[l] += c.stop[l];
    }
    std::size_t best = static_cast<std::size_t>(std::max_element(stop.begin(), stop.end()) - stop.begin());
    if (words > 0 && static_cast<float>(stop[best]) >= k_min_language_coverage * static_cast<float>(words))
      out.language = static_cast<int>(best);
  }
  const bool known = out.language >= 0;

  // log1 of the counts 0 .. n - 1, once a window: the line positions take them all, and most
  // other features are logs of counts as small (the same values as log1 gives, to the bit).
  std::vector<float>& log_of = out.log_of;
  log_of.resize(n);
  for (std::size_t k = 0; k < n; ++k) log_of[k] = log1(static_cast<float>(k));
  auto log_count = [&](std::size_t k) { return k < n ? log_of[k] : log1(static_cast<float>(k)); };
  out.density.resize(n);
  out.log_words.resize(n);
  out.prose.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const LineCounts& c = out.counts[i];
    out.density[i] = !known ? k_imputed_stop_density
                            : c.words ? static_cast<float>(c.stop[static_cast<std::size_t>(out.language)]) / static_cast<float>(c.words)
                                      : 0.0f;
    out.log_words[i] = log_count(c.words);
    out.prose[i] = (c.words >= 7 || c.chars >= 60) && c.ends_terminal && out.density[i] >= 0.2f;
  }
  const std::vector<std::uint8_t>& prose = out.prose;
  std::size_t prose_lines = static_cast<std::size_t>(std::count(prose.begin(), prose.end(), 1));
  // Lines since the last prose line above, and until the next below.
  out.since.assign(n, k_no_prose_distance);
  out.until.assign(n, k_no_prose_distance);
  for (std::size_t i = 0, last = SIZE_MAX; i < n; ++i) {
    if (last != SIZE_MAX) out.since[i] = std::min(k_no_prose_distance, static_cast<float>(i - last));
    if (prose[i]) last = i;
  }
  for (std::size_t i = n, next = SIZE_MAX; i-- > 0;) {
    if (next != SIZE_MAX) out.until[i] = std::min(k_no_prose_distance, static_cast<float>(next - i));
    if (prose[i]) next = i;
  }
  const Capitals capitals = prose_capitals(out.counts, prose);
  out.upper_mean = capitals.upper;
  out.title_mean = capitals.title;
  out.first_prose = static_cast<std::size_t>(std::find(prose.begin(), prose.end(), 1) - prose.begin());
  out.last_prose = n - static_cast<std::size_t>(std::find(prose.rbegin(), prose.rend(), 1) - prose.rbegin());
  if (n > 0) out.prose_share = static_cast<float>(prose_lines) / static_cast<float>(n);
  out.doc_log_lines = log1(static_cast<float>(n));
  return out;
}

FeatureVector DocumentFeatures::values(std::size_t i) const {
  const std::size_t n = blocks.size();
  const bool known = language >= 0;
  auto log_count = [&](std::size_t k) { return k < n ? log_of[k] : log1(static_cast<float>(k)); };
  const LineCounts& c = counts[i];
  FeatureVector v;
  auto set = [&v](Feature f, float x) { v[static_cast<std::size_t>(f)] = x; };
  auto ratio = [](std::uint32_t a, std::uint32_t b) { return b ? static_cast<float>(a) / static_cast<float>(b) : 0.0f; };
  float stop_words = known ? static_cast<float>(c.stop[static_cast<std::size_t>(language)])
                           : k_imputed_stop_density * static_cast<float>(c.words);
  set(F::log_chars, log_count(c.chars));
  set(F::log_words, log_words[i]);
  set(F::short_line, c.words <= 3);
  set(F::long_line, c.words >= 20);
  set(F::stop_density, density[i]);
  set(F::log_stop_words, known ? log_count(c.stop[static_cast<std::size_t>(language)]) : log1(stop_words));
  set(F::ends_terminal, c.ends_terminal);
  set(F::ends_colon, c.ends_colon);
  set(F::ends_alnum, c.ends_alnum);
  set(F::question, c.question);
  set(F::upper_ratio, ratio(c.upper, c.letters) - upper_mean);
  set(F::title_ratio, ratio(c.title_words, c.words) - title_mean);
  set(F::all_caps, c.letters >= 4 && c.upper * 10 >= c.letters * 9);
  set(F::digit_ratio, ratio(c.digits, c.chars));
  set(F::punct_ratio, ratio(c.punct, c.chars));
  set(F::separators, log_count(c.separators));
  set(F::has_url, c.has_url);
  set(F::has_email, c.has_email);
  set(F::has_handle, c.has_handle);
  set(F::has_hashtag, c.has_hashtag);
  set(F::has_copyright, c.has_copyright);
  set(F::has_year, c.has_year);
  set(F::opens_call, c.opens_call);
  set(F::second_person, ratio(c.second_person, c.words));
  set(F::navigation, ratio(c.navigation, c.words));
  set(F::label_colon, c.label_colon);
  set(F::opens_bullet, c.opens_bullet);
  set(F::opens_quote, c.opens_quote);
  set(F::bracketed, c.bracketed);
  set(F::relative_position, n > 1 ? static_cast<float>(i) / static_cast<float>(n - 1) : 0.0f);
  set(F::log_from_top, log_of[i]);
  set(F::log_from_end, log_of[n - 1 - i]);
  set(F::doc_log_lines, doc_log_lines);
  set(F::doc_prose_share, prose_share);
  set(F::language_known, known);
  set(F::prev_log_words, i > 0 ? log_words[i - 1] : 0.0f);
  set(F::prev_stop_density, i > 0 ? density[i - 1] : 0.0f);
  set(F::prev_terminal, i > 0 && counts[i - 1].ends_terminal);
  set(F::next_log_words, i + 1 < n ? log_words[i + 1] : 0.0f);
  set(F::next_stop_density, i + 1 < n ? density[i + 1] : 0.0f);
  set(F::next_terminal, i + 1 < n && counts[i + 1].ends_terminal);
  std::size_t lo = i >= 3 ? i - 3 : 0, hi = std::min(n, i + 4);
  int around = 0;
  for (std::size_t j = lo; j < hi; ++j)
    if (j != i) around += prose[j];
  set(F::window_prose, hi - lo > 1 ? static_cast<float>(around) / static_cast<float>(hi - lo - 1) : 0.0f);
  set(F::log_since_prose, log_count(static_cast<std::size_t>(since[i])));
  set(F::log_until_prose, log_count(static_cast<std::size_t>(until[i])));
  set(F::inside_prose_span, i > first_prose && i + 1 < last_prose);
  set(F::prose, prose[i]);
  return v;
}

std::string feature_phrase(const DocumentFeatures& features, std::size_t line, Feature f, bool high) {
  const FeatureInfo& info = k_table[static_cast<std::size_t>(f)];
  std::string_view phrase = high ? info.high : info.low;
  std::string out;
  std::size_t n = features.blocks.size();
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (phrase[i] != '{') {
      out.push_back(phrase[i]);
      continue;
    }
    std::size_t close = phrase.find('}', i);
    std::string_view slot = phrase.substr(i + 1, close - i - 1);
    if (slot == "words") out += std::to_string(features.counts[line].words);
    else if (slot == "top") out += std::to_string(line + 1);
    else if (slot == "end") out += std::to_string(n - line);
    i = close;
  }
  return out;
}

}  // namespace pith::boilerplate
