// Transparent decompression: gzip (multi-member) and zstd, detected by magic bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith {

enum class Compression { none, gzip, zstd };

/// The compression `bytes` start with, by magic number (never by file name).
Compression detect_compression(std::string_view bytes);

/// Decompresses all of `bytes` into `out`. False with `err` on a corrupt or truncated
/// stream, or when the output would pass `max_bytes` (a decompression bomb).
bool decompress(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err);

}  // namespace pith
