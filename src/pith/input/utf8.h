// UTF-8 checks: repair of invalid sequences, code point counts, binary sniffing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::utf8 {

/// Replaces each maximal invalid subsequence with U+FFFD (as the WHATWG decoder does),
/// leaving valid text untouched. Returns false when nothing needed repair.
bool repair(std::string& text);

/// True when `text` is entirely valid UTF-8.
bool is_valid(std::string_view text);

/// Appends `code_point` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void append(std::string& out, char32_t code_point);

/// Number of code points in valid UTF-8 `text`.
std::size_t count_code_points(std::string_view text);

/// True when `bytes` look like binary data rather than text in any encoding:
/// a known binary signature, or too many NULs and control bytes near the start.
bool looks_binary(std::string_view bytes);

}  // namespace pith::utf8
