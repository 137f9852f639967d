// unicode: canonical composition (NFC), or compatibility composition (NFKC) with --nfkc.
#pragma once

#include <unicode/normalizer2.h>

#include "pith/normalize/normalizer.h"

namespace pith {

class UnicodeNormalizer : public Normalizer {
 public:
  explicit UnicodeNormalizer(const Config& config);
  void apply(std::string& text) const override;

 private:
  /// Owned by ICU (a process-wide singleton); null when ICU's data could not be loaded.
  const icu::Normalizer2* m_normalizer = nullptr;
};

}  // namespace pith
