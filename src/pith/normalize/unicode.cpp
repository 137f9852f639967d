// unicode: ICU's Normalizer2 over UTF-8, skipped for ASCII and for text already normalised.
#include "pith/normalize/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "pith/base/ascii.h"

namespace pith {

UnicodeNormalizer::UnicodeNormalizer(const Config& config) {
  UErrorCode status = U_ZERO_ERROR;
  m_normalizer = config.unicode_form == UnicodeForm::nfkc ? icu::Normalizer2::getNFKCInstance(status)
                                                          : icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) m_normalizer = nullptr;
}

void UnicodeNormalizer::apply(std::string& text) const {
  // ASCII is already in every normalisation form: most lines of English news stop here.
  if (!m_normalizer || ascii::is_ascii(text)) return;
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
