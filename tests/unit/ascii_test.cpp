// ascii: the byte scans the normalisers pass over text with agree with a byte-at-a-time look.
#include <catch2/catch.hpp>

#include <string>

#include "pith/base/ascii.h"

namespace {

/// A line with a byte of interest at each position in turn, over lengths that cover the
/// sixteen- and eight-byte steps and the tail.
template <class Scan, class Naive>
void check_every_position(unsigned char byte, Scan&& scan, Naive&& naive) {
  for (std::size_t length = 0; length <= 40; ++length)
    for (std::size_t at = 0; at <= length; ++at) {
      std::string text(length, 'a');
      if (at < length) text[at] = static_cast<char>(byte);
      for (std::size_t from = 0; from <= length; from += 3) {
        INFO("byte " << int{byte} << ", length " << length << ", at " << at << ", from " << from);
        CHECK(scan(text, from) == naive(text, from));
      }
    }
}

}  // namespace

TEST_CASE("next_high_byte finds the first byte at or above 0x80", "[ascii]") {
  auto naive = [](const std::string& text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i)
      if (static_cast<unsigned char>(text[i]) >= 0x80) return i;
    return text.size();
  };
  for (unsigned char byte : {0x80, 0xC3, 0xFF, 0x7F, 0x00, 0x20}) {
    check_every_position(byte, [](const std::string& t, std::size_t f) { return pith::ascii::next_high_byte(t, f); },
                         naive);
  }
  CHECK(pith::ascii::is_ascii("plain text, no accents"));
  CHECK_FALSE(pith::ascii::is_ascii("caf\u00E9 au lait, served at the counter"));
}

TEST_CASE("next_stop finds the first byte below the bound or listed", "[ascii]") {
  static constexpr pith::ascii::StopBytes stops{0x20, {0x7F, 0xC2, 0xE2}};
  auto naive = [&](const std::string& text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
      auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2) return i;
    }
    return text.size();
  };
  // Stops, and near-misses that must be passed over (0x20, 0xC3, 0xE3, 0x80, 0xFF).
  for (unsigned char byte : {0x00, 0x09, 0x1F, 0x7F, 0xC2, 0xE2, 0x20, 0xC3, 0xE3, 0x80, 0xFF}) {
    check_every_position(byte, [&](const std::string& t, std::size_t f) { return pith::ascii::next_stop(t, f, stops); },
                         naive);
  }
  // No bound: listed bytes only.
  static constexpr pith::ascii::StopBytes listed_only{0, {0xD0}};
  CHECK(pith::ascii::next_stop(std::string("\x01\x02 abc \xD0\x9F"), 0, listed_only) == 7);
}
