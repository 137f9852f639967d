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

TEST_CASE("looks_binary counts control bytes and invalid UTF-8 wherever they stand, against one in five", "[utf8]") {
  using pith::utf8::looks_binary;
  // 100 bytes, `bad` of them suspicious (a NUL, the last control byte 0x1F, or a lone 0xFF),
  // spread from `offset` on with a stride that puts them in and across the 16- and 8-byte strides
  // of the fast path.
  auto text_with = [](std::size_t bad, char byte, std::size_t offset) {
    std::string text(100, 'x');
    for (std::size_t k = 0; k < bad; ++k) text[(offset + k * 3) % 100] = byte;
    return text;
  };
  for (char byte : {'\0', '\x1F', '\xFF'})
    for (std::size_t offset = 0; offset < 20; ++offset) {
      INFO("byte " << static_cast<int>(static_cast<unsigned char>(byte)) << ", offset " << offset);
      CHECK_FALSE(looks_binary(text_with(20, byte, offset)));  // 20 of 100: not more than one in five
      CHECK(looks_binary(text_with(21, byte, offset)));
    }
  // Text: tabs, line breaks, escape codes and valid UTF-8 of any script are not suspicious.
  CHECK_FALSE(looks_binary("Caf\u00E9 \u4E2D\u6587\t"
                           "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435\r\n"
                           "\x1B[1mbold\x1B[0m \U0001F600 and a long run of plain ASCII after it"));
  // Windows-1252 text has a high byte in a word here and there.
  CHECK_FALSE(looks_binary("Caf\xE9 cr\xE8me br\xFBl\xE9" "e, na\xEFve fa\xE7" "ade and a few more plain words"));
  // UTF-16: a NUL after every ASCII letter.
  std::string utf16;
  for (char c : std::string("plain text written as UTF-16")) utf16 += std::string{c, '\0'};
  CHECK(looks_binary(utf16));
  CHECK(looks_binary("\x89PNG\r\n\x1a\nthen anything"));
  CHECK_FALSE(looks_binary(""));
}
