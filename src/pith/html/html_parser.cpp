// The HTML path: decode, prescan, parse with Gumbo, read metadata, select the article, emit blocks.
#include "pith/html/html_parser.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <iterator>
#include <optional>
#include <string>

#include "pith/base/line_shape.h"
#include "pith/html/charset.h"
#include "pith/html/content_selection.h"
#include "pith/html/extraction_stages.h"
#include "pith/html/gumbo_arena.h"
#include "pith/html/held_values.h"
#include "pith/html/main_content.h"
#include "pith/html/metadata.h"
#include "pith/html/page_model.h"
#include "pith/html/prescan.h"
#include "pith/html/pruning.h"
#include "pith/html/source_lines.h"

namespace pith {

namespace {

/// JSON-LD's articleBody replaces the extraction when it holds this many times more text:
/// the page's markup hid the article (rendered by script) or split it beyond recognition.
constexpr std::size_t k_json_ld_fallback_ratio = 2;

/// A <title> often reads "Headline | Site" or "Headline - Section"; when the page's <h1> is
/// the title's start and a separator follows it, the <h1> is the headline without the furniture.
void prefer_h1_title(const std::string& h1, Metadata& meta) {
  static constexpr std::string_view k_separators[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", ":", "\xC2\xB7",
                                                      "\xC2\xBB", "/", "::"};
  std::string h1_key = shape::key(h1), title_key = shape::key(meta.title);
  /// A short <h1> ("News", a site logo's alt text) is no headline.
  constexpr std::size_t k_min_headline_bytes = 12;
  if (h1_key.size() < k_min_headline_bytes || h1_key.size() >= title_key.size() || !title_key.starts_with(h1_key))
    return;
  std::string_view rest = shape::trim(std::string_view(title_key).substr(h1_key.size()));
  for (std::string_view separator : k_separators)
    if (rest.starts_with(separator)) {
      meta.title = std::string(shape::trim(h1));
      return;
    }
}

/// Every block of the page, kept or not, into `doc` with the line it starts on.
void emit_blocks(html::PageModel& model, const html::SourceLines& lines, Document& doc) {
  doc.blocks.reserve(doc.blocks.size() + model.blocks.size());
  for (html::PageBlock& block : model.blocks) {
    block.block.line = lines.line(block.offset);
    doc.blocks.push_back(std::move(block.block));
  }
}

std::size_t kept_chars(const Document& doc) {
  std::size_t n = 0;
  for (const Block& block : doc.blocks)
    if (block.kept()) n += block.text.size();
  return n;
}

/// Replaces the extraction with the lines of JSON-LD's articleBody: the blocks kept so far are
/// marked, and the body's lines go where the first of them was.
void use_json_ld_body(const std::string& body, Document& doc) {
  std::size_t first_kept = doc.blocks.size();
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!doc.blocks[i].kept()) continue;
    if (first_kept == doc.blocks.size()) first_kept = i;
    mark_removed(doc.blocks[i], html::stage::k_json_ld_body, "replaced by the page's JSON-LD articleBody");
  }
  std::vector<Block> lines;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string_view line = shape::trim(std::string_view(body).substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    Block block;
    block.text = std::string(line);
    lines.push_back(std::move(block));
  }
  doc.blocks.insert(doc.blocks.begin() + static_cast<std::ptrdiff_t>(first_kept), std::make_move_iterator(lines.begin()),
                    std::make_move_iterator(lines.end()));
}

/// Parses the prescanned `page` with Gumbo into a new `arena` (the tree lives as long as it).
const GumboOutput* parse_prescanned(const html::Prescan& page, std::optional<html::GumboArena>& arena) {
  arena.emplace();
  GumboOptions options = arena->options();
  options.max_errors = 0;  // parse errors are normal input here; recording them costs time
  return gumbo_parse_with_options(&options, page.html.data(), page.html.size());
}

}  // namespace

bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string* err) {
  return parse_html(bytes, config, doc, err, UnreadMarkup::dropped);
}

bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string*, UnreadMarkup unread) {
  std::string decoded;  // the page when it is not UTF-8 already
  std::string_view page_text = html::decode_to_utf8(bytes, decoded);
  html::PrescanOptions prescan_options;
  prescan_options.drop_unread = unread == UnreadMarkup::dropped;
  prescan_options.link_targets = config.keep_links;
  prescan_options.hold_text = true;
  html::Prescan page = html::prescan(page_text, prescan_options);
  // The tree and the text put back into it live until the end of this function.
  std::optional<html::GumboArena> arena;
  std::deque<std::string> held_texts;
  const GumboOutput* output = parse_prescanned(page, arena);
  if (!html::put_back_held_values(output->root, page, held_texts)) {  // before anything reads the tree
    prescan_options.hold_text = false;  // the parser did not take the held text as text
    page = html::prescan(page_text, prescan_options);
    held_texts.clear();
    output = parse_prescanned(page, arena);
    html::put_back_held_values(output->root, page, held_texts);
  }
  html::SourceLines lines(page_text, page);

  html::JsonLdArticle json_ld = html::parse_json_ld(page.json_ld);
  html::read_metadata(output->root, json_ld, doc.meta);
  html::PageModel model = html::build_page_model(output->root, config);
  prefer_h1_title(model.first_h1, doc.meta);
  // The stages, in order; each marks what it drops and leaves the rest to the next.
  html::prune_by_verdicts(model, config);
  std::vector<int> roots = html::select_content_roots(model);
  std::vector<int> comments;
  if (config.keep_comments) {
    html::restore_comment_sections(model, config);  // only now: comments never compete with the article
    comments = html::comment_sections(model, roots);
  }
  html::mark_pruned_blocks(model);
  html::mark_outside_content(model, roots, comments, lines, json_ld.article_body);
  html::mark_main_content(model, config, doc.meta);
  html::mark_orphan_labels(model);
  emit_blocks(model, lines, doc);
  if (json_ld.article_body.size() > k_json_ld_fallback_ratio * kept_chars(doc))
    use_json_ld_body(json_ld.article_body, doc);
  return true;
}

}  // namespace pith
