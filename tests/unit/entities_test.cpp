// entities: references decoded one level, prose that merely contains '&' left alone.
#include <catch2/catch.hpp>

#include "pith/input/utf8.h"
#include "unit/normalize_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("entities decodes residual references", "[normalize][entities]") {
  const Case cases[] = {
      {"Tom &amp; Jerry", "Tom & Jerry"},
      {"It&#8217;s late", "It\u2019s late"},
      {"It&#x2019;s late", "It\u2019s late"},
      {"It&#X2019;s late", "It\u2019s late"},
      {"a&nbsp;b", "a\u00A0b"},
      {"war &mdash; and peace", "war \u2014 and peace"},
      {"&ldquo;Oui&rdquo;, dit-il", "\u201COui\u201D, dit-il"},
      {"caf&eacute; cr&egrave;me", "caf\u00E9 cr\u00E8me"},
      {"Stra&szlig;e", "Stra\u00DFe"},
      {"&lt;b&gt;", "<b>"},
      {"5 &euro; &hellip;", "5 \u20AC \u2026"},
      {"&#146;Windows quote&#146;", "\u2019Windows quote\u2019"},  // cp1252 meaning of C1 numbers
      {"emoji &#128512;", "emoji \U0001F600"},
      {"&amp;amp; stays once", "&amp; stays once"},
      {"&amp;#8217;", "&#8217;"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("entities", c.in) == c.out);
  }
}

TEST_CASE("entities leaves look-alikes in prose", "[normalize][entities]") {
  for (const char* text : {"AT&T beat estimates", "R&D; spending rose", "Procter & Gamble", "Q&A",
                           "a &bogus; name", "&Amp; is not a name", "&amp without a semicolon",
                           "&#; and &#x; are empty", "&#0; is NUL", "&#xD800; is a surrogate",
                           "&#1114112; is beyond Unicode", "&#99999999999; overflows", "ends with &", "&;"}) {
    INFO(text);
    CHECK(normalized("entities", text) == text);
  }
}

TEST_CASE("entities keeps UTF-8 valid around references", "[normalize][entities]") {
  std::string out = normalized("entities", "\u00E9&amp;\u4E2D&#x10FFFF;\U0001F600&#8203;");
  CHECK(pith::utf8::is_valid(out));
  CHECK(out == "\u00E9&\u4E2D\U0010FFFF\U0001F600\u200B");
}
