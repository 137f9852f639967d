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

 private:
  /// True when every character of `text` is ASCII or one of m_stable's: the text is normalised
  /// already, without asking ICU.
  bool only_stable(std::string_view text) const;

  /// Owned by ICU (a process-wide singleton); null when ICU's data could not be loaded.
  const icu::Normalizer2* m_normalizer = nullptr;
  /// The code points of two-byte UTF-8 (U+0080..U+07FF: Latin-1, Latin Extended, Greek,
  /// Cyrillic, ...) and then those of U+2000..U+20FF (dashes, curly quotes, ellipsis, currency
  /// signs), the non-ASCII most news text holds: set for each that m_normalizer leaves as it is
  /// whatever stands around it (normalised alone, with a normalisation boundary before and
  /// after it, as ICU says). Text of ASCII and such characters is a run of pieces each
  /// normalised on its own.
  static constexpr std::size_t k_two_byte_end = 0x800, k_punctuation_first = 0x2000, k_punctuation_count = 0x100;
  std::bitset<k_two_byte_end + k_punctuation_count> m_stable;
};

}  // namespace pith
