// HTTP content codings (gzip, deflate, br, zstd) undone on a whole body, bounded in size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith {

/// Undoes one HTTP content or transfer coding (RFC 9110 section 8.4.1) of `bytes` into `out`:
/// `gzip` (or `x-gzip`), `deflate` (zlib-wrapped as RFC 1950 says, or raw RFC 1951 as many
/// servers send it), `br` (Brotli, RFC 7932), `zstd` (RFC 8878) and `identity`; names ignore
/// case. False with `err` for a coding it does not know, data that is not in the coding, a
/// corrupt or truncated stream, or output past `max_bytes` (a decompression bomb).
bool decode_content_coding(std::string_view coding, std::string_view bytes, std::size_t max_bytes,
                           std::string* out, std::string* err);

}  // namespace pith
