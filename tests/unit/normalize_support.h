// Runs one registered normaliser by name, as the pipeline builds it, for table-driven tests.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "pith/config.h"
#include "pith/normalize/normalizer.h"

namespace pith::test {

/// `text` after the built-in normaliser `name` (built from `config`) ran over it.
inline std::string normalized(std::string_view name, std::string text, const Config& config = {}) {
  for (const NormalizerEntry& entry : normalizer_registry())
    if (entry.name == name) {
      entry.make(config)->apply(text);
      return text;
    }
  throw std::invalid_argument("no normaliser named " + std::string(name));
}

/// One row of a normaliser's table: input and expected output.
struct Case {
  const char* in;
  const char* out;
};

}  // namespace pith::test
