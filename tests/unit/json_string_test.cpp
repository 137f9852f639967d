// JSON strings read (json::scan_object) and written (json::append_string) with their fast paths,
// which pass sixteen or eight bytes at a time between the bytes that matter: each byte that
// matters is put at every offset around those strides, and the result is checked against the
// byte-by-byte rule.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pith/batch/json_scan.h"
#include "pith/output/json_escape.h"

namespace {

/// `count` bytes of plain ASCII ('a', 'b', ...): text no escaping touches.
std::string plain(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text.push_back(static_cast<char>('a' + i % 26));
  return text;
}

/// JSON's escaping, one byte at a time: the rule append_string must keep.
std::string escaped_byte_by_byte(const std::string& text) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20) out += std::string("\\u00") + k_hex[c >> 4] + k_hex[c & 0xF];
    else out.push_back(ch);
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("append_string escapes a quote, a backslash or a control byte wherever it stands", "[json]") {
  for (char special : {'"', '\\', '\n', '\t', '\r', '\x01', '\x1F'}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text = plain(at) + special + plain(40 - at) + special;
      INFO("byte " << static_cast<int>(special) << " at " << at);
      std::string out = "prefix ";
      pith::json::append_string(out, text);
      CHECK(out == "prefix " + escaped_byte_by_byte(text));
    }
  }
  std::string out;
  pith::json::append_string(out, "caf\u00E9 \u201Cquoted\u201D, a long run of text past sixteen bytes");
  CHECK(out == "\"caf\u00E9 \u201Cquoted\u201D, a long run of text past sixteen bytes\"");
  out.clear();
  pith::json::append_string(out, "");
  CHECK(out == "\"\"");
}

TEST_CASE("scan_object finds a string's end past escapes, and rejects a raw control byte, wherever they stand",
          "[json]") {
  for (std::size_t at = 0; at < 40; ++at) {
    INFO("at " << at);
    std::string before = plain(at), after = plain(40 - at);
    std::vector<pith::json::RawMember> members;
    std::string err;
    // An escaped quote, an escaped backslash before the closing quote, and a \u escape.
    for (std::string value : {before + "\\\"" + after, before + "\\\\", before + "\\u00e9" + after}) {
      std::string line = "{\"text\":\"" + value + "\",\"id\":7}";
      members.clear();
      REQUIRE(pith::json::scan_object(line, &members, &err) == pith::json::Shape::object);
      REQUIRE(members.size() == 2);
      CHECK(members[0].value == "\"" + value + "\"");
      CHECK(members[1].value == "7");
    }
    // A raw line break inside a string breaks the grammar; so does a string left open.
    for (std::string line : {"{\"text\":\"" + before + "\n" + after + "\"}", "{\"text\":\"" + before + after}) {
      members.clear();
      CHECK(pith::json::scan_object(line, &members, &err) == pith::json::Shape::invalid);
    }
    // A bad escape is caught wherever it falls.
    std::string bad_escape = "{\"text\":\"" + before + "\\x" + after + "\"}";
    CHECK(pith::json::scan_object(bad_escape, &members, &err) == pith::json::Shape::invalid);
  }
}
