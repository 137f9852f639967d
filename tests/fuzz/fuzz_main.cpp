// libFuzzer's entry: one binary per target, chosen at build time by PITH_FUZZ_TARGET.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pith::fuzz::Target* target = [] {
    const pith::fuzz::Target* found = pith::fuzz::find_target(PITH_FUZZ_TARGET);
    if (!found) {
      std::fprintf(stderr, "no fuzz target named %s\n", PITH_FUZZ_TARGET);
      std::abort();
    }
    return found;
  }();
  target->run({reinterpret_cast<const char*>(data), size});
  return 0;
}
