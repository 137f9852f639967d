// Charset conversion to UTF-8 for bytes whose encoding a transport header declared.
#pragma once

#include <string>
#include <string_view>

namespace pith {

/// True when `charset` names UTF-8 (or its ASCII subset), which needs no conversion.
bool is_utf8_charset(std::string_view charset);

/// True when `charset` is a label pith can convert from ("utf-8lias", "none" and
/// "x-user-defined" are not).
bool is_known_charset(std::string_view charset);

/// Converts `bytes` in `charset` (an IANA or WHATWG label, e.g. "windows-1252") to UTF-8 in
/// `out`; invalid sequences become U+FFFD. False with `err` when the charset is unknown.
bool to_utf8(std::string_view bytes, std::string_view charset, std::string* out, std::string* err);

/// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or "".
std::string charset_of_content_type(std::string_view content_type);

}  // namespace pith
