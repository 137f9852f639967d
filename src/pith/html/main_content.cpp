// The last extraction stages, over the blocks of the main content: kinds the user dropped,
// link-dense blocks (but linked prose, data rows and lists of links), layout copies, the
// headline, and headings whose section was dropped.
#include "pith/html/main_content.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "pith/base/line_shape.h"
#include "pith/html/extraction_stages.h"

namespace pith::html {

namespace {

/// Blocks this dense with link text are navigation even inside the article ("Read more: ...").
constexpr float k_max_link_density = 0.5f;
/// A block of the main content this long that repeats one of the last few long blocks above
/// it is a layout's second copy (a header for small screens and one for large). Shorter lines
/// and text repeated further down (the same dish in two days of a meal plan) are meant.
constexpr std::size_t k_min_duplicate_chars = 40;
constexpr std::size_t k_duplicate_window = 2;
/// A list this long at least can tell its data from its navigation.
constexpr std::size_t k_min_list_items = 3;

/// The stage that drops a main-content block of `block`'s kind under `config`, or empty.
std::string_view unwanted_kind_stage(const PageBlock& block, const Config& config) {
  switch (block.block.kind) {
    case BlockKind::list_item: return config.keep_lists ? std::string_view() : stage::k_dropped_kind;
    case BlockKind::table_row: return config.keep_tables ? std::string_view() : stage::k_dropped_kind;
    case BlockKind::caption: return config.keep_captions ? std::string_view() : stage::k_caption;
    default: return {};  // a paragraph inside a table is page layout, not table data
  }
}

/// True when `block` is the page's headline, which is metadata rather than body text.
/// Any block that repeats the title exactly is the headline (sites style it as a <div> or a
/// bold <p> too); a heading may also be the title's start, before a subtitle or site name.
/// `key` is shape::key() of the block's text.
bool is_headline(const Block& block, const std::string& key, const std::string& title_key, const std::string& h1_key) {
  if (key.empty()) return false;
  if (key == h1_key || key == title_key) return true;
  return block.kind == BlockKind::heading && key.size() >= 20 && title_key.starts_with(key);
}

/// A linked paragraph that is still prose: a writer linked a whole sentence or two (often in
/// bold) to a source or an earlier story. Teasers, calls to action and link lists are short,
/// end in a question, an exclamation or a cut-off "...", are several lines (one link a line)
/// or hold many links (a sentence with a pop-up card of headlines in it).
bool is_linked_prose(const PageBlock& block) {
  constexpr std::size_t k_min_words = 15, k_max_links = 2;
  BlockKind kind = block.block.kind;
  if (kind != BlockKind::paragraph && kind != BlockKind::quote && kind != BlockKind::list_item) return false;
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
bool is_data_row(const PageBlock& block) {
  return block.block.kind == BlockKind::table_row && block.unlinked_cells > 0;
}

bool is_link_dense(const PageBlock& block) {
  return block.block.kind != BlockKind::heading && block.block.link_density > k_max_link_density &&
         !is_linked_prose(block) && !is_data_row(block);
}

/// True when the main content is a list of links (a link roll, a reading list, a page of
/// sources): dropping its link-dense blocks would leave next to nothing of it.
bool is_list_of_links(const PageModel& model) {
  constexpr std::size_t k_min_list_blocks = 5;
  std::size_t total = 0, dense = 0, dense_blocks = 0;
  for (const PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.block.kind == BlockKind::heading) continue;
    total += block.text_chars;
    if (is_link_dense(block)) {
      dense += block.text_chars;
      ++dense_blocks;
    }
  }
  return dense_blocks >= k_min_list_blocks && dense * 5 >= total * 4;  // four fifths or more
}

/// A heading, or a short line ending in a colon, that introduces what follows it. A heading
/// that ends in a full stop says something itself.
bool is_label(const Block& block) {
  constexpr std::size_t k_max_label_bytes = 100;
  std::string_view text = shape::trim(block.text);
  if (block.kind == BlockKind::heading) return !text.ends_with('.');
  return text.size() <= k_max_label_bytes && text.ends_with(':') && text.find('\n') == std::string_view::npos;
}

/// For each element, whether it is a list most of whose kept items are not link-dense (an
/// ingredient list with one product linked, a reading list of quotations): its link-dense
/// items are data of that list, not navigation.
std::vector<bool> mostly_unlinked_lists(const PageModel& model) {
  std::vector<std::size_t> items(model.elements.size(), 0), dense(model.elements.size(), 0);
  for (const PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.block.kind != BlockKind::list_item || block.owner < 0) continue;
    int list = model.elements[static_cast<std::size_t>(block.owner)].parent;
    if (list < 0) continue;
    ++items[static_cast<std::size_t>(list)];
    if (block.block.link_density > k_max_link_density) ++dense[static_cast<std::size_t>(list)];
  }
  std::vector<bool> unlinked(model.elements.size(), false);
  for (std::size_t i = 0; i < items.size(); ++i)
    unlinked[i] = items[i] >= k_min_list_items && dense[i] * 3 <= items[i];  // two thirds or more free of links
  return unlinked;
}

}  // namespace

void mark_main_content(PageModel& model, const Config& config, const Metadata& meta) {
  std::string title_key = shape::key(meta.title), h1_key = shape::key(model.first_h1);
  bool headline_dropped = false;
  bool links_are_content = is_list_of_links(model);
  std::vector<bool> data_lists = mostly_unlinked_lists(model);
  auto in_data_list = [&](const PageBlock& block) {
    if (block.block.kind != BlockKind::list_item || block.owner < 0) return false;
    int list = model.elements[static_cast<std::size_t>(block.owner)].parent;
    return list >= 0 && data_lists[static_cast<std::size_t>(list)];
  };
  std::string previous_keys[k_duplicate_window];  // keys of the last long blocks kept, oldest first
  std::string fresh_key;
  // The key of `block`: the one the duplicate check made for it, or made now.
  auto key_of = [&](const Block& block, const std::string* keyed) -> const std::string& {
    if (keyed) return *keyed;
    fresh_key = shape::key(block.text);
    return fresh_key;
  };
  for (PageBlock& page_block : model.blocks) {
    Block& block = page_block.block;
    if (!block.kept()) continue;
    const std::string* block_key = nullptr;  // the block's key when a long block has been keyed
    if (page_block.text_chars >= k_min_duplicate_chars) {
      std::string key = shape::key(block.text);
      if (std::find(std::begin(previous_keys), std::end(previous_keys), key) != std::end(previous_keys)) {
        mark_removed(block, stage::k_duplicate, "the same text as a block just above");
        continue;
      }
      std::move(std::begin(previous_keys) + 1, std::end(previous_keys), std::begin(previous_keys));
      previous_keys[k_duplicate_window - 1] = std::move(key);
      block_key = &previous_keys[k_duplicate_window - 1];
    }
    if (std::string_view stage = unwanted_kind_stage(page_block, config); !stage.empty()) {
      mark_removed(block, stage, std::string(block_kind_name(block.kind)) + " not kept");
    } else if (!links_are_content && is_link_dense(page_block) && !in_data_list(page_block)) {
      mark_removed(block, stage::k_link_dense,
                   std::to_string(static_cast<int>(block.link_density * 100.0f + 0.5f)) + "% of its text is link text");
    } else if (!headline_dropped && is_headline(block, key_of(block, block_key), title_key, h1_key)) {
      headline_dropped = true;
      mark_removed(block, stage::k_headline, "the headline, given as the title");
    }
  }
}

void mark_orphan_labels(PageModel& model) {
  std::vector<PageBlock>& blocks = model.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].block.kept() || !is_label(blocks[i].block)) continue;
    bool dropped_below = false, kept_below = false;
    for (std::size_t j = i + 1; j < blocks.size() && !kept_below; ++j) {
      const Block& next = blocks[j].block;
      if (next.kept()) {
        if (next.kind == BlockKind::heading) break;
        kept_below = true;
      } else if (next.removed_by == stage::k_link_dense || next.removed_by == stage::k_boilerplate_class ||
                 next.removed_by == stage::k_dropped_kind) {
        dropped_below = true;
      }
    }
    if (dropped_below && !kept_below)
      mark_removed(blocks[i].block, stage::k_orphan_heading, "introduces a section that was dropped");
  }
}

}  // namespace pith::html
