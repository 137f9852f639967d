// invisible: characters that show nothing go; tabs, newlines and meaningful joiners stay.
#include <catch2/catch.hpp>

#include <string>

#include "pith/input/utf8.h"
#include "unit/normalize_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("invisible removes zero-width and control characters", "[normalize][invisible]") {
  const Case cases[] = {
      {"zero\u200Bwidth", "zerowidth"},
      {"word\u2060joiner", "wordjoiner"},
      {"\uFEFFStart of text", "Start of text"},
      {"Bundes\u00ADkanzler\u00ADamt", "Bundeskanzleramt"},
      {"bell\x07 and escape\x1B[0m", "bell and escape[0m"},
      {"del\x7F", "del"},
      {"c1\u0085\u0092control", "c1control"},
      {"left\u200Eto\u200Fright", "lefttoright"},  // bidi marks in Latin text are stray
      {"\u202AEmbedded\u202C text", "Embedded text"},
      {"\u2066isolate\u2069", "isolate"},
      {"plain\u200Cjoiner\u200D", "plainjoiner"},
      {"tab\tand\nnewline stay", "tab\tand\nnewline stay"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("invisible", c.in) == c.out);
  }
}

TEST_CASE("invisible removes NUL bytes", "[normalize][invisible]") {
  CHECK(normalized("invisible", std::string("nul\0byte", 8)) == "nulbyte");
}

TEST_CASE("invisible keeps what carries meaning", "[normalize][invisible]") {
  for (const char* text : {
           "\u05E9\u05DC\u05D5\u05DD \u202Babc\u202C \u200F",  // bidi controls beside Hebrew
           "\u0645\u0631\u062D\u0628\u0627\u061C 2024",          // Arabic letter mark in Arabic text
           "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",  // Persian ZWNJ inside a word
           "family \U0001F468\u200D\U0001F469\u200D\U0001F467",  // emoji ZWJ sequence
           "\u0915\u094D\u200D\u0937",                           // Devanagari half form
           "“Curly” quotes — and dashes… stay", "caf\u00E9 na\u00EFve", "\u00A9 2024 \u00ABcita\u00BB 20\u00A0km",
           "\u1820\u1821 Mongolian", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629"}) {
    INFO(text);
    CHECK(normalized("invisible", text) == text);
  }
}

TEST_CASE("invisible output stays valid UTF-8", "[normalize][invisible]") {
  std::string out = normalized("invisible", "\u200B\u00E9\u200B\U0001F600\u00AD\x01");
  CHECK(pith::utf8::is_valid(out));
  CHECK(out == "\u00E9\U0001F600");
}

TEST_CASE("invisible finds a character wherever it falls in long text", "[normalize][invisible]") {
  const std::string words = "The quick brown fox jumps over the lazy dog near the river";
  for (const char* invisible : {"\u200B", "\x01", "\x7F", "\u00AD", "\uFEFF"})
    for (std::size_t at = 0; at <= words.size(); ++at) {
      std::string text(words, 0, at);
      text += invisible;
      text.append(words, at, std::string::npos);
      INFO("at " << at);
      CHECK(normalized("invisible", text) == words);
    }
}
