// The JSON grammar walked byte by byte with an explicit stack of open containers: no recursion,
// no number conversion, no string copies.
#include "pith/batch/json_scan.h"

#include <cstring>

#include "pith/base/ascii.h"
#include "pith/input/utf8.h"

namespace pith::json {

namespace {

constexpr std::size_t k_fail = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

/// `s[i]` opens a string; the index just past its closing quote, or k_fail.
std::size_t scan_string(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] != '"') return k_fail;
  // Only a quote, a backslash and a control character end a run of a string's bytes: the scan
  // passes over the others sixteen bytes at a time.
  static constexpr ascii::StopBytes k_string_stops(0x20, {'"', '\\'});
  for (++i; (i = ascii::next_stop(s, i, k_string_stops)) < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '"') return i + 1;
    if (c < 0x20) return k_fail;  // control characters must be escaped
    // A backslash: the escape it opens.
    if (i + 1 >= s.size()) return k_fail;
    char e = s[i + 1];
    if (e == 'u') {
      if (i + 6 > s.size()) return k_fail;
      for (std::size_t k = i + 2; k < i + 6; ++k)
        if (hex_value(s[k]) < 0) return k_fail;
      i += 6;
    } else if (e != '\0' && std::strchr("\"\\/bfnrt", e)) {
      i += 2;
    } else {
      return k_fail;
    }
  }
  return k_fail;
}

/// RFC 8259's number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, any length.
std::size_t scan_number(std::string_view s, std::size_t i) {
  auto digits = [&](std::size_t at) {
    std::size_t start = at;
    while (at < s.size() && is_digit(s[at])) ++at;
    return at == start ? k_fail : at;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size()) return k_fail;
  if (s[i] == '0') ++i;
  else if ((i = digits(i)) == k_fail) return k_fail;
  if (i < s.size() && s[i] == '.' && (i = digits(i + 1)) == k_fail) return k_fail;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if ((i = digits(i)) == k_fail) return k_fail;
  }
  return i;
}

/// A scalar (string, number, true, false, null) at `s[i]`; the index past it, or k_fail.
std::size_t scan_scalar(std::string_view s, std::size_t i) {
  if (i >= s.size()) return k_fail;
  char c = s[i];
  if (c == '"') return scan_string(s, i);
  if (c == '-' || is_digit(c)) return scan_number(s, i);
  for (std::string_view word : {"true", "false", "null"})
    if (s.substr(i, word.size()) == word) return i + word.size();
  return k_fail;
}

/// After '{' or ',' in an object: a name and its colon; the index of the value, or k_fail.
std::size_t scan_name(std::string_view s, std::size_t i) {
  i = scan_string(s, skip_space(s, i));
  if (i == k_fail) return k_fail;
  i = skip_space(s, i);
  if (i >= s.size() || s[i] != ':') return k_fail;
  return skip_space(s, i + 1);
}

/// The value at `s[i]` (white space before it allowed); the index just past it, or k_fail.
/// Open containers are a stack of their opening bytes, so depth costs a byte each.
std::size_t scan_value(std::string_view s, std::size_t i) {
  std::string open;
  for (;;) {
    // Expecting a value.
    i = skip_space(s, i);
    if (i >= s.size()) return k_fail;
    if (s[i] == '{' || s[i] == '[') {
      char close = s[i] == '{' ? '}' : ']';
      std::size_t next = skip_space(s, i + 1);
      if (next < s.size() && s[next] == close) {
        i = next + 1;  // an empty container is a whole value
      } else {
        open.push_back(s[i]);
        i = s[i] == '{' ? scan_name(s, i + 1) : i + 1;
        if (i == k_fail) return k_fail;
        continue;
      }
    } else if ((i = scan_scalar(s, i)) == k_fail) {
      return k_fail;
    }
    // After a value: close what it ended, or go on after a comma.
    for (;;) {
      if (open.empty()) return i;
      i = skip_space(s, i);
      if (i >= s.size()) return k_fail;
      char close = open.back() == '{' ? '}' : ']';
      if (s[i] == close) {
        open.pop_back();
        ++i;
        continue;
      }
      if (s[i] != ',') return k_fail;
      i = open.back() == '{' ? scan_name(s, i + 1) : i + 1;
      if (i == k_fail) return k_fail;
      break;
    }
  }
}

std::uint32_t hex4(std::string_view s, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t k = at; k < at + 4; ++k) value = value * 16 + static_cast<std::uint32_t>(hex_value(s[k]));
  return value;
}

std::string fault(std::size_t at) { return "invalid JSON at byte " + std::to_string(at); }

}  // namespace

Shape scan_object(std::string_view text, std::vector<RawMember>* members, std::string* err) {
  members->clear();
  std::size_t i = skip_space(text, 0);
  if (i >= text.size() || text[i] != '{') {
    std::size_t end = scan_value(text, i);
    if (end != k_fail && skip_space(text, end) == text.size()) return Shape::other_value;
    *err = fault(i);
    return Shape::invalid;
  }
  i = skip_space(text, i + 1);
  bool more = i >= text.size() || text[i] != '}';
  if (!more) ++i;
  while (more) {
    std::size_t key = skip_space(text, i);
    std::size_t key_end = scan_string(text, key);
    std::size_t value = key_end == k_fail ? k_fail : scan_name(text, key);
    std::size_t value_end = value == k_fail ? k_fail : scan_value(text, value);
    if (value_end == k_fail) {
      *err = fault(key);
      return Shape::invalid;
    }
    // A value is whole when white space or a separator ends it ("01" is not 0 and then 1).
    char after = value_end < text.size() ? text[value_end] : ' ';
    bool whole = is_space(after) || after == ',' || after == '}';
    if (whole) members->push_back({text.substr(key, key_end - key), text.substr(value, value_end - value)});
    i = skip_space(text, value_end);
    if (!whole || i >= text.size() || (text[i] != ',' && text[i] != '}')) {
      *err = fault(i);
      return Shape::invalid;
    }
    more = text[i] == ',';
    ++i;
  }
  if (skip_space(text, i) != text.size()) {
    *err = fault(i);
    return Shape::invalid;
  }
  return Shape::object;
}

std::string unescape(std::string_view token) {
  std::string_view s = token.substr(1, token.size() - 2);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const void* slash = std::memchr(s.data() + i, '\\', s.size() - i);
    std::size_t at = slash ? static_cast<std::size_t>(static_cast<const char*>(slash) - s.data()) : s.size();
    out.append(s, i, at - i);
    if (at + 1 >= s.size()) break;
    char e = s[at + 1];
    i = at + 2;
    switch (e) {
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'u': {
        char32_t cp = hex4(s, i);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          std::uint32_t low = hex4(s, i + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a surrogate without its pair
        utf8::append(out, cp);
        break;
      }
      default: out.push_back(e);  // '"', '\\', '/'
    }
  }
  return out;
}

}  // namespace pith::json
