// unicode: NFC by default, NFKC when asked; ASCII and already-normal text untouched.
#include <catch2/catch.hpp>

#include "unit/normalize_support.h"

using pith::test::Case;
using pith::test::normalized;

TEST_CASE("unicode composes to NFC", "[normalize][unicode]") {
  const Case cases[] = {
      {"cafe\u0301", "caf\u00E9"},
      {"A\u030Angstr\u00F6m", "\u00C5ngstr\u00F6m"},
      {"n\u0303and\u00FA", "\u00F1and\u00FA"},
      {"\u1100\u1161", "\uAC00"},                 // Hangul jamo compose
      {"\uFB01nance", "\uFB01nance"},             // ligature is compatibility only: NFC keeps it
      {"plain ASCII text", "plain ASCII text"},
      {"d\u00E9j\u00E0 vu", "d\u00E9j\u00E0 vu"},
      {"\u0301 leading mark", "\u0301 leading mark"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("unicode", c.in) == c.out);
  }
}

TEST_CASE("unicode folds compatibility forms under NFKC", "[normalize][unicode]") {
  pith::Config config;
  config.unicode_form = pith::UnicodeForm::nfkc;
  const Case cases[] = {
      {"\uFB01nance", "finance"},
      {"\uFF21\uFF22\uFF23 \uFF11\uFF12\uFF13", "ABC 123"},  // full-width
      {"x\u00B2", "x2"},
      {"cafe\u0301", "caf\u00E9"},
      {"\u2460 first", "1 first"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalized("unicode", c.in, config) == c.out);
  }
}
