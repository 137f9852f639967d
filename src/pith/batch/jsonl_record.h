// One line of JSON Lines: the content to clean, and every other member kept as raw JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith {

/// Which members of a record mean what (the --field, --id-field, --url-field, --output-field flags).
struct JsonlFields {
  std::string content = "text";
  std::string id = "id";
  std::string url = "url";
  std::string output = "text";
  std::string site;  ///< the member naming the record's site (--site-field); "" for none
};

struct JsonlRecord {
  /// The content member's string, unescaped.
  std::string content;
  /// The url member's string, or "" (also when it is not a string).
  std::string url;
  /// The site member's string (when JsonlFields::site names one), or "".
  std::string site;
  /// Raw JSON of the other members, in input order, comma-separated, exactly as they were
  /// (the content and output members are left out: pith writes the output member).
  std::string pass_through;
  /// Unescaped names of the members kept in `pass_through`, so pith's own members can make way.
  std::vector<std::string> kept_names;
  bool has_id = false;
  /// The id member's value, for messages and --explain: a string unescaped, another value (a
  /// number) as written; "" when the record has none.
  std::string id;
  /// Where the content member stood in `pass_through` (a byte offset: the text of --in-place
  /// goes back there); npos when there was none.
  std::size_t content_at = std::string::npos;
};

/// Parses `line` as one JSON object. Only the members pith reads are decoded; the others are
/// checked against the JSON grammar and kept as written, so big numbers (1e400,
/// 18446744073709551617), escaped lone surrogates and deep nesting pass through byte for byte.
/// Invalid UTF-8 is repaired to U+FFFD first. False with `err` when it is not valid JSON, not an
/// object, or has no string member `fields.content` (the message then names the members it has); `pass_through` is filled whenever the
/// object is valid, and holds just the id member when that was whole before a syntax fault.
bool parse_jsonl_record(std::string_view line, const JsonlFields& fields, JsonlRecord* record, std::string* err);

/// The members of a line too long to clean, from `prefix`, its first bytes: every member whole
/// within them except the content and output members goes to `pass_through` (the id and url
/// too), so the error record still names the record. A member cut by the prefix's end is left
/// out (a number cut short would be a wrong id). Nothing is kept when `prefix` does not open
/// an object.
void salvage_jsonl_members(std::string_view prefix, const JsonlFields& fields, JsonlRecord* record);

/// True when `line` holds nothing but white space (not a record; skipped).
bool is_blank_line(std::string_view line);

}  // namespace pith
