// line_pairs: the byte-pair signature filters rule word lists out with before searching a line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"

namespace shape = pith::shape;

namespace {

constexpr shape::Needles k_needles{{"mment", "fili", "omisión", "post from", "18"}};
constexpr shape::PairSet k_needle_pairs{k_needles.needles};
constexpr std::string_view k_stems[] = {"view", "einung", "réserv", "without permission"};
constexpr shape::PairSet k_stem_pairs{k_stems};

}  // namespace

TEST_CASE("a pair signature never rules out a line that holds a needle", "[shape]") {
  // Lines holding a needle, case-sensitively or (for the stems) in any ASCII case, anywhere.
  for (const char* line : {"Leave a comment below", "Amazon affiliate links help us", "Recibimos una comisión",
                           "X is a post from: Site", "Apostas: +18, jogue", "18", "mment"}) {
    INFO(line);
    const shape::LinePairs& pairs = shape::line_pairs(line);
    CHECK(k_needle_pairs.may_hold_any(pairs));
    CHECK(shape::contains_any(line, k_needles, k_needle_pairs, pairs));
  }
  for (const char* line : {"The VIEWS expressed here", "Meinung des Autors", "Tous droits réservés.",
                           "Copied WITHOUT PERMISSION is prohibited", "\tview"}) {
    INFO(line);
    CHECK(k_stem_pairs.may_hold_any(shape::line_pairs(line)));
  }
}

TEST_CASE("a pair signature rules out lines that lack a pair of every needle", "[shape]") {
  // Near-misses: the needles' letters are all there, but not side by side.
  for (const char* line : {"The council met on Tuesday to vote.", "Com ment: a spaced word", "fil i", "1 8", ""}) {
    INFO(line);
    const shape::LinePairs& pairs = shape::line_pairs(line);
    CHECK_FALSE(k_needle_pairs.may_hold_any(pairs));
    CHECK_FALSE(shape::contains_any(line, k_needles, k_needle_pairs, pairs));
  }
  CHECK_FALSE(k_stem_pairs.may_hold_any(shape::line_pairs("v i e w, e i n u n g")));
}

TEST_CASE("a line's signature follows its bytes, not its address", "[shape]") {
  // The same buffer signed again after its bytes changed (a reused string) is signed afresh.
  std::string line = "Leave a comment below";
  CHECK(k_needle_pairs.may_hold_any(shape::line_pairs(line)));
  line.replace(0, line.size(), "Leave a remark below");
  CHECK_FALSE(k_needle_pairs.may_hold_any(shape::line_pairs(line)));
  line.replace(0, line.size(), "Leave a comment below");
  CHECK(k_needle_pairs.may_hold_any(shape::line_pairs(line)));
}
