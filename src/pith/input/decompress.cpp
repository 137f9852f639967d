// Whole-buffer gzip and zstd decoding with an output cap.
#include "pith/input/decompress.h"

#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace pith {

Compression detect_compression(std::string_view bytes) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
      static_cast<unsigned char>(bytes[1]) == 0x8B)
    return Compression::gzip;
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\x28\xB5\x2F\xFD", 4)) return Compression::zstd;
  return Compression::none;
}

namespace {

std::string cap_message(std::size_t max_bytes) {
  return "decompressed size passes --max-bytes (" + std::to_string(max_bytes) + " bytes)";
}

bool gunzip(std::string_view in, std::size_t max_bytes, std::string* out, std::string* err) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) {
    *err = "gzip: cannot initialise zlib";
    return false;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buffer[1 << 16];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    int rc = inflate(&zs, Z_NO_FLUSH);
    std::size_t produced = sizeof buffer - zs.avail_out;
    if (out->size() + produced > max_bytes) {
      *err = cap_message(max_bytes);
      return false;
    }
    out->append(buffer, produced);
    if (rc == Z_STREAM_END) {
      // Another member may follow (concatenated gzip files are one valid gzip file).
      if (zs.avail_in == 0) return true;
      if (inflateReset(&zs) != Z_OK) break;
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      *err = "gzip: truncated stream";
      return false;
    }
    if (rc != Z_OK) {
      *err = std::string("gzip: ") + (zs.msg ? zs.msg : "corrupt stream");
      return false;
    }
  }
  *err = "gzip: corrupt stream";
  return false;
}

bool unzstd(std::string_view in, std::size_t max_bytes, std::string* out, std::string* err) {
  std::unique_ptr<ZSTD_DCtx, std::size_t (*)(ZSTD_DCtx*)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  char buffer[1 << 16];
  std::size_t last = 1;
  while (input.pos < input.size) {
    ZSTD_outBuffer output{buffer, sizeof buffer, 0};
    last = ZSTD_decompressStream(ctx.get(), &output, &input);
    if (ZSTD_isError(last)) {
      *err = std::string("zstd: ") + ZSTD_getErrorName(last);
      return false;
    }
    if (out->size() + output.pos > max_bytes) {
      *err = cap_message(max_bytes);
      return false;
    }
    out->append(buffer, output.pos);
  }
  // Drain what the decoder still holds once all input is consumed.
  while (last != 0) {
    ZSTD_outBuffer output{buffer, sizeof buffer, 0};
    last = ZSTD_decompressStream(ctx.get(), &output, &input);
    if (ZSTD_isError(last)) {
      *err = std::string("zstd: ") + ZSTD_getErrorName(last);
      return false;
    }
    if (output.pos == 0 && last != 0) {
      *err = "zstd: truncated stream";
      return false;
    }
    if (out->size() + output.pos > max_bytes) {
      *err = cap_message(max_bytes);
      return false;
    }
    out->append(buffer, output.pos);
  }
  return true;
}

}  // namespace

bool decompress(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err) {
  out->clear();
  switch (detect_compression(bytes)) {
    case Compression::gzip: return gunzip(bytes, max_bytes, out, err);
    case Compression::zstd: return unzstd(bytes, max_bytes, out, err);
    case Compression::none: break;
  }
  out->assign(bytes);
  return true;
}

}  // namespace pith
