// Lines and fixed-size blocks read from a ByteSource through one fixed buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "pith/input/byte_source.h"

namespace pith {

/// What a reader's `next` found.
enum class ReadStatus { ok, end, error };

/// Reads a ByteSource as lines or as counted blocks, holding at most one buffer of it.
class BufferedReader {
 public:
  explicit BufferedReader(ByteSource& source);

  /// The next line, without its "\n" or "\r\n". A line longer than `max_bytes` is consumed
  /// but not kept: `line` is left empty and `*too_long` set, so memory stays bounded.
  /// `end` once the source is exhausted (a last line without "\n" is still a line).
  ReadStatus read_line(std::size_t max_bytes, std::string* line, bool* too_long, std::string* err);

  /// Appends exactly `n` bytes to `out`; `end` when the source ends first (what was read is kept).
  ReadStatus read_exact(std::size_t n, std::string* out, std::string* err);

  /// Discards `n` bytes; `end` when the source ends first.
  ReadStatus skip(std::uint64_t n, std::string* err);

  /// Bytes consumed so far (decompressed), for positions in messages.
  std::uint64_t offset() const { return m_offset; }

  /// True once the source failed (a read error, a corrupt compressed stream): the stream is
  /// over, and every later read reports the same error.
  bool failed() const { return !m_failure.empty(); }

 private:
  bool fill(std::string* err);

  ByteSource& m_source;
  std::vector<char> m_buffer;
  std::size_t m_pos = 0, m_end = 0;
  bool m_done = false;
  std::uint64_t m_offset = 0;
  std::string m_failure;
};

}  // namespace pith
