// news-tip: a site's call for news tips and reader submissions ("Got a news tip? Email us",
// "Want to write for us?", "If you would like to write an op-ed ..., read our guidelines").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

/// Removes a line that opens with a call for tips or submissions (a question, which a '?' must
/// follow on the line, or an imperative) and is addressed to the site: "us", the newsroom, an
/// e-mail address, submission guidelines. A bare call of a few words ("Submit a tip") needs no
/// addressee. A line of more than k_max_words words is prose and stays, and so do police
/// appeals ("Have a tip? Call Crime Stoppers"), which name no one at the site.
class NewsTipFilter : public LineFilter {
 public:
  explicit NewsTipFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
