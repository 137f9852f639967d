// The command line as a user meets it: inputs, outputs, exit statuses, JSON read back.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "unit/test_support.h"

using pith::test::run_pith;

namespace {

/// A temporary file holding `content`, removed when the object goes.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : m_path(std::filesystem::temp_directory_path() / ("pith-cli-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(m_path, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(m_path); }
  std::string path() const { return m_path.string(); }

 private:
  std::filesystem::path m_path;
};

const std::string k_article =
    "A Headline About the Harbour Plan\n"
    "The harbour authority approved the expansion plan on Monday after two years of review.\n"
    "Now loading...\n"
    "Construction is expected to begin next spring, officials said.\n";

}  // namespace

TEST_CASE("stdin and a file give the same output", "[cli]") {
  TempFile file("same.txt", k_article);
  auto from_file = run_pith({file.path()});
  auto from_stdin = run_pith({}, k_article);
  auto from_dash = run_pith({"-"}, k_article);
  CHECK(from_file.status == 0);
  CHECK(from_stdin.status == 0);
  CHECK(from_file.out == from_stdin.out);
  CHECK(from_dash.out == from_stdin.out);
  CHECK(from_file.out.find("Now loading") == std::string::npos);
  CHECK(from_file.out.find("Construction is expected") != std::string::npos);
  CHECK(from_file.out.back() == '\n');
}

TEST_CASE("several files are cleaned in order", "[cli]") {
  TempFile first("first.txt", "First article body sentence that is long enough to keep.\n");
  TempFile second("second.txt", "Second article body sentence that is long enough to keep.\n");
  auto result = run_pith({first.path(), second.path()});
  CHECK(result.status == 0);
  auto a = result.out.find("First article"), b = result.out.find("Second article");
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  CHECK(a < b);
}

TEST_CASE("a failing input is reported, the others still cleaned, exit 1", "[cli]") {
  TempFile good("good.txt", k_article);
  auto result = run_pith({"/nonexistent/pith-missing.txt", good.path()});
  CHECK(result.status == 1);
  CHECK(result.err.find("pith: /nonexistent/pith-missing.txt: ") == 0);
  CHECK(result.out.find("Construction is expected") != std::string::npos);
}

TEST_CASE("binary input is an error named 'not text'", "[cli]") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  TempFile image("image.png", png);
  auto result = run_pith({image.path()});
  CHECK(result.status == 1);
  CHECK(result.err.find("not text") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(run_pith({"--no-such-flag"}).status == 2);
  CHECK(run_pith({"--format", "yaml"}).status == 2);
  auto unknown = run_pith({"--disable", "no-such-filter"}, k_article);
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("no-such-filter") != std::string::npos);
  CHECK(run_pith({"--max-bytes", "lots"}).status == 2);
}

TEST_CASE("help and version exit 0", "[cli]") {
  auto help = run_pith({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("--format") != std::string::npos);
  auto version = run_pith({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out.find("pith ") == 0);
}

TEST_CASE("disable and only select stages", "[cli]") {
  auto disabled = run_pith({"--disable", "loading"}, k_article);
  CHECK(disabled.status == 0);
  CHECK(disabled.out.find("Now loading...") != std::string::npos);
  auto only = run_pith({"--only", "loading"}, k_article);
  CHECK(only.status == 0);
  CHECK(only.out.find("Now loading...") == std::string::npos);
  auto list = run_pith({"--list-filters", "--disable", "loading"});
  CHECK(list.status == 0);
  std::size_t row = list.out.find("filter      loading");
  REQUIRE(row != std::string::npos);
  std::string line = list.out.substr(row, list.out.find('\n', row) - row);
  CHECK(line.find(" off ") != std::string::npos);
  CHECK(line.find("[on by default]") != std::string::npos);
  auto defaults = run_pith({"--list-filters"});
  CHECK(defaults.out.find("[on by default]") == std::string::npos);
  CHECK(defaults.out.find("ascii-punct") != std::string::npos);
}

TEST_CASE("explain marks removed lines with their filter", "[cli]") {
  auto result = run_pith({"--explain", "--color", "never"}, k_article);
  CHECK(result.status == 0);
  CHECK(result.out.find("- [loading] Now loading...") != std::string::npos);
  CHECK(result.out.find("  Construction is expected") != std::string::npos);
  auto colored = run_pith({"--explain", "--color", "always"}, k_article);
  CHECK(colored.out.find("\x1b[") != std::string::npos);
}

TEST_CASE("JSON output parses back with the documented fields", "[cli][json]") {
  TempFile file("json.txt", k_article);
  auto result = run_pith({"--format", "json", file.path()});
  REQUIRE(result.status == 0);
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(result.out);
  CHECK(std::string_view(doc["source"]) == file.path());
  CHECK(std::string_view(doc["title"]) == "A Headline About the Harbour Plan");
  std::string_view text = doc["text"];
  CHECK(text.starts_with("A Headline About the Harbour Plan\nThe harbour authority"));
  CHECK(text.find("Now loading") == std::string_view::npos);
  simdjson::dom::array removed = doc["removed"];
  REQUIRE(removed.size() == 1);
  CHECK(std::string_view(removed.at(0)["filter"]) == "loading");
  CHECK(std::string_view(removed.at(0)["text"]) == "Now loading...");
  CHECK(int64_t(removed.at(0)["line"]) == 3);
  CHECK(int64_t(doc["stats"]["removed"]["loading"]) == 1);
  CHECK(uint64_t(doc["stats"]["chars_in"]) > uint64_t(doc["stats"]["chars_out"]));
}

TEST_CASE("JSON Lines output is one object per input, one per line", "[cli][json]") {
  TempFile a("a.txt", k_article);
  TempFile b("b.txt", "Another article body line, long enough to stay in the output.\n");
  auto result = run_pith({"--format", "jsonl", a.path(), b.path()});
  REQUIRE(result.status == 0);
  simdjson::dom::parser parser;
  std::vector<std::string> sources;
  std::size_t start = 0;
  while (start < result.out.size()) {
    std::size_t end = result.out.find('\n', start);
    REQUIRE(end != std::string::npos);
    simdjson::dom::element doc = parser.parse(result.out.substr(start, end - start));
    sources.emplace_back(std::string_view(doc["source"]));
    start = end + 1;
  }
  CHECK(sources == std::vector<std::string>{a.path(), b.path()});
}

TEST_CASE("list options take one value per use and leave file names alone", "[cli]") {
  TempFile file("after-list.txt", k_article);
  auto disabled = run_pith({"--disable", "loading", file.path()});
  CHECK(disabled.status == 0);
  CHECK(disabled.out.find("Now loading...") != std::string::npos);
  auto only = run_pith({"--only", "loading,whitespace", "--only", "spacing", file.path()});
  CHECK(only.status == 0);
  CHECK(only.out.find("Now loading...") == std::string::npos);
}

TEST_CASE("the seed dump prints exactly its expected text from a file and from stdin", "[cli][seed]") {
  std::string dir = pith::test::source_dir() + "/fixtures/seed-drone-strikes/";
  std::string expected = pith::test::read_file(dir + "expected.txt");
  auto from_file = run_pith({dir + "input.txt"});
  auto from_stdin = run_pith({}, pith::test::read_file(dir + "input.txt"));
  CHECK(from_file.status == 0);
  CHECK(from_stdin.status == 0);
  CHECK(from_file.out == expected);
  CHECK(from_stdin.out == expected);
}
