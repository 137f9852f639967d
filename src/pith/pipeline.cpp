// Pipeline construction from a Config, and the one-way run of a document through it.
#include "pith/pipeline.h"

#include <algorithm>

#include "pith/filters/boilerplate.h"
#include "pith/html/charset.h"
#include "pith/html/html_parser.h"
#include "pith/html/url.h"
#include "pith/input/charset.h"
#include "pith/input/decompress.h"
#include "pith/input/utf8.h"
#include "pith/language/identify.h"
#include "pith/rules/rules_file.h"
#include "pith/sites/site_name.h"
#include "pith/text/text_parser.h"

namespace pith {

namespace {

bool is_known_stage(const std::string& name, const std::vector<UserFilter>& user) {
  if (find_filter(name)) return true;
  for (const NormalizerEntry& entry : normalizer_registry())
    if (entry.name == name) return true;
  return std::any_of(user.begin(), user.end(), [&](const UserFilter& f) { return f.name == name; });
}

/// Gumbo decodes a numeric reference past 2^31 ("&#4112114112") into invalid UTF-8, so what a
/// parser hands back is repaired like any outside text before filters and writers see it.
void repair_parsed_text(Document& doc) {
  for (Block& block : doc.blocks) utf8::repair(block.text);
  for (std::string* field : {&doc.meta.title, &doc.meta.author, &doc.meta.date, &doc.meta.site_name,
                             &doc.meta.url, &doc.meta.language, &doc.meta.description, &doc.meta.hostname,
                             &doc.meta.image})
    utf8::repair(*field);
  for (auto* labels : {&doc.meta.tags, &doc.meta.categories})
    for (std::string& label : *labels) utf8::repair(label);
}

/// Whether a transport header's charset decides how `bytes` decode. As in browsers, a label
/// nobody knows ("utf-8lias", "none") is ignored, and the page's own declaration or detection
/// decides; and a page that is valid UTF-8 and declares UTF-8 itself is UTF-8 whatever legacy
/// label the server sent (servers send a default ISO-8859-1 with every page).
bool transport_charset_holds(std::string_view bytes, std::string_view charset) {
  if (!is_known_charset(charset)) return false;
  std::string declared = html::declared_charset(bytes);
  return !((declared == "utf-8" || declared == "utf8") && utf8::is_valid(bytes));
}

}  // namespace

std::unique_ptr<Pipeline> Pipeline::create(const Config& config, std::string* err) {
  std::vector<UserFilter> user;
  for (const std::string& path : config.rules_files)
    if (!load_rules_file(path, &user, err)) return nullptr;

  for (const auto* names : {&config.disabled, &config.only})
    for (const std::string& name : *names)
      if (!is_known_stage(name, user)) {
        *err = "unknown filter or normaliser '" + name + "' (see --list-filters)";
        return nullptr;
      }

  if (!check_boilerplate_config(config, err)) return nullptr;

  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline);
  pipeline->m_config = config;
  for (const FilterEntry& entry : filter_registry()) {
    std::string name(entry.name);
    bool on = stage_enabled(config, name, entry.on_by_default);
    pipeline->m_stage_info.push_back({name, std::string(entry.summary), true, entry.on_by_default, on});
    if (!on) continue;
    pipeline->m_filters.push_back({name, entry.make(config)});
    // A rules file's patterns for a built-in filter run right after it, under its name.
    for (UserFilter& f : user)
      if (f.name == name) pipeline->m_filters.push_back({name, std::move(f.filter)});
  }
  for (UserFilter& f : user) {
    if (find_filter(f.name)) continue;
    bool on = stage_enabled(config, f.name, true);
    pipeline->m_stage_info.push_back({f.name, f.summary, true, true, on});
    if (on) pipeline->m_filters.push_back({f.name, std::move(f.filter)});
  }
  for (const NormalizerEntry& entry : normalizer_registry()) {
    std::string name(entry.name);
    bool on = stage_enabled(config, name, starts_on(entry, config));
    pipeline->m_stage_info.push_back({name, std::string(entry.summary), false, entry.on_by_default, on});
    if (on) pipeline->m_normalizers.push_back({name, entry.make(config)});
  }
  return pipeline;
}

namespace {
/// Inputs over --max-bytes are errors, never reasons to buffer.
bool within_max_bytes(std::size_t size, const Config& config, std::string* err) {
  if (size <= config.max_bytes) return true;
  *err = "input is " + std::to_string(size) + " bytes, over --max-bytes (" + std::to_string(config.max_bytes) + ")";
  return false;
}
}  // namespace

InputKind detect_kind(std::string_view bytes, const Config& config, std::string_view name) {
  switch (config.input_format) {
    case InputFormat::html: return InputKind::html;
    case InputFormat::text: return InputKind::text;
    default: return looks_like_html(bytes, is_html_name(name)) ? InputKind::html : InputKind::text;
  }
}

bool Pipeline::clean(std::string_view bytes, std::string source, Document* doc, std::string* err) const {
  *doc = Document{};
  doc->source = std::move(source);
  doc->bytes_in = bytes.size();
  std::string plain;
  if (detect_compression(bytes) != Compression::none) {
    if (!decompress(bytes, m_config.max_bytes, &plain, err)) return false;
    bytes = plain;
  }
  if (!within_max_bytes(bytes.size(), m_config, err)) return false;
  return clean_as(bytes, detect_kind(bytes, m_config, doc->source), doc, err);
}

bool Pipeline::clean_content(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                             Document* doc, std::string* err) const {
  if (!parse_content(bytes, kind, charset, doc, err)) return false;
  finish(*doc);
  return true;
}

bool Pipeline::parse_content(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                             Document* doc, std::string* err) const {
  doc->bytes_in = bytes.size();
  if (!within_max_bytes(bytes.size(), m_config, err)) return false;
  std::string converted;
  if (!charset.empty() && !is_utf8_charset(charset) && transport_charset_holds(bytes, charset)) {
    if (!to_utf8(bytes, charset, &converted, err)) return false;
    // The transport's charset outranks the page's own <meta charset> (as in browsers); a BOM
    // is the one signal that outranks both, so the parser will not decode the text again.
    converted.insert(0, "\xEF\xBB\xBF");
    bytes = converted;
  }
  return parse_as(bytes, kind ? *kind : detect_kind(bytes, m_config, doc->source), doc, err);
}

bool Pipeline::clean_as(std::string_view bytes, InputKind kind, Document* doc, std::string* err) const {
  if (!parse_as(bytes, kind, doc, err)) return false;
  finish(*doc);
  return true;
}

bool Pipeline::parse_as(std::string_view bytes, InputKind kind, Document* doc, std::string* err) const {
  doc->kind = kind;
  if (kind == InputKind::html) {
    if (!parse_html(bytes, m_config, *doc, err)) return false;
    for (Block& block : doc->blocks) block.dropped_in_extraction = !block.kept();
    repair_parsed_text(*doc);
    doc->chars_in = utf8::count_code_points(bytes);
  } else {
    if (utf8::looks_binary(bytes)) {
      *err = "not text (binary data)";
      return false;
    }
    std::string_view text = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
    std::string repaired;  // a copy only when the input needs repair
    if (!utf8::is_valid(text)) {
      repaired.assign(text);
      utf8::repair(repaired);
      text = repaired;
    }
    doc->chars_in = utf8::count_code_points(text);
    parse_text(text, *doc);
  }
  if (doc->meta.hostname.empty()) doc->meta.hostname = html::url_hostname(doc->meta.url);
  // A named --site-field is the only source of sites: a record without it has none.
  if (doc->site.empty() && m_config.site_field.empty()) doc->site = sites::site_name(doc->meta.url);
  return true;
}

void Pipeline::finish(Document& doc) const {
  run_stages(doc);
  if (doc.kind == InputKind::text && doc.meta.title.empty()) doc.meta.title = guess_text_title(doc);
}

void Pipeline::run_stages(Document& doc) const {
  // Once, on the extracted text, so that filters can choose word lists by language.
  identify_document_language(doc);
  for (const FilterStage& stage : m_filters) {
    stage.filter->apply(doc, stage.name);
    // Spans a filter marked are cut before the next stage judges the block.
    for (Block& block : doc.blocks)
      if (!block.removed_spans.empty()) cut_removed_spans(block);
  }
  for (Block& block : doc.blocks) {
    if (!block.kept()) continue;
    for (const NormalizerStage& stage : m_normalizers)
      stage.normalizer->apply_recorded(block.text, stage.name, block.repairs);
  }
}

std::vector<StageInfo> Pipeline::stages() const { return m_stage_info; }

}  // namespace pith
