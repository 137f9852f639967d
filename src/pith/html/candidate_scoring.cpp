// Candidate scoring in the manner of Readability: each paragraph's score (length, commas)
// flows to its containers, weighed by link density, class hints and article markers.
#include "pith/html/candidate_scoring.h"

#include <algorithm>
#include <string_view>

namespace pith::html {

namespace {

/// Below this many characters a block says little about its container (a date, a label).
constexpr std::size_t k_min_scored_chars = 25;
/// How far up a paragraph's score flows, and Readability's dividers per level.
constexpr int k_score_levels = 5;
/// What a class/id hint and an explicit article marker multiply a container's score by.
/// Multiplied rather than added (as Readability does) so that a short "content" box with one
/// line in it cannot outscore the paragraphs of the article.
constexpr double k_class_factor = 0.25;
constexpr double k_marker_factor = 0.25;

const Element& at(const PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }
Element& at(PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }

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
  double factor = 1.0 + k_class_factor * class_weight(*element.element) + (element.article_marker ? k_marker_factor : 0.0);
  // A container of several <article> elements is a feed of stories (related posts, a front
  // page), not one story: its paragraphs count once per story.
  if (element.articles > 1) factor /= static_cast<double>(element.articles);
  return factor;
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

/// <article> elements inside `element`, not counting itself.
std::size_t articles_below(const Element& element) {
  return element.articles - (element.element->tag == GUMBO_TAG_ARTICLE && !element.pruned ? 1 : 0);
}

}  // namespace

std::vector<bool> score_candidates(PageModel& model, bool with_hints) {
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

int climb(const PageModel& model, const std::vector<bool>& candidate, int top) {
  double last = at(model, top).score;
  double threshold = last / 3.0;
  for (int parent = at(model, top).parent; parent > 0; parent = at(model, parent).parent) {
    if (!candidate[static_cast<std::size_t>(parent)]) continue;
    double score = at(model, parent).score;
    // A parent holding other <article> elements below it holds other stories (a feed).
    if (score < threshold || articles_below(at(model, parent)) > at(model, top).articles) break;
    if (score > last) return parent;
    last = score;
  }
  return top;
}

}  // namespace pith::html
