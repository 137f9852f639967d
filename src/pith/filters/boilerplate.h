// boilerplate: a learned line classifier that removes the page furniture and residue lines the
// named filters do not know, judged from the shape of each line and of the lines around it.
#pragma once

#include <vector>

#include "pith/filters/boilerplate_model.h"
#include "pith/filters/filter.h"

namespace pith {

class BoilerplateFilter : public Filter {
 public:
  /// Uses config.boilerplate_model (the shipped model when empty; Pipeline::create has checked
  /// that the file loads), config.boilerplate_threshold, and config.boilerplate_page_threshold
  /// for a text document that looks like a whole page dumped as text: 80 or more lines, under
  /// 35% of them prose.
  explicit BoilerplateFilter(const Config& config);
  void apply(Document& doc, std::string_view name) const override;

 private:
  /// Removes the lines of `features` whose `scores` (one per line, in order) reach `threshold`.
  void judge(Document& doc, std::string_view name, const boilerplate::DocumentFeatures& features,
             const std::vector<float>& scores, float threshold, bool whole_page) const;

  boilerplate::Model m_model;
  float m_threshold;
  float m_page_threshold;
  bool m_dump_features;
  bool m_reasons;  ///< Config::removal_reasons
};

namespace boilerplate {

/// The scores of a whole page's lines (one per line, in order, each 0..1), each blended with the
/// lines around it: 0.6 x its own score + 0.4 x the mean over itself and the two lines on each
/// side (fewer at the edges). Same length as `scores`; empty in, empty out. Why and the
/// measurements: boilerplate.cpp, k_own_weight.
std::vector<float> with_neighbours(const std::vector<float>& scores);

/// Takes back removals from a list the article introduced: when a kept line of 5+ words ending
/// in a colon (a lead-in: "found in foods like:") is followed by a kept short line (6 words or
/// fewer, no URL), the lines after that item with its shape (short, ending a sentence or not,
/// opening with a bullet or not, bracketed or not) are the same list and stay, until a line of
/// another shape. The model judges each line alone, and its position features push a list's
/// last items, near the end of an article, over the threshold while its first ones stay (a
/// recipe's ingredients, a listicle's items). `removed` holds one flag per line of `features`
/// (true: over the threshold) and is cleared for those lines. Measured with models trained
/// without the data scored (leave-one-site-out on the dev records; each whole-page corpus with
/// a model trained without it): 7 content lines and 1 ambiguous taken back on the dev records,
/// 1 content and 5 unlabelled (recipe ingredients) on trafilatura-eval, none on scrapinghub; no
/// noise line anywhere.
void keep_lead_in_lists(const DocumentFeatures& features, std::vector<bool>& removed);

}  // namespace boilerplate

/// False with `err` when config.boilerplate_model names a file that is not a usable model, or
/// the threshold is out of range: a configuration error, checked once at start.
bool check_boilerplate_config(const Config& config, std::string* err);

}  // namespace pith
