// Lines and fixed-size blocks read from a ByteSource through one fixed buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pith/input/byte_source.h"

namespace pith {

/// What a reader's `next` found.
enum class ReadStatus { ok, end, error };

/// Reads a ByteSource as lines or as counted blocks, holding at most one buffer of it.
class BufferedReader {
 public:
  /// What read_line keeps of a line over its limit.
  static constexpr std::size_t k_long_line_prefix = std::size_t{1} << 16;

  explicit BufferedReader(ByteSource& source);

  /// The next line, without its "\n" or "\r\n". A line longer than `max_bytes` is consumed
  /// but not kept: `line` holds only its first k_long_line_prefix bytes (enough to name the
  /// record) and `*too_long` is set, so memory stays bounded.
  /// `end` once the source is exhausted (a last line without "\n" is still a line).
  ReadStatus read_line(std::size_t max_bytes, std::string* line, bool* too_long, std::string* err);

  /// Appends exactly `n` bytes to `out`; `end` when the source ends first (what was read is kept).
  ReadStatus read_exact(std::size_t n, std::string* out, std::string* err);

  /// Discards `n` bytes; `end` when the source ends first.
  ReadStatus skip(std::uint64_t n, std::string* err);

  /// Consumes up to `limit` bytes, appending them to `out` unless it is null, but stops just
  /// before the first `marker` that starts among them (setting `*found`); `end` when the source
  /// ends first.
  ReadStatus read_to(std::string_view marker, std::uint64_t limit, std::string* out, bool* found, std::string* err);

  /// The next `n` bytes, or fewer at the end of the source, without consuming them (`n` at most
  /// a few KiB). The view lasts until the next call.
  ReadStatus peek(std::size_t n, std::string_view* bytes, std::string* err);

  /// Puts `bytes`, the last ones read, back in front of what is left to read.
  void unread(std::string_view bytes);

  /// Bytes consumed so far (decompressed), for positions in messages.
  std::uint64_t offset() const { return m_offset; }

  /// True once the source failed (a read error, a truncated compressed stream): the stream is
  /// over, and every later read reports the same error. A read that fails while the source
  /// resumes after it (a corrupt gzip member skipped) reports `error` once and leaves this false:
  /// the bytes before the damage came out already, those after it come next.
  bool failed() const { return !m_failure.empty(); }

 private:
  bool fill(std::string* err);
  /// Makes `n` bytes available from m_pos (fewer only at the end of the source).
  bool ensure(std::size_t n, std::string* err);

  ByteSource& m_source;
  std::vector<char> m_buffer;
  std::size_t m_pos = 0, m_end = 0;
  bool m_done = false;
  std::uint64_t m_offset = 0;
  std::string m_failure;
};

}  // namespace pith
