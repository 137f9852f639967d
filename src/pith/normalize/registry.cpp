// The built-in normalisers, in the order they run. Adding one: write its file, add one row here.
#include "pith/normalize/normalizer.h"
#include "pith/normalize/whitespace.h"

namespace pith {

namespace {
template <class N>
std::unique_ptr<Normalizer> make(const Config& config) {
  return std::make_unique<N>(config);
}

constexpr NormalizerEntry k_normalizers[] = {
    {"whitespace", "Unicode spaces to a space, runs collapsed, lines trimmed, empty lines dropped", true,
     make<WhitespaceNormalizer>},
};
}  // namespace

std::span<const NormalizerEntry> normalizer_registry() { return k_normalizers; }

}  // namespace pith
