// Content codings: zlib for gzip and deflate, libbrotli for br, the stream decoder for zstd.
#include "pith/input/content_coding.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

#include "pith/base/line_shape.h"
#include "pith/input/decompress.h"

namespace pith {

namespace {

/// Output grows in steps of this size, so a small body never reserves a large buffer.
constexpr std::size_t k_out_step = std::size_t{1} << 16;

std::string too_large(std::size_t max_bytes) {
  return "decoded body is larger than --max-bytes (" + std::to_string(max_bytes) + " bytes)";
}

/// RFC 1950: a zlib stream starts with CM 8 (deflate) and a header check that is a multiple of 31.
bool has_zlib_header(std::string_view bytes) {
  if (bytes.size() < 2) return false;
  unsigned cmf = static_cast<unsigned char>(bytes[0]), flg = static_cast<unsigned char>(bytes[1]);
  return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

/// Inflates all of `bytes` with zlib's `window_bits` (15 zlib, -15 raw deflate).
bool inflate_all(std::string_view bytes, int window_bits, std::size_t max_bytes, std::string* out, std::string* err) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) {
    *err = "deflate: cannot initialise zlib";
    return false;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), UINT32_MAX));
  for (;;) {
    std::size_t used = out->size();
    if (used >= max_bytes) {
      *err = too_large(max_bytes);
      return false;
    }
    out->resize(std::min(used + k_out_step, max_bytes));
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs.avail_out = static_cast<uInt>(out->size() - used);
    int rc = inflate(&zs, Z_NO_FLUSH);
    out->resize(out->size() - zs.avail_out);
    if (rc == Z_STREAM_END) return true;
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      *err = "deflate: truncated stream";
      return false;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      *err = std::string("deflate: ") + (zs.msg ? zs.msg : "corrupt stream");
      return false;
    }
  }
}

bool decode_brotli(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err) {
  std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState*)> state(
      BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), BrotliDecoderDestroyInstance);
  if (!state) {
    *err = "br: cannot initialise the decoder";
    return false;
  }
  std::size_t available_in = bytes.size();
  const auto* next_in = reinterpret_cast<const std::uint8_t*>(bytes.data());
  for (;;) {
    std::size_t used = out->size();
    if (used >= max_bytes) {
      *err = too_large(max_bytes);
      return false;
    }
    out->resize(std::min(used + k_out_step, max_bytes));
    std::size_t available_out = out->size() - used;
    auto* next_out = reinterpret_cast<std::uint8_t*>(out->data() + used);
    BrotliDecoderResult result =
        BrotliDecoderDecompressStream(state.get(), &available_in, &next_in, &available_out, &next_out, nullptr);
    out->resize(out->size() - available_out);
    if (result == BROTLI_DECODER_RESULT_SUCCESS) return true;
    if (result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      *err = "br: truncated stream";
      return false;
    }
    if (result == BROTLI_DECODER_RESULT_ERROR) {
      *err = std::string("br: ") + BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state.get()));
      return false;
    }
  }
}

}  // namespace

bool decode_content_coding(std::string_view coding, std::string_view bytes, std::size_t max_bytes,
                           std::string* out, std::string* err) {
  using shape::equals_ci;
  out->clear();
  if (equals_ci(coding, "identity")) {
    if (bytes.size() > max_bytes) {
      *err = too_large(max_bytes);
      return false;
    }
    out->assign(bytes);
    return true;
  }
  if (equals_ci(coding, "gzip") || equals_ci(coding, "x-gzip") || equals_ci(coding, "zstd")) {
    Compression expected = equals_ci(coding, "zstd") ? Compression::zstd : Compression::gzip;
    if (detect_compression(bytes) != expected) {
      *err = std::string(coding) + ": not " + std::string(coding) + " data";
      return false;
    }
    return decompress(bytes, max_bytes, out, err);
  }
  if (equals_ci(coding, "deflate")) return inflate_all(bytes, has_zlib_header(bytes) ? 15 : -15, max_bytes, out, err);
  if (equals_ci(coding, "br")) return decode_brotli(bytes, max_bytes, out, err);
  *err = "unknown content coding '" + std::string(coding) + "'";
  return false;
}

}  // namespace pith
