// RecordCleaner: decode, clean and write one record; failures become values, never throws.
#include "pith/batch/record_cleaner.h"

#include <algorithm>

#include "pith/batch/http_response.h"
#include "pith/html/html_parser.h"
#include "pith/html/url.h"
#include "pith/input/utf8.h"
#include "pith/language/identify.h"
#include "pith/output/json_escape.h"
#include "pith/output/writers.h"
#include "pith/sites/site_name.h"

namespace pith {

namespace {

void append_string_member(std::string& out, std::string_view name, std::string_view value) {
  if (out.size() > 1) out.push_back(',');
  json::append_string(out, name);
  out.push_back(':');
  json::append_string_or_null(out, value);
}

/// `{members,"error":"reason"}` and a newline: a failed record keeps its place and its fields.
/// `status` is "error", or "skipped" for a record cleaned but left out (--min-chars).
std::string error_record(const std::string& members, std::string_view error, std::string_view status = "error") {
  std::string out = "{" + members;
  append_string_member(out, status, error);
  out += "}\n";
  return out;
}

/// Code points of the text the writers print for `doc`: its kept blocks joined by newlines.
std::size_t kept_chars(const Document& doc) {
  std::size_t chars = 0, blocks = 0;
  for (const Block& block : doc.blocks) {
    if (!block.kept() || block.text.empty()) continue;
    chars += utf8::count_code_points(block.text);
    ++blocks;
  }
  return blocks ? chars + blocks - 1 : 0;
}

/// Removals a report shows per record: enough to give examples, bounded whatever the page.
constexpr std::size_t k_removed_lines_per_filter = 3;

void collect_removed_lines(const Document& doc, std::vector<RemovedLine>* lines) {
  std::vector<std::pair<std::string_view, std::size_t>> taken;
  auto add = [&](const std::string& filter, const std::string& text, const std::string& reason) {
    auto it = std::find_if(taken.begin(), taken.end(), [&](const auto& entry) { return entry.first == filter; });
    if (it == taken.end()) it = taken.insert(taken.end(), {filter, 0});
    if (it->second++ < k_removed_lines_per_filter) lines->push_back({filter, text, reason});
  };
  for (const Block& block : doc.blocks) {
    if (!block.kept()) add(block.removed_by, block.text, block.reason);
    for (const RemovedSpan& span : block.removed_spans) add(span.removed_by, span.text, span.reason);
  }
}

/// The WARC header fields every output record of a WARC input carries.
std::string warc_members(const Record& record) {
  std::string out = "{";
  append_string_member(out, "url", record.warc_target_uri);
  append_string_member(out, "warc_record_id", record.warc_record_id);
  append_string_member(out, "date", record.warc_date);
  return out.substr(1);
}

/// A JSON line's pass-through members, with its id member first when the record had none (or
/// could not be read), so every output line has one.
std::string id_first(const JsonlRecord& parsed, const JsonlFields& fields) {
  if (parsed.has_id) return parsed.pass_through;
  std::string id = "{";
  append_string_member(id, fields.id, "");
  return id.substr(1) + (parsed.pass_through.empty() ? "" : "," + parsed.pass_through);
}

/// Ends a document in a Markdown stream with a thematic break ("---"), a blank line either side.
void append_markdown_rule(std::string& out) {
  out += out.empty() || out.back() == '\n' ? "\n---\n\n" : "\n\n---\n\n";
}

/// A record's own URL (when it has one) wins over the page's canonical one: it is the URL the
/// output carries, so the hostname is made of it too.
void take_record_url(const std::string& url, Document* doc) {
  if (url.empty()) return;
  doc->meta.url = url;
  doc->meta.hostname = html::url_hostname(url);
}

/// Error records are JSON; a text or Markdown stream reports failures on standard error only.
bool writes_json(OutputFormat format) { return format == OutputFormat::json || format == OutputFormat::jsonl; }

}  // namespace

void RecordCleaner::clean(const Record& record, CleanedRecord* result) const {
  *result = CleanedRecord{};
  result->bytes_in = record.bytes.size();
  result->skipped = record.skipped;
  if (record.skipped) return;
  switch (record.kind) {
    case RecordKind::document: clean_document(record, result); break;
    case RecordKind::jsonl: clean_jsonl(record, result); break;
    case RecordKind::warc: clean_warc(record, result); break;
  }
}

bool RecordCleaner::process(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                            Document* doc, std::string* err) const {
  if (m_options.learn_sites) {
    // Only a page can name its own site (a canonical link): a text without one from its record
    // has nothing to learn from, so it is not even parsed.
    InputKind resolved = kind ? *kind : detect_kind(bytes, m_pipeline.config(), doc->source);
    if (resolved == InputKind::text && doc->site.empty()) return true;
    return m_pipeline.parse_content(bytes, resolved, charset, doc, err);
  }
  return m_pipeline.clean_content(bytes, kind, charset, doc, err);
}

bool RecordCleaner::take_counts(const Document& doc, CleanedRecord* result) const {
  result->site = doc.site;
  if (!m_options.learn_sites) return false;
  sites::record_lines(doc, &result->lines);
  return true;
}

bool RecordCleaner::note_cleaned(const Document& doc, CleanedRecord* result) const {
  result->removed = removed_per_filter(doc);
  result->kind = doc.kind;
  result->url = doc.meta.url;
  result->chars_out = kept_chars(doc);
  if (m_options.collect_removed) collect_removed_lines(doc, &result->removed_lines);
  if (!language_wanted(doc, m_pipeline.config(), &result->skip_reason)) {
    result->skipped_for_language = true;
    return false;
  }
  if (result->chars_out >= m_options.min_chars) return true;
  std::string limit = "under --min-chars " + std::to_string(m_options.min_chars);
  std::string chars = std::to_string(result->chars_out) + (result->chars_out == 1 ? " character" : " characters");
  result->skip_reason = result->chars_out == 0 ? "no text left after cleaning, " + limit : chars + " of text, " + limit;
  return false;
}

void RecordCleaner::write_document(const Document& doc, std::string& out) const {
  JsonExtras extras{m_options.markdown_member};
  if (m_options.explain) write_explain(doc, m_options.color, out);
  else if (m_options.format == OutputFormat::json) write_json_pretty(doc, out, m_options.omit_members, extras);
  else if (m_options.format == OutputFormat::jsonl) write_json_line(doc, out, m_options.omit_members, extras);
  else if (m_options.format == OutputFormat::markdown) {
    write_markdown(doc, out);
    // A blank line is only a paragraph break in Markdown: documents are told apart by a rule.
    if (m_options.separate_documents) append_markdown_rule(out);
  } else {
    write_text(doc, out);
    if (m_options.separate_documents) out += m_options.text_separator;
  }
}

void RecordCleaner::write_record(const Document& doc, const std::string& members,
                                 const std::vector<std::string>& names, std::string& out, std::size_t text_at) const {
  if (m_options.explain) {
    write_explain(doc, m_options.color, out);
    return;
  }
  if (m_options.record_format == OutputFormat::text) {
    // Records in a text stream are told apart by a separator line after each (empty by default).
    write_text(doc, out);
    out += m_options.text_separator;
    return;
  }
  if (m_options.record_format == OutputFormat::markdown) {
    // Markdown has blank lines between blocks already: records are told apart by a rule.
    write_markdown(doc, out);
    append_markdown_rule(out);
    return;
  }
  // Left out: the record's own members (they win), and pith's the user did not ask for.
  const std::string& text_field = m_options.fields.output;
  bool in_place = text_at != std::string::npos && text_at <= members.size();
  std::vector<std::string> omit = names;
  for (const std::string& name : in_place ? m_options.omit_in_place : m_options.omit_members)
    omit.push_back(name == "text" ? text_field : name);
  out.push_back('{');
  if (!in_place) {
    out += members;
  } else {
    // --in-place: the text goes where the content member stood, among the record's members.
    out.append(members, 0, text_at);
    std::string text_member = text_at > 0 ? "," : "";
    json::append_string(text_member, text_field);
    text_member.push_back(':');
    json::append_string(text_member, kept_text(doc));
    if (text_at == 0 && !members.empty()) text_member.push_back(',');
    out += text_member;
    out.append(members, text_at);
    omit.push_back(text_field);
  }
  append_json_members(doc, out, text_field, omit, JsonExtras{m_options.markdown_member});
  out += "}\n";
}

void RecordCleaner::clean_document(const Record& record, CleanedRecord* result) const {
  Document doc;
  doc.source = record.name;
  // The caller's URL names the site before the page can (a canonical link) in parse_content.
  if (!record.url.empty()) doc.site = sites::site_name(record.url);
  if (!record.error.empty()) result->error = record.error;
  if (!result->error.empty() || !process(record.bytes, record.content_kind, "", &doc, &result->error)) {
    // An input that cannot be read or cleaned keeps its place in a JSON stream.
    if (!m_options.explain && writes_json(m_options.format)) {
      std::string source = "{";
      append_string_member(source, "source", record.name);
      result->output = error_record(source.substr(1), result->error);
    }
    return;
  }
  // The caller's URL wins over the page's own, as a JSON Lines record's url member does.
  take_record_url(record.url, &doc);
  if (take_counts(doc, result)) return;
  if (note_cleaned(doc, result)) write_document(doc, result->output);
}

void RecordCleaner::clean_jsonl(const Record& record, CleanedRecord* result) const {
  const JsonlFields& fields = m_options.fields;
  JsonlRecord parsed;
  bool ok = record.error.empty();
  if (!ok) {
    result->error = record.error;
    // A line over --max-bytes comes with its first bytes: its id and members there name it.
    salvage_jsonl_members(record.bytes, fields, &parsed);
  } else {
    ok = parse_jsonl_record(record.bytes, fields, &parsed, &result->error);
  }
  result->id = parsed.id;
  Document doc;
  // The record's URL is known before the page says anything; the parser may find a better one.
  doc.meta.url = parsed.url;
  doc.site = sites::site_name(fields.site.empty() ? parsed.url : parsed.site);
  if (ok) ok = process(parsed.content, m_options.content_kind, "", &doc, &result->error);
  if (!ok) {
    result->output = failed_record(id_first(parsed, fields), result->error);
    return;
  }
  take_record_url(parsed.url, &doc);
  if (take_counts(doc, result)) return;
  if (!note_cleaned(doc, result)) {
    if (writes_json(m_options.record_format))
      result->output = error_record(id_first(parsed, fields), result->skip_reason, "skipped");
    return;
  }
  std::vector<std::string> names = std::move(parsed.kept_names);
  names.emplace_back("source");
  write_record(doc, parsed.pass_through, names, result->output,
               m_options.in_place ? parsed.content_at : std::string::npos);
}

void RecordCleaner::clean_warc(const Record& record, CleanedRecord* result) const {
  std::string members = warc_members(record);
  HttpResponse response;
  bool ok = record.error.empty();
  if (!ok) result->error = record.error;
  else ok = parse_http_response(record.bytes, &response, &result->error);
  bool typed = !response.content_type.empty();
  bool not_html = typed && !is_html_content_type(response.content_type);
  if (ok && (response.status < 200 || response.status > 299 || not_html)) {
    // Redirects, errors, images, PDFs: not articles, so read past and counted, not failures.
    result->skipped = true;
    return;
  }
  std::string body;
  if (ok) ok = decode_http_body(response, m_pipeline.config().max_bytes, &body, &result->error);
  if (ok && !typed && !looks_like_html(body)) {
    // No Content-Type: the body says what it is, as browsers sniff it.
    result->skipped = true;
    return;
  }
  Document doc;
  doc.meta.url = record.warc_target_uri;
  doc.site = sites::site_name(record.warc_target_uri);
  if (ok) ok = process(body, InputKind::html, response.charset, &doc, &result->error);
  if (!ok) {
    result->output = failed_record(members, result->error);
    return;
  }
  if (take_counts(doc, result)) return;
  if (!note_cleaned(doc, result)) {
    if (writes_json(m_options.record_format))
      result->output = error_record(members, result->skip_reason, "skipped");
    return;
  }
  std::vector<std::string> names;
  for (const char* name : {"url", "warc_record_id", "date", "source"})
    if (name != m_options.fields.output) names.emplace_back(name);
  write_record(doc, members, names, result->output);
}

std::string RecordCleaner::failed_record(const std::string& members, std::string_view error) const {
  // In a text or Markdown stream an empty document keeps record N at place N.
  if (m_options.record_format == OutputFormat::text) return "\n";
  if (m_options.record_format == OutputFormat::markdown) return "\n---\n\n";
  return error_record(members, error);
}

}  // namespace pith
