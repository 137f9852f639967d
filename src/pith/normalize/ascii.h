// Byte-level helpers the normalisers share for their fast paths over ASCII text.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace pith::ascii {

/// True when every byte of `text` is below 0x80; eight bytes at a time.
inline bool is_ascii(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size(), i = 0;
  constexpr std::uint64_t k_high_bits = 0x8080808080808080ULL;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & k_high_bits) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  return true;
}

inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace pith::ascii
