// Rules files (TOML): user patterns that extend a built-in filter or define a new named one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pith/filters/filter.h"

namespace pith {

/// A filter built from a rules file. When `name` is a built-in filter's, it runs right after it
/// under that name; otherwise it is a new stage after the built-in filters.
struct UserFilter {
  std::string name;
  std::string summary;
  std::unique_ptr<Filter> filter;
};

/// Reads and compiles the rules file at `path`, appending its filters to `out`.
/// False with `err` as "PATH:LINE: reason" when the file cannot be read, is not valid TOML,
/// or holds a pattern RE2 rejects.
bool load_rules_file(const std::string& path, std::vector<UserFilter>* out, std::string* err);

}  // namespace pith
