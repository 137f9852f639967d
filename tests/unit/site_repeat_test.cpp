// site-repeat: a document's lines that its site's profile lists go, with the count as the reason;
// other sites, documents without a site, near-misses and a document's last line stay.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "pith/filters/filter.h"
#include "pith/sites/line_key.h"
#include "pith/sites/site_profile.h"
#include "unit/test_support.h"

namespace {

std::shared_ptr<pith::sites::SiteProfile> profile() {
  auto p = std::make_shared<pith::sites::SiteProfile>();
  p->add_records("guns.example", 50);
  p->add_line("guns.example", pith::sites::line_key("Subscribe to Guns Daily for FREE"), 31);
  p->add_template("guns.example", {"the post", "appeared first on guns daily"}, 40);
  p->add_records("zeitung.example", 80);
  p->add_line("zeitung.example", pith::sites::line_key("Aktualisiert am 5. Juni 2018 um 10:15 Uhr"), 70);
  return p;
}

/// Runs site-repeat over `lines` of `site`; the reason of each line, "" for a kept one.
std::vector<std::string> reasons(const std::string& site, const std::vector<std::string>& lines) {
  pith::Config config;
  config.site_profile = profile();
  pith::Document doc = pith::test::document_of(lines);
  doc.site = site;
  pith::find_filter("site-repeat")->make(config)->apply(doc, "site-repeat");
  std::vector<std::string> out;
  for (const pith::Block& block : doc.blocks) out.push_back(block.kept() ? "" : block.removed_by + ": " + block.reason);
  return out;
}

const std::string k_article = "The range reopened on Saturday after a month of repairs, the club said.";

}  // namespace

TEST_CASE("site-repeat removes the lines and templates of the document's site", "[filter][site-repeat]") {
  std::vector<std::string> got = reasons("guns.example", {
                                                             "SUBSCRIBE to Guns Daily  for free",
                                                             k_article,
                                                             "The post Ten rifles for 2018 appeared first on Guns Daily.",
                                                         });
  CHECK(got[0] == "site-repeat: in 31 of 50 records of guns.example");
  CHECK(got[1].empty());
  CHECK(got[2] == "site-repeat: in 40 of 50 records of guns.example, as \"the post {…} appeared first on guns daily\"");
  got = reasons("zeitung.example", {"Aktualisiert am 12. März 2019 um 08:02 Uhr", k_article});
  CHECK(got[0] == "site-repeat: in 70 of 80 records of zeitung.example");
}

TEST_CASE("site-repeat keeps other sites' lines, near-misses and siteless documents", "[filter][site-repeat]") {
  // another site, and no site at all
  CHECK(reasons("other.example", {"Subscribe to Guns Daily for FREE", k_article})[0].empty());
  CHECK(reasons("", {"Subscribe to Guns Daily for FREE", k_article})[0].empty());
  for (const char* line : {
           "Subscribe to Guns Daily for FREE, the sign on the club's door said, and many did.",
           "Readers who subscribe to Guns Daily for free get a weekly newsletter, the editor wrote.",
           "The post appeared first on Guns Daily.",
           "The post Ten rifles appeared first on Guns Daily, the editor said, and spread from there.",
           "Aktualisiert wird die Seite am Montag.",
       }) {
    INFO(line);
    CHECK(reasons("guns.example", {k_article, line})[1].empty());
  }
}

TEST_CASE("site-repeat never takes a document's whole text", "[filter][site-repeat]") {
  std::vector<std::string> got = reasons("guns.example", {"Subscribe to Guns Daily for FREE",
                                                          "The post Ten rifles appeared first on Guns Daily."});
  CHECK(got[0].empty());
  CHECK(got[1].empty());
}

TEST_CASE("site-repeat without a profile removes nothing", "[filter][site-repeat]") {
  std::vector<bool> removed =
      pith::test::removed_by_filter("site-repeat", {"Subscribe to Guns Daily for FREE", k_article});
  CHECK(removed == std::vector<bool>{false, false});
}

namespace {

/// Runs site-repeat over one line of `site` with an article line before it, cutting what it
/// marked as the pipeline does; the line as it is left, and the spans cut from it.
std::pair<std::string, std::vector<std::string>> after_cut(const std::string& site, const std::string& line) {
  pith::Config config;
  config.site_profile = profile();
  pith::Document doc = pith::test::document_of({k_article, line});
  doc.site = site;
  pith::find_filter("site-repeat")->make(config)->apply(doc, "site-repeat");
  pith::Block& block = doc.blocks[1];
  pith::cut_removed_spans(block);
  std::vector<std::string> spans;
  for (const pith::RemovedSpan& span : block.removed_spans) {
    CHECK(span.reason == "in 31 of 50 records of guns.example");
    spans.push_back(span.text);
  }
  return {block.kept() ? block.text : "", spans};
}

}  // namespace

TEST_CASE("site-repeat cuts a learned line glued to the start or end of a longer one", "[filter][site-repeat]") {
  struct Row {
    const char* line;
    const char* left;
    const char* cut;
  };
  for (const Row& row : std::vector<Row>{
           {"Subscribe to Guns Daily for FREE. The range reopened on Saturday after repairs.",
            "The range reopened on Saturday after repairs.", "Subscribe to Guns Daily for FREE."},
           {"SUBSCRIBE TO GUNS DAILY FOR FREE The range reopened on Saturday after repairs.",
            "The range reopened on Saturday after repairs.", "SUBSCRIBE TO GUNS DAILY FOR FREE"},
           {"The range reopened on Saturday after repairs, the club said. Subscribe to Guns Daily for free!",
            "The range reopened on Saturday after repairs, the club said.", "Subscribe to Guns Daily for free!"},
       }) {
    INFO(row.line);
    auto [left, cut] = after_cut("guns.example", row.line);
    CHECK(left == row.left);
    CHECK(cut == std::vector<std::string>{row.cut});
  }
}

TEST_CASE("site-repeat leaves a learned line that runs on into the sentence", "[filter][site-repeat]") {
  for (const char* line : {
           "Subscribe to Guns Daily for free and you will never miss a review again.",
           "Readers can subscribe to Guns Daily for free, the editor said on Monday.",
           "Subscribe to Guns Daily for FREE. Thanks!",          // too little left to be a sentence
           "The range reopened on Saturday after repairs and subscribe to Guns Daily for free",  // no sentence end
       }) {
    INFO(line);
    auto [left, cut] = after_cut("guns.example", line);
    CHECK(left == line);
    CHECK(cut.empty());
  }
  // another site's lines are never looked for
  auto [left, cut] = after_cut("other.example", "Subscribe to Guns Daily for FREE. The range reopened on Saturday.");
  CHECK(cut.empty());
}
