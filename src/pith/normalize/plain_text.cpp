// is_plain_text(): the test that lets the pipeline pass plain lines by the normalisers that
// leave them alone (Normalizer::keeps_plain_text()).
#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pith/normalize/normalizer.h"

namespace pith {

namespace {

bool is_plain_byte(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '&'; }

/// Bytes of the dash or curly quote (E2 80 93, 94, 98, 99, 9C or 9D) at `text[i]`, or 0.
std::size_t typeset_mark_at(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size() || text[i] != '\xE2' || text[i + 1] != '\x80') return 0;
  switch (static_cast<unsigned char>(text[i + 2])) {
    case 0x93: case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D: return 3;
    default: return 0;
  }
}

}  // namespace

bool is_plain_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
#if defined(__SSE2__)
    // Sixteen bytes at a time to the next byte that is not plain ASCII: compared as signed,
    // the bytes 0x80 and above are below 0x20 too.
    for (; i + 16 <= text.size(); i += 16) {
      __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      __m128i stop = _mm_or_si128(_mm_cmplt_epi8(chunk, _mm_set1_epi8(0x20)),
                                  _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7F)),
                                               _mm_cmpeq_epi8(chunk, _mm_set1_epi8('&'))));
      if (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop))) {
        i += static_cast<std::size_t>(std::countr_zero(mask));
        break;
      }
    }
#endif
    if (i >= text.size()) break;
    if (is_plain_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
    } else if (std::size_t n = typeset_mark_at(text, i)) {
      i += n;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace pith
