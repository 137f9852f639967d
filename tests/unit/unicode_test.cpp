// unicode: NFC by default, NFKC when asked; ASCII and already-normal text untouched.
#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

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

TEST_CASE("unicode passes over stable characters as ICU would", "[normalize][unicode]") {
  // Every code point the fast path judges without ICU (two-byte UTF-8, U+2000..U+20FF), alone,
  // between letters, and before and after a combining mark: the normaliser gives what ICU gives.
  for (auto form : {pith::UnicodeForm::nfc, pith::UnicodeForm::nfkc}) {
    pith::Config config;
    config.unicode_form = form;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* icu_form = form == pith::UnicodeForm::nfkc ? icu::Normalizer2::getNFKCInstance(status)
                                                                       : icu::Normalizer2::getNFCInstance(status);
    REQUIRE(U_SUCCESS(status));
    auto icu_normalized = [&](const std::string& text) {
      std::string out;
      icu_form->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(out);
      return out;
    };
    // One normaliser for every text, as the pipeline builds it.
    std::unique_ptr<pith::Normalizer> unicode;
    for (const pith::NormalizerEntry& entry : pith::normalizer_registry())
      if (entry.name == "unicode") unicode = entry.make(config);
    REQUIRE(unicode);
    std::size_t mismatches = 0;
    for (UChar32 c = 0x80; c < 0x2100; c = c == 0x7FF ? 0x2000 : c + 1) {
      std::string one;
      icu::UnicodeString(c).toUTF8String(one);
      for (const std::string& text : {one, "a" + one + "b", "e" + one, one + "\u0301", "e\u0301" + one, one + one}) {
        std::string ours = text;
        unicode->apply(ours);
        if (ours == icu_normalized(text)) continue;
        ++mismatches;
        INFO("U+" << std::hex << c << " in '" << text << "'");
        CHECK(false);
      }
    }
    CHECK(mismatches == 0);
  }
}
