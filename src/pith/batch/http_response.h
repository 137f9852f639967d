// The HTTP/1.x response a WARC response record holds: status, headers, and the body decoded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

/// What an HTTP response (a WARC response record's block) holds.
struct HttpResponse {
  int status = 0;
  std::string content_type;  ///< the Content-Type header's value; "" when there is none
  std::string charset;       ///< its charset parameter, or ""
  /// Codings applied to the body after de-chunking, in the order the server applied them: the
  /// Content-Encoding list, then Transfer-Encoding's codings other than `chunked`.
  std::vector<std::string> codings;
  std::string body;  ///< de-chunked when the response was chunked; `codings` not yet undone
  /// A chunked body that ends before its last chunk (crawlers cut bodies at a size cap):
  /// `body` holds every byte the chunks delivered.
  bool cut_short = false;
};

/// Splits an HTTP/1.x response into status, headers and body. Header lines folded onto
/// continuation lines (RFC 7230 section 3.2.4, obs-fold) are joined with one space. False with
/// `err` when the block is not an HTTP response.
bool parse_http_response(std::string_view block, HttpResponse* response, std::string* err);

/// `response.body` with its codings undone (gzip, deflate, br, zstd) into `out`. A coding the
/// body does not hold, when the body already reads as text, is taken as undone by the crawler
/// (which kept the header), and a stream cut short gives what it decoded. False with `err`
/// for a coding pith cannot undo, a corrupt body, or a body past `max_bytes` once decoded.
bool decode_http_body(const HttpResponse& response, std::size_t max_bytes, std::string* out, std::string* err);

/// True when an HTTP Content-Type is HTML (text/html or application/xhtml+xml).
bool is_html_content_type(std::string_view content_type);

}  // namespace pith
