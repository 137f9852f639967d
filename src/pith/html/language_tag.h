// Language tags as pages write them ("en_us", "EN", "de-de") in one BCP 47 spelling.
#pragma once

#include <string>
#include <string_view>

namespace pith::html {

/// `value` as a BCP 47 tag in its conventional case (RFC 5646, section 2.1.1): language
/// lower case, script title case, region upper case ("en_us" → "en-US", "ZH-hant-tw" →
/// "zh-Hant-TW"). Only the first of a list ("en-US, en") is read. Empty when `value` is no
/// well-formed tag (RFC 5646's grammar: "english", "lang=", "{{locale}}", "en-US-a" give
/// nothing) or names a language or region ICU does not know ("xx", "de-ere", "en-UK" give
/// nothing: a caller falls back to the page's next declaration).
std::string normalize_language_tag(std::string_view value);

}  // namespace pith::html
