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
