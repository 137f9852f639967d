// Main-content selection: which elements of the page model hold the article.
#pragma once

#include <vector>

#include "pith/html/page_model.h"

namespace pith::html {

/// Scores candidate containers by their paragraphs (length, commas, link density, markers)
/// and returns the roots of the article: the best candidate and the siblings that continue it.
std::vector<int> select_content_roots(PageModel& model);

/// The outermost comment sections outside `roots`, for users who keep comments.
std::vector<int> comment_sections(const PageModel& model, const std::vector<int>& roots);

/// Indexes of the blocks under `roots` that are article text (or marked removed, to report).
std::vector<std::size_t> blocks_under(const PageModel& model, const std::vector<int>& roots);

}  // namespace pith::html
