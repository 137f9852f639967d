// The WARC reader on generated files: record types, payloads, damage, size caps; HTTP parsing.
#include <catch2/catch.hpp>

#include "pith/batch/record_cleaner.h"
#include "pith/batch/http_response.h"
#include "pith/batch/warc_reader.h"
#include "pith/input/decompress.h"
#include "unit/batch_test_data.h"

using pith::test::gzip_member;
using pith::test::http_response;
using pith::test::warc_record;

namespace {

/// The records the reader returns; a stretch it reports lost goes to `errors`, and also among
/// the records (with `error` set, as the batch writes it) when `keep_errors`.
std::vector<pith::Record> read_records(const std::string& bytes, std::size_t max_bytes,
                                       std::vector<std::string>* errors, bool keep_errors) {
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
      record.error = err;
    }
    if (status == pith::ReadStatus::ok || keep_errors) records.push_back(std::move(record));
    if (reader.failed()) break;
  }
  return records;
}

std::vector<pith::Record> read_all_records(const std::string& bytes, std::size_t max_bytes,
                                           std::vector<std::string>* errors) {
  return read_records(bytes, max_bytes, errors, false);
}

std::vector<pith::Record> read_with_errors(const std::string& bytes, std::size_t max_bytes,
                                           std::vector<std::string>* errors) {
  return read_records(bytes, max_bytes, errors, true);
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
      {"a block cut short at the end", good + good.substr(0, good.size() - 40), 1, 1},
      {"a header cut short at the end", good + "WARC/1.1\r\nWARC-Type: resp", 1, 1},
      {"a header cut short by the next record", good + "WARC/1.1\r\nWARC-Type: resp\r\n" + good, 2, 1},
      {"a record without a WARC-Type", "WARC/1.0\r\nContent-Length: 5\r\n\r\nbytes\r\n\r\n" + good, 1, 1},
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

namespace {

/// Three response records whose middle one's Content-Length is off by `length_error`, or
/// missing when `drop_length`.
std::string with_wrong_length(long length_error, bool drop_length = false) {
  auto page = [](const std::string& text) { return "<html><body><p>" + text + "</p></body></html>"; };
  std::string middle = warc_record("response", "https://b.example/2", "0042", "application/http; msgtype=response",
                                   http_response("text/html", page("Middle page, café and naïve.")));
  std::size_t at = middle.find("Content-Length: ") + 16;
  std::size_t end = middle.find("\r\n", at);
  long length = std::stol(middle.substr(at, end - at)) + length_error;
  if (drop_length) middle.erase(at - 16, end + 2 - (at - 16));
  else middle.replace(at, end - at, std::to_string(length));
  return warc_record("response", "https://a.example/1", "0041", "application/http; msgtype=response",
                     http_response("text/html", page("First page."))) +
         middle +
         warc_record("response", "https://c.example/3", "0043", "application/http; msgtype=response",
                     http_response("text/html", page("Last page.")));
}

}  // namespace

TEST_CASE("a WARC record whose Content-Length is wrong is read to where the next record starts", "[batch][warc]") {
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"counted 40 bytes short", with_wrong_length(-40)},
      {"counted one byte short", with_wrong_length(-1)},
      {"counted in characters, not bytes (short by the accents)", with_wrong_length(-2)},
      {"counted one byte long", with_wrong_length(1)},
      {"counted 60 bytes long, into the next record's header", with_wrong_length(60)},
      {"counted past the end of the file", with_wrong_length(5000)},
      {"no Content-Length at all", with_wrong_length(0, true)},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    std::vector<std::string> errors;
    std::vector<pith::Record> records = read_with_errors(test.bytes, 1 << 20, &errors);
    CHECK(errors.empty());
    REQUIRE(records.size() == 3);
    CHECK(records[0].bytes.ends_with("First page.</p></body></html>"));
    CHECK(records[1].warc_target_uri == "https://b.example/2");
    CHECK(records[1].bytes.ends_with("naïve.</p></body></html>"));
    CHECK(records[2].warc_target_uri == "https://c.example/3");
    CHECK(records[2].bytes.ends_with("Last page.</p></body></html>"));
  }
  // A length past --max-bytes is read past, never held, and still stops at the next record.
  std::vector<std::string> errors;
  std::vector<pith::Record> records = read_with_errors(with_wrong_length(99'999'999'999), 1 << 20, &errors);
  REQUIRE(records.size() == 3);
  CHECK(records[1].error.find("max-bytes") != std::string::npos);
  CHECK(records[1].bytes.empty());
  CHECK(records[2].bytes.ends_with("Last page.</p></body></html>"));
}

TEST_CASE("a WARC header line over 64 KiB loses that field, not the record", "[batch][warc]") {
  std::string long_uri = "https://news.example.com/story?ref=" + std::string(80'000, 'q');
  std::string bytes = warc_record("response", long_uri, "0051", "application/http; msgtype=response",
                                  http_response("text/html", k_page)) +
                      warc_record("response", "https://d.example/", "0052", "application/http; msgtype=response",
                                  http_response("text/html", k_page));
  std::vector<std::string> errors;
  std::vector<pith::Record> records = read_with_errors(bytes, 1 << 20, &errors);
  CHECK(errors.empty());
  REQUIRE(records.size() == 2);
  CHECK(records[0].warc_target_uri.empty());
  CHECK(records[0].warc_record_id == "<urn:uuid:0051>");
  CHECK(records[0].bytes.ends_with(k_page));
  CHECK(records[1].warc_target_uri == "https://d.example/");
}

TEST_CASE("a truncated record or a damaged gzip member is an error record, the rest is read", "[batch][warc]") {
  std::vector<std::string> plain;
  for (int i = 0; i < 4; ++i)
    plain.push_back(warc_record("response", "https://e.example/" + std::to_string(i), "006" + std::to_string(i),
                                "application/http; msgtype=response", http_response("text/html", k_page)));
  // The last record cut short: an error that still names the record.
  std::vector<std::string> errors;
  std::vector<pith::Record> records =
      read_with_errors(plain[0] + plain[1].substr(0, plain[1].size() - 30), 1 << 20, &errors);
  REQUIRE(records.size() == 2);
  CHECK(records[1].error.find("cut short") != std::string::npos);
  CHECK(records[1].warc_target_uri == "https://e.example/1");

  // One gzip member per record, the second damaged: its record is an error, the others are read.
  std::string damaged = gzip_member(plain[1]);
  for (std::size_t i = damaged.size() / 3; i < damaged.size() / 3 + 8; ++i) damaged[i] = static_cast<char>(~damaged[i]);
  std::string gz = gzip_member(plain[0]) + damaged + gzip_member(plain[2]) + gzip_member(plain[3]);
  errors.clear();
  records = read_with_errors(gz, 1 << 20, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("gzip") != std::string::npos);
  std::vector<std::string> uris;
  for (const pith::Record& record : records)
    if (record.error.empty()) uris.push_back(record.warc_target_uri);
  CHECK(uris == std::vector<std::string>{"https://e.example/0", "https://e.example/2", "https://e.example/3"});
}

namespace {

std::string decoded_body(const std::string& response, std::string* err) {
  pith::HttpResponse parsed;
  std::string body;
  if (!pith::parse_http_response(response, &parsed, err)) return "[parse failed]";
  if (!pith::decode_http_body(parsed, 1 << 20, &body, err)) return "[decode failed]";
  return body;
}

std::string response_with(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers + "\r\n" + body;
}

}  // namespace

TEST_CASE("HTTP bodies are decoded from the codings crawlers store", "[batch][warc]") {
  using pith::test::brotli;
  using pith::test::chunked;
  using pith::test::deflated;
  std::string page = "<html><body><p>Der Stadtrat hat am Dienstag den Haushalt beschlossen.</p>" +
                     std::string(3000, ' ') + "<p>Fin.</p></body></html>";
  struct Case {
    const char* what;
    std::string response;
  };
  const Case cases[] = {
      {"gzip", response_with("Content-Encoding: gzip\r\n", gzip_member(page))},
      {"x-gzip", response_with("Content-Encoding: x-gzip\r\n", gzip_member(page))},
      {"deflate, zlib-wrapped as RFC 9110 says", response_with("Content-Encoding: deflate\r\n", deflated(page, false))},
      {"deflate, raw as some servers send it", response_with("Content-Encoding: deflate\r\n", deflated(page, true))},
      {"br", response_with("Content-Encoding: br\r\n", brotli(page))},
      {"zstd", response_with("Content-Encoding: zstd\r\n", pith::test::zstd_frame(page))},
      {"Transfer-Encoding: gzip, chunked",
       response_with("Transfer-Encoding: gzip, chunked\r\n", chunked(gzip_member(page), 700))},
      {"chunked, then gzip content", response_with("Content-Encoding: GZIP\r\nTransfer-Encoding: chunked\r\n",
                                                   chunked(gzip_member(page), 50))},
      {"two content codings", response_with("Content-Encoding: deflate, br\r\n", brotli(deflated(page, false)))},
      {"two Content-Encoding lines", response_with("Content-Encoding: deflate\r\nContent-Encoding: gzip\r\n",
                                                   gzip_member(deflated(page, true)))},
      {"identity", response_with("Content-Encoding: identity\r\n", page)},
      {"a coding the crawler already undid", response_with("Content-Encoding: gzip\r\n", page)},
      {"a coding no server applies", response_with("Content-Encoding: utf-8\r\n", page)},
      {"a Transfer-Encoding header folded onto the next line",
       response_with("Transfer-Encoding:\r\n chunked\r\n", chunked(page, 100))},
      {"chunk extensions after white space",
       response_with("Transfer-Encoding: chunked\r\n", [&] {
         std::string body = chunked(page, 1000);
         for (std::size_t at = body.find("3e8\r\n"); at != std::string::npos; at = body.find("3e8\r\n", at + 1))
           body.replace(at, 5, "3e8 ; name=value\r\n");
         return body;
       }())},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    std::string err;
    CHECK(decoded_body(test.response, &err) == page);
    CHECK(err.empty());
  }
}

TEST_CASE("HTTP bodies that cannot be decoded are errors, never garbage", "[batch][warc]") {
  std::string page = "<html><body><p>A page of text.</p></body></html>";
  std::string binary = gzip_member(page).substr(10);  // compressed bytes without their header
  const std::string responses[] = {
      response_with("Content-Encoding: compress\r\n", binary),
      response_with("Content-Encoding: x-custom\r\n", binary),
      response_with("Content-Encoding: br\r\n", binary),
      response_with("Content-Encoding: gzip\r\n", pith::test::zstd_frame(page) + binary),
  };
  for (const std::string& response : responses) {
    INFO(response.substr(0, 80));
    std::string err;
    CHECK(decoded_body(response, &err) == "[decode failed]");
    CHECK(err.find("cannot decode") != std::string::npos);
  }
}

TEST_CASE("a chunked body cut short keeps what its chunks delivered", "[batch][warc]") {
  std::string page = "<html><body><p>" + std::string(2000, 'w') + "</p><p>The end.</p></body></html>";
  std::string whole = pith::test::chunked(page, 256);
  for (std::size_t cut : {std::size_t{300}, std::size_t{600}, std::size_t{1000}, whole.size() - 5, whole.size() - 12}) {
    INFO("cut at " << cut);
    pith::HttpResponse parsed;
    std::string err;
    REQUIRE(pith::parse_http_response(response_with("Transfer-Encoding: chunked\r\n", whole.substr(0, cut)), &parsed, &err));
    CHECK(page.starts_with(parsed.body));
    CHECK(parsed.body.size() + 300 > cut * 256 / 262);  // nearly every byte delivered is kept
    CHECK(parsed.body.find("\r\n") == std::string::npos);
  }
  // A gzip body cut short inside its chunks gives the start of the page.
  std::string zipped = gzip_member(page + std::string(40'000, ' ') + "<p>tail</p>");
  std::string err;
  std::string body =
      decoded_body(response_with("Transfer-Encoding: gzip, chunked\r\n",
                                 pith::test::chunked(zipped, 100).substr(0, zipped.size() * 2 / 3)),
                   &err);
  CHECK(body.starts_with(page.substr(0, 200)));
}

TEST_CASE("folded and missing Content-Type headers", "[batch][warc]") {
  pith::HttpResponse parsed;
  std::string err;
  REQUIRE(pith::parse_http_response("HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n\tcharset=windows-1252\r\n\r\n<p>x</p>",
                                    &parsed, &err));
  CHECK(pith::is_html_content_type(parsed.content_type));
  CHECK(parsed.charset == "windows-1252");
  REQUIRE(pith::parse_http_response("HTTP/1.1 200 OK\r\nContent-Type:\r\n text/html\r\n\r\n<p>x</p>", &parsed, &err));
  CHECK(pith::is_html_content_type(parsed.content_type));
  REQUIRE(pith::parse_http_response("HTTP/1.1 200 OK\r\nServer: x\r\n\r\n<p>x</p>", &parsed, &err));
  CHECK(parsed.content_type.empty());
  CHECK(parsed.body == "<p>x</p>");
}

TEST_CASE("one byte flipped anywhere in one gzip member costs that member's record and no other",
          "[batch][warc]") {
  // Ten records, one gzip member each (as Common Crawl ships them); every byte of the fourth
  // member is flipped in turn: header, deflate data, CRC-32 and length trailer.
  std::vector<std::string> plain, members;
  for (int i = 0; i < 10; ++i) {
    std::string page = "<html><body><p>Story " + std::to_string(i) + " of the crawl: the council met on Monday " +
                       std::string(static_cast<std::size_t>(40 + 7 * i), 'x') + ".</p></body></html>";
    plain.push_back(warc_record("response", "https://g.example/" + std::to_string(i), "007" + std::to_string(i),
                                "application/http; msgtype=response", http_response("text/html", page)));
    members.push_back(gzip_member(plain.back()));
  }
  const std::size_t damaged = 3;
  for (std::size_t at = 0; at < members[damaged].size(); ++at) {
    for (unsigned char flip : {0x01, 0x80}) {
      std::string gz;
      for (std::size_t i = 0; i < members.size(); ++i) {
        std::string member = members[i];
        if (i == damaged) member[at] = static_cast<char>(member[at] ^ flip);
        gz += member;
      }
      INFO("byte " << at << " of " << members[damaged].size() << " flipped by " << int(flip));
      std::vector<std::string> errors;
      std::vector<pith::Record> records = read_with_errors(gz, 1 << 20, &errors);
      std::vector<std::string> uris;
      for (const pith::Record& record : records) {
        if (!record.error.empty()) continue;
        // Whatever is read is what was written: never the damaged member's wrong bytes.
        std::size_t i = static_cast<std::size_t>(record.warc_target_uri.back() - '0');
        CHECK(plain[i].find(record.bytes) != std::string::npos);
        uris.push_back(record.warc_target_uri);
      }
      std::vector<std::string> expected;
      for (std::size_t i = 0; i < members.size(); ++i)
        if (i != damaged || errors.empty()) expected.push_back("https://g.example/" + std::to_string(i));
      CHECK(uris == expected);
      // A byte the decoder ignores (the header's time, the OS byte) may leave the member sound.
      CHECK(errors.size() <= 1);
      CHECK(records.size() == 10);
    }
  }
}
