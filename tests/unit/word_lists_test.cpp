// word_lists: per-language phrase tables and the search over them.
#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

#include "pith/language/word_lists.h"

namespace {

using pith::ListLanguage;
using pith::ListLanguages;

// Twenty phrases that open with 't', more than one sixteen-phrase pass, in two languages; the
// ones opening "th" sit on both sides of the sixteenth.
constexpr std::string_view k_en[] = {"ta", "tb", "tc", "td", "te", "tf", "tg", "the end", "ti", "tj",
                                     "tk", "tl", "tm", "tn", "to", "tp", "the", "t x", "tu", "thanks"};
constexpr std::string_view k_de[] = {"tür", "th", "tz"};
constexpr pith::LanguageWords k_lists[] = {{ListLanguage::en, k_en}, {ListLanguage::de, k_de}};
constexpr pith::LanguagePhrases<pith::total_words(k_lists)> k_phrases{k_lists};

/// opening_in as it reads: the first phrase of the lists' order, among those opening with the
/// line's first byte, in one of `languages`, that phrase_at() matches.
std::string_view first_opening_plainly(std::string_view text, ListLanguages languages) {
  std::string_view best;
  std::size_t best_at = 0;
  text = pith::shape::skip_opening_marks(text);
  for (std::size_t i = 0; i < k_phrases.list.size(); ++i)
    if (languages.has(k_phrases.language[i]) && !text.empty() && pith::shape::phrase_at(text, k_phrases.list[i]) &&
        (best.empty() || i < best_at)) {
      best = k_phrases.list[i];
      best_at = i;
    }
  return best;
}

}  // namespace

TEST_CASE("opening_in gives the first phrase in list order that opens the line, past sixteen alike", "[word_lists]") {
  const ListLanguages en = ListLanguages::only(ListLanguage::en);
  for (ListLanguages languages : {en, ListLanguages::all(), ListLanguages::only(ListLanguage::de)})
    for (std::string_view text : {"The end of it", "the", "Thanks for reading", "THANKS", "T x marks", "Tür zu",
                                  "To be", "Tu", "Tz", "Th", "Theatre", "tuba", "x", "", "\u201cThe end\u201d"}) {
      INFO(text);
      CHECK(pith::opening_in(text, k_phrases, languages) == first_opening_plainly(text, languages));
    }
  CHECK(pith::opening_in("The end of it", k_phrases, en) == "the end");
  CHECK(pith::opening_in("Thanks for reading", k_phrases, en) == "thanks");
  CHECK(pith::opening_in("Th is", k_phrases, ListLanguages::only(ListLanguage::de)) == "th");
  CHECK(pith::opening_in("The end", k_phrases, ListLanguages::only(ListLanguage::de)).empty());
}
