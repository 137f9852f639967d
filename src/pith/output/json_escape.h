// JSON string escaping for the writers.
#pragma once

#include <string>
#include <string_view>

namespace pith::json {

/// Appends `text` (valid UTF-8) to `out` as a quoted JSON string.
void append_string(std::string& out, std::string_view text);

/// Appends a string, or null when `text` is empty.
void append_string_or_null(std::string& out, std::string_view text);

}  // namespace pith::json
