// The suite's own hygiene: ctest runs each Catch2 test by its name, which must survive the trip:
// a CMake list splits it at ';' (the test then matches nothing, and passes without running), and
// Catch reads a name that starts with '-' as an option.
#include <catch2/catch.hpp>

#include <filesystem>

#include "unit/test_support.h"

TEST_CASE("no test name holds a semicolon or starts with a dash, which would hide it from ctest", "[suite]") {
  namespace fs = std::filesystem;
  std::size_t files = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(pith::test::source_dir() + "/tests/unit")) {
    if (entry.path().extension() != ".cpp") continue;
    ++files;
    std::string text = pith::test::read_file(entry.path().string());
    for (std::size_t at = text.find("TEST_CASE(\""); at != std::string::npos; at = text.find("TEST_CASE(\"", at + 1)) {
      std::size_t start = at + 11, end = text.find('"', start);
      std::string name = text.substr(start, end - start);
      INFO(entry.path().filename().string() << ": " << name);
      CHECK(name.find(';') == std::string::npos);
      CHECK_FALSE(name.starts_with('-'));
    }
  }
  CHECK(files > 10);
}
