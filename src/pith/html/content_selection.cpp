// Content selection: the best candidate, widened to the siblings and chunks that continue it.
#include "pith/html/content_selection.h"

#include "pith/base/line_shape.h"
#include "pith/html/candidate_scoring.h"
#include "pith/html/extraction_stages.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace pith::html {

namespace {

/// A sibling joins the article when it scores this share of the best candidate.
constexpr double k_sibling_share = 0.2;
constexpr double k_sibling_floor = 10.0;
/// How many ancestors up other chunks of a split article are looked for, and how link-free
/// they must be (a chunk is prose; a teaser grid is links).
constexpr int k_outer_levels = 2;
constexpr double k_chunk_link_density = 0.25;
/// A sibling holding this many list items or table rows (not links) is data of the article.
constexpr std::size_t k_min_data_rows = 3;
/// A sibling with this share of the best candidate's prose (and at least the minimum) is
/// another chunk of the article even where paragraph scores do not reach it; the minimum is
/// about three ordinary paragraphs, so a lone teaser does not qualify.
constexpr double k_chunk_prose_share = 0.3;
constexpr std::size_t k_min_chunk_prose = 400;

const Element& at(const PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }

/// The element children of `parent`, in order, but those dropped by tag or visibility (a
/// <script>, a hidden <div>): no reader sees them beside the others.
std::vector<int> children_of(const PageModel& model, int parent) {
  std::vector<int> children;
  for (int i = parent + 1; i < at(model, parent).end; i = at(model, i).end)
    if (!at(model, i).removed_at_build) children.push_back(i);
  return children;
}

bool ends_sentence(std::string_view text) {
  std::size_t dot = text.find(". ");
  return dot != std::string_view::npos || text.ends_with('.');
}

/// Several <article> elements side by side are other stories (related posts, a front page).
bool is_feed(const Element& element) { return element.articles > 1; }

/// Lists and tables beside the text score little (short rows) but are its data: a recipe's
/// ingredients, a product's specifications.
bool holds_data(const Element& element) {
  return element.data_rows >= k_min_data_rows && link_density(element) < k_chunk_link_density;
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

/// True when `a` and `b` are made alike: the same tag and the same class attribute (not none:
/// unnamed <div>s are alike in nothing).
bool alike(const Element& a, const Element& b) {
  std::string_view cls = attribute(*a.element, "class");
  return a.element->tag == b.element->tag && !cls.empty() && cls == attribute(*b.element, "class");
}

/// True when sibling `s` of the best candidate `top` continues the article.
bool continues_article(const PageModel& model, const std::vector<bool>& candidate, int top, int s,
                       const SiblingBar& bar) {
  const Element& element = at(model, s);
  if (element.pruned || element.text_chars == 0 || is_feed(element)) return false;
  double density = link_density(element);
  // Chunks nested deeper than paragraph scores flow are judged by their prose instead.
  if (element.prose_chars >= bar.prose && density < k_chunk_link_density) return true;
  // A layout that cuts the article into wrappers cuts it into wrappers made alike: one with a
  // few paragraphs of its own is another chunk, however long the best one is.
  if (alike(element, at(model, top)) && element.prose_chars >= k_min_chunk_prose && density < k_chunk_link_density)
    return true;
  if (candidate[static_cast<std::size_t>(s)] && element.score >= bar.score) return true;
  if (holds_data(element)) return true;
  if (element.element->tag != GUMBO_TAG_P) return false;
  if (element.text_chars > 80) return density < 0.25;
  if (element.first_block < 0) return false;
  return density == 0.0 && ends_sentence(model.blocks[static_cast<std::size_t>(element.first_block)].block.text);
}

/// Headings over a page's comment thread, as shape::key() gives them once a count before or
/// after is taken off ("Comments (3)", "12 Kommentare"), in the six languages.
constexpr std::string_view k_comment_headings[] = {
    "comments", "comment", "reader comments", "kommentare", "kommentar", "leserkommentare",
    "comentarios", "comentario", "commentaires", "commentaire", "commenti", "commento",
    "comentários", "comentário",
};
/// A comment thread's heading is a few words.
constexpr std::size_t k_max_comment_heading_bytes = 40;

/// True when `text` is a comment thread's heading, with or without its count.
bool is_comment_heading(std::string_view text) {
  if (text.size() > k_max_comment_heading_bytes) return false;
  std::string key = shape::key(text);
  std::string_view words = key;
  constexpr std::string_view k_count_chars = "0123456789()[]: ";
  std::size_t first = words.find_first_not_of(k_count_chars);
  if (first == std::string_view::npos) return false;
  words = words.substr(first, words.find_last_not_of(k_count_chars) - first + 1);
  return std::find(std::begin(k_comment_headings), std::end(k_comment_headings), words) != std::end(k_comment_headings);
}

/// True when element `s` opens with a comment thread's heading: a sibling of the article that
/// holds the readers' comments, however its classes are named (hashed CSS-module names say
/// nothing), is not more of the article, although comments are prose.
bool opens_comment_thread(const PageModel& model, int s) {
  int first = -1;
  for (int i = s; i < at(model, s).end; ++i) {
    int block = at(model, i).first_block;
    if (block >= 0 && (first < 0 || block < first)) first = block;
  }
  return first >= 0 && is_comment_heading(model.blocks[static_cast<std::size_t>(first)].block.text);
}

/// Articles cut into chunks (one wrapper per few paragraphs, with ad rails between) put the
/// other chunks beside an ancestor of the best candidate, not beside it: take in those
/// cousins that score or read like article text and are not link lists.
void add_outer_chunks(const PageModel& model, const std::vector<bool>& candidate, int top, const SiblingBar& bar,
                      std::vector<int>& roots) {
  int node = at(model, top).parent;
  for (int level = 0; level < k_outer_levels && node > 0; ++level, node = at(model, node).parent) {
    for (int cousin : children_of(model, at(model, node).parent)) {
      if (cousin == node || at(model, cousin).pruned || is_feed(at(model, cousin)) ||
          link_density(at(model, cousin)) >= k_chunk_link_density)
        continue;
      bool scores = candidate[static_cast<std::size_t>(cousin)] && at(model, cousin).score >= bar.score;
      if ((scores || at(model, cousin).prose_chars >= bar.prose || holds_data(at(model, cousin))) &&
          !opens_comment_thread(model, cousin))
        roots.push_back(cousin);
    }
  }
}


/// How far before the body a lead is looked for: blocks between the headline and the body,
/// and levels from the body's root up to an ancestor the headline shares.
constexpr std::size_t k_lead_window = 30;
constexpr int k_lead_levels = 4;
/// A lead is prose: this long at least, with little link text.
constexpr std::size_t k_lead_chars = 30;
constexpr float k_lead_link_density = 0.3f;

bool ends_like_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == ')')) text.remove_suffix(1);
  for (std::string_view end : {".", "!", "?", ":", "\xE2\x80\xA6", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xBB", "\xC2\xAB"})
    if (text.ends_with(end)) return true;
  return false;
}

/// A lead set as a heading (an <h2> standfirst under the <h1>): a sentence or two, longer than
/// headlines run, ending like a sentence. Headlines rarely end in a full stop.
constexpr std::size_t k_lead_heading_chars = 100;

bool is_lead_heading(const PageBlock& block) {
  return block.block.kind == BlockKind::heading && block.text_chars >= k_lead_heading_chars &&
         block.block.link_density <= k_lead_link_density && ends_like_sentence(block.block.text);
}

/// A standfirst left without its full stop still reads as a sentence: a dozen words or more,
/// and none of a dateline's figures or separators ("Updated: 19 May 2024 | 09:01").
bool reads_like_prose(std::string_view text) {
  constexpr std::size_t k_min_words = 12, k_max_digits = 2;
  std::size_t words = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
  std::size_t digits =
      static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
  return words >= k_min_words && digits <= k_max_digits && text.find('|') == std::string_view::npos;
}

bool is_lead_text(const PageBlock& block) {
  if (is_lead_heading(block)) return true;
  BlockKind kind = block.block.kind;
  if (kind != BlockKind::paragraph && kind != BlockKind::list_item && kind != BlockKind::quote) return false;
  return block.text_chars >= k_lead_chars && block.block.link_density <= k_lead_link_density &&
         (ends_like_sentence(block.block.text) || reads_like_prose(block.block.text));
}

/// True when `ancestor` is `node` or one of its first `levels` ancestors.
bool is_near_ancestor(const PageModel& model, int ancestor, int node, int levels) {
  for (int level = 0; node >= 0 && level <= levels; ++level, node = at(model, node).parent)
    if (node == ancestor) return true;
  return false;
}

/// True for every element inside one of `roots`. Roots are disjoint subtrees (siblings,
/// cousins, comment sections), so this costs at most one pass over the elements.
std::vector<bool> mark_subtrees(const PageModel& model, const std::vector<int>& roots) {
  std::vector<bool> chosen(model.elements.size(), false);
  for (int root : roots)
    for (int i = root; i < at(model, root).end; ++i) chosen[static_cast<std::size_t>(i)] = true;
  return chosen;
}

/// The lead of the article: prose between its headline and the body, which pages often set
/// apart from the body (a teaser, a standfirst, a summary list) so that no container of the
/// body holds it. True for each such block.
std::vector<bool> lead_blocks(const PageModel& model, const std::vector<int>& roots, const std::vector<bool>& chosen) {
  std::vector<bool> lead(model.blocks.size(), false);
  std::size_t first = 0;
  while (first < model.blocks.size() &&
         !(model.blocks[first].block.kept() && model.blocks[first].owner >= 0 &&
           chosen[static_cast<std::size_t>(model.blocks[first].owner)]))
    ++first;
  if (first == model.blocks.size()) return lead;
  // The nearest heading before the body, not too far back.
  std::size_t headline = first;
  for (std::size_t i = first, seen = 0; i-- > 0 && seen < k_lead_window;) {
    const Block& block = model.blocks[i].block;
    // A headline (<h1>) set in a page banner or hero region was pruned with it, and still heads
    // the lead.
    bool region_heading = block.kind == BlockKind::heading && block.structure.heading_level == 1 &&
                          (block.removed_by == stage::k_page_region || block.removed_by == stage::k_boilerplate_class);
    if (!block.kept() && !region_heading) continue;
    ++seen;
    if (block.kind == BlockKind::heading && !is_lead_heading(model.blocks[i])) {
      headline = i;
      break;
    }
  }
  if (headline == first) return lead;
  // The headline and the body share a container a few levels above the body.
  int root = model.blocks[first].owner;
  while (root >= 0 && std::find(roots.begin(), roots.end(), root) == roots.end()) root = at(model, root).parent;
  bool near = false;
  for (int node = model.blocks[headline].owner; node >= 0 && !near; node = at(model, node).parent)
    near = is_near_ancestor(model, node, root, k_lead_levels);
  if (!near) return lead;
  for (std::size_t i = headline + 1; i < first; ++i)
    if (model.blocks[i].block.kept() && is_lead_text(model.blocks[i])) lead[i] = true;
  return lead;
}

bool holds_h1(const PageModel& model, int node) {
  for (int i = node; i < at(model, node).end; ++i)
    if (at(model, i).element->tag == GUMBO_TAG_H1) return true;
  return false;
}

/// The posts of a thread (a forum, a page of sections) when `top` sits in one: an ancestor of
/// `top`, close enough, with at least k_min_posts siblings made alike that hold prose and do
/// not link out. A thread's posts are nested deeper than paragraph scores flow, so no
/// container scores for all of them. Empty when `top` is in no such series.
std::vector<int> series_around(const PageModel& model, int top) {
  constexpr int k_levels = 10;
  constexpr std::size_t k_min_posts = 3;
  int node = top;
  for (int level = 0; level < k_levels && node > 0; ++level, node = at(model, node).parent) {
    int parent = at(model, node).parent;
    if (parent < 0) break;
    std::vector<int> posts;
    std::size_t with_prose = 0, headlined = 0;
    for (int sibling : children_of(model, parent)) {
      const Element& element = at(model, sibling);
      if (!alike(element, at(model, node)) || element.pruned) continue;
      if (link_density(element) >= k_chunk_link_density) return {};  // a feed of teasers, not posts
      posts.push_back(sibling);
      if (element.prose_chars > 0) ++with_prose;
      if (holds_h1(model, sibling)) ++headlined;
    }
    // Several with a headline of their own are stories one after another (a page that loads
    // the next article as the reader scrolls), not posts of one thread.
    if (headlined > 1) return {};
    if (with_prose >= k_min_posts) return posts;
  }
  return {};
}

/// Where the page marks its main content (<main>, role="main", itemprop="articleBody"), the best
/// container inside the mark is preferred to a better one outside it (a sidebar's text box, a
/// top drawer) when it scores at least this share of it.
constexpr double k_marked_share = 0.3;

/// The best candidate inside the page's strong markers when `top` is outside them all and that
/// candidate scores k_marked_share of `top`; else `top`.
int prefer_marked(const PageModel& model, const std::vector<bool>& candidate, int top) {
  if (!model.elements.front().holds_marker) return top;
  std::vector<bool> marked(model.elements.size(), false);
  for (std::size_t i = 0; i < model.elements.size(); ++i) {
    const Element& element = model.elements[i];
    marked[i] = (element.parent >= 0 && marked[static_cast<std::size_t>(element.parent)]) ||
                (is_strong_marker(element) && !element.pruned);
  }
  if (marked[static_cast<std::size_t>(top)]) return top;
  int best = -1;
  for (std::size_t i = 0; i < model.elements.size(); ++i)
    if (candidate[i] && marked[i] && (best < 0 || model.elements[i].score > at(model, best).score))
      best = static_cast<int>(i);
  return best >= 0 && at(model, best).score >= k_marked_share * at(model, top).score ? best : top;
}

}  // namespace

std::vector<int> select_content_roots(PageModel& model) {
  if (model.elements.empty()) return {};
  std::vector<bool> candidate = score_candidates(model, true);
  int top = best_candidate(model, candidate);
  if (top < 0) return {0};
  top = prefer_marked(model, candidate, top);
  top = climb(model, candidate, top);
  // A lone child says nothing its parent does not: widen to the parent's siblings.
  while (top > 0 && children_of(model, at(model, top).parent).size() == 1) top = at(model, top).parent;
  if (top == 0) return {0};

  if (std::vector<int> posts = series_around(model, top); !posts.empty()) return posts;

  SiblingBar bar = sibling_bar(model, top);
  std::vector<int> roots;
  for (int sibling : children_of(model, at(model, top).parent))
    if (sibling == top || (continues_article(model, candidate, top, sibling, bar) && !opens_comment_thread(model, sibling)))
      roots.push_back(sibling);
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

void mark_outside_content(PageModel& model, const std::vector<int>& roots, const std::vector<int>& comments,
                          const SourceLines& lines, std::string_view declared_body) {
  if (roots.empty()) return;
  std::vector<bool> chosen = mark_subtrees(model, roots);
  // The lead is found from the article alone: a comment section above it is not its body.
  std::vector<bool> lead = lead_blocks(model, roots, chosen);
  std::vector<bool> in_comments = mark_subtrees(model, comments);
  for (std::size_t i = 0; i < chosen.size(); ++i) chosen[i] = chosen[i] || in_comments[i];
  std::string body_key = declared_body.empty() ? std::string() : shape::key(declared_body);
  // The page's own word (JSON-LD articleBody) for prose the containers above did not hold.
  auto declared = [&](const PageBlock& block) {
    if (body_key.empty() || block.text_chars < k_lead_chars) return false;
    BlockKind kind = block.block.kind;
    if (kind != BlockKind::paragraph && kind != BlockKind::list_item && kind != BlockKind::quote) return false;
    return body_key.find(shape::key(block.block.text)) != std::string::npos;
  };
  const GumboElement& main = *at(model, roots.front()).element;
  std::string reason = "outside the main content, " + describe(main);
  if (int line = lines.line(main.start_pos.offset); line > 0 && main.original_tag.length > 0)
    reason += " at line " + std::to_string(line);
  for (PageBlock& block : model.blocks) {
    if (!block.block.kept()) continue;
    std::size_t i = static_cast<std::size_t>(&block - model.blocks.data());
    if ((block.owner < 0 || !chosen[static_cast<std::size_t>(block.owner)]) && !lead[i] && !declared(block))
      mark_removed(block.block, stage::k_outside_main_content, reason);
    else if (at(model, block.owner).in_section_header && block.block.kind != BlockKind::heading && !is_lead_text(block))
      mark_removed(block.block, stage::k_header_meta, "a line of the article's <header> that is no lead: a byline, a date, a label");
  }
}

}  // namespace pith::html
