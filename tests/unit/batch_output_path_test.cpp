// --output-dir names: input names mirrored, suffixes swapped.
#include <catch2/catch.hpp>

#include "pith/batch/output_path.h"

TEST_CASE("output files mirror input names", "[batch][output-dir]") {
  struct Case {
    std::string input, root, extension, expected;
  };
  std::vector<Case> cases = {
      {"dumps/2024-01.jsonl.gz", "", ".jsonl", "out/2024-01.jsonl"},
      {"dumps/2024-01.jsonl.zst", "", ".txt", "out/2024-01.txt"},
      {"CC-NEWS-20240305.warc.gz", "", ".jsonl", "out/CC-NEWS-20240305.jsonl"},
      {"crawl/de/site/page.html", "crawl", ".txt", "out/de/site/page.txt"},
      {"crawl/fr/article", "crawl", ".jsonl", "out/fr/article.jsonl"},
      {"notes.txt.gz", "", ".txt", "out/notes.txt"},
      {".jsonl", "", ".jsonl", "out/.jsonl.jsonl"},
      {"-", "", ".jsonl", "out/stdin.jsonl"},
  };
  for (const Case& test : cases) {
    INFO(test.input);
    CHECK(pith::output_path(test.input, test.root, "out", test.extension) == test.expected);
  }
}
