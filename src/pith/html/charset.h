// Charset decoding of a page: whatever its encoding, the parser gets valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

/// The charset a page declares: a BOM, `<meta charset>` or an http-equiv Content-Type in
/// its first bytes; empty when it declares none. Lower-cased as written ("windows-1252").
std::string declared_charset(std::string_view bytes);

/// `bytes` as UTF-8: by BOM, else by declaration, else by ICU detection. Bytes that do not
/// decode become U+FFFD; this never fails.
std::string decode_to_utf8(std::string_view bytes);

/// decode_to_utf8(bytes) without a copy of a page that is UTF-8 already: a view of `bytes`
/// (less a UTF-8 BOM) then, else of `storage`, which is given the decoded page. The view lives
/// as long as both.
std::string_view decode_to_utf8(std::string_view bytes, std::string& storage);

}  // namespace pith::html
