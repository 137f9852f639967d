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

TEST_CASE("tags that break BCP 47's grammar or name no language or region are dropped", "[html][language]") {
  struct Case {
    const char* value;
    const char* tag;
  };
  const Case cases[] = {
      // Well formed and known: kept, in one case convention.
      {"EN-us", "en-US"},
      {"de-CH-1996", "de-CH-1996"},
      {"zh-yue", "zh-yue"},
      {"sr-latn", "sr-Latn"},
      {"es-419", "es-419"},
      {"gsw-CH", "gsw-CH"},
      {"de-DE-u-co-phonebk", "de-DE-u-co-phonebk"},
      {"fr-x-custom", "fr-x-custom"},
      // Well formed, but no such language, extlang or region.
      {"de-ere", ""},
      {"xx", ""},
      {"xx-XX", ""},
      {"en-UK", ""},
      {"qq-QQ", ""},
      // Not well formed.
      {"en-US-a", ""},
      {"de-1", ""},
      {"en-US-x", ""},
      {"en-a-b-c", ""},
      {"de-DE-DE", ""},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    CHECK(pith::html::normalize_language_tag(c.value) == c.tag);
  }
}
