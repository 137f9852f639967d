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

/// The encoding a byte order mark other than UTF-8's names at the start of `bytes`:
/// "UTF-32LE" (FF FE 00 00), "UTF-32BE" (00 00 FE FF), "UTF-16LE" (FF FE), "UTF-16BE" (FE FF);
/// "" when there is none. `mark_size` is set to the mark's length in bytes.
std::string_view unicode_bom_encoding(std::string_view bytes, std::size_t* mark_size);

/// When `bytes` open with a UTF-16 or UTF-32 byte order mark, their text as UTF-8 in `out`,
/// opened by UTF-8's byte order mark (which outranks a page's <meta charset>), and `*decoded`
/// true; otherwise `*decoded` false and `out` untouched. False with `err` when conversion fails.
bool decode_unicode_bom(std::string_view bytes, std::string* out, bool* decoded, std::string* err);

/// True when `bytes` read like UTF-16 without a byte order mark: in their first 512 bytes,
/// NUL is most bytes of one parity (the high bytes of Latin text) and few of the other.
bool looks_like_utf16_without_bom(std::string_view bytes);

/// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or "".
std::string charset_of_content_type(std::string_view content_type);

}  // namespace pith
