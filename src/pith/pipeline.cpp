// Pipeline construction from a Config, and the one-way run of a document through it.
#include "pith/pipeline.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/filters/boilerplate.h"
#include "pith/filters/boilerplate_features.h"
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
#include "pith/text/text_windows.h"
#include "pith/text/window_copies.h"

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
/// Why `bytes` that look binary are refused: UTF-16 without a byte order mark is named as such.
std::string binary_error(std::string_view bytes) {
  if (looks_like_utf16_without_bom(bytes))
    return "not text: UTF-16 without a byte order mark, which pith does not guess (convert it to UTF-8, or "
           "add a byte order mark)";
  return "not text (binary data)";
}

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
  std::string widened;  // UTF-16 or UTF-32 with a byte order mark, as UTF-8
  bool decoded = false;
  if (!decode_unicode_bom(bytes, &widened, &decoded, err)) return false;
  if (decoded) bytes = widened;
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
  bool decoded = false;  // a byte order mark outranks the transport's charset
  if (!decode_unicode_bom(bytes, &converted, &decoded, err)) return false;
  if (decoded) bytes = converted;
  else if (!charset.empty() && !is_utf8_charset(charset) && transport_charset_holds(bytes, charset)) {
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
      *err = binary_error(bytes);
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
  run_filters(doc, 0, m_filters.size(), nullptr, 0, doc.blocks.size());
  normalise(doc, 0, doc.blocks.size());
}

namespace {

/// `filter` as a LineFilter when it reads no block before the one it judges, else null.
const LineFilter* reads_forward(const Filter& filter) {
  const auto* line = dynamic_cast<const LineFilter*>(&filter);
  return line && line->reach() != LineFilter::Reach::any ? line : nullptr;
}

/// Cuts the spans the last stage marked in `block`, before the next stage judges it.
void cut_marked_spans(Block& block) {
  if (!block.removed_spans.empty()) cut_removed_spans(block);
}

}  // namespace

std::size_t Pipeline::run_filters(Document& doc, std::size_t first_stage, std::size_t end_stage,
                                  WindowCopies* copies, std::size_t core_begin, std::size_t core_end) const {
  std::size_t left_at_top = 0;
  for (std::size_t s = first_stage; s < end_stage;) {
    // A row of filters that each read only the block they judge (the first may also read the
    // blocks after it) runs one block at a time: each block goes through the whole row while
    // its text is in cache, instead of every filter walking the whole document. The marks are
    // the same as stage after stage: no filter of the row sees a block that another filter of
    // the row has judged in one order and not in the other, and each block's spans are cut
    // after each filter as below.
    std::vector<std::pair<const LineFilter*, std::string_view>> row;
    for (std::size_t r = s; r < end_stage; ++r) {
      const LineFilter* line = reads_forward(*m_filters[r].filter);
      if (!line || (!row.empty() && line->reach() != LineFilter::Reach::own_block)) break;
      row.emplace_back(line, m_filters[r].name);
    }
    if (row.size() >= 2) {
      for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        prefetch_text(doc, i + k_prefetch_blocks);
        for (const auto& [filter, name] : row) {
          filter->apply_to_block(doc, i, name);
          cut_marked_spans(doc.blocks[i]);
        }
      }
      s += row.size();
      continue;
    }
    const FilterStage& stage = m_filters[s];
    // The built-in duplicate stage (the first of that name; a rules file's patterns follow it).
    bool across_windows = copies && s == stage_index("duplicate");
    std::size_t inserted = across_windows ? copies->prepare(doc, core_begin, core_end) : 0;
    stage.filter->apply(doc, stage.name);
    if (across_windows) {
      bool take_out = s + 1 < end_stage;
      copies->record(doc, inserted, core_begin, core_end, take_out);
      if (!take_out) left_at_top = inserted;
    }
    // Spans a filter marked are cut before the next stage judges the block.
    for (Block& block : doc.blocks) cut_marked_spans(block);
    ++s;
  }
  return left_at_top;
}

void Pipeline::normalise(Document& doc, std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    Block& block = doc.blocks[i];
    if (!block.kept()) continue;
    bool preformatted = block.kind == BlockKind::preformatted;
    // Whether the text is plain (is_plain_text()), tested when a stage that keeps plain
    // text first asks, and again after a stage ran on plain text. "Not plain" is kept through
    // the stages that run: at worst a stage then runs on text it leaves alone.
    enum class Plain { unknown, yes, no } plain = Plain::unknown;
    for (const NormalizerStage& stage : m_normalizers) {
      if (preformatted && stage.normalizer->rewrites_layout()) continue;
      if (stage.normalizer->keeps_plain_text()) {
        if (plain == Plain::unknown) plain = is_plain_text(block.text) ? Plain::yes : Plain::no;
        if (plain == Plain::yes) continue;
      }
      stage.normalizer->apply_recorded(block.text, stage.name, block.repairs);
      if (plain == Plain::yes) plain = Plain::unknown;
    }
  }
}

std::size_t Pipeline::stage_index(std::string_view name) const {
  for (std::size_t s = 0; s < m_filters.size(); ++s)
    if (m_filters[s].name == name) return s;
  return m_filters.size();
}

namespace {

/// A window's text, as parse_as() takes a whole text: a byte order mark dropped at the input's
/// start, invalid UTF-8 repaired (windows end after a line break, so no character is split).
/// Its lines are appended to `blocks`; returns the window's code points. `repaired` holds the
/// repaired copy when one is needed.
std::size_t parse_window(std::string_view text, bool first, int first_line, std::vector<Block>& blocks,
                         std::string& repaired) {
  if (first && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!utf8::is_valid(text)) {
    repaired.assign(text);
    utf8::repair(repaired);
    text = repaired;
  }
  parse_text(text, blocks, first_line, k_window_context_lines);
  return utf8::count_code_points(text);
}

/// Appends to `to` copies of the `n` blocks of `from` from `begin` on, as parsed (text and line
/// only: the copies are made before any stage judged them).
void copy_parsed(const std::vector<Block>& from, std::size_t begin, std::size_t n, std::vector<Block>& to) {
  for (std::size_t i = begin; i < begin + n; ++i) {
    Block& copy = to.emplace_back();
    copy.text.assign(from[i].text);
    copy.line = from[i].line;
  }
}

/// The lines of one window as parsed, with the lines of the window before it that it is judged
/// with: `blocks` holds those [0, core_begin), then the window's own.
struct ParsedWindow {
  std::vector<Block> blocks;
  std::size_t core_begin = 0;
  std::size_t chars = 0;  ///< code points of the window's own bytes
};

}  // namespace

bool Pipeline::clean_text_windows(ByteSource& source, std::string source_name, std::size_t window_bytes,
                                  const std::function<bool(Document&)>& emit, std::string* err) const {
  TextWindowReader reader(source, window_bytes);
  std::string_view bytes;  // a window's bytes, in the reader's buffer
  std::string repaired;    // a window's bytes repaired, when they are not valid UTF-8
  int first_line = 0;
  err->clear();
  // The window being cleaned (`current`) and the next one (read ahead for context). Their block
  // lists swap roles window after window, so their storage is reused, and a line's Block is
  // built once, in the list it is judged in.
  ParsedWindow current, next;
  if (!reader.next(&bytes, &first_line, err)) {
    if (!err->empty()) return false;
    Document empty;
    emit(empty);  // an empty text: one empty document, as when cleaned whole
    return true;
  }
  if (utf8::looks_binary(bytes)) {
    *err = binary_error(bytes);
    return false;
  }
  current.chars = parse_window(bytes, true, first_line, current.blocks, repaired);
  // The stages from boilerplate on judge a text's kept lines in runs of
  // boilerplate::k_window_lines counted from its start, each run on its own (its lines'
  // positions, the run's share of prose): here they judge the same runs, gathered from the
  // windows in `batch`, so they see what they see in the whole text.
  const std::size_t late = stage_index("boilerplate");
  Document batch;
  if (late < m_filters.size()) batch.blocks.reserve(boilerplate::k_window_lines);
  std::size_t batch_kept = 0;
  WindowCopies copies;
  Metadata meta;        // the whole text's, from its first window
  bool titled = false;  // the title is settled once a window keeps a line
  // The title is the whole text's first kept line, when it reads as one (guess_text_title).
  auto take_title = [&](const Document& done) {
    if (titled || std::none_of(done.blocks.begin(), done.blocks.end(), [](const Block& b) { return b.kept(); })) return;
    meta.title = guess_text_title(done);
    titled = true;
  };
  auto flush = [&]() {
    run_filters(batch, late, m_filters.size(), nullptr, 0, batch.blocks.size());
    normalise(batch, 0, batch.blocks.size());
    take_title(batch);
    batch.meta = meta;
    batch.bytes_in = reader.bytes_read();
    bool go_on = emit(batch);
    batch.blocks.clear();
    batch_kept = 0;
    return go_on;
  };
  for (bool first = true, more = true; more; first = false) {
    // The next window: the last lines of this one as parsed, then its own.
    next.blocks.clear();
    std::size_t behind = std::min(k_window_context_lines, current.blocks.size() - current.core_begin);
    copy_parsed(current.blocks, current.blocks.size() - behind, behind, next.blocks);
    next.core_begin = behind;
    next.chars = 0;
    more = reader.next(&bytes, &first_line, err);
    if (!more && !err->empty()) return false;
    if (more) next.chars = parse_window(bytes, false, first_line, next.blocks, repaired);

    Document window;
    window.source = source_name;
    window.kind = InputKind::text;
    window.blocks = std::move(current.blocks);
    std::size_t core_begin = current.core_begin;
    std::size_t core_end = window.blocks.size();
    window.chars_in = current.chars;
    // The first lines of the next window, as context after this one's.
    std::size_t ahead = more ? std::min(k_window_context_lines, next.blocks.size() - next.core_begin) : 0;
    copy_parsed(next.blocks, next.core_begin, ahead, window.blocks);
    if (first) {
      identify_document_language(window);
      meta = window.meta;
      batch.source = source_name;
      batch.kind = InputKind::text;
    } else {
      window.meta = meta;
    }
    std::size_t top = run_filters(window, 0, late, &copies, core_begin, core_end);
    core_begin += top;
    core_end += top;
    auto core = window.blocks.begin() + static_cast<std::ptrdiff_t>(core_begin);
    auto core_stop = window.blocks.begin() + static_cast<std::ptrdiff_t>(core_end);
    batch.chars_in += window.chars_in;
    if (late == m_filters.size()) {
      // No stage judges runs of lines: the window is done.
      window.blocks.erase(core_stop, window.blocks.end());
      window.blocks.erase(window.blocks.begin(), window.blocks.begin() + static_cast<std::ptrdiff_t>(core_begin));
      normalise(window, 0, window.blocks.size());
      take_title(window);
      window.meta = meta;
      window.bytes_in = reader.bytes_read();
      if (!emit(window)) return true;
    } else {
      // Kept lines join the run; lines the stages before removed are done (text shows none).
      for (auto it = core; it != core_stop; ++it) {
        if (!it->kept()) continue;
        batch.blocks.push_back(std::move(*it));
        if (++batch_kept == boilerplate::k_window_lines && !flush()) return true;
      }
    }
    // This window's storage holds the window after next.
    current.blocks = std::move(window.blocks);
    current.blocks.clear();
    std::swap(current, next);
  }
  if (late < m_filters.size()) flush();
  return true;
}

std::vector<StageInfo> Pipeline::stages() const { return m_stage_info; }

}  // namespace pith
