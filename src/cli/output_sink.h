// Where cleaned records go: standard output, or one file per input under --output-dir.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

class OutputSink {
 public:
  /// Standard output when `paths` is empty; otherwise input i is written to `paths[i]`.
  explicit OutputSink(std::vector<std::string> paths) : m_paths(std::move(paths)) {}
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  /// Writes `bytes` for input `input`; inputs arrive in order, so one file is open at a time.
  /// False with `err` (naming the file) when it cannot be created or written.
  bool write(std::size_t input, std::string_view bytes, std::string* err);

  /// Flushes and closes; creates the (empty) files of inputs that had no records.
  bool finish(std::string* err);

 private:
  bool open(std::size_t input, std::string* err);
  bool close_current(std::string* err);

  std::vector<std::string> m_paths;
  std::vector<bool> m_opened;
  std::FILE* m_file = nullptr;
  std::size_t m_current = 0;
};

}  // namespace cli
