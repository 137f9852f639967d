// RecordCleaner on whole documents: what a library caller (the Python module) may say of one
// before it is read, its URL and its kind, reaches the output; the CLI's records, which say
// neither, are cleaned as before.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <optional>
#include <string>

#include "pith/batch/record_cleaner.h"
#include "pith/pipeline.h"

namespace {

struct Written {
  std::string url;   ///< "" for null
  std::string text;
  std::string error;
};

Written clean_document(const std::string& bytes, const std::string& url, std::optional<pith::InputKind> kind) {
  std::string err;
  auto pipeline = pith::Pipeline::create(pith::Config{}, &err);
  REQUIRE(pipeline);
  pith::RecordOutputOptions options;
  options.format = pith::OutputFormat::jsonl;
  pith::RecordCleaner cleaner(*pipeline, options);
  pith::Record record;
  record.bytes = bytes;
  record.url = url;
  record.content_kind = kind;
  pith::CleanedRecord result;
  cleaner.clean(record, &result);
  Written written;
  written.error = result.error;
  if (!result.error.empty()) return written;
  simdjson::dom::parser parser;
  simdjson::dom::element object;
  REQUIRE(parser.parse(result.output).get(object) == simdjson::SUCCESS);
  std::string_view value;
  if (object["url"].get(value) == simdjson::SUCCESS) written.url = value;
  REQUIRE(object["text"].get(value) == simdjson::SUCCESS);
  written.text = value;
  return written;
}

}  // namespace

TEST_CASE("a document record carries the caller's URL and kind", "[batch][record_cleaner]") {
  const std::string page =
      "<html><head><link rel=canonical href='https://site.example/canonical'></head>"
      "<body><article><p>The council met on Tuesday and approved the budget for next year.</p></article></body></html>";
  const std::string plain_page =
      "<html><body><article><p>The council met on Tuesday and approved the budget for next year.</p></article></body></html>";
  struct Case {
    const char* what;
    std::string bytes;
    std::string url;
    std::optional<pith::InputKind> kind;
    std::string want_url;
    std::string want_text_start;
  };
  const Case cases[] = {
      {"no URL given: the page's canonical URL", page, "", std::nullopt, "https://site.example/canonical", "The council"},
      {"a URL given wins over the page's", page, "https://feed.example/1", std::nullopt, "https://feed.example/1",
       "The council"},
      {"a URL given for a page that names none", plain_page, "https://feed.example/2", std::nullopt,
       "https://feed.example/2", "The council"},
      {"a URL given for a text document", "Rain is expected.\nAdvertisement", "https://feed.example/3", std::nullopt,
       "https://feed.example/3", "Rain is expected."},
      {"HTML read as text when told", plain_page, "", pith::InputKind::text, "", "<html>"},
      {"text read as HTML when told", "Rain is expected <b>over the weekend</b> across the north.", "",
       pith::InputKind::html, "", "Rain is expected over the weekend"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Written written = clean_document(c.bytes, c.url, c.kind);
    CHECK(written.error.empty());
    CHECK(written.url == c.want_url);
    CHECK(written.text.starts_with(c.want_text_start));
  }
}
