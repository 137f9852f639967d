// trailing-headlines: other stories' headlines a page lists after the article with no header,
// among the page's closing residue (a share row, a comment notice, the copyright line).
#pragma once

#include "pith/filters/filter.h"

namespace pith {

/// Marks the story headlines (story_headline.h's is_story_headline()) that stand after the
/// article's last paragraph with only residue around them: reading back from the document's
/// end, every kept line is such a headline up to a kept paragraph (shape::is_paragraph_shaped()),
/// and a line another stage removed stands between that paragraph and the first headline.
/// A headline-shaped line right under the last paragraph stays (an article may close on a
/// short line, a list or a sign-off), and so does every line of a document with no paragraph.
/// Plain text only: a page's DOM tells its related lists by their links, and its last blocks may
/// be a table's rows or a figure's data. A line holding a bar is a table's row, no headline.
/// Runs after the other named stages, whose marks it reads.
class TrailingHeadlinesFilter : public Filter {
 public:
  explicit TrailingHeadlinesFilter(const Config&) {}
  void apply(Document& doc, std::string_view name) const override;
};

}  // namespace pith
