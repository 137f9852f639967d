// unicode: canonical composition (NFC), or compatibility composition (NFKC) with --nfkc.
#pragma once

#include <bitset>
#include <string_view>

#include <unicode/normalizer2.h>

#include "pith/normalize/normalizer.h"

namespace pith {

class UnicodeNormalizer : public Normalizer {
 public:
  explicit UnicodeNormalizer(const Config& config);
  void apply(std::string& text) const override;
  bool keeps_plain_text() const override { return true; }  // ASCII, dashes and curly quotes are stable under NFC and NFKC

 private:
  /// True when every character of `text` is ASCII or one of m_stable's: the text is normalised
  /// already, without asking ICU.
  bool only_stable(std::string_view text) const;

  /// Owned by ICU (a process-wide singleton); null when ICU's data could not be loaded.
  const icu::Normalizer2* m_normalizer = nullptr;
  /// The code points of two-byte UTF-8 (U+0080..U+07FF: Latin-1, Latin Extended, Greek,
  /// Cyrillic, ...) and then those of U+2000..U+20FF (dashes, curly quotes, ellipsis, currency
  /// signs), the non-ASCII most news text holds: set for each that is normalised alone and
  /// never interacts with what stands before it (a normalisation boundary before it, as ICU
  /// says), as ASCII does too. Text of ASCII and such characters has a boundary before every
  /// character, so it is normalised when each character is.
  static constexpr std::size_t k_two_byte_end = 0x800, k_punctuation_first = 0x2000, k_punctuation_count = 0x100;
  std::bitset<k_two_byte_end + k_punctuation_count> m_stable;
};

}  // namespace pith
