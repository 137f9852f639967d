// unicode: ICU's Normalizer2 over UTF-8, skipped for ASCII, for text of stable characters and for text
// already normalised.
#include "pith/normalize/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "pith/base/ascii.h"

namespace pith {

UnicodeNormalizer::UnicodeNormalizer(const Config& config) {
  UErrorCode status = U_ZERO_ERROR;
  m_normalizer = config.unicode_form == UnicodeForm::nfkc ? icu::Normalizer2::getNFKCInstance(status)
                                                          : icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    m_normalizer = nullptr;
    return;
  }
  auto stable = [&](UChar32 c) {
    UErrorCode check = U_ZERO_ERROR;
    return m_normalizer->hasBoundaryBefore(c) && m_normalizer->isNormalized(icu::UnicodeString(c), check) &&
           U_SUCCESS(check);
  };
  for (UChar32 c = 0x80; c < static_cast<UChar32>(k_two_byte_end); ++c) m_stable[static_cast<std::size_t>(c)] = stable(c);
  for (std::size_t k = 0; k < k_punctuation_count; ++k)
    m_stable[k_two_byte_end + k] = stable(static_cast<UChar32>(k_punctuation_first + k));
}

bool UnicodeNormalizer::only_stable(std::string_view text) const {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  auto continuation = [&](std::size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  for (std::size_t i = ascii::next_high_byte(text); i < n;) {
    if (p[i] >= 0xC2 && p[i] <= 0xDF && continuation(i + 1)) {
      if (!m_stable[static_cast<std::size_t>((p[i] & 0x1F) << 6 | (p[i + 1] & 0x3F))]) return false;
      i += 2;
    } else if (p[i] == 0xE2 && continuation(i + 1) && p[i + 1] <= 0x83 && continuation(i + 2)) {
      // E2 80..83 xx: U+2000..U+20FF
      if (!m_stable[k_two_byte_end + static_cast<std::size_t>((p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F))]) return false;
      i += 3;
    } else {
      return false;
    }
    // A word of non-ASCII letters is read a character after another; a scan finds the next one.
    if (i < n && p[i] < 0x80) i = ascii::next_high_byte(text, i);
  }
  return true;
}

void UnicodeNormalizer::apply(std::string& text) const {
  // ASCII is already in every normalisation form, and so is text whose other characters are
  // stable (most lines of news in the six languages): they stop here without a call to ICU.
  if (!m_normalizer || only_stable(text)) return;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (m_normalizer->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  m_normalizer->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_SUCCESS(status)) text.swap(out);
}

}  // namespace pith
