// Stage selection from --only / --disable.
#include "pith/config.h"

#include <algorithm>

namespace pith {

namespace {
bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}
}  // namespace

bool stage_enabled(const Config& config, const std::string& name, bool on_by_default) {
  if (!config.only.empty()) return contains(config.only, name);
  if (contains(config.disabled, name)) return false;
  return on_by_default;
}

}  // namespace pith
