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
