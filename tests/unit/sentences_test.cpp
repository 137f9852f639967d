// Sentence starts by ICU and paragraph joins that lost their space.
#include <catch2/catch.hpp>

#include "pith/base/sentences.h"

namespace sentences = pith::sentences;

TEST_CASE("sentence starts come from ICU's rules", "[sentences]") {
  std::string_view text = "The U.S. team won. Our coach was pleased! Then e.g. lower case stays.";
  std::vector<std::size_t> starts = sentences::starts(text);
  REQUIRE(!starts.empty());
  CHECK(starts.front() == 0);
  CHECK(std::find(starts.begin(), starts.end(), text.find("Our")) != starts.end());
  CHECK(std::find(starts.begin(), starts.end(), text.find("Then")) != starts.end());
  CHECK(sentences::is_start(text, text.find("Then")));
  CHECK_FALSE(sentences::is_start(text, text.find("team")));
  CHECK(sentences::start_before(text, text.find("pleased")) == text.find("Our"));
  CHECK(sentences::start_before(text, 3) == 0);
  CHECK(sentences::starts("").empty());
  // Byte offsets over multi-byte text.
  std::string_view accents = "Él llegó tarde. Über alles ging es gut.";
  CHECK(sentences::is_start(accents, accents.find("Über")));
}

TEST_CASE("paragraph joins that lost their space are found by shape", "[sentences]") {
  struct Case {
    std::string_view text;
    std::string_view at;
    bool glued;
  };
  const Case cases[] = {
      {"read it below:If you are", "If", true},
      {"at the hospital.The doctors", "The", true},
      {"they agreed!\xE2\x80\x9DLater that day", "Later", true},
      {"the result.\xC3\x89l dijo", "\xC3\x89l", true},
      {"in 2017.Someone said", "Someone", true},
      {"U.S.A. and more", "A.", false},     // an abbreviation's capitals
      {"a Ph.D. student", "D.", false},     // ditto
      {"read it below: If you are", "If", false},  // a space: an ordinary boundary
      {"iPhone sales", "Phone", false},
      {"at 10:30 today", "30", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::size_t pos = c.text.find(c.at);
    REQUIRE(pos != std::string_view::npos);
    CHECK(sentences::is_glued_start(c.text, pos) == c.glued);
  }
  std::string_view text = "One.Two and three.Four";
  CHECK(sentences::last_glued_start(text, 0, text.size()) == text.find("Four"));
  CHECK(sentences::last_glued_start(text, 0, text.find("Four")) == text.find("Two"));
  CHECK(sentences::last_glued_start(text, 0, 3) == 3);
}
