// Candidate scoring: which container of the page holds the most article-like paragraphs.
#pragma once

#include <vector>

#include "pith/html/page_model.h"

namespace pith::html {

/// Scores every container by the paragraphs below it (Readability's measure: length and
/// commas, flowing up five levels, times one minus link density); with `with_hints`, also by
/// tag, class/id hints and article markers. True for each element that received a score.
std::vector<bool> score_candidates(PageModel& model, bool with_hints);

/// The highest-scoring candidate, or -1 when no paragraph was long enough to score.
int best_candidate(const PageModel& model, const std::vector<bool>& candidate);

/// Readability's climb from `top`: an ancestor scoring above the path below it holds more of
/// the article.
int climb(const PageModel& model, const std::vector<bool>& candidate, int top);

}  // namespace pith::html
