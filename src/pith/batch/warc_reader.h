// WARC 1.0/1.1 records read one at a time from a (decompressed) byte stream, and the HTTP
// response a response record holds.
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

  /// The next record into `record` (its `name` is left to the caller). `error` (with `err`) on
  /// a read error or a header that is not WARC; the reader then looks for the next record, so
  /// calling again goes on.
  ReadStatus next(Record* record, std::string* err);

  /// Decompressed bytes consumed so far: the offset of the record `next` returns.
  std::uint64_t offset() const { return m_reader.offset(); }

  /// True once the byte stream itself failed: nothing more can be read.
  bool failed() const { return m_reader.failed(); }

 private:
  ReadStatus find_version_line(std::string* err);
  void resync();

  BufferedReader m_reader;
  std::size_t m_max_bytes;
  /// Set when resync already consumed the "WARC/1.x" line of the next record.
  bool m_version_line_read = false;
};

/// What an HTTP response (a WARC response record's block) holds.
struct HttpResponse {
  int status = 0;
  std::string content_type;  ///< the Content-Type header's value
  std::string charset;       ///< its charset parameter, or ""
  std::string body;          ///< de-chunked when the response was chunked
};

/// Splits an HTTP/1.x response into status, headers and body. False with `err` when it is not one.
bool parse_http_response(std::string_view block, HttpResponse* response, std::string* err);

/// True when an HTTP Content-Type is HTML (text/html or application/xhtml+xml).
bool is_html_content_type(std::string_view content_type);

}  // namespace pith
