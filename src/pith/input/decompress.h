// Transparent decompression: gzip (multi-member) and zstd, detected by magic bytes, streamed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pith/input/byte_source.h"

namespace pith {

enum class Compression { none, gzip, zstd };

/// The compression `bytes` start with, by magic number (never by file name).
Compression detect_compression(std::string_view bytes);

/// The decompressed bytes of another source, whatever its compression (plain passes through).
/// Memory stays at two fixed buffers and the codec's state, whatever the input's size.
class DecompressingSource final : public ByteSource {
 public:
  explicit DecompressingSource(ByteSource& upstream);
  ~DecompressingSource() override;
  DecompressingSource(const DecompressingSource&) = delete;
  DecompressingSource& operator=(const DecompressingSource&) = delete;

  /// False with `err` on a corrupt or truncated stream, or a read error upstream.
  bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) override;

  /// What the stream turned out to be (known after the first read).
  Compression compression() const { return m_compression; }

 private:
  struct Codec;
  bool fill(std::string* err);
  bool start(std::string* err);
  bool read_gzip(char* buffer, std::size_t capacity, std::size_t* got, std::string* err);
  bool read_zstd(char* buffer, std::size_t capacity, std::size_t* got, std::string* err);

  ByteSource& m_upstream;
  std::vector<char> m_in;
  std::size_t m_in_pos = 0, m_in_end = 0;
  bool m_upstream_done = false;
  bool m_started = false;
  bool m_finished = false;
  Compression m_compression = Compression::none;
  std::unique_ptr<Codec> m_codec;
};

/// Decompresses all of `bytes` into `out`. False with `err` on a corrupt or truncated
/// stream, or when the output would pass `max_bytes` (a decompression bomb).
bool decompress(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err);

/// Reads all of `source` into `out`, false with `err` on a read error or past `max_bytes`.
bool read_all(ByteSource& source, std::size_t max_bytes, std::string* out, std::string* err);

}  // namespace pith
