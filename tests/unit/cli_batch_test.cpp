// Batch runs of the pith binary: N records in, N out, in order, fields intact, whatever -j,
// compression, WARC or output directory; and under GNU parallel, byte for byte the same.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "unit/batch_test_data.h"
#include "unit/test_support.h"

using pith::test::gzip_member;
using pith::test::run_pith;
using pith::test::split_lines;
using pith::test::TempDir;
using pith::test::zstd_frame;

namespace {

/// JSON Lines mixing HTML and text records in several languages with bad lines at known places.
/// `kinds[i]` is "ok", "error" or "invalid" (not JSON) for the i-th record (blank lines are not records).
std::string mixed_jsonl(int records, std::vector<std::string>* kinds) {
  static const char* k_bodies[] = {
      R"(<html><head><title>Flood</title></head><body><p>The river rose two metres overnight, officials said.</p></body></html>)",
      R"(Der Stadtrat hat am Dienstag den Haushalt beschlossen.\nDie Opposition stimmte dagegen.)",
      R"(<!doctype html><p>La alcaldesa inauguró el nuevo puente el 3 de mayo.</p><p>Costó 12 millones.</p>)",
      R"(市议会周二批准了新的预算。\n反对派投了反对票。)",
  };
  std::string out;
  for (int i = 0; i < records; ++i) {
    std::string id = std::to_string(i);
    if (i % 11 == 5) {
      out += R"({"id":)" + id + R"(,"text":"broken)" + "\n";
      kinds->push_back("invalid");  // cut short after its id, which the error record keeps
    } else if (i % 13 == 7) {
      out += R"({"id":)" + id + R"(,"body":"no text field here"})" + "\n";
      kinds->push_back("error");
    } else if (i % 17 == 3) {
      out += R"({"id":)" + id + R"(,"text":["not","a","string"]})" + "\n";
      kinds->push_back("error");
    } else {
      out += R"({"id":)" + id + R"(,"meta":{"n": )" + id + R"(, "tags":["a","b"]},"text":")" + k_bodies[i % 4] +
             R"(","source_file":"crawl-)" + id + R"(.html"})" + "\n";
      kinds->push_back("ok");
    }
    if (i % 19 == 9) out += "\n";  // a blank line is no record
  }
  return out;
}

void check_round_trip(const std::string& out, const std::vector<std::string>& kinds) {
  std::vector<std::string> lines = split_lines(out);
  REQUIRE(lines.size() == kinds.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO(lines[i]);
    std::string id = std::to_string(i);
    CHECK(lines[i].starts_with("{\"id\":" + id + ","));
    if (kinds[i] == "ok") {
      CHECK(lines[i].find(R"("meta":{"n": )" + id + R"(, "tags":["a","b"]})") != std::string::npos);
      CHECK(lines[i].find(R"("source_file":"crawl-)" + id + R"(.html")") != std::string::npos);
      CHECK(lines[i].find("\"error\"") == std::string::npos);
      CHECK(lines[i].find("\"text\":\"") != std::string::npos);
    } else {
      CHECK(lines[i].find("\"error\":\"") != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("JSON Lines: one record out per record in, in order, on any thread count", "[cli][batch]") {
  std::vector<std::string> kinds;
  std::string input = mixed_jsonl(120, &kinds);
  pith::test::RunResult one = run_pith({"-i", "jsonl", "-j", "1"}, input);
  INFO(one.err);
  CHECK(one.status == 1);  // some records failed, and a pipeline must notice
  check_round_trip(one.out, kinds);
  CHECK(one.err.find("records in") != std::string::npos);
  CHECK(one.err.find("pith: <stdin>:6 (id 5): invalid JSON") != std::string::npos);

  for (const char* jobs : {"2", "4"}) {
    pith::test::RunResult many = run_pith({"-i", "jsonl", "-j", jobs}, input);
    CHECK(many.status == 1);
    CHECK(many.out == one.out);
  }
  pith::test::RunResult quiet = run_pith({"-i", "jsonl", "-q"}, input);
  CHECK(quiet.err.find("records in") == std::string::npos);
  CHECK(quiet.err.find("invalid JSON") != std::string::npos);  // errors are never silenced
}

TEST_CASE("JSON Lines: the cleaned text replaces the output field, record fields win over pith's", "[cli][batch]") {
  std::string input =
      R"({"doc":"a1","html":"<p>Trains ran late across the region on Friday.</p>","url":"https://x.example/a","title":"Kept title","text":"stale"})"
      "\n";
  pith::test::RunResult result =
      run_pith({"-i", "jsonl", "--field", "html", "--id-field", "doc", "--output-field", "text", "-q"}, input);
  INFO(result.err);
  REQUIRE(result.status == 0);
  const std::string& line = result.out;
  CHECK(line.starts_with(R"({"doc":"a1","url":"https://x.example/a","title":"Kept title",)"));
  CHECK(line.find(R"("text":"Trains ran late across the region on Friday.")") != std::string::npos);
  CHECK(line.find("stale") == std::string::npos);
  CHECK(line.find("\"html\"") == std::string::npos);
  CHECK(line.find("\"removed\":[") != std::string::npos);
  CHECK(split_lines(line).size() == 1);
}

TEST_CASE("JSON Lines: a record over --max-bytes is an error record and the run goes on", "[cli][batch]") {
  std::string big(3000, 'x');
  std::string input = R"({"id":1,"text":"Short body text."})" "\n" R"({"id":2,"text":")" + big + "\"}\n" +
                      R"({"id":3,"text":"Another short body."})" "\n";
  pith::test::RunResult result = run_pith({"-i", "jsonl", "--max-bytes", "1K", "-q"}, input);
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].find("Short body text.") != std::string::npos);
  CHECK(lines[1].starts_with(R"({"id":2,"error":"line is over --max-bytes)"));  // still named by its id
  CHECK(lines[2].find("Another short body.") != std::string::npos);
  CHECK(result.status == 1);
}

TEST_CASE("gzip (several members) and zstd inputs give the plain input's output", "[cli][batch]") {
  std::vector<std::string> kinds;
  std::string input = mixed_jsonl(40, &kinds);
  TempDir dir;
  std::string half = input.substr(0, input.find('\n', input.size() / 2) + 1), rest = input.substr(half.size());
  std::string plain = dir.write("dump.jsonl", input);
  std::string gz = dir.write("dump.jsonl.gz", gzip_member(half) + gzip_member(rest));
  std::string zst = dir.write("renamed.data", zstd_frame(input));  // the name says nothing
  pith::test::RunResult expected = run_pith({"-i", "jsonl", "-q", plain});
  check_round_trip(expected.out, kinds);
  for (const std::string& file : {gz, zst}) {
    INFO(file);
    pith::test::RunResult result = run_pith({"-i", "jsonl", "-q", file});
    CHECK(result.out == expected.out);
  }
  pith::test::RunResult from_stdin = run_pith({"-i", "jsonl", "-q"}, zstd_frame(input));
  CHECK(from_stdin.out == expected.out);

  std::string truncated = gzip_member(input);
  pith::test::RunResult cut = run_pith({"-i", "jsonl", "-q"}, truncated.substr(0, truncated.size() / 2));
  CHECK(cut.status == 1);
  CHECK(cut.err.find("gzip") != std::string::npos);
}

TEST_CASE("WARC: HTML responses become records, other records are skipped and counted", "[cli][batch]") {
  using pith::test::http_response;
  using pith::test::warc_record;
  // windows-1252: "café" and a right quote, declared only by the HTTP header.
  std::string latin = "<html><body><p>Le caf\xE9" " du port a rouvert \x92" "enfin\x92" " apr\xE8" "s les travaux.</p></body></html>";
  std::vector<std::string> records = {
      warc_record("warcinfo", "", "00", "application/warc-fields", "software: generator\r\n"),
      warc_record("request", "https://news.example.com/a", "01", "application/http; msgtype=request",
                  "GET /a HTTP/1.1\r\n\r\n"),
      warc_record("response", "https://news.example.com/a", "02", "application/http; msgtype=response",
                  http_response("text/html; charset=utf-8",
                                "<html><body><p>Voters went to the polls in record numbers.</p></body></html>")),
      warc_record("response", "https://cdn.example.com/a.jpg", "03", "application/http; msgtype=response",
                  http_response("image/jpeg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10))),
      warc_record("response", "https://journal.example.fr/b", "04", "application/http; msgtype=response",
                  http_response("text/html; charset=windows-1252", latin)),
      warc_record("response", "https://news.example.com/old", "05", "application/http; msgtype=response",
                  http_response("text/html", "<p>Moved</p>", 301)),
      warc_record("metadata", "https://news.example.com/a", "06", "application/warc-fields", "fetchTimeMs: 5\r\n"),
  };
  std::string plain, gz;
  for (const std::string& record : records) {
    plain += record;
    gz += gzip_member(record);  // one member per record, as Common Crawl and CC-News ship them
  }
  TempDir dir;
  std::string expected_out;
  for (const std::string& file : {dir.write("crawl.warc", plain), dir.write("crawl.warc.gz", gz)}) {
    INFO(file);
    pith::test::RunResult result = run_pith({"-i", "warc", "-j", "2", file});
    INFO(result.err);
    CHECK(result.status == 0);
    std::vector<std::string> lines = split_lines(result.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].starts_with(
        R"({"url":"https://news.example.com/a","warc_record_id":"<urn:uuid:02>","date":"2024-03-05T10:11:12Z",)"));
    CHECK(lines[0].find("Voters went to the polls in record numbers.") != std::string::npos);
    CHECK(lines[1].find(R"("warc_record_id":"<urn:uuid:04>")") != std::string::npos);
    CHECK(lines[1].find("Le café du port a rouvert ’enfin’ après les travaux.") != std::string::npos);
    CHECK(result.err.find("7 records in: 2 out, 0 errors, 5 skipped (not HTML responses)") != std::string::npos);
    if (expected_out.empty()) expected_out = result.out;
    CHECK(result.out == expected_out);
  }
}

TEST_CASE("output directories mirror input names, one file per input (--output-dir)", "[cli][batch]") {
  TempDir in, out;
  in.write("2024/jan.jsonl.gz", gzip_member(R"({"id":"j1","text":"January body text."})" "\n"));
  in.write("2024/feb.jsonl", R"({"id":"f1","text":"February body text."})" "\n" R"({"id":"f2","text":"Heating costs rose for a third month in a row."})" "\n");
  in.write("2024/notes.md", "not selected by the glob\n");
  in.write("2024/empty.jsonl", "");
  pith::test::RunResult result =
      run_pith({"-i", "jsonl", "-r", "--glob", "*.jsonl*", "--output-dir", out.path(""), "-q", in.path("2024")});
  INFO(result.err);
  REQUIRE(result.status == 0);
  CHECK(result.out.empty());
  CHECK(split_lines(pith::test::read_file(out.path("jan.jsonl"))).size() == 1);
  std::string feb = pith::test::read_file(out.path("feb.jsonl"));
  CHECK(split_lines(feb).size() == 2);
  CHECK(feb.find("February body text.") != std::string::npos);
  CHECK(std::filesystem::exists(out.path("empty.jsonl")));
  CHECK_FALSE(std::filesystem::exists(out.path("notes.jsonl")));

  pith::test::RunResult text =
      run_pith({"-i", "jsonl", "--format", "text", "--output-dir", out.path("t"), "-q", in.path("2024/feb.jsonl")});
  CHECK(text.status == 0);
  CHECK(pith::test::read_file(out.path("t/feb.txt")) == "February body text.\n\nHeating costs rose for a third month in a row.\n\n");

  // A pattern takes one argument: the directory after it is an input, not a second pattern.
  pith::test::RunResult globbed = run_pith({"-i", "jsonl", "-q", "-r", "--glob", "*.jsonl", in.path("2024")});
  CHECK(globbed.status == 0);
  CHECK(split_lines(globbed.out).size() == 2);  // empty.jsonl and feb.jsonl, not jan.jsonl.gz

  // Two inputs that would share one output file are a usage error, caught before any work.
  pith::test::RunResult clash = run_pith(
      {"-i", "jsonl", "--output-dir", out.path("c"), in.path("2024/feb.jsonl"), in.path("2024/jan.jsonl.gz"),
       in.path("2024/feb.jsonl")});
  CHECK(clash.status == 2);
}

TEST_CASE("single documents still take the one path quietly, failures name the input", "[cli][batch]") {
  TempDir dir;
  std::string page = dir.write("page.html", "<html><body><p>The bridge reopened to traffic today.</p></body></html>");
  pith::test::RunResult one = run_pith({page});
  CHECK(one.status == 0);
  CHECK(one.out == "The bridge reopened to traffic today.\n");
  CHECK(one.err.empty());

  pith::test::RunResult missing = run_pith({page, dir.path("nope.html")});
  CHECK(missing.status == 1);
  CHECK(missing.out == one.out + "\n");  // several inputs: an empty line after each document
  CHECK(missing.err.find("nope.html: No such file") != std::string::npos);

  pith::test::RunResult directory = run_pith({"-q", dir.path("")});
  CHECK(directory.status == 1);
  CHECK(directory.err.find("is a directory") != std::string::npos);
}

TEST_CASE("under GNU parallel --pipe --keep-order the output is byte-identical", "[cli][batch][parallel]") {
  REQUIRE(std::system("command -v parallel >/dev/null 2>&1") == 0);  // Debian package `parallel`
  std::vector<std::string> kinds;
  std::string input = mixed_jsonl(150, &kinds);
  TempDir dir;
  std::string in = dir.write("in.jsonl", input);
  pith::test::RunResult plain = run_pith({"-i", "jsonl", "-q", in});
  std::string command = "parallel --will-cite --pipe --keep-order --block 2k -j 3 '" + std::string(PITH_BINARY) +
                        " -i jsonl -q -j 1' < " + in + " > " + dir.path("out.jsonl") + " 2>/dev/null";
  int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) > 0);  // pith said some records failed; parallel passes that on
  std::string piped = pith::test::read_file(dir.path("out.jsonl"));
  CHECK(piped == plain.out);
  check_round_trip(piped, kinds);
}

TEST_CASE("JSON Lines: --explain and messages name a record by its line and its id", "[cli][batch]") {
  std::string long_id(120, 'x');
  std::string input = R"({"id":"fnc-141","text":"The council met on Tuesday."})" "\n"
                      R"({"text":"A record without an id."})" "\n"
                      R"({"id":42,"body":"no text"})" "\n"
                      R"({"id":"a\nb","text":5})" "\n"
                      R"({"id":")" + long_id + R"(","text":"Long id."})" "\n";
  pith::test::RunResult explained = run_pith({"-i", "jsonl", "--explain", "--color", "never", "-q"}, input);
  INFO(explained.out);
  CHECK(explained.out.find("==> <stdin>:1 (id fnc-141) <==") != std::string::npos);
  CHECK(explained.out.find("==> <stdin>:2 <==") != std::string::npos);  // no id: the line alone
  // An id over 80 bytes is cut, so a header stays one readable line.
  CHECK(explained.out.find("==> <stdin>:5 (id " + std::string(80, 'x') + "...) <==") != std::string::npos);
  pith::test::RunResult failed = run_pith({"-i", "jsonl"}, input);
  INFO(failed.err);
  CHECK(failed.err.find("pith: <stdin>:3 (id 42): no field 'text'") != std::string::npos);
  // A control character of an id is shown as '?': the message stays on one line.
  CHECK(failed.err.find("pith: <stdin>:4 (id a?b): field 'text' is not a string") != std::string::npos);
}
