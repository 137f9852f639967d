// pair_gate, opening_pairs: the cheaper first looks the filters take at a line's byte-pair
// signature must never turn away a line that the full test would accept.
#include <catch2/catch.hpp>

#include <string_view>

#include "pith/base/line_pairs.h"
#include "pith/base/pair_gate.h"
#include "pith/filters/opening_pairs.h"
#include "pith/language/word_lists.h"

namespace shape = pith::shape;
using pith::ListLanguage;
using pith::ListLanguages;

namespace {

constexpr shape::Needles k_needles{{"mment", "fili", "omisión", "post from", "18"}};
constexpr shape::PairSet k_needle_pairs{k_needles.needles};
constexpr shape::PairGate k_needle_gate{k_needle_pairs};

constexpr std::string_view k_openings_en[] = {"this story was originally published", "republished with permission"};
constexpr std::string_view k_openings_es[] = {"este artículo fue publicado originalmente"};
constexpr std::string_view k_openings_fr[] = {"l'article", "l\xE2\x80\x99" "article"};
constexpr pith::LanguageWords k_opening_lists[] = {
    {ListLanguage::en, k_openings_en}, {ListLanguage::es, k_openings_es}, {ListLanguage::fr, k_openings_fr}};
constexpr pith::LanguagePhrases<pith::total_words(k_opening_lists)> k_openings{k_opening_lists};
constexpr std::string_view k_opening_stems[] = {"rigin", "publi", "arti"};
static_assert(pith::stems_cover(k_opening_lists, k_opening_stems));
static_assert(!pith::stems_cover(k_opening_lists, k_needles.needles));  // "arti" is missing
constexpr pith::StemPairs k_opening_pairs{k_opening_stems};

}  // namespace

TEST_CASE("a pair gate never rules out a line that holds a needle", "[shape]") {
  for (const char* line : {"Leave a comment below", "Amazon affiliate links help us", "Recibimos una comisión",
                           "X is a post from: Site", "Apostas: +18, jogue", "18", "mment"}) {
    INFO(line);
    CHECK(k_needle_gate.may_hold_any(shape::line_pairs(line)));
  }
}

TEST_CASE("a pair gate rules out a line that lacks the rarest pair of every needle", "[shape]") {
  for (const char* line : {"The council met on Tuesday to vote.", "1 8", ""}) {
    INFO(line);
    CHECK_FALSE(k_needle_gate.may_hold_any(shape::line_pairs(line)));
  }
}

TEST_CASE("a gated opening finds what the plain opening finds", "[shape]") {
  for (const char* line :
       {"This story was originally published by The Ledger.", "THIS STORY WAS ORIGINALLY PUBLISHED in May",
        "This  story was  originally published", "\"Republished with permission.\"", "Este ARTÍCULO fue publicado originalmente",
        "L’article est paru", "L'article", "This story was first seen", "The story was originally published",
        "Republished", "", "-- this story was originally published here"}) {
    INFO(line);
    std::string_view plain = pith::opening_in(line, k_openings, ListLanguages::all());
    CHECK(pith::opening_in(line, k_openings, ListLanguages::all(), k_opening_pairs, shape::line_pairs(line)) == plain);
  }
}
