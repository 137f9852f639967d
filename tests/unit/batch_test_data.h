// Inputs the batch tests build on the fly: gzip, zstd, deflate and Brotli streams, chunked
// bodies, WARC records, JSON lines, temp dirs.
#pragma once

#include <brotli/encode.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace pith::test {

/// `plain` through zlib's deflate with `window_bits` (15 zlib-wrapped, -15 raw, 15 + 16 gzip).
inline std::string zlib_compressed(const std::string& plain, int window_bits) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("zlib");
  std::string out(deflateBound(&zs, static_cast<uLong>(plain.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  zs.avail_in = static_cast<uInt>(plain.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  if (deflate(&zs, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("deflate");
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

/// One complete gzip member holding `plain`.
inline std::string gzip_member(const std::string& plain) { return zlib_compressed(plain, 15 + 16); }

inline std::string zstd_frame(const std::string& plain) {
  std::string out(ZSTD_compressBound(plain.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), plain.data(), plain.size(), 3);
  if (ZSTD_isError(n)) throw std::runtime_error("zstd");
  out.resize(n);
  return out;
}

/// `plain` deflated: zlib-wrapped (RFC 1950) or, when `raw`, bare deflate data (RFC 1951).
inline std::string deflated(const std::string& plain, bool raw) { return zlib_compressed(plain, raw ? -15 : 15); }

/// `plain` compressed with Brotli (RFC 7932), as a server sends `Content-Encoding: br`.
inline std::string brotli(const std::string& plain) {
  std::size_t size = BrotliEncoderMaxCompressedSize(plain.size()) + 64;
  std::string out(size, '\0');
  if (!BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, plain.size(),
                             reinterpret_cast<const std::uint8_t*>(plain.data()), &size,
                             reinterpret_cast<std::uint8_t*>(out.data())))
    throw std::runtime_error("brotli");
  out.resize(size);
  return out;
}

/// `body` in chunks of `size` bytes (HTTP/1.1 chunked transfer coding), with the final empty chunk.
inline std::string chunked(const std::string& body, std::size_t size) {
  std::string out;
  char hex[32];
  for (std::size_t at = 0; at < body.size(); at += size) {
    std::string piece = body.substr(at, size);
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    out += std::string(hex) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

/// A zstd frame with a content checksum, as the zstd tool writes by default.
inline std::string zstd_frame_checked(const std::string& plain) {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  std::string out(ZSTD_compressBound(plain.size()), '\0');
  std::size_t n = ZSTD_compress2(cctx, out.data(), out.size(), plain.data(), plain.size());
  ZSTD_freeCCtx(cctx);
  if (ZSTD_isError(n)) throw std::runtime_error("zstd");
  out.resize(n);
  return out;
}

/// A WARC/1.1 record of `type` with `block`, as crawlers write them.
inline std::string warc_record(const std::string& type, const std::string& uri, const std::string& id,
                               const std::string& content_type, const std::string& block) {
  std::string out = "WARC/1.1\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: " + uri + "\r\n";
  out += "WARC-Date: 2024-03-05T10:11:12Z\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n";
  out += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

/// An HTTP response holding `body` as `content_type`.
inline std::string http_response(const std::string& content_type, const std::string& body, int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

/// A fresh empty directory under the system's temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path() /
             ("pith-batch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(const std::string& name) const { return (m_path / name).string(); }
  const std::filesystem::path& root() const { return m_path; }

  std::string write(const std::string& name, const std::string& bytes) const {
    std::string file = path(name);
    std::filesystem::create_directories(std::filesystem::path(file).parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

 private:
  std::filesystem::path m_path;
};

/// Splits `text` into its lines (without "\n").
inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace pith::test
