// key_gate: the first look the filters take before they key a line (its first byte, its
// byte-pair signature) must never turn away a line whose key equals or opens with a phrase; and
// the filters that take it judge near misses as before.
#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/filters/key_gate.h"
#include "pith/language/word_lists.h"
#include "unit/test_support.h"

namespace shape = pith::shape;
using pith::ListLanguage;
using pith::test::filter_removes_in_context;

namespace {

constexpr std::string_view k_phrases_en[] = {"now loading", "next image", "a", "x y", "show more comments"};
constexpr std::string_view k_phrases_fr[] = {"écouter l'article", "écouter l\xE2\x80\x99" "article", "précédent"};
constexpr std::string_view k_phrases_de[] = {"nächstes bild", "lädt"};
constexpr pith::LanguageWords k_lists[] = {
    {ListLanguage::en, k_phrases_en}, {ListLanguage::fr, k_phrases_fr}, {ListLanguage::de, k_phrases_de}};
constexpr pith::LanguagePhrases<pith::total_words(k_lists)> k_phrases{k_lists};
constexpr pith::KeyGate k_gate{k_phrases};

bool gate_passes(std::string_view line) {
  unsigned char first = pith::key_opening(line);
  return k_gate.opens(first) && k_gate.may_open(first, shape::line_pairs(line));
}

bool key_opens_with_phrase(std::string_view line) {
  std::string key = shape::key(line);
  for (std::string_view phrase : k_phrases.list)
    if (key.starts_with(phrase)) return true;
  return false;
}

}  // namespace

TEST_CASE("a key gate lets through every line whose key equals or opens with a phrase", "[shape]") {
  for (const char* line :
       {"Now loading", "NOW LOADING…", "  now\tloading...", "\"Now  loading\"", "- now\xC2\xA0loading",
        "Next Image", "\xE2\x80\x9CNext image\xE2\x80\x9D", "A", "a.", "X   Y", "x\xC2\xA0y", "Show more comments (12)",
        "\xC3\x89" "couter l'article", "\xC3\x89" "COUTER L\xE2\x80\x99" "ARTICLE", "Pr\xC3\x89" "C\xC3\x89" "DENT",
        "N\xC3\x84" "CHSTES BILD", "L\xC3\xA4" "dt\xE2\x80\xA6", "| Next image |", "* Lädt"}) {
    INFO(line);
    REQUIRE(key_opens_with_phrase(line));
    CHECK(gate_passes(line));
  }
}

TEST_CASE("a key gate turns away lines that open otherwise or lack a phrase's pairs", "[shape]") {
  for (const char* line : {"The next image", "Now lading", "Next imag", "Nchstes Bild", "\xE2\x80\xA6", "", "  "}) {
    INFO(line);
    CHECK_FALSE(key_opens_with_phrase(line));
    CHECK_FALSE(gate_passes(line));
  }
  // A near miss with every pair (the pairs with a space aside) may pass the gate; the key then
  // decides.
  for (const char* line : {"Now, loading", "Next-image"}) {
    INFO(line);
    CHECK_FALSE(key_opens_with_phrase(line));
    CHECK(gate_passes(line));
  }
}

TEST_CASE("the gated filters judge near misses of their labels as before", "[filter]") {
  for (const char* line : {"LOADING\xE2\x80\xA6", "* Now  loading", "- Cargando...", "Mostrar\xC2\xA0m\xC3\xA1s comentarios"}) {
    INFO(line);
    CHECK(filter_removes_in_context("loading", line));
  }
  for (const char* line : {"Loadings", "Now lading", "Loading dock", "Cargandolo"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("loading", line));
  }
  for (const char* line : {"NEXT  IMAGE", "- Previous", "N\xC3\x84" "CHSTES BILD", "x2", "1.5x", "2\xC3\x97",
                           "0:00 / 1:47", "Bild 4/20", "Watch\tvideo", "\xC3\x89" "COUTER CET ARTICLE \xC2\xB7 4 min"}) {
    INFO(line);
    CHECK(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {"Next imagery", "Previously", "x", "xx2", "2 x", "0:00", "Bild 4-20", "Watch videos"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("media-controls", line));
  }
  for (const char* line : {"VIDEO", "| Photo Gallery |", "Galer\xC3\x8D" "a de fotos", "Stock\xC2\xA0image"}) {
    INFO(line);
    CHECK(filter_removes_in_context("credit", line));
  }
  for (const char* line : {"Videos of the storm", "Photogallery", "Stock images fell"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("credit", line));
  }
}

TEST_CASE("a key gate's last byte turns away only lines whose key ends otherwise", "[shape]") {
  CHECK(pith::key_closing("Next IMAGE") == 'e');
  CHECK(pith::key_closing("Lädt 3") == '3');
  CHECK(pith::key_closing("Next image.") == 0);    // a mark: the key drops it
  CHECK(pith::key_closing("Next image\xE2\x80\xA6") == 0);
  CHECK(pith::key_closing("Next image ") == 0);
  CHECK(pith::key_closing("") == 0);
  for (const char* line : {"Now loading", "NEXT IMAGE", "Now loading...", "Lädt", "A", "\"x y\""}) {
    INFO(line);
    CHECK(k_gate.may_end(pith::key_closing(line)));
  }
  for (const char* line : {"Now loadin", "Next imago", "Lädt2"}) {
    INFO(line);
    CHECK_FALSE(k_gate.may_end(pith::key_closing(line)));
  }
}

TEST_CASE("the filters gated by a label's first and last byte judge near misses as before", "[filter]") {
  for (const char* line : {"WATCH ON YOUTUBE", "| View on Instagram |", "View on Instagram\xE2\x80\xA6", "- Watch on  TikTok"}) {
    INFO(line);
    CHECK(filter_removes_in_context("social-embed", line));
  }
  for (const char* line : {"View on Instagrams", "Watch on YouTube today", "Watch on YouTube2", "Watched on YouTube"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("social-embed", line));
  }
  for (const char* line : {"The Evening Briefing: the day's top stories at 6 p.m. SIGN UP!",
                           "Boletín diario: las noticias más importantes cada mañana. SUSCRÍBETE"}) {
    INFO(line);
    CHECK(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {"The Evening Briefing: the day's top stories at 6 p.m. Sign ups",
                           "The Evening Briefing: the day's top stories at 6 p.m. Design up"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("newsletter", line));
  }
  for (const char* line : {"ACCEPT ALL COOKIES", "- Cookie\tsettings", "Accept\xC2\xA0" "all"}) {
    INFO(line);
    CHECK(filter_removes_in_context("cookie", line));
  }
  for (const char* line : {"Accept all cookiez", "Cookie settingss", "Accept-all"}) {
    INFO(line);
    CHECK_FALSE(filter_removes_in_context("cookie", line));
  }
}

TEST_CASE("last_words_of and first_words_of derive a phrase list's word tables", "[key-gate]") {
  static constexpr std::string_view phrases[] = {"please wait", "attendere", "por favor, aguarde"};
  constexpr auto last = pith::last_words_of(phrases);
  constexpr auto first = pith::first_words_of(phrases);
  CHECK(last == std::array<std::string_view, 3>{"wait", "attendere", "aguarde"});
  CHECK(first == std::array<std::string_view, 3>{"please", "attendere", "por"});
}
