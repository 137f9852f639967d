// The site learner: lines and templates in enough of a site's records are learned, with counts
// that never overstate; repeats inside a record count once; memory stays within its limits.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/sites/line_key.h"
#include "pith/sites/site_learner.h"
#include "unit/article_words.h"
#include "unit/test_support.h"

using pith::sites::LineTemplate;
using pith::sites::SiteLearner;
using pith::sites::SiteProfile;

namespace {

/// The `n`-th article sentence: 12 to 19 words of its own.
std::string sentence(std::size_t n) {
  pith::test::ArticleWords words(0x9E3779B97F4A7C15ULL * (n + 1));
  return "Officials " + words.words(12, 19) + ".";
}

struct Feeder {
  SiteLearner learner;
  std::size_t next = 0;

  explicit Feeder(pith::sites::LearnerLimits limits = {}) : learner(limits) {}

  /// Adds one record of `site`: `extra` lines, then three article sentences of its own.
  void record(const std::string& site, std::vector<std::string> extra) {
    for (int i = 0; i < 3; ++i) extra.push_back(sentence(next++));
    pith::Document doc = pith::test::document_of(extra);
    doc.site = site;
    pith::sites::RecordLines lines;
    pith::sites::record_lines(doc, &lines);
    learner.add(lines);
  }
  SiteProfile profile() const { return learner.profile(3, 0.02); }
};

std::size_t line_count(const SiteProfile& profile, const std::string& site, const std::string& line) {
  const pith::sites::SiteLines* lines = profile.find(site);
  if (!lines) return 0;
  auto it = lines->lines.find(pith::sites::line_key(line));
  return it == lines->lines.end() ? 0 : it->second;
}

bool has_template(const SiteProfile& profile, const std::string& site, const LineTemplate& t) {
  const pith::sites::SiteLines* lines = profile.find(site);
  if (!lines) return false;
  for (const auto& learned : lines->templates)
    if (learned.parts == t) return true;
  return false;
}

}  // namespace

TEST_CASE("a line in at least 3 records and 2% of its site's records is learned", "[sites][learner]") {
  Feeder feeder;
  for (int i = 0; i < 200; ++i) {
    std::vector<std::string> extra;
    if (i % 5 != 0) extra.push_back("BREAKING: Markets close at " + std::to_string(100 + i) + " points");  // 160
    if (i < 5) extra.push_back("Subscribe to the Harbour Times for free");                                  // 2.5%
    if (i < 3) extra.push_back("Donate to keep our reporting independent");                                 // 1.5%
    if (i == 7 || i == 90) extra.push_back("\"We will rebuild every home,\" the governor said.");           // 2
    feeder.record("harbour.example", extra);
  }
  for (int i = 0; i < 10; ++i) feeder.record("small.example", {"Tips? Write to the small desk", "Thanks for reading"});
  SiteProfile profile = feeder.profile();
  CHECK(line_count(profile, "harbour.example", "Breaking: markets close at 7 points") == 160);
  CHECK(line_count(profile, "harbour.example", "Subscribe to the Harbour Times for free") == 5);
  CHECK(line_count(profile, "harbour.example", "Donate to keep our reporting independent") == 0);
  CHECK(line_count(profile, "harbour.example", "\"We will rebuild every home,\" the governor said.") == 0);
  CHECK(line_count(profile, "small.example", "Tips? Write to the small desk") == 10);
  // a line is the site's own: the other site does not have it
  CHECK(line_count(profile, "small.example", "Subscribe to the Harbour Times for free") == 0);
  REQUIRE(profile.find("harbour.example"));
  CHECK(profile.find("harbour.example")->records == 200);
}

TEST_CASE("templates with a variable middle are learned from shared openings and endings", "[sites][learner]") {
  Feeder feeder;
  const char* titles[] = {"Ten rifles for 2018",       "A new scope reviewed", "Why the range closed",
                          "Club shoot draws hundreds", "Winter hunting tips",  "The best holsters this year"};
  const char* names[] = {"Jim Bray", "Ana Ruiz", "Tom Rogan", "Lena Weiss"};
  for (int i = 0; i < 40; ++i) {
    std::vector<std::string> extra;
    if (i % 4 != 0) extra.push_back(std::string("The post ") + titles[i % 6] + " appeared first on Guns Daily.");
    if (i % 3 == 0) extra.push_back(std::string("Older articles by ") + names[i % 4]);
    // prose that opens alike, with long and varied middles: never a template
    extra.push_back("The president said " + sentence(1000 + static_cast<std::size_t>(i)));
    feeder.record("guns.example", extra);
  }
  SiteProfile profile = feeder.profile();
  CHECK(has_template(profile, "guns.example", {"the post", "appeared first on guns daily"}));
  CHECK(has_template(profile, "guns.example", {"older articles by", ""}));
  const pith::sites::SiteLines* lines = profile.find("guns.example");
  REQUIRE(lines);
  for (const auto& learned : lines->templates) {
    INFO(pith::sites::template_text(learned.parts));
    CHECK_FALSE(learned.parts.prefix.starts_with("the president"));
    CHECK(learned.count <= 40);
  }
}

TEST_CASE("a line repeated inside one record counts once", "[sites][learner]") {
  Feeder feeder;
  for (int i = 0; i < 2; ++i) feeder.record("one.example", {"Share this:", "Share this:", "Share this:", "Share this:"});
  CHECK(line_count(feeder.profile(), "one.example", "Share this:") == 0);
  feeder.record("one.example", {"Share this:"});
  CHECK(line_count(feeder.profile(), "one.example", "Share this:") == 3);
}

TEST_CASE("records without a site teach nothing", "[sites][learner]") {
  Feeder feeder;
  for (int i = 0; i < 20; ++i) feeder.record("", {"Subscribe now"});
  CHECK(feeder.profile().empty());
  CHECK(feeder.learner.stats().records == 20);
  CHECK(feeder.learner.stats().records_without_site == 20);
}

TEST_CASE("a full table keeps frequent lines and never overstates a count", "[sites][learner]") {
  pith::sites::LearnerLimits limits;
  limits.keys_per_site = 64;  // far fewer than the keys of 300 records
  Feeder feeder(limits);
  for (int i = 0; i < 300; ++i) {
    std::vector<std::string> extra;
    if (i % 2 == 0) extra.push_back("Sign up for the Morning Briefing");  // 150 records
    if (i % 10 == 0) extra.push_back("Listen to our daily podcast");     // 30 records
    feeder.record("busy.example", extra);
  }
  SiteProfile profile = feeder.profile();
  std::size_t briefing = line_count(profile, "busy.example", "Sign up for the Morning Briefing");
  CHECK(briefing > 0);
  CHECK(briefing <= 150);
  CHECK(line_count(profile, "busy.example", "Listen to our daily podcast") <= 30);
}

TEST_CASE("past its memory budget the learner stops taking new sites", "[sites][learner]") {
  pith::sites::LearnerLimits limits;
  limits.max_bytes = 64 * 1024;
  Feeder feeder(limits);
  for (int site = 0; site < 100; ++site)
    for (int i = 0; i < 5; ++i) feeder.record("site" + std::to_string(site) + ".example", {"Site footer line"});
  const pith::sites::LearnerStats& stats = feeder.learner.stats();
  CHECK(stats.records_not_learned > 0);
  CHECK(stats.sites < 100);
  CHECK(stats.bytes < limits.max_bytes + 16 * 1024);  // one record's keys past the budget at most
  // the sites it did take are still learned
  CHECK(line_count(feeder.profile(), "site0.example", "Site footer line") == 5);
}
