// Which of the filters' per-language word lists apply to a document: its own language's (and
// English) when it was identified reliably, all of them otherwise.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "pith/document.h"

namespace pith {

/// The languages pith's filters have word lists for.
enum class ListLanguage : std::uint8_t { en, de, es, fr, it, pt };

/// Every ListLanguage, in the order above.
constexpr ListLanguage k_list_languages[] = {ListLanguage::en, ListLanguage::de, ListLanguage::es,
                                             ListLanguage::fr, ListLanguage::it, ListLanguage::pt};

/// The BCP 47 tag of a list language ("en").
std::string_view language_tag(ListLanguage language);

/// A set of list languages.
class ListLanguages {
 public:
  static constexpr ListLanguages all() { return ListLanguages(0x3F); }
  static constexpr ListLanguages only(ListLanguage language) {
    return ListLanguages(static_cast<std::uint8_t>(1u << static_cast<unsigned>(language)));
  }
  constexpr bool has(ListLanguage language) const { return m_bits >> static_cast<unsigned>(language) & 1u; }
  constexpr ListLanguages operator|(ListLanguages other) const {
    return ListLanguages(static_cast<std::uint8_t>(m_bits | other.m_bits));
  }
  constexpr bool operator==(const ListLanguages&) const = default;

 private:
  constexpr explicit ListLanguages(std::uint8_t bits) : m_bits(bits) {}
  std::uint8_t m_bits;
};

/// The list languages whose word lists a filter should try on `doc`: its language and English
/// when that language was identified from the text with a reliable score (meta.language_score
/// >= k_reliable_language_score) and pith has lists for it (English because share bars, ad
/// labels and embeds in English turn up on pages in every language); all six otherwise (no
/// language, a weak guess, a language the page only declared, or one pith has no lists for).
ListLanguages list_languages(const Document& doc);

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

}  // namespace pith
