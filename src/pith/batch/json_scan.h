// JSON text checked against RFC 8259's grammar without building values: an object's members as
// the raw bytes they were written in, whatever their numbers' size, escapes or nesting depth.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::json {

/// One member of an object, as written.
struct RawMember {
  std::string_view key;    ///< the name's string token, quotes and escapes included
  std::string_view value;  ///< the value's JSON text
};

/// What a scanned text is.
enum class Shape { object, other_value, invalid };

/// Scans `text` as one JSON value with optional white space around it. For an object, `members`
/// gets its members in order. `invalid` (with `err` naming the byte offset) when the text breaks
/// the grammar; `members` then holds the members that were whole before the fault. Numbers of
/// any size (18446744073709551617, 1e400), any \u escape (lone surrogates too) and any depth are
/// valid JSON here, as in RFC 8259: nothing is converted, so nothing overflows. UTF-8 is not
/// checked (the caller repairs it first).
Shape scan_object(std::string_view text, std::vector<RawMember>* members, std::string* err);

/// The text of a validated string token (quotes included) with its escapes undone; an escaped
/// lone surrogate becomes U+FFFD, as a decoder of Unicode text must make it.
std::string unescape(std::string_view token);

}  // namespace pith::json
