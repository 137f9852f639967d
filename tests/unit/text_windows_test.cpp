// text windows: a large text cut into windows of whole paragraphs, cleaned window by window as
// the whole text is, and the run that takes that path.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/text_stream.h"
#include "unit/cli_args.h"
#include "pith/base/line_shape.h"
#include "pith/filters/boilerplate_features.h"
#include "pith/input/byte_source.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"
#include "pith/text/text_windows.h"
#include "unit/test_support.h"

namespace {

/// The text inputs of the project's fixtures (six languages, residue of many kinds) and the
/// seed dump, each twice, so that copies of paragraphs and headlines stand windows apart.
std::string fixture_texts() {
  std::string one;
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(pith::test::source_dir() + "/fixtures"))
    if (std::filesystem::exists(entry.path() / "input.txt")) inputs.push_back(entry.path() / "input.txt");
  std::sort(inputs.begin(), inputs.end());
  for (const auto& path : inputs) one += pith::test::read_file(path.string()) + "\n\n";
  return one + one;
}

/// What a document says of each block: line, text, and who removed it why.
std::vector<std::string> block_rows(const std::vector<pith::Block>& blocks) {
  std::vector<std::string> rows;
  for (const pith::Block& b : blocks)
    rows.push_back(std::to_string(b.line) + "|" + b.text + "|" + b.removed_by + "|" + b.reason);
  return rows;
}

}  // namespace

TEST_CASE("windows are whole lines cut at paragraph breaks, numbered as the input", "[text_windows]") {
  struct Row {
    std::string text;
    std::size_t window_bytes;
  };
  std::string paragraphs;
  for (int i = 0; i < 60; ++i) paragraphs += "Line " + std::to_string(i) + " of a paragraph.\r\nIts end.\n\n";
  std::string no_breaks;
  for (int i = 0; i < 200; ++i) no_breaks += "a line with no empty line after it\n";
  for (const Row& row : std::vector<Row>{{paragraphs, 100}, {no_breaks, 64}, {std::string(5000, 'x'), 64},
                                         {"short\n", 4096}, {"a\rb\r\nc\n\n\nd", 2}}) {
    pith::MemorySource source(row.text);
    pith::TextWindowReader reader(source, row.window_bytes);
    std::string window, joined, err;
    int first_line = 0, expected_line = 1, windows = 0;
    while (reader.next(&window, &first_line, &err)) {
      ++windows;
      CHECK(first_line == expected_line);
      joined += window;
      if (joined.size() < row.text.size()) CHECK(window.ends_with('\n'));
      // As parse_text counts lines: "\n", "\r\n" and a lone "\r" each end one.
      for (std::size_t i = 0; i < window.size(); ++i)
        if (window[i] == '\n' || (window[i] == '\r' && (i + 1 == window.size() || window[i + 1] != '\n')))
          ++expected_line;
    }
    CHECK(err.empty());
    CHECK(joined == row.text);
    if (row.text.size() > 4 * row.window_bytes && row.text.find('\n') != std::string::npos) CHECK(windows > 2);
  }
  // Paragraph breaks are where the windows end: the next one opens with the empty line.
  pith::MemorySource source(paragraphs);
  pith::TextWindowReader reader(source, 100);
  std::string window, err;
  int first_line = 0;
  std::size_t at = 0;
  while (reader.next(&window, &first_line, &err)) {
    at += window.size();
    if (at < paragraphs.size()) CHECK(paragraphs[at] == '\n');
  }
  CHECK(at == paragraphs.size());
}

/// Cleans `text` whole and in windows of `window_bytes` with every default stage; checks that
/// the windows keep the whole text's lines (numbers, text, repairs) and write its text.
/// The documents come one per run of boilerplate::k_window_lines kept lines (the stage's own
/// runs), and one for the rest.
void check_windows_keep_the_whole_text(const std::string& text, std::size_t window_bytes) {
  INFO(window_bytes);
  std::string err;
  auto pipeline = pith::Pipeline::create(pith::Config{}, &err);
  REQUIRE(pipeline);
  pith::Document whole;
  REQUIRE(pipeline->clean(text, "whole", &whole, &err));
  std::vector<pith::Block> kept;
  std::size_t kept_before_boilerplate = 0;
  for (const pith::Block& b : whole.blocks) {
    if (b.kept()) kept.push_back(b);
    if (b.kept() || b.removed_by == "boilerplate") ++kept_before_boilerplate;
  }
  pith::MemorySource source(text);
  std::vector<pith::Block> blocks;
  std::string written;
  pith::Metadata meta;
  int documents = 0;
  auto emit = [&](pith::Document& part) {
    ++documents;
    meta = part.meta;
    pith::write_text(part, written);
    for (pith::Block& b : part.blocks)
      if (b.kept()) blocks.push_back(std::move(b));
    return true;
  };
  REQUIRE(pipeline->clean_text_windows(source, "windows", window_bytes, emit, &err));
  CHECK(documents == static_cast<int>(kept_before_boilerplate / pith::boilerplate::k_window_lines + 1));
  CHECK(meta.language == whole.meta.language);
  CHECK(meta.title == whole.meta.title);
  CHECK(block_rows(blocks) == block_rows(kept));
  std::string expected;
  pith::write_text(whole, expected);
  CHECK(written == expected);
}

TEST_CASE("a text cleaned in windows keeps the whole text's lines", "[text_windows]") {
  // Residue of many kinds in six languages, each text twice so that copies of paragraphs and
  // headlines stand windows apart; small windows put many cuts among them.
  std::string text = fixture_texts();
  for (std::size_t window_bytes : {std::size_t{512}, std::size_t{4096}, std::size_t{32768}})
    check_windows_keep_the_whole_text(text, window_bytes);
}

TEST_CASE("in windows, boilerplate judges the whole text's runs of lines", "[text_windows]") {
  // More kept lines than one run of boilerplate::k_window_lines: the runs end mid-window.
  std::string text;
  const char* subjects[] = {"The council", "A spokesperson for the port", "The regional court", "Local farmers"};
  // Prose, and every so often a page's furniture whose judgement turns on the lines around it
  // and on the run's shape (its share of prose, a line's place in it).
  const char* furniture[] = {"Home", "World | Politics | Sport", "Login", "Most read", "Tags: council, port",
                             "Share", "Photo gallery", "Contact us"};
  for (int i = 0; i < 70000; ++i) {
    text += std::string(subjects[i % 4]) + " said on day " + std::to_string(i) + " that item " +
            std::to_string(i * 7 + 3) + " of the plan would be reviewed again next week.\n";
    if (i % 7 == 0) text += std::string(furniture[i % 8]) + "\n" + furniture[(i / 7) % 8] + "\n";
    if (i % 50 == 0) text += "\n";
  }
  check_windows_keep_the_whole_text(text, std::size_t{1} << 20);
}

TEST_CASE("a text in windows: binary input fails, an empty one gives an empty document", "[text_windows]") {
  std::string err;
  auto pipeline = pith::Pipeline::create(pith::Config{}, &err);
  REQUIRE(pipeline);
  std::string binary("%PDF-1.4\n\0\0\0\x01\x02", 15);
  pith::MemorySource bad(binary);
  CHECK_FALSE(pipeline->clean_text_windows(bad, "x.pdf", 4096, [](pith::Document&) { return true; }, &err));
  CHECK(err == "not text (binary data)");
  pith::MemorySource empty("");
  int calls = 0;
  CHECK(pipeline->clean_text_windows(empty, "empty", 4096, [&](pith::Document& d) { return ++calls, d.blocks.empty(); }, &err));
  CHECK(calls == 1);
}

TEST_CASE("one large plain text file to standard output is cleaned in windows", "[text_windows]") {
  auto dir = std::filesystem::temp_directory_path() / ("pith-windows-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& head, std::size_t size) {
    std::string path = (dir / name).string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(head.data(), 1, head.size(), f);
    std::fclose(f);
    std::filesystem::resize_file(path, size);  // the decision reads the size and the first bytes only
    return path;
  };
  std::string text = "A headline\nA paragraph of article text, long enough to read as one.\n";
  std::string big = write("big.txt", text, pith::k_text_stream_min_bytes + 1);
  std::string small = write("small.txt", text, pith::k_text_stream_min_bytes);
  std::string page = write("big.html", "<!DOCTYPE html><html><body><p>text</p>", pith::k_text_stream_min_bytes + 1);
  struct Row {
    std::vector<std::string> args;
    std::string path;
    bool streams;
  };
  for (const Row& row : std::vector<Row>{{{}, big, true},
                                         {{"--input-format", "text"}, big, true},
                                         {{}, small, false},
                                         {{}, page, false},
                                         {{"--explain"}, big, false},
                                         {{"-f", "json"}, big, false},
                                         {{"--min-chars", "10"}, big, false},
                                         {{"--max-bytes", "1000"}, big, false}}) {
    cli::RawOptions raw;
    std::vector<std::string> args = row.args;
    args.push_back(row.path);
    test::parse_cli(args, raw);
    pith::Config config;
    std::string err;
    REQUIRE(cli::to_config(raw, &config, &err));
    INFO(row.path << " " << (row.args.empty() ? "" : row.args[0]));
    CHECK(cli::streams_text(raw, config, {{row.path, ""}}) == row.streams);
  }
  std::filesystem::remove_all(dir);
}
