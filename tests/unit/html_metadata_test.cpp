// Metadata: meta tags, canonical link, html lang and JSON-LD, in order of trust.
#include <catch2/catch.hpp>

#include <string>

#include "pith/html/html_parser.h"
#include "pith/html/metadata.h"

namespace {

pith::Metadata metadata_of(const std::string& head, const std::string& html_attrs = "") {
  std::string page = "<!doctype html><html" + html_attrs + "><head>" + head +
                     "</head><body><p>Body text of the page, long enough to be read as a paragraph.</p></body></html>";
  pith::Document doc;
  std::string err;
  REQUIRE(pith::parse_html(page, pith::Config{}, doc, &err));
  return doc.meta;
}

}  // namespace

TEST_CASE("Open Graph and article tags give the metadata", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<title>Storm closes ferry port | Island Times</title>"
      "<meta property=\"og:title\" content=\"Storm closes ferry port\">"
      "<meta property=\"og:site_name\" content=\"Island Times\">"
      "<meta property=\"og:url\" content=\"https://island.example/storm\">"
      "<meta property=\"article:published_time\" content=\"2021-02-03T04:05:06Z\">"
      "<meta name=\"author\" content=\"Iain MacLeod\">"
      "<meta name=\"description\" content=\"Gales stop all sailings.\">",
      " lang=\"gd\"");
  CHECK(meta.title == "Storm closes ferry port");
  CHECK(meta.site_name == "Island Times");
  CHECK(meta.url == "https://island.example/storm");
  CHECK(meta.date == "2021-02-03T04:05:06Z");
  CHECK(meta.author == "Iain MacLeod");
  CHECK(meta.description == "Gales stop all sailings.");
  CHECK(meta.language == "gd");
}

TEST_CASE("JSON-LD fills what tags leave out, in any of its shapes", "[html][metadata]") {
  const char* scripts[] = {
      R"({"@type":"NewsArticle","headline":"Mill reopens","datePublished":"2019-07-08","author":{"name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Valley Post"}})",
      R"([{"@type":"BreadcrumbList"},{"@type":["Article","NewsArticle"],"headline":"Mill reopens","datePublished":"2019-07-08T10:00:00+02:00","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"name":"Valley Post"}}])",
      R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Post"},{"@type":"BlogPosting","headline":"Mill reopens","datePublished":"2019-07-08","author":"Ana Ruiz","publisher":{"name":"Valley Post"}}]})",
  };
  for (const char* script : scripts) {
    INFO(script);
    pith::Metadata meta =
        metadata_of("<script type=\"application/ld+json\">" + std::string(script) + "</script><title>x</title>");
    CHECK(meta.title == "Mill reopens");
    CHECK(meta.author == "Ana Ruiz");
    CHECK(meta.date.starts_with("2019-07-08"));
    CHECK(meta.site_name == "Valley Post");
  }
}

TEST_CASE("broken JSON-LD and odd values are skipped, not errors", "[html][metadata]") {
  pith::Metadata meta = metadata_of(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
      "<title>Plain title</title><meta property=\"article:author\" content=\"https://social.example/someone\">"
      "<meta name=\"date\" content=\"last Tuesday\">");
  CHECK(meta.title == "Plain title");
  CHECK(meta.author.empty());  // a profile URL is not a name
  CHECK(meta.date.empty());    // not ISO 8601
}

TEST_CASE("dates are kept only when they are ISO 8601", "[html][metadata]") {
  CHECK(pith::html::iso_date("2024-05-14") == "2024-05-14");
  CHECK(pith::html::iso_date(" 2024-05-14T08:30:00+01:00") == "2024-05-14T08:30:00+01:00");
  CHECK(pith::html::iso_date("14/05/2024").empty());
  CHECK(pith::html::iso_date("May 14, 2024").empty());
  CHECK(pith::html::iso_date("2024-5-14").empty());
}

TEST_CASE("the site's name is cut from the end of a title", "[html][metadata]") {
  struct Case {
    std::string head;
    std::string title;
  };
  const Case cases[] = {
      {"<title>Storm closes ferry port | Island Times</title><meta property=\"og:site_name\" content=\"Island Times\">",
       "Storm closes ferry port"},
      {"<title>Mill reopens – VALLEY POST</title><meta property=\"og:site_name\" content=\"Valley Post\">",
       "Mill reopens"},
      {"<title>Le marché rouvre - Journal du Sud</title><meta property=\"og:site_name\" content=\"Journal du Sud\">",
       "Le marché rouvre"},
      // No separator before the name: it is part of the headline.
      {"<title>Why I left Island Times</title><meta property=\"og:site_name\" content=\"Island Times\">",
       "Why I left Island Times"},
      {"<title>Storm closes ferry port | Island Times</title>", "Storm closes ferry port | Island Times"},
  };
  for (const Case& c : cases) {
    INFO(c.head);
    CHECK(metadata_of(c.head).title == c.title);
  }
}
