// RecordCleaner: decode, clean and write one record; failures become values, never throws.
#include "pith/batch/record_cleaner.h"

#include "pith/batch/warc_reader.h"
#include "pith/input/decompress.h"
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
std::string error_record(const std::string& members, std::string_view error) {
  std::string out = "{" + members;
  append_string_member(out, "error", error);
  out += "}\n";
  return out;
}

/// The WARC header fields every output record of a WARC input carries.
std::string warc_members(const Record& record) {
  std::string out = "{";
  append_string_member(out, "url", record.warc_target_uri);
  append_string_member(out, "warc_record_id", record.warc_record_id);
  append_string_member(out, "date", record.warc_date);
  return out.substr(1);
}

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

void RecordCleaner::write_document(const Document& doc, std::string& out) const {
  if (m_options.explain) write_explain(doc, m_options.color, out);
  else if (m_options.format == OutputFormat::json) write_json_pretty(doc, out);
  else if (m_options.format == OutputFormat::jsonl) write_json_line(doc, out);
  else write_text(doc, out);
}

void RecordCleaner::write_record(const Document& doc, const std::string& members,
                                 const std::vector<std::string>& names, std::string& out) const {
  if (m_options.explain) {
    write_explain(doc, m_options.color, out);
    return;
  }
  if (m_options.format == OutputFormat::text) {
    // Records in a text stream are told apart by one empty line after each.
    write_text(doc, out);
    out.push_back('\n');
    return;
  }
  out.push_back('{');
  out += members;
  if (!members.empty()) out.push_back(',');
  append_json_members(doc, out, m_options.fields.output, names);
  out += "}\n";
}

bool RecordCleaner::process(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                            Document* doc, std::string* err) const {
  if (m_options.learn_sites) {
    // Only a page can name its own site (a canonical link): a text without one from its record
    // has nothing to learn from, so it is not even parsed.
    InputKind resolved = kind ? *kind : detect_kind(bytes, m_pipeline.config());
    if (resolved == InputKind::text && doc->site.empty()) return true;
    return m_pipeline.parse_content(bytes, resolved, charset, doc, err);
  }
  return m_pipeline.clean_content(bytes, kind, charset, doc, err);
}

bool RecordCleaner::take_counts(const Document& doc, CleanedRecord* result) const {
  result->site = doc.site;
  if (m_options.learn_sites) {
    sites::record_lines(doc, &result->lines);
    return true;
  }
  result->removed = removed_per_filter(doc);
  return false;
}

void RecordCleaner::clean_document(const Record& record, CleanedRecord* result) const {
  if (!record.error.empty()) {
    result->error = record.error;
    return;
  }
  Document doc;
  doc.source = record.name;
  if (!process(record.bytes, std::nullopt, "", &doc, &result->error)) return;
  if (take_counts(doc, result)) return;
  write_document(doc, result->output);
}

void RecordCleaner::clean_jsonl(const Record& record, CleanedRecord* result) const {
  const JsonlFields& fields = m_options.fields;
  JsonlRecord parsed;
  bool ok = record.error.empty();
  if (!ok) result->error = record.error;
  else ok = parse_jsonl_record(record.bytes, fields, &parsed, &result->error);
  Document doc;
  // The record's URL is known before the page says anything; the parser may find a better one.
  doc.meta.url = parsed.url;
  doc.site = sites::site_name(fields.site.empty() ? parsed.url : parsed.site);
  if (ok) ok = process(parsed.content, m_options.content_kind, "", &doc, &result->error);
  if (!ok) {
    // The id goes first when the record had none (or could not be read), so every line has one.
    std::string members = parsed.pass_through;
    if (!parsed.has_id) {
      std::string id = "{";
      append_string_member(id, fields.id, "");
      members = id.substr(1) + (members.empty() ? "" : "," + members);
    }
    if (m_options.format != OutputFormat::text) result->output = error_record(members, result->error);
    return;
  }
  if (take_counts(doc, result)) return;
  std::vector<std::string> names = std::move(parsed.kept_names);
  names.emplace_back("source");
  write_record(doc, parsed.pass_through, names, result->output);
}

void RecordCleaner::clean_warc(const Record& record, CleanedRecord* result) const {
  std::string members = warc_members(record);
  HttpResponse response;
  bool ok = record.error.empty();
  if (!ok) result->error = record.error;
  else ok = parse_http_response(record.bytes, &response, &result->error);
  if (ok && (response.status < 200 || response.status > 299 || !is_html_content_type(response.content_type))) {
    // Redirects, errors, images, PDFs: not articles, so read past and counted, not failures.
    result->skipped = true;
    return;
  }
  std::string decoded;
  std::string_view body = response.body;
  if (ok && detect_compression(body) != Compression::none) {
    ok = decompress(body, m_pipeline.config().max_bytes, &decoded, &result->error);
    body = decoded;
  }
  Document doc;
  doc.meta.url = record.warc_target_uri;
  doc.site = sites::site_name(record.warc_target_uri);
  if (ok) ok = process(body, InputKind::html, response.charset, &doc, &result->error);
  if (!ok) {
    if (m_options.format != OutputFormat::text) result->output = error_record(members, result->error);
    return;
  }
  if (take_counts(doc, result)) return;
  write_record(doc, members, {"url", "warc_record_id", "date", "source"}, result->output);
}

}  // namespace pith
