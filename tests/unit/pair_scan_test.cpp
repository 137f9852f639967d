// pair_scan: needles found in one vector pass by their rarest byte pairs, as shape::Needles finds them.
#include <catch2/catch.hpp>

#include <string>

#include "pith/base/line_shape.h"
#include "pith/base/pair_scan.h"

namespace shape = pith::shape;

namespace {

constexpr shape::PairNeedles k_paired{{"any time", "anytime", "moment", "ccept", "acept", "Mail", " nom", "ourriel"}};
constexpr shape::Needles k_plain{{"any time", "anytime", "moment", "ccept", "acept", "Mail", " nom", "ourriel"}};

}  // namespace

TEST_CASE("needles that share their rarest pair are looked for by it once", "[shape]") {
  // "any time" and "anytime" share "ny"; "ccept" and "acept" share "pt".
  CHECK(k_paired.distinct == 6);
}

TEST_CASE("a pair scan finds what a plain search finds, at any place in a line", "[shape]") {
  struct Case {
    const char* line;
    bool found;
  };
  const Case cases[] = {
      {"You can unsubscribe at any time.", true},
      {"anytime", true},
      {"In this moment", true},
      {"momen", false},
      {"We accept", true},
      {"Al registrarte, aceptas", true},
      {"Your Mail", true},
      {"your mail", false},
      {"Votre nom", true},
      {"nom", false},
      {"Courriel", true},
      {"", false},
      {"m", false},
      {"The council met on Tuesday to vote on the new budget for the year ahead.", false},
      {"ANY TIME", false},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(shape::contains_any_of<k_paired>(c.line) == c.found);
    CHECK(shape::contains_any(c.line, k_plain) == c.found);
  }
}

TEST_CASE("a pair scan finds a needle at every offset, across the sixteen-byte passes", "[shape]") {
  // Each needle placed at each offset of lines of many lengths, past the first pass, across
  // its end and in the padded last positions.
  for (const char* needle : {"moment", "Mail", " nom", "ourriel", "anytime"}) {
    for (std::size_t length = 0; length < 48; ++length) {
      for (std::size_t at = 0; at + std::string(needle).size() <= length; ++at) {
        std::string line(length, 'x');
        line.replace(at, std::string(needle).size(), needle);
        INFO(line);
        CHECK(shape::contains_any_of<k_paired>(line));
        // One byte short of the needle, at the same place: no match.
        std::string cut = line;
        cut[at + std::string(needle).size() - 1] = 'x';
        CHECK_FALSE(shape::contains_any_of<k_paired>(cut));
      }
    }
  }
}
