// Pages and texts in UTF-16 or UTF-32 with a byte order mark are decoded to UTF-8; without a
// mark UTF-16 is refused with an error that names it, and other bytes are not taken for it.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "pith/input/charset.h"
#include "pith/pipeline.h"

namespace {

/// `text` (UTF-8, code points below U+10000 only) in UTF-16 or UTF-32 of the given byte order.
std::string encode(const std::string& text, int unit_bytes, bool big_endian) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = c;
    std::size_t length = 1;
    if (c >= 0xE0) cp = c & 0x0F, length = 3;
    else if (c >= 0xC0) cp = c & 0x1F, length = 2;
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    for (int b = 0; b < unit_bytes; ++b) {
      int shift = big_endian ? 8 * (unit_bytes - 1 - b) : 8 * b;
      out.push_back(static_cast<char>((cp >> shift) & 0xFF));
    }
  }
  return out;
}

std::string kept_text(const std::string& bytes, const std::string& name, std::string* err) {
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(pith::Config{}, err);
  REQUIRE(pipeline);
  pith::Document doc;
  if (!pipeline->clean(bytes, name, &doc, err)) return {};
  std::string out;
  for (const pith::Block& block : doc.blocks)
    if (block.kept()) out += block.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("UTF-16 and UTF-32 with a byte order mark are decoded, pages and texts alike", "[input][charset]") {
  struct Case {
    const char* what;
    std::string mark;
    int unit_bytes;
    bool big_endian;
  };
  const Case encodings[] = {
      {"UTF-16LE", "\xFF\xFE", 2, false},
      {"UTF-16BE", "\xFE\xFF", 2, true},
      {"UTF-32LE", std::string("\xFF\xFE\x00\x00", 4), 4, false},
      {"UTF-32BE", std::string("\x00\x00\xFE\xFF", 4), 4, true},
  };
  const std::string sentences[] = {
      "Die Brücke über den Hafen wurde am Dienstag nach zwei Jahren wieder geöffnet, sagte die Stadt.",
      "Le pont du port a rouvert mardi après deux ans de travaux, a déclaré la mairie.",
      "El puente del puerto reabrió el martes tras dos años de obras, según el ayuntamiento.",
      "Мост через гавань снова открыли во вторник после двух лет ремонта.",
  };
  for (const Case& c : encodings) {
    for (const std::string& sentence : sentences) {
      INFO(c.what << ": " << sentence);
      // The page declares the encoding it was saved in, as such pages do; the mark wins.
      std::string page = "<html><head><meta charset=\"utf-16\"><title>Hafen</title></head><body><article><h1>Hafen "
                         "</h1><p>" +
                         sentence + "</p><p>" + sentence + " " + sentence + "</p></article></body></html>";
      std::string err;
      std::string out = kept_text(c.mark + encode(page, c.unit_bytes, c.big_endian), "page.html", &err);
      INFO(err);
      CHECK(out.find(sentence) != std::string::npos);
      out = kept_text(c.mark + encode(sentence + "\n", c.unit_bytes, c.big_endian), "note.txt", &err);
      CHECK(out == sentence + "\n");
    }
  }
}

TEST_CASE("UTF-16 without a byte order mark is refused with an error that says so", "[input][charset]") {
  const std::string page =
      "<html><body><article><p>The harbour bridge reopened on Tuesday after two years of repairs.</p></article>"
      "</body></html>";
  for (bool big_endian : {false, true}) {
    std::string err;
    CHECK(kept_text(encode(page, 2, big_endian), "page.html", &err).empty());
    CHECK(err.find("UTF-16 without a byte order mark") != std::string::npos);
  }
  // Near-misses: text in one-byte encodings and binary data are not taken for UTF-16.
  for (std::string bytes : {std::string("The harbour bridge reopened on Tuesday after two years of repairs."),
                            std::string("Caf\xE9 cr\xE8me, cr\xEApe \xE0 la carte, na\xEFve fa\xE7" "ade."),
                            std::string(600, '\0'), std::string("\x89PNG\r\n\x1a\n") + std::string(100, '\0')}) {
    CHECK_FALSE(pith::looks_like_utf16_without_bom(bytes));
  }
  // A UTF-8 byte order mark is no wide one: the bytes are left as they are.
  std::string out = "unchanged", err;
  bool decoded = true;
  CHECK(pith::decode_unicode_bom("\xEF\xBB\xBFplain", &out, &decoded, &err));
  CHECK_FALSE(decoded);
  CHECK(out == "unchanged");
}
