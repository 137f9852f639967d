// Streaming gzip and zstd decoding behind one ByteSource; the whole-buffer path reads through it.
#include "pith/input/decompress.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>

namespace pith {

namespace {
/// Upstream reads in pieces this size: big enough for the codecs, small enough to stay flat.
constexpr std::size_t k_in_buffer = std::size_t{1} << 16;

bool is_gzip_magic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

/// A zstd frame (RFC 8878: 0xFD2FB528) or skippable frame (0x184D2A50..5F), little-endian.
bool is_zstd_magic(std::string_view bytes) {
  if (bytes.size() < 4) return false;
  if (bytes.substr(0, 4) == std::string_view("\x28\xB5\x2F\xFD", 4)) return true;
  return (static_cast<unsigned char>(bytes[0]) & 0xF0) == 0x50 &&
         bytes.substr(1, 3) == std::string_view("\x2A\x4D\x18", 3);
}
}  // namespace

std::string_view without_compression_suffix(std::string_view name) {
  for (std::string_view suffix : {".gz", ".zst", ".zstd"})
    if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  return name;
}

Compression detect_compression(std::string_view bytes) {
  if (is_gzip_magic(bytes)) return Compression::gzip;
  if (is_zstd_magic(bytes)) return Compression::zstd;
  return Compression::none;
}

struct DecompressingSource::Codec {
  z_stream zs{};
  bool zs_ready = false;
  ZSTD_DCtx* zstd = nullptr;
  /// ZSTD_decompressStream's last hint: 0 when a frame just ended.
  std::size_t zstd_hint = 0;

  ~Codec() {
    if (zs_ready) inflateEnd(&zs);
    if (zstd) ZSTD_freeDCtx(zstd);
  }
};

DecompressingSource::DecompressingSource(ByteSource& upstream)
    : m_upstream(upstream), m_in(k_in_buffer), m_codec(std::make_unique<Codec>()) {}

DecompressingSource::~DecompressingSource() = default;

bool DecompressingSource::fill(std::string* err) {
  if (m_in_pos < m_in_end || m_upstream_done) return true;
  std::size_t got = 0;
  if (!m_upstream.read(m_in.data(), m_in.size(), &got, err)) return false;
  m_in_base += m_in_end;
  m_in_pos = 0;
  m_in_end = got;
  if (got == 0) m_upstream_done = true;
  return true;
}

bool DecompressingSource::start(std::string* err) {
  m_started = true;
  // A magic number is up to four bytes; a short first read must not hide it.
  while (m_in_end < 4 && !m_upstream_done) {
    std::size_t got = 0;
    if (!m_upstream.read(m_in.data() + m_in_end, m_in.size() - m_in_end, &got, err)) return false;
    if (got == 0) m_upstream_done = true;
    m_in_end += got;
  }
  m_compression = detect_compression(std::string_view(m_in.data(), m_in_end));
  if (m_compression == Compression::gzip) {
    if (inflateInit2(&m_codec->zs, 15 + 16) != Z_OK) {
      *err = "gzip: cannot initialise zlib";
      return false;
    }
    m_codec->zs_ready = true;
  } else if (m_compression == Compression::zstd) {
    m_codec->zstd = ZSTD_createDCtx();
    if (!m_codec->zstd) {
      *err = "zstd: cannot initialise";
      return false;
    }
  }
  return true;
}

bool DecompressingSource::read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) {
  *got = 0;
  m_resumes = false;  // set again only by an error this read steps over
  if (!m_started && !start(err)) return false;
  if (m_finished || capacity == 0) return true;
  switch (m_compression) {
    case Compression::gzip: return read_gzip(buffer, capacity, got, err);
    case Compression::zstd: return read_zstd(buffer, capacity, got, err);
    case Compression::none: break;
  }
  if (m_in_pos == m_in_end) {
    // Plain input needs no staging copy once the sniffed bytes are handed out.
    if (m_upstream_done) return true;
    return m_upstream.read(buffer, capacity, got, err);
  }
  std::size_t n = std::min(capacity, m_in_end - m_in_pos);
  std::memcpy(buffer, m_in.data() + m_in_pos, n);
  m_in_pos += n;
  *got = n;
  return true;
}

bool DecompressingSource::ensure(std::size_t n, std::string* err) {
  while (m_in_end - m_in_pos < n && !m_upstream_done) {
    if (m_in_pos > 0) {
      std::memmove(m_in.data(), m_in.data() + m_in_pos, m_in_end - m_in_pos);
      m_in_base += m_in_pos;
      m_in_end -= m_in_pos;
      m_in_pos = 0;
    }
    std::size_t got = 0;
    if (!m_upstream.read(m_in.data() + m_in_end, m_in.size() - m_in_end, &got, err)) return false;
    if (got == 0) m_upstream_done = true;
    m_in_end += got;
  }
  return true;
}

bool DecompressingSource::at_next_gzip_member(std::string* err) {
  // Tape and block devices pad archives with zeros after the last member; gzip accepts that.
  for (;;) {
    if (!fill(err)) return false;
    if (m_in_pos == m_in_end) {
      m_finished = true;
      return true;
    }
    while (m_in_pos < m_in_end && m_in[m_in_pos] == 0) ++m_in_pos;
    if (m_in_pos < m_in_end) return true;
  }
}

bool DecompressingSource::skip_damage(const std::string& reason, std::string* err) {
  const std::size_t magic = m_compression == Compression::gzip ? 3 : 4;
  std::uint64_t skipped = 0;
  m_resumes = false;
  // A damaged header can make the codec read far past its member (a flipped FEXTRA flag
  // skips up to 64 KiB), so the search starts just after the damaged member's magic when
  // those bytes are still in the buffer. That magic itself is never where to resume.
  if (m_member_start >= m_in_base && m_member_start < position()) {
    skipped = 0;
    m_in_pos = static_cast<std::size_t>(m_member_start - m_in_base);
  }
  if (position() == m_member_start) {
    if (!ensure(1, err)) return false;
    if (m_in_pos < m_in_end) {
      ++m_in_pos;
      ++skipped;
    }
  }
  for (;;) {
    if (!ensure(magic, err)) return false;
    std::string_view in(m_in.data() + m_in_pos, m_in_end - m_in_pos);
    if (in.size() < magic) break;  // the upstream ended: no member follows
    // A gzip member starts 1F 8B 08 (deflate is its only method); a zstd frame with its magic.
    std::size_t at = 0;
    for (; at + magic <= in.size(); ++at) {
      std::string_view candidate = in.substr(at);
      if (m_compression == Compression::gzip ? is_gzip_magic(candidate) && candidate[2] == '\x08'
                                             : is_zstd_magic(candidate))
        break;
    }
    if (at + magic <= in.size()) {
      m_in_pos += at;
      skipped += at;
      m_resumes = true;
      break;
    }
    // Keep the last bytes: a magic may straddle two reads.
    std::size_t keep = magic - 1;
    m_in_pos += in.size() - keep;
    skipped += in.size() - keep;
  }
  m_out_end = m_out_ready;  // the damaged member's held output never goes out
  if (m_resumes) {
    m_member_start = position();
    if (m_compression == Compression::gzip) inflateReset(&m_codec->zs);
    else ZSTD_DCtx_reset(m_codec->zstd, ZSTD_reset_session_only);
    m_codec->zstd_hint = 0;
    *err = reason + " (" + std::to_string(skipped) + " bytes skipped; reading resumes at the next " +
           (m_compression == Compression::gzip ? "gzip member)" : "zstd frame)");
  } else {
    m_finished = true;
    *err = reason;
  }
  return false;
}

bool DecompressingSource::serve(char* buffer, std::size_t capacity, std::size_t* got) {
  if (m_out_pos == m_out_ready) return false;
  std::size_t n = std::min(capacity, m_out_ready - m_out_pos);
  std::memcpy(buffer, m_out.data() + m_out_pos, n);
  m_out_pos += n;
  *got = n;
  return true;
}

void DecompressingSource::make_room(std::size_t n) {
  if (m_out_pos == m_out_ready && m_out_ready > 0) {
    // Everything released went out: the held bytes move to the front.
    std::memmove(m_out.data(), m_out.data() + m_out_ready, m_out_end - m_out_ready);
    m_out_end -= m_out_ready;
    m_out_pos = m_out_ready = 0;
  }
  if (m_out.size() - m_out_end < n) m_out.resize(m_out_end + n);
}

bool DecompressingSource::read_gzip(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) {
  z_stream& zs = m_codec->zs;
  for (;;) {
    if (serve(buffer, capacity, got) || m_finished) return true;
    if (m_member_ended) {
      // Another member may follow: concatenated gzip files (and .warc.gz) are one valid stream.
      m_member_ended = false;
      if (!at_next_gzip_member(err)) return false;
      m_member_start = position();
      if (!m_finished && inflateReset(&zs) != Z_OK) return skip_damage("gzip: corrupt stream", err);
      continue;
    }
    if (!fill(err)) return false;
    if (m_in_pos == m_in_end) {
      // Cut short: what the member decoded is not damaged, only unchecked; it goes out first.
      if (m_out_ready < m_out_end) {
        release();
        continue;
      }
      m_finished = true;
      *err = "gzip: truncated stream";
      return false;
    }
    make_room(k_in_buffer);
    zs.next_in = reinterpret_cast<Bytef*>(m_in.data() + m_in_pos);
    zs.avail_in = static_cast<uInt>(m_in_end - m_in_pos);
    zs.next_out = reinterpret_cast<Bytef*>(m_out.data() + m_out_end);
    zs.avail_out = static_cast<uInt>(k_in_buffer);
    int rc = inflate(&zs, Z_NO_FLUSH);
    m_in_pos = m_in_end - zs.avail_in;
    m_out_end += k_in_buffer - zs.avail_out;
    if (rc == Z_STREAM_END) {
      // The trailer's CRC-32 and length matched: the member's output is sound.
      release();
      m_member_ended = true;
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR)
      return skip_damage(std::string("gzip: ") + (zs.msg ? zs.msg : "corrupt stream"), err);
    if (m_out_end - m_out_ready >= k_member_hold) release();
  }
}

bool DecompressingSource::read_zstd(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) {
  for (;;) {
    if (serve(buffer, capacity, got) || m_finished) return true;
    if (!fill(err)) return false;
    if (m_in_pos == m_in_end && m_codec->zstd_hint == 0) {
      // All input consumed at a frame's end.
      m_finished = true;
      return true;
    }
    make_room(k_in_buffer);
    ZSTD_inBuffer input{m_in.data() + m_in_pos, m_in_end - m_in_pos, 0};
    ZSTD_outBuffer output{m_out.data() + m_out_end, k_in_buffer, 0};
    std::size_t hint = ZSTD_decompressStream(m_codec->zstd, &output, &input);
    m_in_pos += input.pos;
    if (ZSTD_isError(hint)) return skip_damage(std::string("zstd: ") + ZSTD_getErrorName(hint), err);
    m_out_end += output.pos;
    m_codec->zstd_hint = hint;
    if (hint == 0) {
      // A frame ended (its checksum, when it has one, matched): the next starts here.
      m_member_start = position();
      release();
    } else if (m_out_end - m_out_ready >= k_member_hold) {
      release();
    }
    if (output.pos == 0 && m_upstream_done && m_in_pos == m_in_end && hint != 0) {
      // Cut short: the frame's unchecked output goes out first, then the error.
      if (m_out_ready < m_out_end) {
        release();
        continue;
      }
      m_finished = true;
      *err = "zstd: truncated stream";
      return false;
    }
  }
}

bool read_all(ByteSource& source, std::size_t max_bytes, std::string* out, std::string* err) {
  out->clear();
  char buffer[1 << 16];
  for (;;) {
    std::size_t got = 0;
    if (!source.read(buffer, sizeof buffer, &got, err)) return false;
    if (got == 0) return true;
    if (out->size() + got > max_bytes) {
      *err = "larger than --max-bytes (" + std::to_string(max_bytes) + " bytes)";
      return false;
    }
    out->append(buffer, got);
  }
}

bool decompress(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err) {
  MemorySource memory(bytes);
  DecompressingSource source(memory);
  return read_all(source, max_bytes, out, err);
}

}  // namespace pith
