// Building the page model: one explicit-stack walk of the body that flattens elements and
// joins inline text into blocks.
#include "pith/html/page_model.h"

#include <algorithm>
#include <string_view>

#include "pith/html/dom.h"
#include "pith/html/extraction_stages.h"

namespace pith::html {

namespace {

/// Prose: blocks at least this long with at most this share of link text.
constexpr std::size_t k_prose_chars = 80;
constexpr double k_prose_link_density = 0.3;
/// Table cells longer than this hold prose (a page laid out in a table), not data.
constexpr std::size_t k_layout_cell_chars = 300;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// `text` with each line trimmed and empty lines dropped.
std::string tidy_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (!line.empty()) {
      if (!out.empty()) out.push_back('\n');
      out.append(line);
    }
    start = end + 1;
  }
  return out;
}

/// The text of a subtree with white space folded and a line per block, for embeds reported
/// as removed. A null entry on the stack marks the end of a block element.
std::string subtree_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n == nullptr) {
      out.push_back('\n');
    } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      for (const char* c = n->v.text.text; *c; ++c) {
        if (!is_space(*c)) out.push_back(*c);
        else if (!out.empty() && !is_space(out.back())) out.push_back(' ');
      }
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
      if (is_block_tag(tag) || tag == GUMBO_TAG_BR) {
        out.push_back('\n');
        stack.push_back(nullptr);
      }
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return tidy_lines(out);
}

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

/// Tags that set the context of the text inside them (kind of block, list, table...).
struct Context {
  int links = 0, pre = 0, tables = 0, quotes = 0, captions = 0, headings = 0;

  void count(GumboTag tag, int step) {
    switch (tag) {
      case GUMBO_TAG_A: links += step; break;
      case GUMBO_TAG_PRE: pre += step; break;
      case GUMBO_TAG_TABLE: tables += step; break;
      case GUMBO_TAG_BLOCKQUOTE: quotes += step; break;
      case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: captions += step; break;
      default: if (is_heading(tag)) headings += step;
    }
  }
};

/// Ancestors looked at for a block's structure: lists and tables nested deeper than this are
/// no document's structure, and the bound keeps hostile nesting cheap.
constexpr int k_max_structure_levels = 64;

/// Heading level, list nesting and table grouping of a block of `kind` owned by `owner`.
BlockStructure structure_of(const std::vector<Element>& elements, int owner, BlockKind kind) {
  BlockStructure structure;
  if (elements.empty() || owner < 0) return structure;
  auto tag_of = [&](int i) { return elements[static_cast<std::size_t>(i)].element->tag; };
  int level = 0;
  for (int i = owner; i >= 0 && level < k_max_structure_levels; i = elements[static_cast<std::size_t>(i)].parent, ++level) {
    GumboTag tag = tag_of(i);
    if (kind == BlockKind::heading && is_heading(tag)) {
      structure.heading_level = static_cast<int>(tag - GUMBO_TAG_H1) + 1;
      break;
    }
    bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL;
    if (kind == BlockKind::list_item && list) {
      if (structure.list_depth++ == 0) {
        structure.ordered = tag == GUMBO_TAG_OL;
        structure.group = i;
      }
    }
    if (kind == BlockKind::table_row && tag == GUMBO_TAG_TABLE) {
      structure.group = i;
      break;
    }
  }
  if (kind == BlockKind::table_row && tag_of(owner) == GUMBO_TAG_TR) {
    const GumboElement& row = *elements[static_cast<std::size_t>(owner)].element;
    int parent = elements[static_cast<std::size_t>(owner)].parent;
    int th = 0, td = 0;
    for (unsigned c = 0; c < row.children.length; ++c) {
      const auto* cell = static_cast<const GumboNode*>(row.children.data[c]);
      if (cell->type != GUMBO_NODE_ELEMENT) continue;
      if (cell->v.element.tag == GUMBO_TAG_TH) ++th;
      else ++td;
    }
    structure.header_row = (th > 0 && td == 0) || (parent >= 0 && tag_of(parent) == GUMBO_TAG_THEAD);
  }
  return structure;
}

class ModelBuilder {
 public:
  explicit ModelBuilder(const Config& config) : m_config(config) {}

  PageModel build(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      int exit_index;  ///< -1 when entering `node`, else the element being closed
    };
    std::vector<Frame> stack{{find_body(root), -1}};
    while (!stack.empty()) {
      Frame frame = stack.back();
      stack.pop_back();
      if (frame.exit_index >= 0) {
        leave(frame.exit_index);
        continue;
      }
      int index = enter(frame.node);
      if (index < 0) continue;
      stack.push_back({frame.node, index});
      const GumboVector& children = frame.node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(children.data[i]), -1});
    }
    flush();
    return std::move(m_model);
  }

 private:
  /// Takes in `node`; returns its element index when its children are to be walked, else -1.
  int enter(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      append_text(node->v.text);
      return -1;
    }
    // Gumbo gives <template> a node type of its own; its content is dropped as non-content,
    // and listed like every other dropped block.
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return -1;
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_BR) {
      m_buffer.push_back('\n');
      return -1;
    }
    if (m_drop_root < 0 && is_social_embed(el)) {
      flush();
      add_embed(node);
      return -1;
    }
    if (el.tag == GUMBO_TAG_IMG) return -1;
    if (el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH) {
      separate_cell();
      m_cell_start = {m_visible_chars, m_link_chars};
    }

    int index = static_cast<int>(m_model.elements.size());
    Element element;
    element.element = &el;
    element.parent = m_open.empty() ? -1 : m_open.back();
    element.reopened = (node->parse_flags & GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT) != 0;
    if (m_drop_root >= 0) {
      element.pruned = element.removed_at_build = true;
    } else if (std::string_view stage = build_stage(el); !stage.empty()) {
      element.pruned = element.removed_at_build = true;
      element.removed_by = stage;
      element.reason = build_reason(el, stage);
    } else {
      // Words inside a sentence are never cut out by name: a <span class="author"> in a
      // paragraph is part of what it says. Furniture comes in blocks.
      element.verdict = is_phrasing_tag(el.tag) ? Verdict::neutral : verdict_by_attributes(el);
      element.article_marker = is_article_marker(el);
    }
    bool drop_root = m_drop_root < 0 && element.removed_at_build;
    m_model.elements.push_back(std::move(element));
    m_open.push_back(index);
    if (drop_root) {
      // A dropped element inside a sentence (a <button>, a hidden <span>) takes its text apart
      // from the sentence's, which goes on after it.
      m_drop_root = index;
      m_saved = {std::move(m_buffer), m_link_chars, m_visible_chars, m_unlinked_cells, m_links, m_block_start};
      m_buffer.clear();
      m_link_chars = m_visible_chars = m_unlinked_cells = m_links = 0;
      m_block_start = std::string::npos;
      m_owners.push_back(index);
    } else if (is_block_tag(el.tag)) {
      flush();
      m_owners.push_back(index);
    }
    if (el.tag == GUMBO_TAG_A && !m_model.elements.back().reopened) ++m_links;
    m_context.count(m_model.elements.back().reopened ? GUMBO_TAG_UNKNOWN : el.tag, +1);
    return index;
  }

  void leave(int index) {
    const Element& element = m_model.elements[static_cast<std::size_t>(index)];
    const GumboElement& el = *element.element;
    bool reopened = element.reopened;
    if (el.tag == GUMBO_TAG_A && m_config.keep_links && !reopened) append_link_target(attribute(el, "href"));
    if ((el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH) && m_visible_chars > m_cell_start.visible &&
        m_link_chars == m_cell_start.links)
      ++m_unlinked_cells;
    if (index == m_drop_root) {
      flush();
      m_owners.pop_back();
      m_buffer = std::move(m_saved.buffer);
      m_link_chars = m_saved.link_chars;
      m_visible_chars = m_saved.visible_chars;
      m_unlinked_cells = m_saved.unlinked_cells;
      m_links = m_saved.links;
      m_block_start = m_saved.block_start;
      m_drop_root = -1;
    } else if (is_block_tag(el.tag)) {
      flush();
      m_owners.pop_back();
    }
    m_context.count(reopened ? GUMBO_TAG_UNKNOWN : el.tag, -1);
    m_model.elements[static_cast<std::size_t>(index)].end = static_cast<int>(m_model.elements.size());
    m_open.pop_back();
  }

  /// The stage that drops `el` with its subtree while the model is built, or empty.
  static std::string_view build_stage(const GumboElement& el) {
    if (el.tag == GUMBO_TAG_NAV || el.tag == GUMBO_TAG_MENU) return stage::k_navigation;
    if (is_never_content_tag(el.tag)) return stage::k_non_content;
    if (is_hidden(el)) return stage::k_hidden;
    return {};
  }

  static std::string build_reason(const GumboElement& el, std::string_view stage) {
    if (stage == stage::k_hidden) return describe(el) + " is hidden";
    if (stage == stage::k_navigation) return describe(el) + " is navigation";
    return describe(el) + " never holds article text";
  }

  /// Appends a text node: white space as it is inside <pre>, else folded to one space; each
  /// run of other bytes in one append, its code points counted as visible_chars() counts them.
  void append_text(const GumboText& node) {
    std::string_view text(node.text);
    std::size_t at = 0;
    while (at < text.size()) {
      if (is_space(text[at])) {
        if (m_context.pre > 0) m_buffer.push_back(text[at]);
        else if (!m_buffer.empty() && !is_space(m_buffer.back())) m_buffer.push_back(' ');
        ++at;
        continue;
      }
      std::size_t end = at, visible = 0;
      for (; end < text.size() && !is_space(text[end]); ++end)
        visible += (static_cast<unsigned char>(text[end]) & 0xC0) != 0x80;
      if (m_block_start == std::string::npos) m_block_start = node.start_pos.offset + at;
      m_buffer.append(text.substr(at, end - at));
      m_visible_chars += visible;
      if (m_context.links > 0) m_link_chars += visible;
      at = end;
    }
  }

  void append_link_target(std::string_view href) {
    if (!href.starts_with("http://") && !href.starts_with("https://")) return;
    m_buffer += " (";
    m_buffer += href;
    m_buffer += ')';
  }

  /// Cells of a row share one block; a visible separator keeps their words apart.
  void separate_cell() {
    std::size_t last = m_buffer.find_last_not_of(" \t\n");
    if (last != std::string::npos && m_buffer.back() != '\n') m_buffer += " | ";
  }

  BlockKind kind_of(GumboTag owner_tag) const {
    if (m_context.headings > 0) return BlockKind::heading;
    if (m_context.pre > 0) return BlockKind::preformatted;
    if (m_context.captions > 0) return BlockKind::caption;
    if (owner_tag == GUMBO_TAG_LI || owner_tag == GUMBO_TAG_DT || owner_tag == GUMBO_TAG_DD)
      return BlockKind::list_item;
    if (m_context.tables > 0 && (owner_tag == GUMBO_TAG_TR || owner_tag == GUMBO_TAG_TABLE ||
                                 owner_tag == GUMBO_TAG_TBODY || owner_tag == GUMBO_TAG_THEAD))
      return BlockKind::table_row;
    if (m_context.quotes > 0) return BlockKind::quote;
    return BlockKind::paragraph;
  }

  void flush() {
    std::string text = m_context.pre > 0 ? trim_outer(m_buffer) : tidy_lines(m_buffer);
    std::size_t links = m_link_chars;
    std::size_t start = m_block_start;
    std::size_t unlinked_cells = m_unlinked_cells, link_count = m_links;
    m_buffer.clear();
    m_link_chars = m_visible_chars = m_unlinked_cells = m_links = 0;
    m_block_start = std::string::npos;
    if (text.empty()) return;
    PageBlock block;
    block.owner = m_owners.empty() ? 0 : m_owners.back();
    block.offset = start;
    block.unlinked_cells = unlinked_cells;
    block.links = link_count;
    GumboTag owner_tag = m_model.elements.empty() ? GUMBO_TAG_BODY
                                                  : m_model.elements[static_cast<std::size_t>(block.owner)].element->tag;
    block.block.kind = kind_of(owner_tag);
    block.block.structure = structure_of(m_model.elements, block.owner, block.block.kind);
    block.text_chars = visible_chars(text);
    // Old pages lay their article out in table cells; a "row" of prose is a paragraph.
    if (block.block.kind == BlockKind::table_row && block.text_chars > k_layout_cell_chars)
      block.block.kind = BlockKind::paragraph;
    block.link_chars = std::min(links, block.text_chars);
    block.block.link_density =
        block.text_chars ? static_cast<float>(block.link_chars) / static_cast<float>(block.text_chars) : 0.0f;
    block.block.text = std::move(text);
    if (owner_tag == GUMBO_TAG_H1 && m_model.first_h1.empty() && m_drop_root < 0) m_model.first_h1 = block.block.text;
    if (!m_model.elements.empty() && m_model.elements[static_cast<std::size_t>(block.owner)].first_block < 0)
      m_model.elements[static_cast<std::size_t>(block.owner)].first_block = static_cast<int>(m_model.blocks.size());
    m_model.blocks.push_back(std::move(block));
  }

  static std::string trim_outer(std::string_view text) {
    while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return std::string(text);
  }

  void add_embed(const GumboNode* node) {
    const GumboElement& el = node->v.element;
    // One line: a report of what was removed, not text to lay out.
    std::string text = subtree_text(node);
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::string_view src = attribute(el, "src");
    if (text.empty()) text = src.empty() ? std::string("(embedded media)") : "(embedded media: " + std::string(src) + ")";
    PageBlock block;
    block.owner = m_owners.empty() ? 0 : m_owners.back();
    block.offset = el.start_pos.offset;
    block.block.text = std::move(text);
    block.block.removed_by = stage::k_social_embed;
    block.block.reason = "an embedded social-media post or player";
    m_model.blocks.push_back(std::move(block));
  }

  const Config& m_config;
  PageModel m_model;
  std::string m_buffer;
  std::size_t m_link_chars = 0;
  /// Parsed-page offset of the first visible character in `m_buffer`, npos while it has none.
  std::size_t m_block_start = std::string::npos;
  /// The outermost element being walked that was dropped at build (-1 outside one), and the
  /// text of the enclosing block that was pending when it opened.
  int m_drop_root = -1;
  struct Pending {
    std::string buffer;
    std::size_t link_chars = 0, visible_chars = 0, unlinked_cells = 0, links = 0;
    std::size_t block_start = std::string::npos;
  } m_saved;
  /// Visible characters appended to `m_buffer` (link characters are `m_link_chars`), the
  /// counts where the current table cell began, and the cells so far without link text.
  std::size_t m_visible_chars = 0;
  struct CellStart {
    std::size_t visible = 0, links = 0;
  } m_cell_start;
  std::size_t m_unlinked_cells = 0;
  std::size_t m_links = 0;  ///< links started in the pending block
  std::vector<int> m_open;
  std::vector<int> m_owners;
  Context m_context;
};

}  // namespace

// Children follow their parent in the table, so one backward pass totals every subtree.
void total_text(PageModel& model) {
  auto at = [&](int index) -> Element& { return model.elements[static_cast<std::size_t>(index)]; };
  for (Element& element : model.elements) {
    element.text_chars = element.link_chars = element.prose_chars = element.data_rows = 0;
    element.articles = !element.pruned && element.element->tag == GUMBO_TAG_ARTICLE ? 1 : 0;
  }
  for (const PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.owner < 0 || at(block.owner).pruned) continue;
    Element& owner = at(block.owner);
    owner.text_chars += block.text_chars;
    owner.link_chars += block.link_chars;
    if (block.text_chars >= k_prose_chars && block.block.link_density <= k_prose_link_density)
      owner.prose_chars += block.text_chars;
    if ((block.block.kind == BlockKind::list_item || block.block.kind == BlockKind::table_row) &&
        block.block.link_density <= 0.5f)
      ++owner.data_rows;
  }
  for (std::size_t i = model.elements.size(); i-- > 1;) {
    Element& element = model.elements[i];
    if (element.parent < 0) continue;
    at(element.parent).text_chars += element.text_chars;
    at(element.parent).link_chars += element.link_chars;
    at(element.parent).prose_chars += element.prose_chars;
    at(element.parent).data_rows += element.data_rows;
    at(element.parent).articles += element.articles;
    if (!element.removed_at_build && (element.holds_marker || is_strong_marker(element)))
      at(element.parent).holds_marker = true;
  }
}

double link_density(const Element& element) {
  return element.text_chars ? static_cast<double>(element.link_chars) / static_cast<double>(element.text_chars) : 0.0;
}

bool is_strong_marker(const Element& element) {
  return element.article_marker && element.element->tag != GUMBO_TAG_ARTICLE;
}

PageModel build_page_model(const GumboNode* root, const Config& config) { return ModelBuilder(config).build(root); }

const Element& removal_root(const PageModel& model, int index) {
  while (model.elements[static_cast<std::size_t>(index)].removed_by.empty() &&
         model.elements[static_cast<std::size_t>(index)].parent >= 0)
    index = model.elements[static_cast<std::size_t>(index)].parent;
  return model.elements[static_cast<std::size_t>(index)];
}

void mark_pruned_blocks(PageModel& model) {
  for (PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.owner < 0 || !model.elements[static_cast<std::size_t>(block.owner)].pruned) continue;
    const Element& root = removal_root(model, block.owner);
    mark_removed(block.block, root.removed_by, root.reason);
  }
}

std::string describe(const GumboElement& element) {
  /// Attribute values past this many bytes are cut: the reason names the element, no more.
  constexpr std::size_t k_max_value = 60;
  std::string out = "<";
  out += element.tag == GUMBO_TAG_UNKNOWN ? std::string_view("element") : gumbo_normalized_tagname(element.tag);
  for (const char* name : {"id", "class", "role"}) {
    std::string_view value = attribute(element, name);
    if (value.empty()) continue;
    out += ' ';
    out += name;
    out += "=\"";
    if (value.size() > k_max_value) {
      std::size_t cut = k_max_value;
      while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // whole characters
      out += value.substr(0, cut);
      out += "...";
    } else {
      out += value;
    }
    out += '"';
  }
  out += '>';
  return out;
}

}  // namespace pith::html
