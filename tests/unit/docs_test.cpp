// Docs that cannot drift: every option and every stage is in the man page and --help,
// and the man page lints clean.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "pith/filters/filter.h"
#include "pith/html/extraction_stages.h"
#include "pith/language/word_lists.h"
#include "unit/test_support.h"

using pith::test::read_file;
using pith::test::run_pith;

namespace {

std::string man_page() { return read_file(pith::test::source_dir() + "/man/pith.1"); }

/// How roff spells `name` when written with escaped hyphens, as the man page does.
std::string roff(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == '-') out += "\\-";
    else out.push_back(c);
  }
  return out;
}

/// Every "--long-option" word in `text`.
std::set<std::string> long_options(const std::string& text) {
  std::set<std::string> options;
  for (std::size_t i = text.find("--"); i != std::string::npos; i = text.find("--", i + 2)) {
    if (i > 0 && text[i - 1] != ' ' && text[i - 1] != ',') continue;
    std::size_t end = i + 2;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    if (end > i + 2) options.insert(text.substr(i, end - i));
  }
  return options;
}

std::vector<std::string> stage_names() {
  auto list = run_pith({"--list-filters"});
  REQUIRE(list.status == 0);
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start < list.out.size()) {
    std::size_t end = list.out.find('\n', start);
    std::string line = list.out.substr(start, end - start);
    start = end + 1;
    // "filter      social-embed     on   summary": the second column is the name
    std::size_t a = line.find_first_not_of(' ', line.find(' '));
    std::size_t b = line.find(' ', a);
    names.push_back(line.substr(a, b - a));
  }
  return names;
}

}  // namespace

TEST_CASE("every option in --help is in the man page", "[docs]") {
  auto help = run_pith({"--help"});
  REQUIRE(help.status == 0);
  std::set<std::string> options = long_options(help.out);
  REQUIRE(options.count("--format") == 1);
  std::string man = man_page();
  for (const std::string& option : options) {
    INFO(option);
    CHECK(man.find(roff(option)) != std::string::npos);
  }
}

TEST_CASE("every stage is in the man page and in --help", "[docs]") {
  std::vector<std::string> names = stage_names();
  REQUIRE(names.size() >= 2);
  std::string man = man_page();
  std::string help = run_pith({"--help"}).out;
  for (const std::string& name : names) {
    INFO(name);
    CHECK(man.find(".B " + roff(name) + "\n") != std::string::npos);
    // a stage that is off by default is listed as "  NAME (off by default)"
    CHECK((help.find("  " + name + "\n") != std::string::npos ||
           help.find("  " + name + " (") != std::string::npos));
  }
}

TEST_CASE("the man page lints clean", "[docs]") {
  std::string command = "mandoc -Tlint -W warning '" + pith::test::source_dir() + "/man/pith.1' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[512];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  INFO(output);
  CHECK(status == 0);
  CHECK(output.empty());
}

TEST_CASE("every HTML extraction stage is in the man page and the README", "[docs]") {
  std::string man = man_page();
  std::string readme = read_file(pith::test::source_dir() + "/README.md");
  REQUIRE(pith::html::extraction_stages().size() >= 10);
  for (const pith::html::ExtractionStage& stage : pith::html::extraction_stages()) {
    std::string name(stage.name);
    INFO(name);
    CHECK(man.find(".B " + roff(name) + "\n") != std::string::npos);
    CHECK(readme.find("`" + name + "`") != std::string::npos);
  }
}

TEST_CASE("the man page lists the languages of every filter with word lists", "[docs]") {
  std::string page = man_page();
  std::size_t from = page.find(".SS Languages of the word lists");
  REQUIRE(from != std::string::npos);
  from = page.find(".nf\n", from);
  std::size_t to = page.find(".fi\n", from);
  REQUIRE((from != std::string::npos && to != std::string::npos));
  // Every list language pith has, in the enum's order: "en de es fr it pt".
  std::string all;
  for (pith::ListLanguage language : pith::k_list_languages) {
    if (!all.empty()) all += ' ';
    all += pith::language_tag(language);
  }
  std::set<std::string> listed;
  std::size_t start = from + 4;
  while (start < to) {
    std::size_t end = page.find('\n', start);
    std::string row = page.substr(start, end - start);
    start = end + 1;
    std::size_t gap = row.find(' ');
    std::string name = row.substr(0, gap);
    for (std::size_t at = name.find("\\-"); at != std::string::npos; at = name.find("\\-")) name.erase(at, 1);
    INFO(row);
    CHECK(row.find_first_not_of(' ', gap) == row.find(all));
    listed.insert(name);
  }
  // Every filter but those without word lists, and nothing else.
  std::set<std::string> expected;
  for (const pith::FilterEntry& entry : pith::filter_registry())
    if (entry.name != "markup" && entry.name != "trailing-headlines" && entry.name != "duplicate" &&
        entry.name != "site-repeat")
      expected.insert(std::string(entry.name));
  CHECK(listed == expected);
}
