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
  /// `flush_each`: every write goes out at once, for a reader that waits for each answer.
  explicit OutputSink(std::vector<std::string> paths, bool flush_each = false)
      : m_paths(std::move(paths)), m_flush_each(flush_each) {}
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  /// Writes `bytes` for input `input`; inputs arrive in order, so one file is open at a time.
  /// False with `err` (naming the file) when it cannot be created or written.
  bool write(std::size_t input, std::string_view bytes, std::string* err);

  /// Flushes and closes; creates the (empty) files of inputs that had no records.
  bool finish(std::string* err);

  /// True once standard output's reader has gone (`pith ... | head -1`): a normal end, not an error.
  bool reader_gone() const { return m_reader_gone; }

 private:
  bool open(std::size_t input, std::string* err);
  bool close_current(std::string* err);

  std::vector<std::string> m_paths;
  std::vector<bool> m_opened;
  std::FILE* m_file = nullptr;
  std::size_t m_current = 0;
  bool m_reader_gone = false;
  bool m_flush_each = false;
};

/// True when `paths` read standard input ("-") and it is not a regular file (a pipe, a socket, a
/// terminal): another program may be feeding records one at a time and waiting for each answer,
/// so output is flushed record by record rather than when a buffer fills.
bool reads_stream(const std::vector<std::string>& paths);

}  // namespace cli
