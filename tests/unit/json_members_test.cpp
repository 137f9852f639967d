// The JSON writer's member list (what --fields chooses from) is the members it writes, in order,
// so a member added to the writer cannot be missing from --fields.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include "pith/output/writers.h"
#include "unit/test_support.h"

TEST_CASE("json_member_names lists every member the writer writes, in order", "[json][fields]") {
  pith::Document doc = pith::test::document_of({"A kept line of the article.", "Advertisement"});
  doc.blocks[1].removed_by = "ad";
  doc.source = "page.html";
  doc.meta.title = "Title";
  doc.meta.author = "Author";
  doc.meta.date = "2024-05-01";
  doc.meta.site_name = "Site";
  doc.meta.url = "https://x.example/a";
  doc.meta.language = "en";
  doc.meta.language_score = 0.9;
  doc.meta.declared_language = "en-GB";
  doc.meta.description = "About it";
  std::string line;
  pith::write_json_line(doc, line, {}, pith::JsonExtras{true});
  simdjson::dom::parser parser;
  simdjson::dom::object object = parser.parse(line);
  std::vector<std::string> written;
  for (simdjson::dom::key_value_pair member : object) written.emplace_back(member.key);
  std::vector<std::string> listed(pith::json_member_names().begin(), pith::json_member_names().end());
  CHECK(written == listed);

  // Each can be left out alone, the text too, and what is left still parses.
  for (const std::string& name : listed) {
    INFO(name);
    std::string slim;
    pith::write_json_line(doc, slim, std::vector<std::string>{name}, pith::JsonExtras{true});
    simdjson::dom::object rest = parser.parse(slim);
    CHECK(rest.size() == listed.size() - 1);
  }
  std::string empty;
  pith::write_json_line(doc, empty, listed, pith::JsonExtras{true});
  CHECK(empty == "{}\n");
}
