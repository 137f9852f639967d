// Pruning by name: elements whose class, id or role (or page header/footer/form tag) say
// furniture go, except the containers of the article itself.
#include "pith/html/pruning.h"

#include <string>
#include <string_view>

#include "pith/html/candidate_scoring.h"
#include "pith/html/extraction_stages.h"

namespace pith::html {

namespace {

const Element& at(const PageModel& model, int index) { return model.elements[static_cast<std::size_t>(index)]; }

/// Page regions that hold no article unless the article is in them: the article of a page
/// rendered by script may be only in its <noscript>, a blog's post may sit in an <aside>.
bool is_guarded_tag(GumboTag tag) {
  return tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
         tag == GUMBO_TAG_NOSCRIPT;
}

/// The stage that drops `element` in this run (by attribute verdict, or a page region by tag),
/// or empty.
std::string_view drop_stage(const Element& element, const Config& config, bool keep_comments) {
  // A form is never text, not even the comment form of a comment section kept by request.
  if (element.element->tag == GUMBO_TAG_FORM && element.verdict == Verdict::comments) return stage::k_page_region;
  switch (element.verdict) {
    case Verdict::boilerplate: return stage::k_boilerplate_class;
    case Verdict::comments: return keep_comments ? std::string_view() : stage::k_comment;
    case Verdict::caption: return config.keep_captions ? std::string_view() : stage::k_caption;
    case Verdict::neutral: return is_guarded_tag(element.element->tag) ? stage::k_page_region : std::string_view();
  }
  return {};
}

std::string drop_reason(const Element& element, std::string_view stage) {
  std::string described = describe(*element.element);
  if (stage == stage::k_page_region) return "a page region: " + described;
  std::string token = verdict_token(*element.element);
  return described + " names " + (stage == stage::k_boilerplate_class ? "page furniture" : std::string(stage)) +
         " (\"" + token + "\")";
}

/// Prunes every element `drop` accepts, with its subtree, then totals the text again.
template <class Drop>
void prune_where(PageModel& model, Drop&& drop) {
  for (std::size_t i = 1; i < model.elements.size(); ++i) {
    Element& element = model.elements[i];
    element.pruned = element.removed_at_build || (element.parent >= 0 && at(model, element.parent).pruned) ||
                     drop(element);
  }
  total_text(model);
}

/// A <header> inside an <article>, <section> or <main> introduces that section (headline,
/// lead, byline), as the HTML standard has it; it is not the page's header. Marks such headers
/// and everything in them.
void mark_section_headers(PageModel& model) {
  std::vector<bool> in_section(model.elements.size(), false);
  for (std::size_t i = 1; i < model.elements.size(); ++i) {
    Element& element = model.elements[i];
    if (element.parent < 0) continue;
    const Element& parent = at(model, element.parent);
    GumboTag tag = parent.element->tag;
    in_section[i] = in_section[static_cast<std::size_t>(element.parent)] || tag == GUMBO_TAG_ARTICLE ||
                    tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_MAIN;
    element.in_section_header = parent.in_section_header ||
                                (in_section[i] && element.element->tag == GUMBO_TAG_HEADER && element.verdict == Verdict::neutral);
  }
}

/// A sibling of a provisional article named as furniture takes its place when it scores this
/// share of it.
constexpr double k_sibling_post_share = 0.25;

/// The container richest in paragraphs by their text alone, before any hint by name.
int provisional_top(PageModel& model) {
  std::vector<bool> candidate = score_candidates(model, false);
  int top = best_candidate(model, candidate);
  if (top <= 0) return top;
  // The paragraphs' own container, or a region around it holding a small part of the page's
  // prose, is named as furniture (an author box beside a short post, the teasers of related
  // posts): a container holding paragraphs and not so named, scoring at least a quarter as
  // much, is the post. The named region: that element and the named ancestors right above it
  // (a text widget in a sidebar). Its siblings' subtrees are searched for unnamed containers
  // of paragraphs.
  int region = top;
  if (at(model, top).verdict != Verdict::boilerplate) {
    region = -1;
    for (int node = at(model, top).parent; node > 0 && region < 0; node = at(model, node).parent)
      if (at(model, node).verdict == Verdict::boilerplate) {
        if (2 * at(model, node).prose_chars >= model.elements.front().prose_chars) return top;  // a layout wrapper
        region = node;
      }
    if (region < 0) return top;
  }
  while (at(model, region).parent > 0 && at(model, at(model, region).parent).verdict == Verdict::boilerplate)
    region = at(model, region).parent;
  int parent = at(model, region).parent, post = -1;
  if (parent < 0) return top;
  for (int child = parent + 1; child < at(model, parent).end; child = at(model, child).end) {
    if (child == region) continue;
    for (int i = child; i < at(model, child).end; ++i) {
      const Element& element = at(model, i);
      if (element.verdict == Verdict::boilerplate) {
        i = element.end - 1;  // skip named subtrees
        continue;
      }
      if (!candidate[static_cast<std::size_t>(i)] || element.verdict != Verdict::neutral) continue;
      if (element.score >= k_sibling_post_share * at(model, top).score && (post < 0 || element.score > at(model, post).score))
        post = i;
    }
  }
  return post >= 0 ? post : top;
}

/// A page whose best container outside its comment sections has less prose than this (under
/// two ordinary sentences) has no article there; and comment sections with at least this much
/// prose (three short paragraphs) are then the page's content: a forum thread whose posts are
/// marked up as comments, a live ticker's entries.
constexpr std::size_t k_article_prose = 150;
constexpr std::size_t k_comment_content_prose = 300;

/// Prose in the outermost comment sections, as the last totals counted it.
std::size_t comment_prose(const PageModel& model) {
  std::size_t prose = 0;
  for (std::size_t i = 1; i < model.elements.size();) {
    const Element& element = model.elements[i];
    if (element.verdict == Verdict::comments && !element.removed_at_build) {
      prose += element.prose_chars;
      i = static_cast<std::size_t>(element.end);
    } else {
      ++i;
    }
  }
  return prose;
}

/// Whether the last pass prunes `element` (naming the stage and reason on it): markers of the
/// main content and the header of a section stay, and so does a `sheltered` container.
bool prune_by_name(Element& element, const Config& config, bool keep_comments, bool sheltered) {
  if (element.holds_marker || is_strong_marker(element)) return false;
  if (element.in_section_header && element.element->tag == GUMBO_TAG_HEADER) return false;
  if (sheltered) return false;
  std::string_view stage = drop_stage(element, config, keep_comments);
  if (stage.empty()) return false;
  element.removed_by = stage;
  element.reason = drop_reason(element, stage);
  return true;
}

}  // namespace

void prune_by_verdicts(PageModel& model, const Config& config) {
  if (model.elements.empty()) return;
  // First a provisional article, found with only comment sections, captions and consent boxes
  // pruned (a cookie box or a long caption may hold more sentences than a short post): the containers
  // around it are layout, even when their class says "sidebar" or "widget" (a
  // "content-with-sidebar" wrapper, Blogger's "widget Blog").
  total_text(model);
  // Comment sections are pruned here even when kept by request: they must not compete with the
  // article (restore_comment_sections brings them back once it is chosen).
  std::size_t in_comments = comment_prose(model);
  bool keep_comments = false;
  auto provisional_prune = [&](const Element& element) {
    return (element.verdict == Verdict::comments && !keep_comments) ||
           (element.verdict == Verdict::caption && !config.keep_captions) ||
           (element.verdict == Verdict::boilerplate && names_consent_box(*element.element));
  };
  prune_where(model, provisional_prune);
  int top = provisional_top(model);
  if (!keep_comments && in_comments >= k_comment_content_prose &&
      (top < 0 || at(model, top).prose_chars < k_article_prose)) {
    keep_comments = true;  // the comments are all the page has to say
    prune_where(model, provisional_prune);
    top = provisional_top(model);
  }
  std::vector<bool> shelter(model.elements.size(), false);
  for (int node = top; node >= 0; node = at(model, node).parent) shelter[static_cast<std::size_t>(node)] = true;

  for (Element& element : model.elements) element.pruned = element.removed_at_build;
  total_text(model);
  // Where the page marks its main content (<main>, role="main", itemprop="articleBody"), a
  // page region neither holding nor inside such a marker is not the article, however much
  // text it has.
  bool page_marked = model.elements.front().holds_marker || is_strong_marker(model.elements.front());
  std::vector<bool> in_marker(model.elements.size(), false);
  for (std::size_t i = 1; i < model.elements.size(); ++i) {
    int parent = model.elements[i].parent;
    in_marker[i] = parent >= 0 && (in_marker[static_cast<std::size_t>(parent)] || is_strong_marker(at(model, parent)));
  }
  mark_section_headers(model);
  prune_where(model, [&](Element& element) {
    std::size_t i = static_cast<std::size_t>(&element - model.elements.data());
    bool unmarked_region = page_marked && !in_marker[i] && is_guarded_tag(element.element->tag);
    return prune_by_name(element, config, keep_comments, shelter[i] && !unmarked_region);
  });
}

void restore_comment_sections(PageModel& model, const Config& config) {
  for (std::size_t i = 1; i < model.elements.size();) {
    Element& section = model.elements[i];
    if (section.removed_by != stage::k_comment) {
      ++i;
      continue;
    }
    // The section and its subtree are pruned as they would have been had comments been kept
    // from the start; no container in them is sheltered, since the article is outside them.
    section.removed_by = {};
    section.reason.clear();
    section.pruned = prune_by_name(section, config, true, false);
    for (std::size_t j = i + 1; j < static_cast<std::size_t>(section.end); ++j) {
      Element& element = model.elements[j];
      element.pruned = element.removed_at_build || at(model, element.parent).pruned ||
                       prune_by_name(element, config, true, false);
    }
    i = static_cast<std::size_t>(section.end);
  }
  total_text(model);
}

}  // namespace pith::html
