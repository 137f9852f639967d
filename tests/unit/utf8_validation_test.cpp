// utf8::is_valid: the validator behind repair, held to Unicode's definition of well-formed UTF-8.
#include <catch2/catch.hpp>

#include <string>

#include "pith/input/utf8.h"

TEST_CASE("is_valid accepts well-formed UTF-8 and rejects the rest", "[utf8]") {
  for (const char* good : {"", "plain ASCII", "caf\u00E9", "\u4E2D\u6587", "\U0001F600", "\xF4\x8F\xBF\xBF",
                           "\xEF\xBB\xBF BOM", "long ASCII run before a quote \u201Cthat\u201D ends"}) {
    INFO(good);
    CHECK(pith::utf8::is_valid(good));
  }
  for (const char* bad : {"\xC0\xAF overlong slash", "\xE0\x80\xAF overlong", "\xED\xA0\x80 surrogate",
                          "\xF4\x90\x80\x80 past U+10FFFF", "truncated \xE2\x80", "\x80 lone continuation",
                          "\xFF byte", "a long ASCII prefix of more than thirty-two bytes \xC3"}) {
    INFO(bad);
    CHECK_FALSE(pith::utf8::is_valid(bad));
  }
}

TEST_CASE("repair replaces each invalid subsequence with U+FFFD", "[utf8]") {
  std::string text = "ok \xE2\x80 then \xFF end";
  CHECK(pith::utf8::repair(text));
  CHECK(text == "ok \uFFFD then \uFFFD end");
  std::string clean = "nothing to do \u00E9";
  CHECK_FALSE(pith::utf8::repair(clean));
}

TEST_CASE("count_code_points counts every byte but continuation bytes, at any length", "[utf8]") {
  struct Row {
    std::string text;
    std::size_t code_points;
  };
  std::string mixed = "Grüße, 東京 — ok 🙂";  // 1-, 2-, 3- and 4-byte characters
  for (const Row& row : std::vector<Row>{{"", 0},
                                         {"abc", 3},
                                         {"abcdefgh", 8},
                                         {"abcdefghi", 9},
                                         {mixed, 16},
                                         {mixed + mixed + mixed, 48},
                                         {std::string(9, '\x80'), 0},
                                         {std::string(17, '\xC3'), 17}}) {
    INFO(row.text);
    CHECK(pith::utf8::count_code_points(row.text) == row.code_points);
  }
}
