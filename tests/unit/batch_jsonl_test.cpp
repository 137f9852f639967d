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
      // the id was whole before the fault, so the error record keeps it
      {R"({"id":1,"text":"unterminated)", "invalid JSON", R"("id":1)"},
      {R"({"id":1,"text":"x",})", "invalid JSON", R"("id":1)"},
      {R"({"id":1 "text":"x"})", "invalid JSON", R"("id":1)"},
      {R"({"id":1,"meta":[1,,2],"text":"x"})", "invalid JSON", R"("id":1)"},
      {R"({"doc":"d","id":"a-\"7\"","text":"x)", "invalid JSON", R"("id":"a-\"7\"")"},
      // an id after the fault, or itself broken, cannot be read
      {R"({"text":"x" "id":1})", "invalid JSON", ""},
      {R"({"id":"unterminated)", "invalid JSON", ""},
      {R"({"id":01,"text":"x"})", "invalid JSON", ""},
      {R"(["not","an","object"])", "not a JSON object", ""},
      {"\"just a string\"", "not a JSON object", ""},
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

TEST_CASE("valid JSON in fields pith does not read passes through byte for byte", "[batch][jsonl]") {
  std::string deep = std::string(100'000, '[') + "1" + std::string(100'000, ']');
  std::string deep_objects;
  for (int i = 0; i < 20'000; ++i) deep_objects += "{\"a\":";
  deep_objects += "null" + std::string(20'000, '}');
  struct Case {
    const char* what;
    std::string member;  // a pass-through member, as written
  };
  const Case cases[] = {
      {"an integer past 64 bits", R"("n":18446744073709551617)"},
      {"an integer below int64's range", R"("n":-9223372036854775809)"},
      {"a double past its range", R"("x":1e400)"},
      {"a long fraction", R"("x":0.1000000000000000000000000000000000000001)"},
      {"big numbers nested", R"("m":{"ids":[18446744073709551617,-1E-400],"ok":true})"},
      {"a lone high surrogate", R"("s":"caf\ud800e")"},
      {"a lone low surrogate in a name", R"("\udc00key":"v")"},
      {"a reversed surrogate pair", R"("s":"\udc00\ud800")"},
      {"arrays 100,000 deep", "\"deep\":" + deep},
      {"objects 20,000 deep", "\"deep\":" + deep_objects},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    for (const std::string& line : {"{\"id\":\"r1\"," + test.member + ",\"text\":\"The body.\"}",
                                    "{\"text\":\"The body.\"," + test.member + ",\"id\":\"r1\"}"}) {
      pith::JsonlRecord record;
      std::string err;
      REQUIRE(pith::parse_jsonl_record(line, fields(), &record, &err));
      CHECK(record.content == "The body.");
      CHECK(record.has_id);
      CHECK(record.pass_through.find(test.member) != std::string::npos);
    }
  }
}

TEST_CASE("invalid UTF-8 is repaired, not a reason to lose the record", "[batch][jsonl]") {
  struct Case {
    std::string line;
    std::string content;
    std::string pass_through;
  };
  std::vector<Case> cases = {
      {"{\"id\":1,\"note\":\"caf\xE9\",\"text\":\"Body\"}", "Body", "\"id\":1,\"note\":\"caf\xEF\xBF\xBD\""},
      {"{\"id\":1,\"text\":\"\xff\xfe body\"}", "\xEF\xBF\xBD\xEF\xBF\xBD body", "\"id\":1"},
      {"{\"id\":1,\"meta\":{\"k\xC0\xAF\":[\"\xED\xA0\x80\"]},\"text\":\"Body\"}", "Body",
       "\"id\":1,\"meta\":{\"k\xEF\xBF\xBD\xEF\xBF\xBD\":[\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"]}"},
  };
  for (const Case& test : cases) {
    INFO(test.line);
    pith::JsonlRecord record;
    std::string err;
    REQUIRE(pith::parse_jsonl_record(test.line, fields(), &record, &err));
    CHECK(record.content == test.content);
    CHECK(record.pass_through == test.pass_through);
  }
}

TEST_CASE("the member scan follows the JSON grammar, so nothing invalid is passed through", "[batch][jsonl]") {
  // Each value breaks RFC 8259 (lenient parsers take some): copied raw, it would make the
  // output line invalid JSON.
  const char* invalid[] = {"01", "1.", ".5", "-", "+1", "1e", "1e+", "0x1F", "NaN", "Infinity", "-Infinity",
                           "tru", "nul", "True", "'single'", "\"tab\there\"", R"("bad \x escape")", R"("\u12g4")",
                           "[1,]", "[,1]", R"({"a"})", R"({"a":1,})", "{a:1}", "[1 2]", R"("\")", "[",
                           R"({"a":[})", "1 2", "\"new\nline\""};
  for (const char* value : invalid) {
    std::string line = std::string("{\"id\":9,\"v\":") + value + ",\"text\":\"t\"}";
    INFO(line);
    pith::JsonlRecord record;
    std::string err;
    CHECK_FALSE(pith::parse_jsonl_record(line, fields(), &record, &err));
    CHECK(err.find("invalid JSON") != std::string::npos);
  }
  const char* valid[] = {"0", "-0", "0.5e-7", "-12.25E+3", "true", "false", "null", "\"\"", "[]", "{}", "[ ]",
                         "{ }", R"("\" \\ \/ \b \f \n \r \t \u00e9")", R"([{"a":[[],{}]},null])",
                         " \t\r\n 7 \t\r\n "};
  for (const char* value : valid) {
    std::string line = std::string("{\"id\":9,\"v\":") + value + ",\"text\":\"t\"}";
    INFO(line);
    pith::JsonlRecord record;
    std::string err;
    CHECK(pith::parse_jsonl_record(line, fields(), &record, &err));
  }
}

TEST_CASE("blank lines are told apart from records", "[batch][jsonl]") {
  CHECK(pith::is_blank_line(""));
  CHECK(pith::is_blank_line(" \t\r"));
  CHECK_FALSE(pith::is_blank_line(" {}"));
}

TEST_CASE("a line too long to clean is still named by the members in its first bytes", "[batch][jsonl]") {
  struct Case {
    std::string prefix;
    std::string pass_through;
    bool has_id;
  };
  std::string long_text = std::string(200, 'x');
  const Case cases[] = {
      // The id first, the content cut: the id and whatever was whole before the content.
      {R"({"id":"a-17","url":"https://x.example/a","text":")" + long_text, R"("id":"a-17","url":"https://x.example/a")",
       true},
      {R"({ "doc_id" : 5, "id" : 42, "lang":"de", "text": ")" + long_text,
       R"("doc_id":5,"id":42,"lang":"de")", true},
      // Members after a long content member never made it into the prefix.
      {R"({"text":")" + long_text, "", false},
      // A number cut at the prefix's end is not an id: it could be 123 of 12345.
      {R"({"lang":"fr","id":123)", R"("lang":"fr")", false},
      // Not an object at all: nothing to keep.
      {"[1,2,3," + long_text, "", false},
      {"", "", false},
  };
  for (const Case& c : cases) {
    INFO(c.prefix.substr(0, 60));
    pith::JsonlRecord record;
    pith::salvage_jsonl_members(c.prefix, fields(), &record);
    CHECK(record.pass_through == c.pass_through);
    CHECK(record.has_id == c.has_id);
  }
}
