// Rules files (TOML): user patterns that extend a built-in filter or define a new named one.
//
//   [filters.loading]                  # a built-in filter's name: more patterns for it
//   patterns = ['^Loading (the )?comments']
//
//   [filters.newsletter-signup]        # a new name (kebab-case): a new filter
//   summary = "newsletter sign-up prompts"
//   max-length = 160                  # only blocks of at most 160 code points
//   phrases = ["Sign up for our newsletter"]
//   patterns = ['^Get .{0,40} in your inbox', { regex = '^SUBSCRIBE$', case-sensitive = true }]
//
// Patterns are RE2 (linear time, UTF-8) searched anywhere in a block's text; anchor them with ^
// and $ (which match at the block's start and end). Phrases are literal text, searched the same
// way. Both ignore case unless `case-sensitive = true`, per filter or per entry.
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
/// has a key it does not know or a value of the wrong type, names a filter in other than
/// kebab-case, or holds a pattern RE2 rejects.
bool load_rules_file(const std::string& path, std::vector<UserFilter>* out, std::string* err);

}  // namespace pith
