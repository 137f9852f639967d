// Small helpers that filters use to judge a line by its shape rather than by one keyword.
#pragma once

#include <string>
#include <string_view>

namespace pith::shape {

/// `text` without leading and trailing white space (ASCII and the common Unicode spaces).
std::string_view trim(std::string_view text);

/// A comparison key: ASCII letters lower-cased, runs of white space folded to one space,
/// leading and trailing white space, quotes, ellipses and final punctuation dropped.
/// "  Now Loading… " and "now loading..." both give "now loading".
std::string key(std::string_view text);

/// ASCII-case-insensitive prefix test; `prefix` must be lower case.
bool starts_with_ci(std::string_view text, std::string_view prefix);

/// ASCII-case-insensitive substring test; `needle` must be lower case.
bool contains_ci(std::string_view text, std::string_view needle);

/// Number of space-separated words.
std::size_t word_count(std::string_view text);

}  // namespace pith::shape
