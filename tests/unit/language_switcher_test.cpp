// language-switcher: a row of language names or codes goes; lines that name a language in a
// sentence, or a word that happens to be a code, stay.
#include <catch2/catch.hpp>

#include "unit/test_support.h"

using pith::test::filter_removes_in_context;

TEST_CASE("language-switcher removes rows of languages", "[filter][language-switcher]") {
  for (const char* line : {
           "English | Français",
           "Deutsch · English · Türkçe",
           "Español / Català / Galego / Euskara",
           "Italiano English Français",
           "EN | FR | DE | IT",
           "Português (Brasil) | English",
           "中文 | English | 日本語",
           "Nederlands - English - Deutsch",
       }) {
    INFO(line);
    CHECK(filter_removes_in_context("language-switcher", line));
  }
}

TEST_CASE("language-switcher keeps lines that only mention languages", "[filter][language-switcher]") {
  for (const char* line : {
           "English",
           "Deutsch",
           "DE | EN",
           "No, no, no.",
           "No es de",
           "Languages: English, Spanish",
           "English teachers in Spain went on strike on Monday.",
           "Italiano per stranieri: corsi gratuiti in biblioteca",
           "Spanish and French lessons start in September.",
       }) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("language-switcher", line));
  }
}
