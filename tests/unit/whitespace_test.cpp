// whitespace: every kind of space becomes one space, lines are trimmed, empty lines go.
#include <catch2/catch.hpp>

#include "unit/normalize_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("whitespace collapses and trims", "[normalize][whitespace]") {
  const Case cases[] = {
      {"already clean text", "already clean text"},
      {"  two  spaces\there ", "two spaces here"},
      {"no\u00A0break\u202Fnarrow\u2009thin", "no break narrow thin"},
      {"ideographic\u3000space and ogham\u1680mark", "ideographic space and ogham mark"},
      {"line one  \n\n  line two\n", "line one\nline two"},
      {"para\u2029graph and line\u2028sep", "para\ngraph and line\nsep"},
      {"\u00A0\u00A0", ""},
      {"", ""},
      {"\r\n", ""},
      {"\u201Cquotes\u201D and \u2014 dashes stay", "\u201Cquotes\u201D and \u2014 dashes stay"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("whitespace", c.in) == c.out);
  }
}

namespace {
std::string with_inserted(const std::string& text, std::size_t at, char c) {
  std::string out(text, 0, at);
  out.push_back(c);
  out.append(text, at, std::string::npos);
  return out;
}
}  // namespace

TEST_CASE("whitespace finds a stray space wherever it falls in long text", "[normalize][whitespace]") {
  const std::string words = "The quick brown fox jumps over the lazy dog near the river bank today";
  for (std::size_t at = 0; at <= words.size(); ++at) {
    std::string doubled = with_inserted(words, at, ' ');
    INFO("extra space at " << at);
    bool stray = at == 0 || at == words.size() || words[at - 1] == ' ' || words[at] == ' ';
    CHECK(normalized("whitespace", doubled) == (stray ? words : doubled));
    std::string tabbed = with_inserted(words, at, '\t');
    std::string expected = normalized("whitespace", tabbed);
    CHECK(expected.find('\t') == std::string::npos);
    CHECK(expected.find("  ") == std::string::npos);
  }
}

TEST_CASE("whitespace trims around a line break wherever it falls in long text", "[normalize][whitespace]") {
  const std::string words = "The quick brown fox jumps over the lazy dog near the river bank today";
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (words[at] != ' ') continue;
    std::string broken(words, 0, at);
    broken += " \n \u00A0";
    broken.append(words, at, std::string::npos);
    std::string expected = words;
    expected[at] = '\n';
    INFO("break at " << at);
    CHECK(normalized("whitespace", broken) == expected);
  }
}
