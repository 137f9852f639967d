// JSON output: stable field names, null for what the input did not tell.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "pith/input/utf8.h"
#include "pith/output/json_escape.h"
#include "pith/output/writers.h"

namespace pith {

namespace {

/// A comma before the next member, unless it is the first of its object.
void separate(std::string& out) {
  if (!out.empty() && out.back() != '{' && out.back() != ',') out.push_back(',');
}

void append_member(std::string& out, std::string_view name, std::string_view value) {
  separate(out);
  json::append_string(out, name);
  out.push_back(':');
  json::append_string_or_null(out, value);
}

void append_array(std::string& out, std::string_view name, const std::vector<std::string>& values) {
  separate(out);
  json::append_string(out, name);
  out += ":[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(',');
    json::append_string(out, values[i]);
  }
  out.push_back(']');
}

void append_number(std::string& out, std::string_view name, std::size_t value) {
  separate(out);
  json::append_string(out, name);
  out.push_back(':');
  out += std::to_string(value);
}

/// pith's members in the order they are written ("text" under the caller's name for it).
constexpr std::string_view k_member_names[] = {
    "source",      "title",    "author", "date",  "site_name", "url",        "language", "language_score",
    "declared_language", "description", "hostname", "image", "tags", "categories", "text", "markdown",
    "removed",     "stats"};

/// `"name":0.99,` (up to three decimals), or `"name":null,` when there is no score.
void append_score(std::string& out, std::string_view name, std::optional<double> score) {
  separate(out);
  json::append_string(out, name);
  out.push_back(':');
  if (!score) {
    out += "null";
    return;
  }
  char buffer[16];
  int length = std::snprintf(buffer, sizeof buffer, "%.3f", *score);
  std::string_view number(buffer, static_cast<std::size_t>(std::max(length, 0)));
  while (number.ends_with('0')) number.remove_suffix(1);
  if (number.ends_with('.')) number.remove_suffix(1);
  out += number;
}

/// Re-indents compact JSON (as the writers make it) two spaces a level.
std::string indent(std::string_view compact) {
  std::string out;
  int depth = 0;
  bool in_string = false;
  auto newline = [&] {
    out.push_back('\n');
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    char c = compact[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\') out.push_back(compact[++i]);
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; out.push_back(c); break;
      case '{': case '[':
        out.push_back(c);
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out.push_back(compact[++i]);
          break;
        }
        ++depth;
        newline();
        break;
      case '}': case ']': --depth; newline(); out.push_back(c); break;
      case ',': out.push_back(c); newline(); break;
      case ':': out += ": "; break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void append_json_members(const Document& doc, std::string& out, std::string_view text_field) {
  append_json_members(doc, out, text_field, {});
}

std::span<const std::string_view> json_member_names() { return k_member_names; }

void append_json_members(const Document& doc, std::string& out, std::string_view text_field,
                         std::span<const std::string> omit, JsonExtras extras) {
  auto omitted = [&](std::string_view name) { return std::find(omit.begin(), omit.end(), name) != omit.end(); };
  auto member = [&](std::string_view name, std::string_view value) {
    if (!omitted(name)) append_member(out, name, value);
  };
  member("source", doc.source);
  member("title", doc.meta.title);
  member("author", doc.meta.author);
  member("date", doc.meta.date);
  member("site_name", doc.meta.site_name);
  member("url", doc.meta.url);
  member("language", doc.meta.language);
  if (!omitted("language_score")) append_score(out, "language_score", doc.meta.language_score);
  member("declared_language", doc.meta.declared_language);
  member("description", doc.meta.description);
  member("hostname", doc.meta.hostname);
  member("image", doc.meta.image);
  if (!omitted("tags")) append_array(out, "tags", doc.meta.tags);
  if (!omitted("categories")) append_array(out, "categories", doc.meta.categories);
  std::string text = kept_text(doc);
  if (!omitted(text_field)) {
    separate(out);
    json::append_string(out, text_field);
    out.push_back(':');
    json::append_string(out, text);
  }
  if (extras.markdown && !omitted("markdown")) {
    separate(out);
    out += "\"markdown\":";
    json::append_string(out, kept_markdown(doc));
  }

  // "removed" and "stats" are built, then cut again when left out (a record has its own).
  std::size_t removed_start = out.size();
  separate(out);
  out += "\"removed\":[";
  bool first = true;
  // One entry per removed block ("offset": null) and per span cut from a kept block ("offset":
  // its byte offset in the block's text when it was cut). A page block that extraction dropped
  // is listed with its stage, reason and line, but "text": null: it is the page's menus,
  // sidebars and comments, which would make the output as big as the page and put the very
  // text the extraction left out back into it (--explain shows it).
  auto removal = [&](std::string_view filter, std::string_view removed, std::string_view reason, int line,
                     const std::size_t* offset) {
    if (!first) out.push_back(',');
    first = false;
    out.push_back('{');
    append_member(out, "filter", filter);
    append_member(out, "text", removed);  // null when empty
    append_member(out, "reason", reason);
    append_number(out, "line", static_cast<std::size_t>(line));
    out += ",\"offset\":";
    out += offset ? std::to_string(*offset) : std::string("null");
    out.push_back('}');
  };
  for (const Block& block : doc.blocks) {
    if (!block.kept())
      removal(block.removed_by, block.dropped_in_extraction ? std::string_view() : std::string_view(block.text),
              block.reason, block.line, nullptr);
    for (const RemovedSpan& span : block.removed_spans)
      removal(span.removed_by, span.text, span.reason, block.line, &span.offset);
  }
  out += "]";
  if (omitted("removed")) out.resize(removed_start);
  std::size_t stats_start = out.size();
  separate(out);
  out += "\"stats\":{";
  append_number(out, "chars_in", doc.chars_in);
  append_number(out, "chars_out", utf8::count_code_points(text));
  out += ",\"removed\":{";
  for (const auto& [filter, count] : removed_per_filter(doc)) append_number(out, filter, count);
  out += "}}";
  if (omitted("stats")) out.resize(stats_start);
}

void write_json_line(const Document& doc, std::string& out, std::span<const std::string> omit, JsonExtras extras) {
  out.push_back('{');
  append_json_members(doc, out, "text", omit, extras);
  out += "}\n";
}

void write_json_pretty(const Document& doc, std::string& out, std::span<const std::string> omit,
                       JsonExtras extras) {
  std::string compact = "{";
  append_json_members(doc, compact, "text", omit, extras);
  compact.push_back('}');
  out += indent(compact);
  out.push_back('\n');
}

}  // namespace pith
