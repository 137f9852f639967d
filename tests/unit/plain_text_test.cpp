// Plain text: the lines the pipeline passes by the normalisers that say they leave them alone
// (Normalizer::keeps_plain_text()); each such normaliser must indeed leave every one alone.
#include <catch2/catch.hpp>

#include <string>

#include "pith/config.h"
#include "pith/normalize/normalizer.h"

namespace {

// Plain: printable ASCII but '&', and dashes and curly quotes, at every offset of the
// sixteen-byte steps (the marks straddle them).
const char* const k_plain[] = {
    "",
    "A",
    "The council met on Tuesday.",
    "exactly sixteen!",
    "fifteen bytes \u2019",
    "\u201CQuoted,\u201D she said \u2014 twice \u2013 and \u2018once\u2019.",
    "Prices rose 3% (to $4.50) in Q2; analysts at X/Y said: \"no\" ~ 'yes' <tag> {brace} [x] | @handle #tag",
    "Menschen, die helfen \u2013 ein Bericht aus Berlin ohne Umlaute und ohne Fehler",
};

// Not plain: a control, a reference, a character that may compose, decompose, hide, or be
// mojibake, a truncated mark.
const char* const k_not_plain[] = {
    "AT&T",
    "tab\there",
    "line\nbreak",
    "del\x7F",
    "caf\u00E9",
    "wait\u2026",                 // … decomposes under NFKC
    "low\u201Aquote",             // ‚ opens mojibake's suspects
    "no\u00A0break",              // NBSP: whitespace's
    "soft\u00ADhyphen",           // invisible's
    "zero\u200Bwidth",            // invisible's
    "\u041F\u0440\u0438\u0432\u0435\u0442",  // Cyrillic
    "sixteen bytes..\u00E9",      // the stop after a full step
    "ends in a cut mark \xE2\x80",
    "f\u00C3\u00BCr",             // mojibake
};

}  // namespace

TEST_CASE("is_plain_text takes ASCII, dashes and curly quotes only", "[normalize][plain]") {
  for (const char* text : k_plain) {
    INFO(text);
    CHECK(pith::is_plain_text(text));
  }
  for (const char* text : k_not_plain) {
    INFO(text);
    CHECK_FALSE(pith::is_plain_text(text));
  }
}

TEST_CASE("normalisers that keep plain text leave every plain line alone", "[normalize][plain]") {
  pith::Config nfkc;
  nfkc.unicode_form = pith::UnicodeForm::nfkc;
  std::size_t keepers = 0;
  for (const pith::Config& config : {pith::Config{}, nfkc})
    for (const pith::NormalizerEntry& entry : pith::normalizer_registry()) {
      auto normalizer = entry.make(config);
      if (!normalizer->keeps_plain_text()) continue;
      ++keepers;
      for (const char* text : k_plain) {
        INFO(entry.name << ": " << text);
        std::string out = text;
        normalizer->apply(out);
        CHECK(out == text);
      }
    }
  CHECK(keepers >= 2 * 4);  // entities, mojibake, invisible and unicode, under NFC and NFKC
}
