// The WARC reader on generated files: record types, payloads, damage, size caps; HTTP parsing.
#include <catch2/catch.hpp>

#include "pith/batch/record_cleaner.h"
#include "pith/batch/warc_reader.h"
#include "pith/input/decompress.h"
#include "unit/batch_test_data.h"

using pith::test::gzip_member;
using pith::test::http_response;
using pith::test::warc_record;

namespace {

std::vector<pith::Record> read_all_records(const std::string& bytes, std::size_t max_bytes,
                                           std::vector<std::string>* errors) {
  pith::MemorySource memory(bytes);
  pith::DecompressingSource decoded(memory);
  pith::WarcReader reader(decoded, max_bytes);
  std::vector<pith::Record> records;
  for (;;) {
    pith::Record record;
    std::string err;
    pith::ReadStatus status = reader.next(&record, &err);
    if (status == pith::ReadStatus::end) break;
    if (status == pith::ReadStatus::error) {
      errors->push_back(err);
      if (reader.failed()) break;
      continue;
    }
    records.push_back(std::move(record));
  }
  return records;
}

const std::string k_page =
    "<html><head><title>Harbour</title></head><body><p>The harbour reopened on Monday.</p></body></html>";

std::string sample_warc() {
  return warc_record("warcinfo", "", "0001", "application/warc-fields", "software: test\r\n") +
         warc_record("request", "https://a.example/x", "0002", "application/http; msgtype=request",
                     "GET /x HTTP/1.1\r\nHost: a.example\r\n\r\n") +
         warc_record("response", "https://a.example/x", "0003", "application/http; msgtype=response",
                     http_response("text/html; charset=utf-8", k_page)) +
         warc_record("metadata", "https://a.example/x", "0004", "application/warc-fields", "fetchTimeMs: 12\r\n") +
         warc_record("response", "https://b.example/logo.png", "0005", "application/http; msgtype=response",
                     http_response("image/png", std::string("\x89PNG\r\n\x1a\n\0\0", 10)));
}

}  // namespace

TEST_CASE("WARC records are read with their headers, only responses keep their block", "[batch][warc]") {
  std::string plain = sample_warc();
  // As Common Crawl ships them: one gzip member per record.
  std::string gz;
  std::size_t start = 0;
  while (start < plain.size()) {
    std::size_t next = plain.find("WARC/1.1\r\n", start + 1);
    if (next == std::string::npos) next = plain.size();
    gz += gzip_member(plain.substr(start, next - start));
    start = next;
  }
  for (const std::string* bytes : {&plain, &gz}) {
    std::vector<std::string> errors;
    std::vector<pith::Record> records = read_all_records(*bytes, 1 << 20, &errors);
    CHECK(errors.empty());
    REQUIRE(records.size() == 5);
    CHECK(records[0].skipped);
    CHECK(records[1].skipped);
    CHECK_FALSE(records[2].skipped);
    CHECK(records[2].warc_target_uri == "https://a.example/x");
    CHECK(records[2].warc_record_id == "<urn:uuid:0003>");
    CHECK(records[2].warc_date == "2024-03-05T10:11:12Z");
    CHECK(records[2].bytes.ends_with(k_page));
    CHECK(records[3].skipped);
    CHECK_FALSE(records[4].skipped);
  }
}

TEST_CASE("a WARC 1.0 target URI in angle brackets is read without them", "[batch][warc]") {
  std::string record = warc_record("response", "<https://f.example/story?id=4>", "0030",
                                   "application/http; msgtype=response", http_response("text/html", k_page));
  std::vector<std::string> errors;
  std::vector<pith::Record> records = read_all_records(record, 1 << 20, &errors);
  REQUIRE(records.size() == 1);
  CHECK(records[0].warc_target_uri == "https://f.example/story?id=4");
}

TEST_CASE("a damaged WARC record costs only itself", "[batch][warc]") {
  std::string good = warc_record("response", "https://c.example/", "0010", "application/http; msgtype=response",
                                 http_response("text/html", k_page));
  struct Case {
    const char* what;
    std::string bytes;
    std::size_t records;
    std::size_t errors;
  };
  std::vector<Case> cases = {
      {"junk between records", good + "garbage line\r\nmore garbage\r\n" + good, 2, 1},
      {"a record without Content-Length",
       "WARC/1.0\r\nWARC-Type: response\r\n\r\nbody without length\r\n\r\n" + good, 1, 1},
      {"a block cut short at the end", good + good.substr(0, good.size() - 40), 1, 1},
      {"a header cut short at the end", good + "WARC/1.1\r\nWARC-Type: resp", 1, 1},
      {"blank lines before the first record", "\r\n\r\n" + good, 1, 0},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    std::vector<std::string> errors;
    CHECK(read_all_records(test.bytes, 1 << 20, &errors).size() == test.records);
    CHECK(errors.size() == test.errors);
  }
}

TEST_CASE("a WARC block over --max-bytes is an error record, not a reason to buffer", "[batch][warc]") {
  std::string big = std::string(5000, 'x');
  std::string bytes = warc_record("response", "https://d.example/", "0020", "application/http; msgtype=response",
                                  http_response("text/html", "<p>" + big + "</p>")) +
                      warc_record("response", "https://e.example/", "0021", "application/http; msgtype=response",
                                  http_response("text/html", k_page));
  std::vector<std::string> errors;
  std::vector<pith::Record> records = read_all_records(bytes, 1000, &errors);
  REQUIRE(records.size() == 2);
  CHECK(records[0].error.find("max-bytes") != std::string::npos);
  CHECK(records[0].bytes.empty());
  CHECK(records[1].error.empty());
}

TEST_CASE("HTTP responses are split into status, type, charset and body", "[batch][warc]") {
  pith::HttpResponse response;
  std::string err;
  REQUIRE(pith::parse_http_response(http_response("text/html; charset=\"ISO-8859-1\"", "<p>x</p>"), &response, &err));
  CHECK(response.status == 200);
  CHECK(response.charset == "ISO-8859-1");
  CHECK(response.body == "<p>x</p>");
  CHECK(pith::is_html_content_type(response.content_type));

  REQUIRE(pith::parse_http_response("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Type: text/html\n\n"
                                    "4\r\n<p>a\r\n5;ext=1\r\nb</p>\r\n0\r\n\r\n",
                                    &response, &err));
  CHECK(response.body == "<p>ab</p>");
  CHECK(response.charset.empty());

  REQUIRE(pith::parse_http_response(http_response("text/html", "moved", 301), &response, &err));
  CHECK(response.status == 301);
  CHECK_FALSE(pith::parse_http_response("GET / HTTP/1.1\r\n\r\n", &response, &err));
  for (const char* type : {"application/xhtml+xml", "TEXT/HTML;charset=utf-8", " text/html "})
    CHECK(pith::is_html_content_type(type));
  for (const char* type : {"application/pdf", "image/png", "text/plain", "text/htmlx", ""})
    CHECK_FALSE(pith::is_html_content_type(type));
}
