// Streaming decompression: gzip (one and many members), zstd, plain; truncation and bombs.
#include <catch2/catch.hpp>

#include "pith/input/decompress.h"
#include "unit/batch_test_data.h"

using pith::test::gzip_member;
using pith::test::zstd_frame;

namespace {

/// Reads `bytes` through a DecompressingSource `piece` bytes at a time.
bool stream(const std::string& bytes, std::size_t piece, std::string* out, std::string* err) {
  pith::MemorySource memory(bytes);
  pith::DecompressingSource source(memory);
  out->clear();
  std::vector<char> buffer(piece);
  for (;;) {
    std::size_t got = 0;
    if (!source.read(buffer.data(), buffer.size(), &got, err)) return false;
    if (got == 0) return true;
    out->append(buffer.data(), got);
  }
}

std::string sample_text(int lines) {
  std::string text;
  for (int i = 0; i < lines; ++i)
    text += "{\"id\":" + std::to_string(i) + ",\"text\":\"Ligne numéro " + std::to_string(i) + " du fichier\"}\n";
  return text;
}

}  // namespace

TEST_CASE("compressed streams decode to their plain bytes whatever the read size", "[batch][decompress]") {
  std::string a = sample_text(3000), b = sample_text(17), c = "last member\n";
  struct Case {
    const char* what;
    std::string bytes;
    std::string plain;
  };
  std::vector<Case> cases = {
      {"plain", a, a},
      {"gzip, one member", gzip_member(a), a},
      {"gzip, three members (cat a.gz b.gz c.gz)", gzip_member(a) + gzip_member(b) + gzip_member(c), a + b + c},
      {"zstd, one frame", zstd_frame(a), a},
      {"zstd, two frames", zstd_frame(b) + zstd_frame(a), b + a},
      {"empty", "", ""},
      {"three bytes of text", "abc", "abc"},
  };
  for (const Case& test : cases) {
    for (std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, std::size_t{1} << 20}) {
      INFO(test.what << ", reads of " << piece);
      std::string out, err;
      REQUIRE(stream(test.bytes, piece, &out, &err));
      CHECK(out == test.plain);
    }
    std::string whole, err;
    REQUIRE(pith::decompress(test.bytes, 1 << 30, &whole, &err));
    CHECK(whole == test.plain);
  }
}

TEST_CASE("damaged compressed streams fail with a reason", "[batch][decompress]") {
  std::string text = sample_text(500);
  std::string gz = gzip_member(text), zs = zstd_frame(text);
  std::string corrupt = gz;
  corrupt[corrupt.size() / 2] ^= 0x55;
  corrupt[corrupt.size() / 2 + 1] ^= 0x55;
  struct Case {
    const char* what;
    std::string bytes;
    const char* reason;
  };
  std::vector<Case> cases = {
      {"gzip cut in half", gz.substr(0, gz.size() / 2), "gzip"},
      {"gzip without its trailer", gz.substr(0, gz.size() - 4), "gzip"},
      {"gzip with flipped bytes", corrupt, "gzip"},
      {"gzip followed by junk", gz + "this is not a gzip member", "gzip"},
      {"zstd cut in half", zs.substr(0, zs.size() / 2), "zstd"},
      {"zstd magic alone", zs.substr(0, 4), "zstd"},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    std::string out, err;
    CHECK_FALSE(stream(test.bytes, 4096, &out, &err));
    CHECK(err.find(test.reason) != std::string::npos);
  }
}

TEST_CASE("whole-buffer decompression stops at the size cap", "[batch][decompress]") {
  std::string big(1 << 20, 'a');
  std::string out, err;
  CHECK_FALSE(pith::decompress(gzip_member(big), 1000, &out, &err));
  CHECK(err.find("max-bytes") != std::string::npos);
  CHECK_FALSE(pith::decompress(zstd_frame(big), 1000, &out, &err));
  CHECK(pith::decompress(gzip_member(big), big.size(), &out, &err));
  CHECK(out.size() == big.size());
}

TEST_CASE("compression is told by magic bytes, not by name", "[batch][decompress]") {
  CHECK(pith::detect_compression(gzip_member("x")) == pith::Compression::gzip);
  CHECK(pith::detect_compression(zstd_frame("x")) == pith::Compression::zstd);
  CHECK(pith::detect_compression("\x1f") == pith::Compression::none);
  CHECK(pith::detect_compression("<html>") == pith::Compression::none);
}

namespace {

/// Reads all of `bytes` through a DecompressingSource, going on after errors it resumes from.
std::string stream_past_damage(const std::string& bytes, std::vector<std::string>* errors) {
  pith::MemorySource memory(bytes);
  pith::DecompressingSource source(memory);
  std::string out;
  std::vector<char> buffer(4096);
  for (;;) {
    std::size_t got = 0;
    std::string err;
    if (!source.read(buffer.data(), buffer.size(), &got, &err)) {
      errors->push_back(err);
      if (!source.resumes_after_error()) return out;
      continue;
    }
    if (got == 0) return out;
    out.append(buffer.data(), got);
  }
}

/// A zstd skippable frame (RFC 8878 section 3.1.2) with magic 0x184D2A50 + `nibble`.
std::string skippable_frame(unsigned nibble, const std::string& payload) {
  std::string frame = {static_cast<char>(0x50 + nibble), '\x2A', '\x4D', '\x18'};
  for (int shift = 0; shift < 32; shift += 8) frame.push_back(static_cast<char>((payload.size() >> shift) & 0xFF));
  return frame + payload;
}

}  // namespace

TEST_CASE("zstd streams that open with a skippable frame, as pzstd writes them, decode", "[batch][decompress]") {
  std::string a = sample_text(2000), b = sample_text(40);
  // pzstd puts a skippable frame holding the next frame's size before each frame.
  std::string four_bytes("\x10\x00\x00\x00", 4);
  const std::string streams[] = {
      skippable_frame(0, four_bytes) + zstd_frame(a) + skippable_frame(0, four_bytes) + zstd_frame(b),
      skippable_frame(0xF, "any metadata at all") + zstd_frame(a) + zstd_frame(b),
      skippable_frame(7, "") + zstd_frame(a) + skippable_frame(3, "trailing") + zstd_frame(b),
  };
  for (const std::string& bytes : streams) {
    CHECK(pith::detect_compression(bytes) == pith::Compression::zstd);
    std::string out, err;
    REQUIRE(stream(bytes, 4096, &out, &err));
    CHECK(out == a + b);
  }
}

TEST_CASE("gzip with trailing zero padding decodes as gzip does", "[batch][decompress]") {
  std::string a = sample_text(300), b = sample_text(20);
  for (std::size_t zeros : {std::size_t{1}, std::size_t{512}, std::size_t{10'240}, std::size_t{200'000}}) {
    INFO(zeros << " zero bytes");
    for (const std::string& bytes : {gzip_member(a) + std::string(zeros, '\0'),
                                     gzip_member(a) + gzip_member(b) + std::string(zeros, '\0')}) {
      for (std::size_t piece : {std::size_t{7}, std::size_t{65'536}}) {
        std::string out, err;
        CHECK(stream(bytes, piece, &out, &err));
        CHECK(out.starts_with(a));
      }
    }
  }
  // Padding is zeros only: anything else after the last member is still an error.
  std::string out, err;
  CHECK_FALSE(stream(gzip_member(a) + std::string(100, '\0') + "junk", 4096, &out, &err));
}

TEST_CASE("a damaged gzip member or zstd frame costs only itself", "[batch][decompress]") {
  std::string a = sample_text(400), b = sample_text(300), c = "the last member\n";
  std::string bad_gzip = gzip_member(b);
  bad_gzip[bad_gzip.size() / 2] ^= 0x5A;
  bad_gzip[bad_gzip.size() / 2 + 3] ^= 0x5A;
  std::string bad_zstd = pith::test::zstd_frame_checked(b);
  bad_zstd[bad_zstd.size() / 2] ^= 0x5A;
  bad_zstd[bad_zstd.size() / 2 + 3] ^= 0x5A;
  std::string gzip_crc = gzip_member(b);
  gzip_crc[gzip_crc.size() - 6] ^= 0x01;  // the CRC32 of the trailer: only the check fails
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"gzip, middle member corrupt", gzip_member(a) + bad_gzip + gzip_member(c)},
      {"gzip, middle member's CRC wrong", gzip_member(a) + gzip_crc + gzip_member(c)},
      {"gzip, garbage between members", gzip_member(a) + "garbage, not a member" + gzip_member(c)},
      {"zstd, middle frame corrupt", zstd_frame(a) + bad_zstd + zstd_frame(c)},
  };
  for (const Case& test : cases) {
    INFO(test.what);
    std::vector<std::string> errors;
    std::string out = stream_past_damage(test.bytes, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("resumes at the next") != std::string::npos);
    CHECK(out.starts_with(a));
    CHECK(out.ends_with(c));
  }
  // Damage with no member after it ends the stream.
  std::vector<std::string> errors;
  std::string out = stream_past_damage(gzip_member(a) + bad_gzip, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("resumes") == std::string::npos);
  CHECK(out.starts_with(a));
  // A member skipped, then the stream cut short: the second error ends it for good.
  std::string cut = zstd_frame(c);
  std::string bytes = zstd_frame(a) + bad_zstd + cut.substr(0, cut.size() - 3);
  pith::MemorySource memory(bytes);
  pith::DecompressingSource source(memory);
  std::vector<char> buffer(1 << 16);
  std::vector<bool> resumed;
  for (int reads = 0; reads < 100; ++reads) {
    std::size_t got = 0;
    std::string err;
    if (!source.read(buffer.data(), buffer.size(), &got, &err)) resumed.push_back(source.resumes_after_error());
    else if (got == 0) break;
  }
  CHECK(resumed == std::vector<bool>{true, false});
}
