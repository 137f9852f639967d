// Helpers the unit tests share: documents from lines, one registry filter run alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith::test {

/// A text document with one block per line, numbered from 1.
Document document_of(const std::vector<std::string>& lines);

/// Runs the built-in filter `name` alone over `lines`; true for each line it removed.
std::vector<bool> removed_by_filter(std::string_view name, const std::vector<std::string>& lines);

/// True when the built-in filter `name`, alone, removes `line` standing in an ordinary article
/// (two sentences of body text before it and after it).
bool filter_removes_in_context(std::string_view name, const std::string& line);

/// What the built-in filter `name`, alone, leaves of `line` standing in an ordinary article
/// once the spans it marked inside the line are cut; "" when it removed the whole line.
std::string filter_leaves_in_context(std::string_view name, const std::string& line);

}  // namespace pith::test

namespace pith::test {

/// What a run of the pith binary produced.
struct RunResult {
  int status = -1;  ///< exit status, or 128 + signal
  std::string out;
  std::string err;
};

/// In a forked child: replaces the process with the built pith binary run with `args`
/// (exits 127 when it cannot).
[[noreturn]] void exec_pith(const std::vector<std::string>& args);

/// Runs the built pith binary with `args`, feeding `input` on standard input.
RunResult run_pith(const std::vector<std::string>& args, const std::string& input = {});

/// The source tree's root (for fixtures) and the built binary's path.
std::string source_dir();

/// Reads a whole file; throws when it cannot.
std::string read_file(const std::string& path);

}  // namespace pith::test
