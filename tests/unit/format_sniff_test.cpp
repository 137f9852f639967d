// Format sniffing for -i auto: WARC and JSON Lines told from their first bytes, the name only
// when the content cannot tell, and documents that merely look alike left as documents.
#include <catch2/catch.hpp>

#include "pith/batch/format_sniff.h"
#include "pith/input/decompress.h"

using pith::InputFormat;

TEST_CASE("sniffing: the content decides between WARC, JSON Lines and one document", "[batch][sniff]") {
  struct Case {
    std::string head;
    bool whole;
    std::string name;
    InputFormat format;
  };
  std::string long_record = "{\"id\":7,\"html\":\"<p>" + std::string(80'000, 'x');  // past the head
  const Case cases[] = {
      {"WARC/1.0\r\nWARC-Type: warcinfo\r\n", false, "crawl.warc.gz", InputFormat::warc},
      {"WARC/1.1\r\nWARC-Type: response\r\n", false, "-", InputFormat::warc},
      {"\xEF\xBB\xBFWARC/1.1\nWARC-Type: request\n", false, "renamed.bin", InputFormat::warc},
      {"{\"id\":1,\"text\":\"Der Stadtrat tagte.\"}\n{\"id\":2}\n", true, "dump.jsonl", InputFormat::jsonl},
      {"{\"url\":\"https://x.example/\",\"html\":\"<p>hola</p>\"}\n", false, "-", InputFormat::jsonl},
      {"\n\n  {\"a\": 1, \"b\": [true, null]}\r\n", true, "records.txt", InputFormat::jsonl},
      {"{\"only\":\"one record, no newline\"}", true, "data", InputFormat::jsonl},
      {long_record.substr(0, pith::k_sniff_bytes), false, "-", InputFormat::jsonl},
      {"{ \"spaced\" : " + std::string(70'000, '1'), false, "big", InputFormat::jsonl},
      // Near misses: documents that start like records.
      {"{\n  \"pretty\": \"printed JSON is one document\"\n}\n", true, "-", InputFormat::detect},
      {"{Editor's note: this story was updated on Monday.}\nThe council met.\n", true, "story.txt",
       InputFormat::detect},
      {"{\"broken\": }\n{\"id\":2}\n", true, "-", InputFormat::detect},
      {"[{\"id\":1}]\n", true, "-", InputFormat::detect},
      {"{" + std::string(70'000, 'x'), false, "-", InputFormat::detect},  // long, but not JSON's `{"`
      {"WARC/1.0 is the version most crawlers write.\nIt was published in 2009.\n", true, "-",
       InputFormat::detect},
      {"WARC/2.0\r\nWARC-Type: response\r\n", true, "-", InputFormat::detect},
      // Named JSON Lines: a broken first line is a broken record, not a sign of one document.
      {"<!doctype html><html><body><p>Un artículo.</p></body></html>", true, "page.jsonl", InputFormat::jsonl},
      {"{\"id\": 1, \"text\": \"cut\n{\"id\":2}\n", true, "dump.jsonl", InputFormat::jsonl},
      {"id,text\n{\"id\":2}\n", false, "export.NDJSON.gz", InputFormat::jsonl},
      {"{\"broken\": }\n{\"id\":2}\n", true, "part-0001.jsonl.zst", InputFormat::jsonl},
      // The same broken first lines in files not named JSON Lines: one document.
      {"{\"id\": 1, \"text\": \"cut\n{\"id\":2}\n", true, "dump.txt", InputFormat::detect},
      {"id,text\n{\"id\":2}\n", false, "export.csv", InputFormat::detect},
      {"Le conseil municipal s'est réuni lundi.\n", true, "notes.warc", InputFormat::detect},
      {"", true, "story.txt", InputFormat::detect},
      {"", true, "-", InputFormat::detect},
      // No content to judge: the name decides.
      {"", true, "empty.jsonl", InputFormat::jsonl},
      {"\n\n", true, "DUMP.NDJSON.ZST", InputFormat::jsonl},
      {"", true, "crawl.warc.gz", InputFormat::warc},
  };
  for (const Case& c : cases) {
    INFO(c.name << ": " << c.head.substr(0, 60));
    pith::SniffedFormat sniffed = pith::sniff_format(c.head, c.whole, c.name);
    CHECK(sniffed.format == c.format);
    // Evidence for every record format, and for a name the content contradicts; none otherwise.
    bool named_records = c.name.find(".jsonl") != std::string::npos || c.name.find(".warc") != std::string::npos ||
                         c.name.find(".NDJSON") != std::string::npos;
    CHECK(sniffed.evidence.empty() == (c.format == InputFormat::detect && !named_records));
  }
  CHECK(pith::sniff_format("<p>x</p>", true, "page.jsonl").evidence.find("named .jsonl") == 0);
  CHECK(pith::sniff_format("x", true, "c.warc").evidence.find("does not start with a WARC") != std::string::npos);
}

TEST_CASE("sniffing reads no further than the first line, and the bytes read are served again", "[batch][sniff]") {
  std::string first = "{\"id\":1,\"text\":\"Short.\"}\n";
  std::string input = first + std::string(200'000, 'y') + "\n";
  pith::MemorySource source(input);
  std::string head, err;
  bool whole = true;
  REQUIRE(pith::read_sniff_head(source, &head, &whole, &err));
  CHECK_FALSE(whole);
  CHECK(head.size() < 8192);  // a slow pipe is not waited on past its first line
  CHECK(head.starts_with(first));

  pith::PrefixedSource replay(head, source);
  std::string all;
  REQUIRE(pith::read_all(replay, 1 << 20, &all, &err));
  CHECK(all == input);

  pith::MemorySource tiny("{\"only\":1}");
  REQUIRE(pith::read_sniff_head(tiny, &head, &whole, &err));
  CHECK(whole);  // the source ended before a line did
  CHECK(head == "{\"only\":1}");

  std::string blank_start = "\n\n\n" + first;
  pith::MemorySource blanks(blank_start);
  REQUIRE(pith::read_sniff_head(blanks, &head, &whole, &err));
  CHECK(head == blank_start);  // blank lines do not end the look
}

TEST_CASE("a prefixed source reports the error its source gave while the prefix was read", "[batch][sniff]") {
  pith::MemorySource rest("never read");
  pith::PrefixedSource source("kept bytes", rest, "gzip: corrupt stream");
  char buffer[64];
  std::size_t got = 0;
  std::string err;
  REQUIRE(source.read(buffer, sizeof buffer, &got, &err));
  CHECK(std::string(buffer, got) == "kept bytes");
  CHECK_FALSE(source.read(buffer, sizeof buffer, &got, &err));
  CHECK(err == "gzip: corrupt stream");
}
