// JSON Lines records: simdjson validates and unescapes; a scan of the validated text keeps each
// member's raw bytes, so pass-through values leave exactly as they came.
#include "pith/batch/jsonl_record.h"

#include <simdjson.h>

#include <cstring>

namespace pith {

namespace {

struct RawMember {
  std::string_view key;  ///< with its quotes and escapes, as written
  std::string_view value;
};

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

/// `i` at an opening quote of valid JSON; returns the index just past the closing quote.
/// memchr finds each candidate quote (pages are long strings); an odd run of backslashes
/// before it means it is escaped.
std::size_t end_of_string(std::string_view s, std::size_t i) {
  std::size_t from = i + 1;
  while (from < s.size()) {
    const void* quote = std::memchr(s.data() + from, '"', s.size() - from);
    if (!quote) break;
    std::size_t pos = static_cast<std::size_t>(static_cast<const char*>(quote) - s.data());
    std::size_t slashes = 0;
    while (pos - slashes > i + 1 && s[pos - slashes - 1] == '\\') ++slashes;
    if (slashes % 2 == 0) return pos + 1;
    from = pos + 1;
  }
  return s.size();
}

/// `i` at the start of a valid JSON value; returns the index just past it. Nesting is counted,
/// not recursed into, so depth costs nothing.
std::size_t end_of_value(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return end_of_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    std::size_t depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = end_of_string(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      else if ((c == '}' || c == ']') && --depth == 0) return i + 1;
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
         s[i] != '\r' && s[i] != '\n')
    ++i;
  return i;
}

/// The members of a validated JSON object, in order, as raw text.
std::vector<RawMember> raw_members(std::string_view object) {
  std::vector<RawMember> members;
  std::size_t i = skip_space(object, 0) + 1;  // past '{'
  for (;;) {
    i = skip_space(object, i);
    if (i >= object.size() || object[i] != '"') break;
    std::size_t key_end = end_of_string(object, i);
    RawMember member{object.substr(i, key_end - i), {}};
    i = skip_space(object, key_end) + 1;  // past ':'
    i = skip_space(object, i);
    std::size_t value_end = end_of_value(object, i);
    member.value = object.substr(i, value_end - i);
    members.push_back(member);
    i = skip_space(object, value_end);
    if (i < object.size() && object[i] == ',') ++i;
  }
  return members;
}

}  // namespace

bool is_blank_line(std::string_view line) { return skip_space(line, 0) == line.size(); }

bool parse_jsonl_record(std::string_view line, const JsonlFields& fields, JsonlRecord* record, std::string* err) {
  *record = JsonlRecord{};
  // One parser per thread: it keeps its buffers between records, and workers never share it.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto error = parser.parse(line.data(), line.size()).get(root)) {
    *err = std::string("invalid JSON: ") + simdjson::error_message(error);
    return false;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    *err = "not a JSON object";
    return false;
  }
  std::vector<RawMember> raw = raw_members(line);
  bool found_content = false, content_is_string = false;
  std::size_t index = 0;
  for (simdjson::dom::key_value_pair member : object) {
    if (index >= raw.size()) break;  // cannot happen on valid JSON; never index past the scan
    const RawMember& text = raw[index++];
    if (member.key == fields.content && !found_content) {
      found_content = true;
      std::string_view content;
      content_is_string = !member.value.get_string().get(content);
      record->content.assign(content);
      continue;
    }
    if (member.key == fields.content || member.key == fields.output) continue;
    if (member.key == fields.url && record->url.empty()) {
      std::string_view url;
      if (!member.value.get_string().get(url)) record->url.assign(url);
    }
    if (!fields.site.empty() && member.key == fields.site && record->site.empty()) {
      std::string_view site;
      if (!member.value.get_string().get(site)) record->site.assign(site);
    }
    if (member.key == fields.id) record->has_id = true;
    if (!record->pass_through.empty()) record->pass_through.push_back(',');
    record->pass_through.append(text.key);
    record->pass_through.push_back(':');
    record->pass_through.append(text.value);
    record->kept_names.emplace_back(member.key);
  }
  if (!found_content) {
    *err = "no field '" + fields.content + "'";
    return false;
  }
  if (!content_is_string) {
    *err = "field '" + fields.content + "' is not a string";
    return false;
  }
  return true;
}

}  // namespace pith
