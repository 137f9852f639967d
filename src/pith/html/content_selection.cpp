// Candidate scoring in the manner of Readability (paragraph scores flow to ancestors), with
// link density, class hints and explicit article markers; then sibling merging.
#include "pith/html/content_selection.h"

#include <algorithm>
#include <string_view>

namespace pith::html {

namespace {

/// Below this many characters a block says little about its container (a date, a label).
constexpr std::size_t k_min_scored_chars = 25;
/// Prose: blocks at least this long with at most this share of link text.
constexpr std::size_t k_prose_chars = 80;
constexpr double k_prose_link_density = 0.3;
/// How far up a paragraph's score flows, and Readability's dividers per level.
constexpr int k_score_levels = 5;
/// What a class/id hint and an explicit article marker multiply a container's score by.
/// Multiplied rather than added (as Readability does) so that a short "content" box with one
/// line in it cannot outscore the paragraphs of the article.
constexpr double k_class_factor = 0.25;
constexpr double k_marker_factor = 0.25;
/// A sibling joins the article when it scores this share of the best candidate.
constexpr double k_sibling_share = 0.2;
constexpr double k_sibling_floor = 10.0;
/// How many ancestors up other chunks of a split article are looked for, and how link-free
/// they must be (a chunk is prose; a teaser grid is links).
constexpr int k_outer_levels = 2;
constexpr double k_chunk_link_density = 0.25;
/// A sibling with this share of the best candidate's prose (and at least the minimum) is
/// another chunk of the article even where paragraph scores do not reach it; the minimum is
/// about three ordinary paragraphs, so a lone teaser does not qualify.
constexpr double k_chunk_prose_share = 0.3;
constexpr std::size_t k_min_chunk_prose = 400;

const Element& at(const PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }
Element& at(PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }

bool is_guarded_tag(GumboTag tag) {
  return tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER;
}

bool is_strong_marker(const Element& element) {
  return element.article_marker && element.element->tag != GUMBO_TAG_ARTICLE;
}

/// Furniture this run drops: by attribute verdict, or page header/footer/form by tag.
bool drops(const Element& element, const Config& config) {
  switch (element.verdict) {
    case Verdict::boilerplate: return true;
    case Verdict::comments: return !config.keep_comments;
    case Verdict::caption: return !config.keep_captions;
    case Verdict::neutral: return is_guarded_tag(element.element->tag);
  }
  return false;
}

/// Sums the text of kept blocks into their owners and then up the tree (children follow
/// their parent in the table, so one backward pass totals every subtree).
void total_text(PageModel& model) {
  for (Element& element : model.elements) element.text_chars = element.link_chars = element.prose_chars = 0;
  for (const PageBlock& block : model.blocks) {
    if (!block.block.kept() || block.owner < 0 || at(model, block.owner).pruned) continue;
    Element& owner = at(model, block.owner);
    owner.text_chars += block.text_chars;
    owner.link_chars += block.link_chars;
    if (block.text_chars >= k_prose_chars && block.block.link_density <= k_prose_link_density)
      owner.prose_chars += block.text_chars;
  }
  for (std::size_t i = model.elements.size(); i-- > 1;) {
    Element& element = model.elements[i];
    if (element.parent < 0) continue;
    at(model, element.parent).text_chars += element.text_chars;
    at(model, element.parent).link_chars += element.link_chars;
    at(model, element.parent).prose_chars += element.prose_chars;
    if (element.holds_marker || is_strong_marker(element)) at(model, element.parent).holds_marker = true;
  }
}

double link_density(const Element& element) {
  return element.text_chars ? static_cast<double>(element.link_chars) / static_cast<double>(element.text_chars) : 0.0;
}

/// Readability's starting score for a container by its tag.
double tag_bonus(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

double hint_factor(const Element& element) {
  return 1.0 + k_class_factor * class_weight(*element.element) + (element.article_marker ? k_marker_factor : 0.0);
}

/// Commas of several scripts: a sentence-rich paragraph has more of them than a menu.
std::size_t commas(std::string_view text) {
  std::size_t n = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
  for (std::string_view wide : {"\xEF\xBC\x8C", "\xE3\x80\x81", "\xD8\x8C"})
    for (std::size_t at_pos = text.find(wide); at_pos != std::string_view::npos; at_pos = text.find(wide, at_pos + 1))
      ++n;
  return n;
}

bool is_paragraph_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

/// Adds each paragraph's score to its ancestors, starting at the container holding it.
std::vector<bool> score_paragraphs(PageModel& model, bool with_hints) {
  std::vector<bool> candidate(model.elements.size(), false);
  for (Element& element : model.elements) element.score = 0.0;
  for (const PageBlock& block : model.blocks) {
    if (!block.block.kept() || at(model, block.owner).pruned || block.text_chars < k_min_scored_chars) continue;
    if (block.block.kind == BlockKind::heading || block.block.kind == BlockKind::caption) continue;
    double score = 1.0 + static_cast<double>(commas(block.block.text)) +
                   std::min(static_cast<double>(block.text_chars) / 100.0, 3.0);
    // A paragraph scores its container; text straight inside a div (lines split by <br>)
    // scores that div too, since it is its own container.
    int node = block.owner;
    if (is_paragraph_tag(at(model, node).element->tag) && at(model, node).parent >= 0) node = at(model, node).parent;
    for (int level = 0; level < k_score_levels && node >= 0; ++level, node = at(model, node).parent) {
      if (!candidate[static_cast<std::size_t>(node)]) {
        candidate[static_cast<std::size_t>(node)] = true;
        at(model, node).score = with_hints ? tag_bonus(at(model, node).element->tag) : 0.0;
      }
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      at(model, node).score += score / divider;
    }
  }
  for (std::size_t i = 0; i < model.elements.size(); ++i)
    if (candidate[i])
      model.elements[i].score *= (with_hints ? hint_factor(model.elements[i]) : 1.0) * (1.0 - link_density(model.elements[i]));
  return candidate;
}

int best_candidate(const PageModel& model, const std::vector<bool>& candidate) {
  int best = -1;
  for (std::size_t i = 0; i < model.elements.size(); ++i)
    if (candidate[i] && (best < 0 || model.elements[i].score > at(model, best).score)) best = static_cast<int>(i);
  return best;
}

/// Readability's climb: a parent scoring higher than the path below it holds more article.
int climb(const PageModel& model, const std::vector<bool>& candidate, int top) {
  double last = at(model, top).score;
  double threshold = last / 3.0;
  for (int parent = at(model, top).parent; parent > 0; parent = at(model, parent).parent) {
    if (!candidate[static_cast<std::size_t>(parent)]) continue;
    double score = at(model, parent).score;
    if (score < threshold) break;
    if (score > last) return parent;
    last = score;
  }
  return top;
}

/// The element children of `parent`, in order.
std::vector<int> children_of(const PageModel& model, int parent) {
  std::vector<int> children;
  for (int i = parent + 1; i < at(model, parent).end; i = at(model, i).end) children.push_back(i);
  return children;
}

bool ends_sentence(std::string_view text) {
  std::size_t dot = text.find(". ");
  return dot != std::string_view::npos || text.ends_with('.');
}

/// What a sibling of the best candidate must reach to be part of the article.
struct SiblingBar {
  double score;
  std::size_t prose;
};

SiblingBar sibling_bar(const PageModel& model, int top) {
  const Element& element = at(model, top);
  return {std::max(k_sibling_floor, element.score * k_sibling_share),
          std::max(k_min_chunk_prose, static_cast<std::size_t>(static_cast<double>(element.prose_chars) * k_chunk_prose_share))};
}

/// True when sibling `s` of the best candidate continues the article.
bool continues_article(const PageModel& model, const std::vector<bool>& candidate, int s, const SiblingBar& bar) {
  const Element& element = at(model, s);
  if (element.pruned || element.text_chars == 0) return false;
  double density = link_density(element);
  // Chunks nested deeper than paragraph scores flow are judged by their prose instead.
  if (element.prose_chars >= bar.prose && density < k_chunk_link_density) return true;
  if (candidate[static_cast<std::size_t>(s)] && element.score >= bar.score) return true;
  if (element.element->tag != GUMBO_TAG_P) return false;
  if (element.text_chars > 80) return density < 0.25;
  if (element.first_block < 0) return false;
  return density == 0.0 && ends_sentence(model.blocks[static_cast<std::size_t>(element.first_block)].block.text);
}

/// Articles cut into chunks (one wrapper per few paragraphs, with ad rails between) put the
/// other chunks beside an ancestor of the best candidate, not beside it: take in those
/// cousins that score or read like article text and are not link lists.
void add_outer_chunks(const PageModel& model, const std::vector<bool>& candidate, int top, const SiblingBar& bar,
                      std::vector<int>& roots) {
  int node = at(model, top).parent;
  for (int level = 0; level < k_outer_levels && node > 0; ++level, node = at(model, node).parent) {
    for (int cousin : children_of(model, at(model, node).parent)) {
      if (cousin == node || at(model, cousin).pruned || link_density(at(model, cousin)) >= k_chunk_link_density)
        continue;
      bool scores = candidate[static_cast<std::size_t>(cousin)] && at(model, cousin).score >= bar.score;
      if (scores || at(model, cousin).prose_chars >= bar.prose) roots.push_back(cousin);
    }
  }
}

/// Prunes every element `drop` accepts, with its subtree, then totals the text again.
template <class Drop>
void prune_where(PageModel& model, Drop&& drop) {
  for (std::size_t i = 1; i < model.elements.size(); ++i) {
    Element& element = model.elements[i];
    element.pruned = (element.parent >= 0 && at(model, element.parent).pruned) || drop(element);
  }
  total_text(model);
}

/// The container richest in paragraphs by their text alone, before any hint by name.
int provisional_top(PageModel& model) { return best_candidate(model, score_paragraphs(model, false)); }


/// True for every element inside one of `roots`. Roots are disjoint subtrees (siblings,
/// cousins, comment sections), so this costs at most one pass over the elements.
std::vector<bool> mark_subtrees(const PageModel& model, const std::vector<int>& roots) {
  std::vector<bool> chosen(model.elements.size(), false);
  for (int root : roots)
    for (int i = root; i < at(model, root).end; ++i) chosen[static_cast<std::size_t>(i)] = true;
  return chosen;
}

}  // namespace

void prune_by_verdicts(PageModel& model, const Config& config) {
  if (model.elements.empty()) return;
  // First a provisional article, found with only comment sections pruned: the containers
  // around it are layout, even when their class says "sidebar" or "widget" (a
  // "content-with-sidebar" wrapper, Blogger's "widget Blog").
  total_text(model);
  prune_where(model, [&](const Element& element) { return element.verdict == Verdict::comments && !config.keep_comments; });
  std::vector<bool> shelter(model.elements.size(), false);
  for (int node = provisional_top(model); node >= 0; node = at(model, node).parent)
    shelter[static_cast<std::size_t>(node)] = true;

  for (Element& element : model.elements) element.pruned = false;
  total_text(model);
  prune_where(model, [&](const Element& element) {
    std::size_t i = static_cast<std::size_t>(&element - model.elements.data());
    return !shelter[i] && drops(element, config) && !element.holds_marker && !is_strong_marker(element);
  });
}

std::vector<int> select_content_roots(PageModel& model) {
  if (model.elements.empty()) return {};
  std::vector<bool> candidate = score_paragraphs(model, true);
  int top = best_candidate(model, candidate);
  if (top < 0) return {0};
  top = climb(model, candidate, top);
  // A lone child says nothing its parent does not: widen to the parent's siblings.
  while (top > 0 && children_of(model, at(model, top).parent).size() == 1) top = at(model, top).parent;
  if (top == 0) return {0};

  SiblingBar bar = sibling_bar(model, top);
  std::vector<int> roots;
  for (int sibling : children_of(model, at(model, top).parent))
    if (sibling == top || continues_article(model, candidate, sibling, bar)) roots.push_back(sibling);
  add_outer_chunks(model, candidate, top, bar, roots);
  return roots;
}

std::vector<int> comment_sections(const PageModel& model, const std::vector<int>& roots) {
  std::vector<bool> chosen = mark_subtrees(model, roots);
  std::vector<int> sections;
  for (int i = 1; i < static_cast<int>(model.elements.size());) {
    const Element& element = at(model, i);
    bool section = element.verdict == Verdict::comments && !element.pruned && element.text_chars > 0;
    if (section && !chosen[static_cast<std::size_t>(i)]) {
      sections.push_back(i);
      i = element.end;  // the outermost one holds the rest
    } else {
      ++i;
    }
  }
  return sections;
}

std::vector<std::size_t> blocks_under(const PageModel& model, const std::vector<int>& roots) {
  std::vector<bool> chosen = mark_subtrees(model, roots);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < model.blocks.size(); ++i) {
    int owner = model.blocks[i].owner;
    if (owner >= 0 && chosen[static_cast<std::size_t>(owner)] && !at(model, owner).pruned) out.push_back(i);
  }
  return out;
}

}  // namespace pith::html
