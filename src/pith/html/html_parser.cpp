// The HTML path: decode, prescan, parse with Gumbo, read metadata, select the article, emit blocks.
#include "pith/html/html_parser.h"

#include <gumbo.h>

#include <memory>

#include "pith/base/line_shape.h"
#include "pith/html/charset.h"
#include "pith/html/content_selection.h"
#include "pith/html/metadata.h"
#include "pith/html/page_model.h"
#include "pith/html/prescan.h"
#include "pith/html/pruning.h"

namespace pith {

namespace {

/// Blocks this dense with link text are navigation even inside the article ("Read more: ...").
constexpr float k_max_link_density = 0.5f;
/// JSON-LD's articleBody replaces the extraction when it holds this many times more text:
/// the page's markup hid the article (rendered by script) or split it beyond recognition.
constexpr std::size_t k_json_ld_fallback_ratio = 2;

bool kind_wanted(const html::PageBlock& block, const Config& config) {
  switch (block.block.kind) {
    case BlockKind::list_item: return config.keep_lists;
    case BlockKind::table_row: return config.keep_tables;
    case BlockKind::caption: return config.keep_captions;
    default: return true;  // a paragraph inside a table is page layout, not table data
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

void emit_blocks(const html::PageModel& model, const std::vector<std::size_t>& chosen, const Config& config,
                 Document& doc) {
  std::string title_key = shape::key(doc.meta.title), h1_key = shape::key(model.first_h1);
  bool headline_dropped = false;
  for (std::size_t index : chosen) {
    const html::PageBlock& block = model.blocks[index];
    if (!block.block.kept()) {
      doc.blocks.push_back(block.block);
      continue;
    }
    if (!kind_wanted(block, config)) continue;
    if (block.block.kind != BlockKind::heading && block.block.link_density > k_max_link_density) continue;
    if (!headline_dropped && is_headline(block.block, title_key, h1_key)) {
      headline_dropped = true;
      continue;
    }
    doc.blocks.push_back(block.block);
  }
}

std::size_t kept_chars(const Document& doc) {
  std::size_t n = 0;
  for (const Block& block : doc.blocks)
    if (block.kept()) n += block.text.size();
  return n;
}

void use_json_ld_body(const std::string& body, Document& doc) {
  std::vector<Block> embeds;
  for (Block& block : doc.blocks)
    if (!block.kept()) embeds.push_back(std::move(block));
  doc.blocks = std::move(embeds);
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string_view line = shape::trim(std::string_view(body).substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    Block block;
    block.text = std::string(line);
    doc.blocks.push_back(std::move(block));
  }
}

}  // namespace

bool parse_html(std::string_view bytes, const Config& config, Document& doc, std::string*) {
  html::Prescan page = html::prescan(html::decode_to_utf8(bytes));
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal input here; recording them costs time
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, page.html.data(), page.html.size()),
      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });

  html::JsonLdArticle json_ld = html::parse_json_ld(page.json_ld);
  html::read_metadata(output->root, json_ld, doc.meta);
  html::PageModel model = html::build_page_model(output->root, config);
  prefer_h1_title(model.first_h1, doc.meta);
  html::prune_by_verdicts(model, config);
  std::vector<int> roots = html::select_content_roots(model);
  if (config.keep_comments) {
    std::vector<int> comments = html::comment_sections(model, roots);
    roots.insert(roots.end(), comments.begin(), comments.end());
  }
  emit_blocks(model, html::blocks_under(model, roots), config, doc);
  if (json_ld.article_body.size() > k_json_ld_fallback_ratio * kept_chars(doc))
    use_json_ld_body(json_ld.article_body, doc);
  return true;
}

}  // namespace pith
