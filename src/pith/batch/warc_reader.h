// WARC 1.0/1.1 records read one at a time from a (decompressed) byte stream.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/batch/buffered_reader.h"
#include "pith/batch/record.h"
#include "pith/input/byte_source.h"

namespace pith {

/// Reads WARC records. Only response records keep their block; the others are read past and
/// returned `skipped`. A block over `max_bytes` is read past and returned with `error` set.
class WarcReader {
 public:
  WarcReader(ByteSource& source, std::size_t max_bytes);

  /// The next record into `record` (its `name` is left to the caller). `error` (with `err`) for
  /// a stretch of the stream that is lost: a header that is not WARC, a record without a
  /// Content-Length or whose block does not end where its Content-Length says, a record cut
  /// short, a damaged gzip member. `record` then keeps the header fields that were read, and
  /// the reader has moved to the next "WARC/1." line (or gzip member), so calling again goes on.
  ReadStatus next(Record* record, std::string* err);

  /// Decompressed bytes consumed so far: the offset of the record `next` returns.
  std::uint64_t offset() const { return m_reader.offset(); }

  /// True once the byte stream itself failed and its error was returned: nothing more can be read.
  bool failed() const { return m_reader.failed() && m_pending_error.empty(); }

 private:
  ReadStatus find_version_line(std::string* err);
  ReadStatus read_header(Record* record, std::uint64_t* length, bool* has_length, std::string* err);
  ReadStatus read_block(Record* record, std::uint64_t length, std::string* err);
  ReadStatus skip_block(std::uint64_t length, std::string* err);
  /// BufferedReader::read_to for the next line that is a whole "WARC/1.x" version line.
  ReadStatus read_to_record_start(std::uint64_t limit, std::string* out, bool* found, std::string* err);
  /// Where a block read by its Content-Length really ends, judged by what follows it: `exact`
  /// (its CRLF CRLF, the next record or the end of the stream), `near` (the next record starts
  /// within a few line-end bytes), or `elsewhere` (the count is wrong).
  enum class BlockEnd { exact, near, elsewhere };
  BlockEnd block_end();
  void resync();

  BufferedReader m_reader;
  std::size_t m_max_bytes;
  /// Set when resync already consumed the "WARC/1.x" line of the next record.
  bool m_version_line_read = false;
  /// Damage met while looking ahead (past a block's end, or resyncing): the next call returns it,
  /// so the member it cost is an error record, not a silent gap.
  std::string m_pending_error;
};

}  // namespace pith
