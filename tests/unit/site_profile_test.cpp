// Site profiles and their files: rows round-trip, concatenated files merge, hand-written rows
// are keyed, and every malformed row is an error at its line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/sites/line_key.h"
#include "pith/sites/profile_file.h"

using pith::sites::SiteProfile;

namespace {

SiteProfile sample_profile() {
  SiteProfile profile;
  profile.add_records("guns.example", 50);
  profile.add_line("guns.example", pith::sites::line_key("Subscribe to Guns Daily for FREE"), 31);
  profile.add_line("guns.example", pith::sites::line_key("Tips? Write to tips@guns.example"), 4);
  profile.add_template("guns.example", {"the post", "appeared first on guns daily"}, 40);
  profile.add_records("harbour.example", 120);
  profile.add_line("harbour.example", pith::sites::line_key("Markets: DOW 33,912 ▲0.4%"), 96);
  return profile;
}

SiteProfile parsed(const std::string& text) {
  SiteProfile profile;
  std::string err;
  INFO(text);
  REQUIRE(pith::sites::parse_profile_text(text, "p.tsv", &profile, &err));
  return profile;
}

}  // namespace

TEST_CASE("a profile's text reads back as the same profile", "[sites][profile]") {
  std::string text = pith::sites::profile_text(sample_profile());
  CHECK(text.find("site\tguns.example\t50\n") != std::string::npos);
  CHECK(text.find("line\tharbour.example\t96\tmarkets: dow #,# ▲#.#%\n") != std::string::npos);
  CHECK(text.find("template\tguns.example\t40\tthe post {…} appeared first on guns daily\n") != std::string::npos);
  // most frequent first within a site
  CHECK(text.find("for free") < text.find("tips?"));
  CHECK(pith::sites::profile_text(parsed(text)) == text);
}

TEST_CASE("profiles concatenated or merged add up", "[sites][profile]") {
  std::string text = pith::sites::profile_text(sample_profile());
  SiteProfile twice = parsed(text + text);
  const pith::sites::SiteLines* guns = twice.find("guns.example");
  REQUIRE(guns);
  CHECK(guns->records == 100);
  CHECK(guns->lines.at(pith::sites::line_key("Subscribe to Guns Daily for FREE")) == 62);
  REQUIRE(guns->templates.size() == 1);
  CHECK(guns->templates[0].count == 80);
  SiteProfile merged = sample_profile();
  merged.merge(sample_profile());
  CHECK(pith::sites::profile_text(merged) == pith::sites::profile_text(twice));
}

TEST_CASE("hand-written rows are keyed like learned ones", "[sites][profile]") {
  SiteProfile profile = parsed(
      "# my own rows\n"
      "site\tWWW.Example.COM\t10\n"
      "line\texample.com\t0\t  Subscribe to EXAMPLE   for free! \n"
      "template\thttps://example.com/\t0\tOlder articles by {...}\r\n");
  const pith::sites::SiteLines* site = profile.find("example.com");
  REQUIRE(site);
  CHECK(site->records == 10);
  auto match = SiteProfile::match(*site, pith::sites::line_key("subscribe to example for free"));
  REQUIRE(match);
  CHECK(match->by_template == nullptr);
  match = SiteProfile::match(*site, pith::sites::line_key("Older articles by Jim Bray"));
  REQUIRE(match);
  REQUIRE(match->by_template != nullptr);
  CHECK(pith::sites::template_text(*match->by_template) == "older articles by {…}");
  CHECK_FALSE(SiteProfile::match(*site, pith::sites::line_key("Subscribe to Example's rival for free")));
}

TEST_CASE("a profile's invalid UTF-8 is repaired, so it is written back valid", "[sites][profile]") {
  SiteProfile profile = parsed("site\texample.com\t9\nline\texample.com\t3\tSubscribe to Ex\xBA" "ample\n");
  std::string text = pith::sites::profile_text(profile);
  CHECK(text.find("line\texample.com\t3\tsubscribe to ex\xEF\xBF\xBD" "ample\n") != std::string::npos);
  CHECK(pith::sites::profile_text(parsed(text)) == text);
}

TEST_CASE("a malformed profile row is an error at its line", "[sites][profile]") {
  struct Row {
    const char* text;
    const char* error;
  };
  for (const Row& row : std::vector<Row>{
           {"site\texample.com\t10\nlines\texample.com\t3\tx\n", "p.tsv:2: 'lines' is not a row kind"},
           {"line\texample.com\t3\n", "p.tsv:1: a line row is: line<TAB>SITE<TAB>COUNT<TAB>TEXT"},
           {"site\texample.com\n", "p.tsv:1: a site row is"},
           {"line\texample.com\tmany\tx\n", "p.tsv:1: 'many' is not a count"},
           {"line\t\t3\tx\n", "p.tsv:1: no site name"},
           {"# c\n\nline\texample.com\t3\t  \n", "p.tsv:3: an empty line"},
           {"template\texample.com\t3\tno hole\n", "p.tsv:1: a template needs fixed words"},
           {"line\texample.com\t3\tx\textra\tfield\n", "p.tsv:1: a line row is"},
       }) {
    INFO(row.text);
    SiteProfile profile;
    std::string err;
    CHECK_FALSE(pith::sites::parse_profile_text(row.text, "p.tsv", &profile, &err));
    CHECK(err.starts_with(row.error));
  }
}
