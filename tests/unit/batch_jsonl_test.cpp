// JSON Lines records: content out, every other member passed through byte for byte.
#include <catch2/catch.hpp>

#include "pith/batch/jsonl_record.h"

namespace {

pith::JsonlFields fields(std::string content = "text", std::string output = "text") {
  pith::JsonlFields f;
  f.content = std::move(content);
  f.output = std::move(output);
  return f;
}

}  // namespace

TEST_CASE("pass-through members keep their exact bytes", "[batch][jsonl]") {
  struct Case {
    std::string line;
    pith::JsonlFields fields;
    std::string content;
    std::string pass_through;
  };
  std::vector<Case> cases = {
      {R"({"id":7,"text":"Body","lang":"en"})", fields(), "Body", R"("id":7,"lang":"en")"},
      // numbers, escapes and spacing are not re-serialised
      {R"({ "id" : "a\u00e9" , "score": 1.50e2, "text":"x\ny", "tags" : [ "a", {"b" : null} ] })", fields(),
       "x\ny", R"("id":"a\u00e9","score":1.50e2,"tags":[ "a", {"b" : null} ])"},
      // the content is unescaped for cleaning
      {R"({"html":"<p>caf\u00e9 \"quoted\"</p>","crawl":{"ts":1700000000,"ok":true}})", fields("html"),
       "<p>café \"quoted\"</p>", R"("crawl":{"ts":1700000000,"ok":true})"},
      // the output member is pith's: an input member of that name is replaced
      {R"({"id":"x-1","raw":"Cuerpo del artículo","text":"old summary"})", fields("raw", "text"),
       "Cuerpo del artículo", R"("id":"x-1")"},
      // strings holding braces and quotes do not fool the member scan
      {R"({"note":"a } or ] or \" inside","text":"t","n":[[[]]],"e":{}})", fields(), "t",
       R"("note":"a } or ] or \" inside","n":[[[]]],"e":{})"},
      // a backslash escaped before the closing quote does not escape the quote
      {R"({"path":"C:\\","q":"\\\"x\\\"","text":"t\\"})", fields(), "t\\",
       R"("path":"C:\\","q":"\\\"x\\\"")"},
  };
  for (const Case& test : cases) {
    INFO(test.line);
    pith::JsonlRecord record;
    std::string err;
    REQUIRE(pith::parse_jsonl_record(test.line, test.fields, &record, &err));
    CHECK(record.content == test.content);
    CHECK(record.pass_through == test.pass_through);
  }
}

TEST_CASE("the id and url members are found", "[batch][jsonl]") {
  pith::JsonlFields f;
  f.id = "doc_id";
  f.url = "link";
  pith::JsonlRecord record;
  std::string err;
  REQUIRE(pith::parse_jsonl_record(R"({"doc_id":12,"link":"https://news.example.org/a","text":"t"})", f, &record, &err));
  CHECK(record.has_id);
  CHECK(record.url == "https://news.example.org/a");
  REQUIRE(pith::parse_jsonl_record(R"({"id":12,"link":42,"text":"t"})", f, &record, &err));
  CHECK_FALSE(record.has_id);
  CHECK(record.url.empty());
  CHECK(record.kept_names == std::vector<std::string>{"id", "link"});
}

TEST_CASE("bad records fail with a reason, keeping what can be kept", "[batch][jsonl]") {
  struct Case {
    std::string line;
    std::string reason;
    std::string pass_through;
  };
  std::vector<Case> cases = {
      {R"({"id":1,"text":"unterminated)", "invalid JSON", ""},
      {R"({"id":1,"text":"x",})", "invalid JSON", ""},
      {R"({"id":1 "text":"x"})", "invalid JSON", ""},
      {R"({"id":1,"meta":[1,,2],"text":"x"})", "invalid JSON", ""},
      {R"(["not","an","object"])", "not a JSON object", ""},
      {"\"just a string\"", "not a JSON object", ""},
      {"{\"id\":1,\"text\":\"\xff\xfe\"}", "invalid JSON", ""},
      {R"({"id":2,"title":"No body"})", "no field 'text'", R"("id":2,"title":"No body")"},
      {R"({"id":3,"text":null})", "is not a string", R"("id":3)"},
      {R"({"id":4,"text":["a","b"]})", "is not a string", R"("id":4)"},
  };
  for (const Case& test : cases) {
    INFO(test.line);
    pith::JsonlRecord record;
    std::string err;
    CHECK_FALSE(pith::parse_jsonl_record(test.line, fields(), &record, &err));
    CHECK(err.find(test.reason) != std::string::npos);
    CHECK(record.pass_through == test.pass_through);
  }
}

TEST_CASE("blank lines are told apart from records", "[batch][jsonl]") {
  CHECK(pith::is_blank_line(""));
  CHECK(pith::is_blank_line(" \t\r"));
  CHECK_FALSE(pith::is_blank_line(" {}"));
}
