// Transparent decompression: gzip (multi-member) and zstd, detected by magic bytes, streamed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pith/input/byte_source.h"

namespace pith {

enum class Compression { none, gzip, zstd };

/// `name` without a compression suffix (".gz", ".zst", ".zstd"), for telling what a file holds
/// by its name: "dump.jsonl.zst" gives "dump.jsonl". Expects a lower-case name.
std::string_view without_compression_suffix(std::string_view name);

/// The compression `bytes` start with, by magic number (never by file name). A zstd skippable
/// frame (magic 0x184D2A50..5F, what pzstd writes first) counts as zstd.
Compression detect_compression(std::string_view bytes);

/// The decompressed bytes of another source, whatever its compression (plain passes through).
/// A gzip member's or zstd frame's output is held back until its end is read and checked (the
/// gzip CRC-32, a zstd checksum), so a damaged member yields an error and none of its bytes; a
/// member whose output passes k_member_hold streams on in pieces of that size instead. Memory
/// stays at the input buffer, that hold and the codec's state, whatever the input's size.
class DecompressingSource final : public ByteSource {
 public:
  explicit DecompressingSource(ByteSource& upstream);
  ~DecompressingSource() override;
  DecompressingSource(const DecompressingSource&) = delete;
  DecompressingSource& operator=(const DecompressingSource&) = delete;

  /// False with `err` on a corrupt or truncated stream, or a read error upstream. A corrupt
  /// gzip member or zstd frame is reported once and skipped: reading resumes at the next one
  /// (see resumes_after_error), so one damaged member of a .warc.gz costs only its records.
  bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) override;
  bool resumes_after_error() const override { return m_resumes; }

  /// What the stream turned out to be (known after the first read).
  Compression compression() const { return m_compression; }

  /// Output a member may produce before its end is checked: a WARC record or a JSON Lines chunk
  /// fits, so only a damaged giant member lets bytes before its damage through.
  static constexpr std::size_t k_member_hold = std::size_t{8} << 20;

 private:
  struct Codec;
  bool fill(std::string* err);
  bool start(std::string* err);
  bool read_gzip(char* buffer, std::size_t capacity, std::size_t* got, std::string* err);
  bool read_zstd(char* buffer, std::size_t capacity, std::size_t* got, std::string* err);
  /// Makes `n` input bytes available from m_in_pos (fewer only at the end of the upstream).
  bool ensure(std::size_t n, std::string* err);
  /// After a gzip member: steps over zero padding; false with m_finished at the end.
  bool at_next_gzip_member(std::string* err);
  /// Reports `reason` and moves to the next member or frame start, resetting the codec and
  /// dropping the member's held output; always false.
  bool skip_damage(const std::string& reason, std::string* err);
  /// Copies released output into `buffer`; false when none is left to hand out.
  bool serve(char* buffer, std::size_t capacity, std::size_t* got);
  /// Room for at least `n` more decoded bytes at m_out_end (moves held bytes to the front).
  void make_room(std::size_t n);
  /// The current member ended and checked out, or grew past k_member_hold: its output may go.
  void release() { m_out_ready = m_out_end; }

  /// Compressed bytes consumed so far.
  std::uint64_t position() const { return m_in_base + m_in_pos; }

  ByteSource& m_upstream;
  std::vector<char> m_in;
  std::size_t m_in_pos = 0, m_in_end = 0;
  std::uint64_t m_in_base = 0;       ///< stream offset of m_in[0]
  std::uint64_t m_member_start = 0;  ///< stream offset where the current member or frame began
  bool m_upstream_done = false;
  bool m_started = false;
  bool m_finished = false;
  bool m_resumes = false;  ///< the last error was stepped over
  bool m_member_ended = false;  ///< a gzip member just ended: look for the next before decoding
  Compression m_compression = Compression::none;
  std::unique_ptr<Codec> m_codec;
  /// Decoded bytes: [m_out_pos, m_out_ready) released, [m_out_ready, m_out_end) held back.
  std::vector<char> m_out;
  std::size_t m_out_pos = 0, m_out_ready = 0, m_out_end = 0;
};

/// Decompresses all of `bytes` into `out`. False with `err` on a corrupt or truncated
/// stream, or when the output would pass `max_bytes` (a decompression bomb).
bool decompress(std::string_view bytes, std::size_t max_bytes, std::string* out, std::string* err);

/// Reads all of `source` into `out`, false with `err` on a read error or past `max_bytes`.
bool read_all(ByteSource& source, std::size_t max_bytes, std::string* out, std::string* err);

}  // namespace pith
