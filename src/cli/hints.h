// Hints for the mistakes people make at the command line: what to type instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cli {

/// A hint for an input that could not be read, to follow its message ("" when none):
/// a directory without -r, or a URL where a file name belongs.
std::string input_hint(std::string_view path, std::string_view error);

/// The option of `known` (long names, "--format") nearest to `typed` ("--formt", "-format",
/// "--form=json"), or "" when none is near enough to be what was meant.
std::string nearest_option(std::string_view typed, const std::vector<std::string>& known);

/// Levenshtein distance (insertions, deletions, substitutions; a swap of two neighbours counts
/// one), in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace cli
