// The entry points that take outside bytes, as the fuzz targets and the regression test drive them.
#pragma once

#include <span>
#include <string_view>

namespace pith::fuzz {

/// One fuzz target: a name (the binary is fuzz_<name>, its seeds and regressions live in
/// folders of that name) and the function that feeds it one input. A function aborts when
/// the input breaks an invariant, so libFuzzer records it as a crash.
struct Target {
  std::string_view name;
  std::string_view summary;
  void (*run)(std::string_view bytes);
};

/// Every fuzz target.
std::span<const Target> targets();

/// The target called `name`, or nullptr.
const Target* find_target(std::string_view name);

}  // namespace pith::fuzz
