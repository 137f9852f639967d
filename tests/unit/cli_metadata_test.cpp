// Metadata fields from the command line: the JSON contract's new members on documents and on
// batch records, and a record's own members passing through in their place.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <string>

#include "unit/test_support.h"

using pith::test::run_pith;

TEST_CASE("a record's URL gives the hostname, for text and for pages", "[cli][metadata]") {
  const std::string records =
      "{\"id\":1,\"url\":\"https://News.Example.org/a/1\",\"text\":\"A plain text record, one line of it.\"}\n"
      "{\"id\":2,\"url\":\"https://news.example.org/a/2\",\"text\":\"<html><head><link rel=canonical href=/story>"
      "</head><body><p>A page whose canonical link is relative to the record's URL.</p></body></html>\"}\n";
  auto result = run_pith({"-i", "jsonl", "-q"}, records);
  REQUIRE(result.status == 0);
  simdjson::dom::parser parser;
  std::size_t newline = result.out.find('\n');
  simdjson::dom::element text = parser.parse(result.out.substr(0, newline));
  CHECK(std::string_view(text["hostname"]) == "news.example.org");
  CHECK(text["tags"].is_array());
  // The record's own url member passes through; the page's resolved one gives the host.
  simdjson::dom::element page = parser.parse(result.out.substr(newline + 1));
  CHECK(std::string_view(page["url"]) == "https://news.example.org/a/2");
  CHECK(std::string_view(page["hostname"]) == "news.example.org");
}

TEST_CASE("a record's own tags pass through in place of pith's", "[cli][metadata]") {
  const std::string record =
      "{\"id\":1,\"tags\":[\"mine\"],\"text\":\"<html><head><meta property=article:tag content=theirs></head><body>"
      "<p>A page with a tag of its own, long enough to be kept as a paragraph.</p></body></html>\"}\n";
  auto result = run_pith({"-i", "jsonl", "-q"}, record);
  REQUIRE(result.status == 0);
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(result.out);
  simdjson::dom::array tags = doc["tags"];
  REQUIRE(tags.size() == 1);
  CHECK(std::string_view(tags.at(0)) == "mine");
  CHECK(result.out.find("theirs") == std::string::npos);
}

TEST_CASE("a page's metadata fields come out with the documented types", "[cli][metadata][json]") {
  const std::string page =
      "<!doctype html><html lang=en_gb><head><title>Storm closes ferry port</title>"
      "<meta property=og:url content=https://island.example/storm>"
      "<meta property=og:image content=/i/storm.jpg>"
      "<meta property=article:tag content=Storms><meta property=article:section content=Islands></head>"
      "<body><article><h1>Storm closes ferry port</h1><p class=byline>By IAIN MACLEOD, Island Correspondent</p>"
      "<p>Gales stopped every sailing from the island on Tuesday, and the port authority said it could not say "
      "when the ferries would run again.</p></article></body></html>";
  auto result = run_pith({"--format", "json", "-i", "html"}, page);
  REQUIRE(result.status == 0);
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(result.out);
  CHECK(std::string_view(doc["author"]) == "Iain Macleod");
  CHECK(std::string_view(doc["language"]) == "en-GB");
  CHECK(std::string_view(doc["hostname"]) == "island.example");
  CHECK(std::string_view(doc["image"]) == "https://island.example/i/storm.jpg");
  CHECK(std::string_view(doc["tags"].at(0)) == "Storms");
  CHECK(std::string_view(doc["categories"].at(0)) == "Islands");
  CHECK(doc["date"].is_null());
}
