// Bad batch input: broken JSON Lines and WARC records become error records in order, rules files
// fail clearly or match in linear time, and --output-dir never writes outside its directory.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pith/input/utf8.h"
#include "unit/limited_run.h"
#include "unit/batch_test_data.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;
using pith::test::split_lines;
using pith::test::TempDir;
using pith::test::Limits;
using pith::test::LimitedResult;
using pith::test::run_pith;
using pith::test::run_pith_limited;

namespace {

std::string json_record(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
}

/// One WARC response record holding an HTML page whose paragraph is `sentence`.
std::string warc_response(const std::string& uri, const std::string& sentence, long length_error = 0) {
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><article><p>" +
                      sentence + "</p></article></body></html>";
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(std::hash<std::string>{}(uri)) +
         ">\r\nWARC-Date: 2024-05-01T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
         "Content-Length: " +
         std::to_string(static_cast<long>(block.size()) + length_error) + "\r\n\r\n" + block + "\r\n\r\n";
}

}  // namespace

// --- JSON Lines ------------------------------------------------------------------------------

TEST_CASE("broken JSON lines become error records, in order and one per line", "[robust][jsonl]") {
  TempDir dir;
  std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
  std::string input = json_record("first", "The council approved the budget on Tuesday.") +  //
                      "{\"id\": \"broken\", \"text\": \"unterminated\n" +                      //
                      "{\"id\":\"deep\",\"text\":\"Deep meta below.\",\"meta\":" + deep + "}\n" +  //
                      deep + "\n" +                                                             //
                      "{\"id\":\"missing\",\"body\":\"The field is called body here.\"}\n" +    //
                      "{\"id\":\"number\",\"text\":12345}\n" +                                  //
                      "{\"id\":\"null\",\"text\":null}\n" +                                     //
                      json_record("huge", std::string(8'000, 'x')) +                            //
                      json_record("last", "Rescue teams reached the flooded village by boat.");
  std::string path = dir.write("records.jsonl", input);
  LimitedResult result = run_pith_limited({"-i", "jsonl", "-q", "--max-bytes", "4K", path}, "", Limits{10, 128});
  INFO(result.describe());
  REQUIRE(result.ok());
  CHECK(result.status == 1);
  std::vector<std::string> out = split_lines(result.out);
  REQUIRE(out.size() == 9);
  CHECK(out[0].starts_with("{\"id\":\"first\""));
  CHECK(out[0].find("approved the budget") != std::string::npos);
  CHECK(out[1].find("\"error\":\"invalid JSON") != std::string::npos);
  CHECK(out[3].find("\"error\"") != std::string::npos);  // the 10,000-deep array
  CHECK(out[4].starts_with("{\"id\":\"missing\""));
  CHECK(out[4].find("\"error\":\"no field 'text' (its fields: id, body)\"") != std::string::npos);
  CHECK(out[5].starts_with("{\"id\":\"number\""));
  CHECK(out[5].find("\"error\":\"field 'text' is not a string\"") != std::string::npos);
  CHECK(out[6].find("\"error\"") != std::string::npos);
  CHECK(out[7].find("\"error\"") != std::string::npos);
  CHECK(out[7].find("--max-bytes") != std::string::npos);
  CHECK(out[7].starts_with("{\"id\":\"huge\""));  // the line's first bytes still name it
  CHECK(out[8].starts_with("{\"id\":\"last\""));
  CHECK(out[8].find("flooded village") != std::string::npos);
  // The record that only carries deep pass-through data is written or refused, never dropped.
  CHECK((out[2].starts_with("{\"id\":\"deep\"") || out[2].find("\"error\"") != std::string::npos));
}

TEST_CASE("a JSON Lines file of 200,000 records streams in bounded memory", "[robust][jsonl][big]") {
  TempDir dir;
  std::string input;
  for (int i = 0; i < 200'000; ++i)
    input += json_record(std::to_string(i), "Story " + std::to_string(i) + " says the harbour reopened.");
  std::string path = dir.write("many.jsonl", input);
  input.clear();
  input.shrink_to_fit();
  LimitedResult result = run_pith_limited({"-i", "jsonl", "-q", "-j", "2", path}, "", Limits{20, 160});
  INFO(result.describe());
  CHECK(result.ok());
  CHECK(result.status == 0);
  CHECK(result.out.starts_with("{\"id\":\"0\""));
}

// --- WARC ------------------------------------------------------------------------------------

TEST_CASE("damaged WARC records are errors and the reader resynchronises on the next record", "[robust][warc]") {
  TempDir dir;
  std::string warc =
      warc_response("https://news.example.com/a", "The harbour reopened on Friday after the storm.") +
      // Content-Length too short: the block's tail reads as garbage where the next record should start.
      warc_response("https://news.example.org/short", "Officials said the count would take a week.", -40) +
      warc_response("https://zeitung.example.de/b", "Der Stadtrat hat am Dienstag abgestimmt.") +
      // No headers at all, then a block.
      "WARC/1.0\r\n\r\nsome bytes that no header announced\r\n\r\n" +
      warc_response("https://diario.example.es/c", "El ayuntamiento aprobó el presupuesto el martes.") +
      // Content-Length too long: it swallows the start of the next record, which is lost.
      warc_response("https://news.example.net/long", "Schools will stay closed until Monday.", 60) +
      warc_response("https://news.example.net/swallowed", "This record's header was read as a block.") +
      warc_response("https://journal.example.fr/d", "Le maire a parlé mardi soir devant le conseil.") +
      // Cut short at the end of the file.
      warc_response("https://news.example.com/cut", "The last record ends before its block does.").substr(0, 250);
  std::string path = dir.write("crawl.warc", warc);
  LimitedResult result = run_pith_limited({"-i", "warc", "-q", path}, "", Limits{10, 128});
  INFO(result.describe());
  REQUIRE(result.ok());
  CHECK(result.status == 1);
  CHECK(result.err.find("crawl.warc@") != std::string::npos);
  // Every intact record after a damaged one is found, in file order.
  std::size_t at = 0;
  for (const char* sentence :
       {"The harbour reopened on Friday", "Der Stadtrat hat am Dienstag", "El ayuntamiento aprobó",
        "Le maire a parlé mardi soir"}) {
    INFO(sentence);
    std::size_t found = result.out.find(sentence, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found;
  }
  CHECK(result.out.find("The last record ends") == std::string::npos);
}

TEST_CASE("WARC header fields of raw bytes still give valid UTF-8 JSON", "[robust][warc]") {
  TempDir dir;
  std::string warc = warc_response("https://news.example.com/caf\xE9-\xC0\xAF?q=\xFF", "The café reopened on Friday.") +
                     warc_response("https://zeitung.example.de/gr\xFC\xDF" "e\x01", "Der Stadtrat hat abgestimmt.");
  std::string path = dir.write("crawl.warc", warc);
  pith::test::RunResult result = run_pith({"-i", "warc", "-q", path});
  INFO(result.err);
  CHECK(result.status == 0);
  std::vector<std::string> out = split_lines(result.out);
  REQUIRE(out.size() == 2);
  for (const std::string& line : out) {
    INFO(line);
    CHECK(pith::utf8::is_valid(line));
    CHECK(line.find("\"url\":\"https://") != std::string::npos);
  }
  CHECK(out[0].find("caf\xEF\xBF\xBD-\xEF\xBF\xBD\xEF\xBF\xBD?q=\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("a WARC file that is garbage from the start ends with an error, not a hang", "[robust][warc]") {
  TempDir dir;
  std::string garbage;
  for (int i = 0; i < 50'000; ++i) garbage += "WARC/1.0 not really\r\nContent-Length: 99999999999999999999\r\n";
  std::string path = dir.write("garbage.warc", garbage);
  LimitedResult result = run_pith_limited({"-i", "warc", "-q", path}, "", Limits{10, 128});
  INFO(result.describe());
  CHECK(result.ok());
  CHECK(result.status == 1);
  CHECK(!result.err.empty());
}

// --- rules files -----------------------------------------------------------------------------

TEST_CASE("a rules file that is not valid TOML fails at start with its line", "[robust][rules]") {
  TempDir dir;
  std::string story = dir.write("story.txt", "The council approved the budget on Tuesday.\n");
  struct Case {
    const char* what;
    const char* toml;
    const char* message;
  };
  const Case cases[] = {
      {"unclosed table header", "[filters.promo\npatterns = ['^Promo']\n", ":1"},
      {"unterminated string", "[filters.promo-box]\npatterns = ['^Promo\n", ":2"},
      {"bad regex", "[filters.promo-box]\npatterns = ['^(Promo']\n", ":2"},
      {"backreference RE2 cannot run", "[filters.echo]\npatterns = ['(\\w+) \\1']\n", ":2"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    std::string rules = dir.write("rules.toml", c.toml);
    pith::test::RunResult result = run_pith({"--rules", rules, story});
    INFO(result.err);
    CHECK(result.status == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find(rules + c.message) != std::string::npos);
  }
}

TEST_CASE("patterns that blow up backtracking engines match in linear time", "[robust][rules]") {
  TempDir dir;
  std::string rules = dir.write("rules.toml",
                                "[filters.runaway]\nsummary = \"catastrophic patterns\"\n"
                                "patterns = ['^(a+)+$', '^(x+x+)+y$', '^(\\w|\\w\\w)*!$']\n");
  std::string lines = std::string(100'000, 'a') + "\n" + std::string(100'000, 'x') + "\n" +
                      std::string(50'000, 'w') + "?\n" + "The council approved the budget on Tuesday.\n";
  std::string input = dir.write("hostile.txt", lines);
  LimitedResult result = run_pith_limited({"--rules", rules, "--explain", "--color", "never", input}, "", Limits{10, 256});
  INFO(result.describe());
  REQUIRE(result.ok());
  CHECK(result.status == 0);
  // Only the line of a's matches: the others miss their final 'y' or '!'.
  CHECK(result.out.find("- [runaway]") != std::string::npos);
  CHECK(result.out.find("  " + std::string(100'000, 'x')) != std::string::npos);
  CHECK(result.out.find("  The council approved the budget on Tuesday.") != std::string::npos);
}

// --- --output-dir ----------------------------------------------------------------------------

namespace {

std::set<fs::path> files_under(const fs::path& root) {
  std::set<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (!entry.is_directory()) files.insert(entry.path());
  return files;
}

}  // namespace

TEST_CASE("the output directory gets every file written, whatever the input names hold", "[robust][output-dir]") {
  TempDir dir;
  fs::path work = dir.root() / "a" / "b";
  fs::create_directories(work);
  dir.write("a/b/inputs/story.txt", "The bridge reopened on Sunday after repairs.\n");
  dir.write("a/b/inputs/..txt", "A file whose name is two dots and a suffix.\n");
  dir.write("a/b/inputs/-dash.html", "<p>A page whose name starts with a dash.</p>\n");
  dir.write("a/b/inputs/new\nline.txt", "A name holding a newline.\n");
  dir.write("a/b/inputs/tree/deeper/nested.txt", "A file deep in a tree.\n");
  dir.write("a/b/inputs/records.jsonl",
            "{\"id\":\"../../../../etc/passwd\",\"url\":\"/etc/passwd\",\"text\":\"Records name paths.\"}\n"
            "{\"id\":\"..\\/..\\/x\\u0000y\",\"text\":\"A NUL inside an id.\"}\n");
  dir.write("a/b/inputs/crawl.warc", warc_response("file:///etc/passwd", "A URI pointing at a system file.") +
                                         warc_response("../../../../tmp/escape", "A relative URI."));
  dir.write("elsewhere/outside.txt", "A file reached through dot-dot segments.\n");
  std::set<fs::path> before = files_under(dir.root());

  fs::path out = work / "out";
  fs::path inputs = work / "inputs";
  std::vector<std::vector<std::string>> runs = {
      {"--output-dir", out.string(), (inputs / "story.txt").string(), (inputs / ".." / ".." / ".." / "elsewhere" / "outside.txt").string(),
       (inputs / "..txt").string(), (inputs / "-dash.html").string(), (inputs / "new\nline.txt").string()},
      {"--output-dir", out.string(), "-r", inputs.string()},
      {"--output-dir", out.string(), "-i", "jsonl", (inputs / "records.jsonl").string()},
      {"--output-dir", out.string(), "-i", "warc", (inputs / "crawl.warc").string()},
  };
  for (const auto& args : runs) {
    pith::test::RunResult result = run_pith(args);
    INFO(result.err);
    CHECK(result.status == 0);
  }
  std::set<fs::path> after = files_under(dir.root());
  std::size_t written = 0;
  for (const fs::path& file : after) {
    if (before.count(file)) continue;
    INFO(file);
    auto [end, _] = std::mismatch(out.begin(), out.end(), file.begin(), file.end());
    CHECK(end == out.end());
    ++written;
  }
  CHECK(written >= 8);
  CHECK(fs::exists(out / "outside.txt"));
  CHECK(fs::exists(out / "tree" / "deeper" / "nested.txt"));
}

TEST_CASE("a symbolic link left in the output directory is not written through", "[robust][output-dir]") {
  TempDir dir;
  dir.write("inputs/story.txt", "The ferry service resumed on Monday after the storm had passed.\n");
  dir.write("victim.txt", "untouched\n");
  fs::path out = dir.root() / "out";
  fs::create_directories(out);
  fs::create_symlink(dir.root() / "victim.txt", out / "story.txt");

  pith::test::RunResult result = run_pith({"--output-dir", out.string(), "--format", "text",
                                           (dir.root() / "inputs" / "story.txt").string()});
  CHECK(result.status == 1);
  CHECK(result.err.find("symbolic link") != std::string::npos);
  CHECK(pith::test::read_file((dir.root() / "victim.txt").string()) == "untouched\n");
}
