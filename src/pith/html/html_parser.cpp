// The HTML path: decode, prescan, parse with Gumbo, read metadata, select the article, emit blocks.
#include "pith/html/html_parser.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <string>

#include "pith/base/line_shape.h"
#include "pith/html/charset.h"
#include "pith/html/content_selection.h"
#include "pith/html/extraction_stages.h"
#include "pith/html/metadata.h"
#include "pith/html/page_model.h"
#include "pith/html/prescan.h"
#include "pith/html/pruning.h"
#include "pith/html/source_lines.h"

namespace pith {

namespace {

/// Blocks this dense with link text are navigation even inside the article ("Read more: ...").
constexpr float k_max_link_density = 0.5f;
/// A block of the main content this long that repeats one of the last few long blocks above
/// it is a layout's second copy (a header for small screens and one for large). Shorter lines
/// and text repeated further down (the same dish in two days of a meal plan) are meant.
constexpr std::size_t k_min_duplicate_chars = 40;
constexpr std::size_t k_duplicate_window = 2;
/// JSON-LD's articleBody replaces the extraction when it holds this many times more text:
/// the page's markup hid the article (rendered by script) or split it beyond recognition.
constexpr std::size_t k_json_ld_fallback_ratio = 2;

/// The stage that drops a main-content block of `block`'s kind under `config`, or empty.
std::string_view unwanted_kind_stage(const html::PageBlock& block, const Config& config) {
  switch (block.block.kind) {
    case BlockKind::list_item: return config.keep_lists ? std::string_view() : html::stage::k_dropped_kind;
    case BlockKind::table_row: return config.keep_tables ? std::string_view() : html::stage::k_dropped_kind;
    case BlockKind::caption: return config.keep_captions ? std::string_view() : html::stage::k_caption;
    default: return {};  // a paragraph inside a table is page layout, not table data
  }
}

/// True when `block` is the page's headline, which is metadata rather than body text.
/// Any block that repeats the title exactly is the headline (sites style it as a <div> or a
/// bold <p> too); a heading may also be the title's start, before a subtitle or site name.
bool is_headline(const Block& block, const std::string& title_key, const std::string& h1_key) {
  std::string key = shape::key(block.text);
  if (key.empty()) return false;
  if (key == h1_key || key == title_key) return true;
  return block.kind == BlockKind::heading && key.size() >= 20 && title_key.starts_with(key);
}

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

/// A linked paragraph that is still prose: a writer linked a whole sentence or two (often in
/// bold) to a source or an earlier story. Teasers, calls to action and link lists are short,
/// end in a question, an exclamation or a cut-off "...", are several lines (one link a line)
/// or hold many links (a sentence with a pop-up card of headlines in it).
bool is_linked_prose(const html::PageBlock& block) {
  constexpr std::size_t k_min_words = 15, k_max_links = 2;
  if (block.block.kind != BlockKind::paragraph && block.block.kind != BlockKind::quote) return false;
  if (block.links > k_max_links) return false;
  std::string_view text = shape::trim(block.block.text);
  if (text.find('\n') != std::string_view::npos) return false;
  std::size_t words = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
  if (words < k_min_words) return false;
  // Closing quotes and brackets after the full stop: " ' ) » ” ’
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view close : {"\"", "'", ")", "\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99"})
      if (text.ends_with(close)) {
        text.remove_suffix(close.size());
        trimmed = true;
      }
  }
  return text.ends_with('.') && !text.ends_with("..");
}

/// A table row that holds data: some of its cells are not links (the votes and shares of a
/// results table beside the linked names), unlike a row of navigation links.
bool is_data_row(const html::PageBlock& block) {
  return block.block.kind == BlockKind::table_row && block.unlinked_cells > 0;
}

bool is_link_dense(const html::PageBlock& block) {
  return block.block.kind != BlockKind::heading && block.block.link_density > k_max_link_density &&
         !is_linked_prose(block) && !is_data_row(block);
}

/// True when the main content is a list of links (a link roll, a reading list, a page of
/// sources): dropping its link-dense blocks would leave next to nothing of it.
bool is_list_of_links(const html::PageModel& model) {
  constexpr std::size_t k_min_list_blocks = 5;
  std::size_t total = 0, dense = 0, dense_blocks = 0;
  for (const html::PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.block.kind == BlockKind::heading) continue;
    total += block.text_chars;
    if (is_link_dense(block)) {
      dense += block.text_chars;
      ++dense_blocks;
    }
  }
  return dense_blocks >= k_min_list_blocks && dense * 5 >= total * 4;  // four fifths or more
}

/// The last stages, over the blocks of the main content: kinds the user dropped, link-dense
/// blocks and the headline.
void mark_main_content(html::PageModel& model, const Config& config, const Metadata& meta) {
  std::string title_key = shape::key(meta.title), h1_key = shape::key(model.first_h1);
  bool headline_dropped = false;
  bool links_are_content = is_list_of_links(model);
  std::string previous_keys[k_duplicate_window];  // keys of the last long blocks kept, oldest first
  for (html::PageBlock& page_block : model.blocks) {
    Block& block = page_block.block;
    if (!block.kept()) continue;
    if (page_block.text_chars >= k_min_duplicate_chars) {
      std::string key = shape::key(block.text);
      if (std::find(std::begin(previous_keys), std::end(previous_keys), key) != std::end(previous_keys)) {
        mark_removed(block, html::stage::k_duplicate, "the same text as a block just above");
        continue;
      }
      std::move(std::begin(previous_keys) + 1, std::end(previous_keys), std::begin(previous_keys));
      previous_keys[k_duplicate_window - 1] = std::move(key);
    }
    if (std::string_view stage = unwanted_kind_stage(page_block, config); !stage.empty()) {
      mark_removed(block, stage, std::string(block_kind_name(block.kind)) + " not kept");
    } else if (!links_are_content && is_link_dense(page_block)) {
      mark_removed(block, html::stage::k_link_dense,
                   std::to_string(static_cast<int>(block.link_density * 100.0f + 0.5f)) + "% of its text is link text");
    } else if (!headline_dropped && is_headline(block, title_key, h1_key)) {
      headline_dropped = true;
      mark_removed(block, html::stage::k_headline, "the headline, given as the title");
    }
  }
}

/// A heading, or a short line ending in a colon, that introduces what follows it. A heading
/// that ends in a full stop says something itself.
bool is_label(const Block& block) {
  constexpr std::size_t k_max_label_bytes = 100;
  std::string_view text = shape::trim(block.text);
  if (block.kind == BlockKind::heading) return !text.ends_with('.');
  return text.size() <= k_max_label_bytes && text.ends_with(':') && text.find('\n') == std::string_view::npos;
}

/// Marks labels whose section was dropped: a heading ("Related posts", "About the author",
/// "Contents") or a "Read more:" line after which, up to the next heading or the end of the
/// page, nothing is kept but something was dropped by a main-content stage.
void mark_orphan_labels(html::PageModel& model) {
  std::vector<html::PageBlock>& blocks = model.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].block.kept() || !is_label(blocks[i].block)) continue;
    bool dropped_below = false, kept_below = false;
    for (std::size_t j = i + 1; j < blocks.size() && !kept_below; ++j) {
      const Block& next = blocks[j].block;
      if (next.kept()) {
        if (next.kind == BlockKind::heading) break;
        kept_below = true;
      } else if (next.removed_by == html::stage::k_link_dense || next.removed_by == html::stage::k_boilerplate ||
                 next.removed_by == html::stage::k_dropped_kind) {
        dropped_below = true;
      }
    }
    if (dropped_below && !kept_below)
      mark_removed(blocks[i].block, html::stage::k_orphan_heading, "introduces a section that was dropped");
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

}  // namespace

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bytes = shape::trim(bytes.substr(0, 1024));
  if (bytes.size() < 2 || bytes[0] != '<') return false;
  for (std::string_view start : {"<!doctype", "<!--", "<?xml"})
    if (shape::starts_with_ci(bytes, start)) return true;
  // Else a start tag of HTML (any of its elements: pages saved from the middle begin with a
  // <style>, a <noscript> or a <nav> as often as with <html>), ended as the standard ends a name.
  std::size_t end = 1;
  while (end < bytes.size() && std::isalnum(static_cast<unsigned char>(bytes[end]))) ++end;
  if (end == 1 || (end < bytes.size() && bytes[end] != '>' && bytes[end] != '/' && !std::isspace(static_cast<unsigned char>(bytes[end]))))
    return false;
  return gumbo_tagn_enum(bytes.data() + 1, static_cast<unsigned>(end - 1)) != GUMBO_TAG_UNKNOWN;
}

bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string*) {
  std::string page_text = html::decode_to_utf8(bytes);
  html::Prescan page = html::prescan(page_text);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal input here; recording them costs time
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, page.html.data(), page.html.size()),
      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });
  html::SourceLines lines(page_text, page);

  html::JsonLdArticle json_ld = html::parse_json_ld(page.json_ld);
  html::read_metadata(output->root, json_ld, doc.meta);
  html::PageModel model = html::build_page_model(output->root, config);
  prefer_h1_title(model.first_h1, doc.meta);
  // The stages, in order; each marks what it drops and leaves the rest to the next.
  html::prune_by_verdicts(model, config);
  std::vector<int> roots = html::select_content_roots(model);
  if (config.keep_comments) {
    std::vector<int> comments = html::comment_sections(model, roots);
    roots.insert(roots.end(), comments.begin(), comments.end());
  }
  html::mark_pruned_blocks(model);
  html::mark_outside_content(model, roots, lines, json_ld.article_body);
  mark_main_content(model, config, doc.meta);
  mark_orphan_labels(model);
  emit_blocks(model, lines, doc);
  if (json_ld.article_body.size() > k_json_ld_fallback_ratio * kept_chars(doc))
    use_json_ld_body(json_ld.article_body, doc);
  return true;
}

}  // namespace pith
