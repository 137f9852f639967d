// Line templates: a fixed prefix and suffix around a short variable middle; templates that fix
// too little are not specific enough to remove lines.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/sites/line_key.h"
#include "pith/sites/line_template.h"

using pith::sites::LineTemplate;
using pith::sites::line_key;

TEST_CASE("a template matches its prefix, a middle and its suffix", "[sites][template]") {
  LineTemplate post{"the post", "appeared first on guns daily"};
  LineTemplate older{"older articles by", ""};
  LineTemplate bio{"", "is a contributor to the washington examiner"};
  struct Row {
    const LineTemplate* t;
    const char* line;
    bool matches;
  };
  for (const Row& row : std::vector<Row>{
           {&post, "The post Ten rifles for 2018 appeared first on Guns Daily.", true},
           {&post, "The post A Black Hole is Pushing the Stars Around appeared first on Guns Daily", true},
           {&older, "Older articles by Jim Bray", true},
           {&bio, "Michael Rubin is a contributor to the Washington Examiner.", true},
           // no middle, or a middle longer than a template stands for
           {&post, "The post appeared first on Guns Daily.", false},
           {&older, "Older articles by the hundred were stacked in the archive of the paper for years", false},
           // a prefix inside a longer first word
           {&older, "Older articles byline Jim Bray", false},
           {&post, "The post office appeared first on Guns Daily's list of closures, residents said today.", false},
       }) {
    INFO(row.line);
    CHECK(pith::sites::matches(*row.t, line_key(row.line)) == row.matches);
  }
}

TEST_CASE("a template must fix words with letters and leave a short middle", "[sites][template]") {
  struct Row {
    LineTemplate t;
    std::size_t longest;
    bool specific;
  };
  for (const Row& row : std::vector<Row>{
           {{"read more great articles here:", ""}, 6, true},
           {{"the post", "appeared first on universe today"}, 25, true},
           {{"older articles by", ""}, 5, true},
           {{"headline:", ""}, 9, false},             // one word fixed
           {{"", "# # #"}, 5, false},                 // the tail of a phone number
           {{"the president said", ""}, 30, false},   // sentences that open alike
           {{"the post", "appeared first on x"}, 50, false},
           {{"", ""}, 3, false},
       }) {
    INFO(pith::sites::template_text(row.t));
    CHECK(pith::sites::is_specific(row.t, row.longest) == row.specific);
  }
}

TEST_CASE("templates are written and read back with their hole", "[sites][template]") {
  for (const LineTemplate& t : std::vector<LineTemplate>{{"the post", "appeared first on guns daily"},
                                                        {"read more great articles here:", ""},
                                                        {"", "is a contributor to the washington examiner"},
                                                        {"filed under:", "| # comments"}}) {
    std::string text = pith::sites::template_text(t);
    INFO(text);
    LineTemplate back;
    REQUIRE(pith::sites::parse_template_text(text, &back));
    CHECK(back == t);
  }
  LineTemplate hand;
  REQUIRE(pith::sites::parse_template_text("Older Articles By {...}", &hand));
  CHECK(hand == LineTemplate{"older articles by", ""});
  CHECK_FALSE(pith::sites::parse_template_text("no hole here", &hand));
  CHECK_FALSE(pith::sites::parse_template_text(" {…} ", &hand));
}
