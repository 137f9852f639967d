// Golden fixtures: every folder under fixtures/ is a case, found by walking the tree.
//   input.*               the input, passed to pith as a file
//   args                  optional extra arguments, one per line
//   expected.txt          exact expected standard output
//   must-contain.txt      snippets (one a line) the output must contain
//   must-not-contain.txt  snippets the output must not contain
// UPDATE_GOLDEN=1 rewrites expected.txt from the current output, for review in the diff.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "unit/test_support.h"

namespace fs = std::filesystem;
using pith::test::read_file;
using pith::test::run_pith;

namespace {

std::vector<std::string> lines_of(const fs::path& path) {
  std::vector<std::string> lines;
  if (!fs::exists(path)) return lines;
  std::istringstream in(read_file(path.string()));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

fs::path input_of(const fs::path& dir) {
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().starts_with("input")) return entry.path();
  return {};
}

}  // namespace

TEST_CASE("golden fixtures", "[golden]") {
  fs::path root = fs::path(pith::test::source_dir()) / "fixtures";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(!cases.empty());
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;

  for (const fs::path& dir : cases) {
    DYNAMIC_SECTION(dir.filename().string()) {
      fs::path input = input_of(dir);
      REQUIRE(!input.empty());
      std::vector<std::string> args = lines_of(dir / "args");
      args.push_back(input.string());
      pith::test::RunResult result = run_pith(args);
      INFO("stderr: " << result.err);
      CHECK(result.status == 0);

      fs::path expected = dir / "expected.txt";
      std::vector<std::string> must = lines_of(dir / "must-contain.txt");
      std::vector<std::string> must_not = lines_of(dir / "must-not-contain.txt");
      REQUIRE((fs::exists(expected) || !must.empty() || !must_not.empty()));
      if (fs::exists(expected)) {
        if (update) std::ofstream(expected, std::ios::binary) << result.out;
        CHECK(result.out == read_file(expected.string()));
      }
      for (const std::string& snippet : must) {
        INFO("must contain: " << snippet);
        CHECK(result.out.find(snippet) != std::string::npos);
      }
      for (const std::string& snippet : must_not) {
        INFO("must not contain: " << snippet);
        CHECK(result.out.find(snippet) == std::string::npos);
      }
    }
  }
}
