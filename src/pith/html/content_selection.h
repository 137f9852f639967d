// Main-content selection: which elements of the page model hold the article.
#pragma once

#include <string_view>
#include <vector>

#include "pith/html/page_model.h"
#include "pith/html/source_lines.h"

namespace pith::html {

/// Scores candidate containers by their paragraphs (length, commas, link density, markers)
/// and returns the roots of the article: the best candidate and the siblings that continue it.
std::vector<int> select_content_roots(PageModel& model);

/// The outermost comment sections outside `roots`, for users who keep comments.
std::vector<int> comment_sections(const PageModel& model, const std::vector<int>& roots);

/// Marks every still-kept block outside the subtrees of `roots` and `comments` (comment
/// sections kept by request; may be empty) as outside the main content, naming the first root
/// (and its line) in the reason; spared are the article's lead (prose between its headline and
/// the body of `roots`) and prose the page declares as its article body (`declared_body`,
/// JSON-LD articleBody; empty when none).
void mark_outside_content(PageModel& model, const std::vector<int>& roots, const std::vector<int>& comments,
                          const SourceLines& lines, std::string_view declared_body = {});

}  // namespace pith::html
