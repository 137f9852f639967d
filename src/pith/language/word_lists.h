// Which of the filters' per-language word lists apply to a document: its own language's (and
// English) when it was identified reliably, all of them otherwise; and the tables that hold a
// filter's lists per language.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pith/base/line_shape.h"
#include "pith/document.h"

namespace pith {

/// The languages pith's filters have word lists for.
enum class ListLanguage : std::uint8_t { en, de, es, fr, it, pt };

/// Every ListLanguage, in the order above.
constexpr ListLanguage k_list_languages[] = {ListLanguage::en, ListLanguage::de, ListLanguage::es,
                                             ListLanguage::fr, ListLanguage::it, ListLanguage::pt};

/// Words of reported speech in the six languages, as a key holds them: a line that carries one
/// reports what it names ("Customers can unsubscribe at any time, the company said"), where the
/// site's own form, offer or footer line never does.
constexpr std::string_view k_reported_speech[] = {
    " said", " says", "according to", " sagte", " laut ", " dijo", " según", " a déclaré", " selon",
    " ha detto", " secondo", " disse", " segundo",
};

/// The BCP 47 tag of a list language ("en").
std::string_view language_tag(ListLanguage language);

/// A set of list languages.
class ListLanguages {
 public:
  /// The empty set.
  constexpr ListLanguages() = default;
  static constexpr ListLanguages all() { return ListLanguages(0x3F); }
  static constexpr ListLanguages only(ListLanguage language) {
    return ListLanguages(static_cast<std::uint8_t>(1u << static_cast<unsigned>(language)));
  }
  constexpr bool has(ListLanguage language) const { return m_bits >> static_cast<unsigned>(language) & 1u; }
  constexpr ListLanguages operator|(ListLanguages other) const {
    return ListLanguages(static_cast<std::uint8_t>(m_bits | other.m_bits));
  }
  /// True when this set and `other` share a language.
  constexpr bool overlaps(ListLanguages other) const { return (m_bits & other.m_bits) != 0; }
  constexpr bool operator==(const ListLanguages&) const = default;

 private:
  constexpr explicit ListLanguages(std::uint8_t bits) : m_bits(bits) {}
  std::uint8_t m_bits = 0;
};

/// The list languages whose word lists a filter should try on `doc`: its language and English
/// when that language was identified from the text with a reliable score (meta.language_score
/// >= k_reliable_language_score) and pith has lists for it (English because share bars, ad
/// labels and embeds in English turn up on pages in every language); all six otherwise (no
/// language, a weak guess, a language the page only declared, or one pith has no lists for).
/// Cheap (no allocation): filters ask it for every line they test against a list.
ListLanguages list_languages(const Document& doc);

/// The languages a filter tries for a whole-line label (a line that is nothing but "Anzeige",
/// "Cargando", "À lire aussi", a row of share buttons): all six, whatever the document's
/// language. A page often prints its chrome in the site's language around an article in another
/// (an English story on a German portal: "Anzeige", "Senden"), and a line that is exactly a
/// foreign label is that label, never a sentence of the document's language. Phrases that open
/// a line or sit inside it are tried in list_languages(doc) only: "Dona Maria ..." is prose in
/// Portuguese, where the Spanish and Italian opening "dona" (donate) would take it.
constexpr ListLanguages k_whole_line_languages = ListLanguages::all();

/// One language's part of a filter's word list: phrases, labels, openings.
struct LanguageWords {
  ListLanguage language;
  std::span<const std::string_view> words;
};

/// True when `test(words)` holds for the words of one of `lists` whose language is in `languages`.
/// A filter keeps its lists per language (`LanguageWords k_labels[] = {{ListLanguage::en,
/// k_labels_en}, ...}`) and asks `any_list(list_languages(doc), k_labels, ...)`.
template <class Test>
bool any_list(ListLanguages languages, std::span<const LanguageWords> lists, Test&& test) {
  for (const LanguageWords& list : lists)
    if (languages.has(list.language) && test(list.words)) return true;
  return false;
}

/// True when `key` (a shape::key(), perhaps padded) holds a word of one of `lists` whose
/// language is in `languages`, found as shape::key_contains_any() finds it.
inline bool key_contains_any(std::string_view key, std::span<const LanguageWords> lists, ListLanguages languages) {
  return any_list(languages, lists, [&](auto words) { return shape::key_contains_any(key, words); });
}

/// True when `key` (a shape::key()) holds a phrase of one of `lists` whose language is in
/// `languages` as whole words, found as shape::key_contains_words() finds it ("leer" is not
/// "leerlo").
inline bool key_contains_any_words(std::string_view key, std::span<const LanguageWords> lists, ListLanguages languages) {
  return any_list(languages, lists, [&](auto phrases) { return shape::key_contains_any_words(key, phrases); });
}

/// The first non-empty answer of `find(words)` (a matched word, say) over the lists of `lists`
/// whose language is in `languages`, in the order of `lists`; "" when none answers.
template <class Find>
std::string_view first_in_lists(ListLanguages languages, std::span<const LanguageWords> lists, Find&& find) {
  for (const LanguageWords& list : lists) {
    if (!languages.has(list.language)) continue;
    std::string_view found = find(list.words);
    if (!found.empty()) return found;
  }
  return {};
}

/// Number of words over all of `lists` (the size of a LanguagePhrases built from them).
constexpr std::size_t total_words(std::span<const LanguageWords> lists) {
  std::size_t total = 0;
  for (const LanguageWords& list : lists) total += list.words.size();
  return total;
}

/// shape::Phrases for lists held per language: every language's phrases (lower case, as
/// opening_in() takes) grouped at compile time by the byte they open with, each tagged with its
/// language, so that a line is compared only with the phrases that open as it does AND belong
/// to a language the document is in — one table, however many languages are chosen. Phrases
/// that open with the same byte keep the order of `lists`. Declare as
/// `constexpr LanguagePhrases<total_words(k_lists)> k_phrases{k_lists};`.
template <std::size_t N>
struct LanguagePhrases {
  std::array<std::string_view, N> list{};
  std::array<ListLanguage, N> language{};
  std::array<unsigned short, 257> from{};  ///< list[from[b], from[b + 1]) open with byte b
  /// Each phrase's second byte where it decides a match by itself (ASCII, no space), else 0;
  /// sixteen bytes of padding, so that opening_in() reads them sixteen at a time.
  std::array<unsigned char, N + 16> second{};

  consteval explicit LanguagePhrases(std::span<const LanguageWords> lists) {
    std::size_t at = 0;
    for (std::size_t byte = 0; byte < 256; ++byte) {
      from[byte] = static_cast<unsigned short>(at);
      for (const LanguageWords& words : lists)
        for (std::string_view phrase : words.words)
          if (static_cast<unsigned char>(phrase[0]) == byte) {
            bool decides = phrase.size() > 1 && phrase[1] != ' ' && static_cast<unsigned char>(phrase[1]) < 0x80;
            second[at] = decides ? static_cast<unsigned char>(phrase[1]) : 0;
            list[at] = phrase;
            language[at++] = words.language;
          }
    }
    from[256] = static_cast<unsigned short>(at);
  }
};

/// opening_in() for `text` past its opening marks, whose first byte (lower-cased) is `first`
/// and opens the phrases list[begin, end): the comparison, out of line.
template <std::size_t N>
std::string_view opening_among(std::string_view text, const LanguagePhrases<N>& phrases, ListLanguages languages,
                               unsigned char first, std::size_t begin, std::size_t end) {
  // The second byte turns most phrases away before phrase_at() is called, as in
  // shape::opening_in(): where the line opens on an ASCII byte that is no space and the
  // phrase's second byte is ASCII and no space, phrase_at() compares it as this does.
  auto second = static_cast<unsigned char>(text.size() > 1 ? text[1] : '\0');
  if (second >= 'A' && second <= 'Z') second = static_cast<unsigned char>(second + 32);
  const bool second_decides = first < 0x80 && first != ' ';
  auto matches = [&](std::size_t i) { return languages.has(phrases.language[i]) && shape::phrase_at(text, phrases.list[i]); };
#if defined(__SSE2__)
  if (second_decides) {
    // The phrases whose second byte is the line's or decides nothing, sixteen at a time, in
    // their order: a line opening "th" is compared with none of the phrases opening "to".
    const __m128i wanted = _mm_set1_epi8(static_cast<char>(second)), none = _mm_setzero_si128();
    for (std::size_t at = begin; at < end; at += 16) {
      __m128i seconds = _mm_loadu_si128(reinterpret_cast<const __m128i*>(phrases.second.data() + at));
      auto mask = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(seconds, wanted), _mm_cmpeq_epi8(seconds, none))));
      if (end - at < 16) mask &= (1u << (end - at)) - 1;
      for (; mask; mask &= mask - 1) {
        std::size_t i = at + static_cast<std::size_t>(std::countr_zero(mask));
        if (matches(i)) return phrases.list[i];
      }
    }
    return {};
  }
#endif
  for (std::size_t i = begin; i < end; ++i) {
    if (second_decides && phrases.second[i] && phrases.second[i] != second) continue;
    if (matches(i)) return phrases.list[i];
  }
  return {};
}

/// The first phrase of `phrases` in one of `languages` that opens `text` (past its opening
/// marks, as shape::opening_in()), or "" for none. The test that turns most lines away is
/// inline; filters ask it of every line, for several lists.
template <std::size_t N>
inline std::string_view opening_in(std::string_view text, const LanguagePhrases<N>& phrases, ListLanguages languages) {
  text = shape::skip_opening_marks(text);
  if (text.empty()) return {};
  auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
  const std::size_t begin = phrases.from[first], end = phrases.from[first + 1];
  if (begin == end) return {};  // no phrase opens with this byte, as for most lines
  return opening_among(text, phrases, languages, first, begin, end);
}

/// False when the key of `text` (shape::key()) can equal no phrase of `phrases`: none opens with
/// the byte the key opens with, `text`'s first byte past its opening marks, lower-cased (the key
/// drops those marks and folds that byte so). Lets a filter skip keying most lines before
/// is_one_of().
template <std::size_t N>
bool may_be_one_of(std::string_view text, const LanguagePhrases<N>& phrases) {
  text = shape::skip_opening_marks(text);
  if (text.empty()) return false;
  auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
  return phrases.from[first] != phrases.from[first + 1];
}

/// True when `key` (a shape::key()) equals one of the phrases of `phrases` in one of `languages`.
template <std::size_t N>
bool is_one_of(std::string_view key, const LanguagePhrases<N>& phrases, ListLanguages languages) {
  if (key.empty()) return false;
  auto first = static_cast<unsigned char>(key[0]);
  for (std::size_t i = phrases.from[first]; i < phrases.from[first + 1]; ++i)
    if (phrases.list[i] == key && languages.has(phrases.language[i])) return true;
  return false;
}

/// shape::Needles for lists held per language: pieces of words searched for anywhere in a line,
/// case-sensitively, each found by memchr on its rarest byte, each tagged with its language. A
/// byte whose needles all belong to languages the document is not in is not searched for.
template <std::size_t N>
struct LanguageNeedles {
  std::array<std::string_view, N> needles{};
  std::array<ListLanguage, N> language{};
  std::array<std::size_t, N> anchor{};            ///< offset of each needle's rarest byte
  std::array<char, N> bytes{};                    ///< the distinct anchor bytes, `distinct` of them
  std::array<ListLanguages, N> byte_languages{};  ///< the languages of the needles on each byte
  std::size_t distinct = 0;
  shape::AnchorGroups<N> groups{};                ///< the needles of each anchor byte

  consteval explicit LanguageNeedles(std::span<const LanguageWords> lists) {
    std::size_t i = 0;
    for (const LanguageWords& words : lists)
      for (std::string_view needle : words.words) {
        needles[i] = needle;
        language[i] = words.language;
        for (std::size_t j = 1; j < needle.size(); ++j)
          if (shape::commonness(needle[j]) < shape::commonness(needle[anchor[i]])) anchor[i] = j;
        char byte = needle[anchor[i]];
        std::size_t k = 0;
        while (k < distinct && bytes[k] != byte) ++k;
        if (k == distinct) bytes[distinct++] = byte;
        byte_languages[k] = byte_languages[k] | ListLanguages::only(words.language);
        ++i;
      }
    groups = shape::AnchorGroups<N>(needles, anchor, bytes, distinct);
  }
};

/// True when `text` holds one of the needles of `set` in one of `languages`.
template <std::size_t N>
bool contains_any(std::string_view text, const LanguageNeedles<N>& set, ListLanguages languages) {
  return shape::contains_wanted(
      text, set, [&](std::size_t k) { return set.byte_languages[k].overlaps(languages); },
      [&](std::size_t i) { return languages.has(set.language[i]); });
}

/// True when `test(phrase)` holds for a phrase of `phrases` in one of `languages` that opens
/// with the first byte of `key` (lower case, as phrases are): the phrases a key may start with.
template <std::size_t N, class Test>
bool any_phrase_opening(std::string_view key, const LanguagePhrases<N>& phrases, ListLanguages languages,
                        Test&& test) {
  if (key.empty()) return false;
  auto first = static_cast<unsigned char>(key[0]);
  for (std::size_t i = phrases.from[first]; i < phrases.from[first + 1]; ++i)
    if (languages.has(phrases.language[i]) && test(phrases.list[i])) return true;
  return false;
}

}  // namespace pith
