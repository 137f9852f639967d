// JSON Lines records: the grammar is checked and members split by the raw scan; only the
// members pith reads are unescaped, so pass-through values leave exactly as they came.
#include "pith/batch/jsonl_record.h"

#include "pith/batch/json_scan.h"
#include "pith/input/utf8.h"

namespace pith {

namespace {

/// Members named in a missing-field message; a record may have hundreds.
constexpr std::size_t k_fields_named = 12;

/// A member's name: the raw token without its quotes unless it holds escapes (rare).
std::string member_name(std::string_view key) {
  if (key.find('\\') == std::string_view::npos) return std::string(key.substr(1, key.size() - 2));
  return json::unescape(key);
}

/// `text` with invalid UTF-8 made U+FFFD (copied into `storage` only when it needs repair), so
/// a bad byte costs a character, not the record.
std::string_view repaired_utf8(std::string_view text, std::string* storage) {
  if (utf8::is_valid(text)) return text;
  storage->assign(text);
  utf8::repair(*storage);
  return *storage;
}

void append_member(JsonlRecord* record, const json::RawMember& member, std::string name) {
  if (!record->pass_through.empty()) record->pass_through.push_back(',');
  record->pass_through.append(member.key);
  record->pass_through.push_back(':');
  record->pass_through.append(member.value);
  record->kept_names.push_back(std::move(name));
}

}  // namespace

/// Notes `member` as the record's id member (the first one, when a record repeats it).
void take_id(JsonlRecord* record, const json::RawMember& member) {
  if (record->has_id) return;
  record->has_id = true;
  record->id = member.value.starts_with('"') ? json::unescape(member.value) : std::string(member.value);
}

bool is_blank_line(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool parse_jsonl_record(std::string_view line, const JsonlFields& fields, JsonlRecord* record, std::string* err) {
  *record = JsonlRecord{};
  std::string repaired;
  line = repaired_utf8(line, &repaired);
  std::vector<json::RawMember> members;
  json::Shape shape = json::scan_object(line, &members, err);
  if (shape == json::Shape::other_value) {
    *err = "not a JSON object";
    return false;
  }
  if (shape == json::Shape::invalid) {
    // The members before the fault are whole: the id among them still names the error record.
    for (const json::RawMember& member : members) {
      std::string name = member_name(member.key);
      if (name != fields.id) continue;
      take_id(record, member);
      append_member(record, member, std::move(name));
      break;
    }
    return false;
  }
  bool found_content = false, content_is_string = false;
  std::vector<std::string> names;  // for the message when the content member is missing
  for (const json::RawMember& member : members) {
    std::string name = member_name(member.key);
    if (names.size() <= k_fields_named) names.push_back(name);
    bool is_string = member.value.starts_with('"');
    if (name == fields.content && !found_content) {
      found_content = true;
      content_is_string = is_string;
      record->content_at = record->pass_through.size();
      if (is_string) record->content = json::unescape(member.value);
      continue;
    }
    if (name == fields.content || name == fields.output) continue;
    if (name == fields.url && record->url.empty() && is_string) record->url = json::unescape(member.value);
    if (!fields.site.empty() && name == fields.site && record->site.empty() && is_string)
      record->site = json::unescape(member.value);
    if (name == fields.id) take_id(record, member);
    append_member(record, member, std::move(name));
  }
  if (!found_content) {
    // A wrong --field is the usual cause: name what the record does have.
    *err = "no field '" + fields.content + "' (";
    if (names.empty()) *err += "the record has no fields";
    for (std::size_t i = 0; i < names.size() && i < k_fields_named; ++i) {
      *err += i ? ", " : "its fields: ";
      *err += names[i];
    }
    if (names.size() > k_fields_named) *err += ", ...";
    *err += ")";
    return false;
  }
  if (!content_is_string) {
    *err = "field '" + fields.content + "' is not a string";
    return false;
  }
  return true;
}

void salvage_jsonl_members(std::string_view prefix, const JsonlFields& fields, JsonlRecord* record) {
  *record = JsonlRecord{};
  std::string repaired;
  prefix = repaired_utf8(prefix, &repaired);
  std::vector<json::RawMember> members;
  std::string err;
  json::scan_object(prefix, &members, &err);
  const char* end = prefix.data() + prefix.size();
  for (const json::RawMember& member : members) {
    if (member.value.data() + member.value.size() >= end) break;  // cut by the prefix's end
    std::string name = member_name(member.key);
    if (name == fields.content || name == fields.output) continue;
    if (name == fields.url && record->url.empty() && member.value.starts_with('"'))
      record->url = json::unescape(member.value);
    if (name == fields.id) take_id(record, member);
    append_member(record, member, std::move(name));
  }
}

}  // namespace pith
