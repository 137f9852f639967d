// Every input a fuzzer once crashed on (tests/fuzz/regressions/<target>/) still runs clean.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "fuzz/entry_points.h"
#include "unit/limited_run.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions run clean through their entry point", "[fuzz][robust]") {
  fs::path root = fs::path(pith::test::source_dir()) / "tests" / "fuzz" / "regressions";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(!cases.empty());
  for (const fs::path& path : cases) {
    std::string target_name = path.parent_path().filename().string();
    DYNAMIC_SECTION(target_name << "/" << path.filename().string()) {
      const pith::fuzz::Target* target = pith::fuzz::find_target(target_name);
      REQUIRE(target != nullptr);
      std::string bytes = pith::test::read_file(path.string());
      pith::test::LimitedResult result = pith::test::run_limited([&] {
        target->run(bytes);
        return std::string("done");
      });
      INFO(result.describe());
      CHECK(result.ok());
      CHECK(result.out == "done");
    }
  }
}
