// Language tags: every spelling pages use becomes one BCP 47 form; what is no tag gives nothing.
#include <catch2/catch.hpp>
#include <string>

#include "pith/html/language_tag.h"

TEST_CASE("language tags are spelled one way", "[html][language]") {
  struct Case {
    const char* value;
    const char* tag;
  };
  const Case cases[] = {
      {"en", "en"},
      {"EN", "en"},
      {"De", "de"},
      {"en-US", "en-US"},
      {"en-us", "en-US"},
      {"en_us", "en-US"},
      {"en_US", "en-US"},
      {"DE-de", "de-DE"},
      {"pt-br", "pt-BR"},
      {"zh-hant-tw", "zh-Hant-TW"},
      {"sr_Latn_RS", "sr-Latn-RS"},
      {"es-419", "es-419"},
      {"de-DE-formal", "de-DE-formal"},
      {"en-US-x-twain", "en-US-x-twain"},
      {" fr-FR ", "fr-FR"},
      {"en-US, en", "en-US"},
      {"de; q=0.9", "de"},
      // Not tags.
      {"", ""},
      {"english", ""},
      {"Deutsch", ""},
      {"lang=", ""},
      {"{{locale}}", ""},
      {"e", ""},
      {"en-", ""},
      {"en--us", ""},
      {"en-toolongsubtag", ""},
      {"12", ""},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    CHECK(pith::html::normalize_language_tag(c.value) == c.tag);
  }
}
