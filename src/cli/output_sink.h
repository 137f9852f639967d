// Where cleaned records go: standard output, or one file per input under --output-dir.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

/// Under --output-dir each input's file is written under a temporary name beside it and
/// renamed once the input is done, so a name in the folder is always a complete result: a run
/// that fails (a full disk) or is stopped (SIGINT) leaves no cut file and creates nothing for
/// the inputs it never read.
class OutputSink {
 public:
  /// Standard output when `paths` is empty; otherwise input i is written to `paths[i]`.
  /// `flush_each`: every write goes out at once, for a reader that waits for each answer.
  explicit OutputSink(std::vector<std::string> paths, bool flush_each = false)
      : m_paths(std::move(paths)), m_flush_each(flush_each) {}
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  /// Writes `bytes` (maybe none) for input `input`; inputs arrive in order, so one file is open
  /// at a time, and reaching a later input completes the earlier ones. False with `err` (naming
  /// the file) when it cannot be created or written; then failed() says whether the run must
  /// stop (a write error) or only this input's file could not be made (its name is too long).
  bool write(std::size_t input, std::string_view bytes, std::string* err);

  /// Input `input` failed as a whole: it gets no file, rather than an empty one.
  void discard(std::size_t input);

  /// Every input was read: closes the last file and creates the (empty) files of inputs that
  /// had no records.
  bool finish(std::string* err);

  /// The run stopped early: the open file is removed; nothing more is created.
  void abandon();

  /// True once a write failed for good (disk full, standard output closed).
  bool failed() const { return m_failed; }

  /// True once standard output's reader has gone (`pith ... | head -1`): a normal end, not an error.
  bool reader_gone() const { return m_reader_gone; }

 private:
  bool open(std::size_t input, std::string* err);
  bool commit(std::string* err);
  /// Completes every input from m_next up to `input`: the open file is renamed, inputs that had
  /// no records get an empty file. False (with `err`) when a write failed for good.
  bool complete_up_to(std::size_t input, std::string* err);

  std::vector<std::string> m_paths;
  std::vector<bool> m_discarded;
  std::FILE* m_file = nullptr;
  std::string m_temp;        ///< the open file's temporary name
  std::size_t m_current = 0;  ///< the input whose file is open
  std::size_t m_next = 0;     ///< inputs before this one are complete
  std::string m_input_error;  ///< why input m_next - 1 has no file, for its later records
  std::string m_deferred_error;  ///< an input without records whose empty file failed
  bool m_failed = false;
  bool m_reader_gone = false;
  bool m_flush_each = false;
};

/// True when `paths` read standard input ("-") and it is not a regular file (a pipe, a socket, a
/// terminal): another program may be feeding records one at a time and waiting for each answer,
/// so output is flushed record by record rather than when a buffer fills.
bool reads_stream(const std::vector<std::string>& paths);

}  // namespace cli
