// Learning a site profile from records: each record's line keys are taken apart by the workers
// (record_lines), then counted per site in capped tables by one thread in input order (so the
// profile is the same whatever -j is), and read out against thresholds into a SiteProfile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pith/document.h"
#include "pith/sites/line_table.h"
#include "pith/sites/site_profile.h"

namespace pith::sites {

/// Lines of more words than this count as whole lines only, never towards a template: a
/// template's fixed words and a headline-long middle (k_max_two_sided_middle_words) fit in it.
inline constexpr std::size_t k_max_template_line_words = 36;

/// The distinct line keys of one record and the template keys they give, ready to count.
struct RecordLines {
  struct Item {
    std::uint64_t hash = 0;
    KeyKind kind = KeyKind::line;
    std::uint32_t offset = 0, size = 0;  ///< the whole line key in `keys`
    std::uint32_t words = 0;
  };
  std::string site;  ///< "" when the record has none: nothing is learned from it
  std::string keys;  ///< the record's line keys, back to back
  std::vector<Item> items;
};

/// The lines of `doc` (every block, as parsed, before any stage) as keys of `doc.site`.
void record_lines(const Document& doc, RecordLines* out);

/// How much the learner may hold. Each site's table has room for `keys_per_site` keys; all
/// tables, texts and site names together stop growing at `max_bytes` (tables then keep their
/// size and make way for new keys, and sites first seen after that are counted but not learned).
struct LearnerLimits {
  /// With about 40 keys a record (20 lines and their template keys), 4096 keys keep every line in
  /// over 1% of a site's records (40/4096), below the 2% a line needs to count (Config).
  std::size_t keys_per_site = 4096;
  std::size_t max_bytes = std::size_t{64} << 20;
};

/// What learning saw, for the run's summary.
struct LearnerStats {
  std::size_t records = 0;               ///< records added
  std::size_t records_without_site = 0;  ///< of which named no site
  std::size_t sites = 0;                 ///< sites learned from (each with a table)
  std::size_t records_not_learned = 0;   ///< of which came from sites first seen after the budget was spent
  std::size_t bytes = 0;                 ///< bytes held by tables, texts and names
};

class SiteLearner {
 public:
  explicit SiteLearner(LearnerLimits limits = {}) : m_limits(limits) {}

  /// Counts the lines of one record. Call from one thread, in input order.
  void add(const RecordLines& record);

  /// The lines and templates in at least max(`min_records`, `min_share` of its records) records
  /// of their site (by Space-Saving's lower bound, so never more than truly recur), each with
  /// that lower bound as its count.
  SiteProfile profile(std::size_t min_records, double min_share) const;

  const LearnerStats& stats() const { return m_stats; }

 private:
  struct Site {
    std::size_t records = 0;
    std::unique_ptr<LineTable> table;
  };

  LearnerLimits m_limits;
  LearnerStats m_stats;
  std::map<std::string, Site, std::less<>> m_sites;
};

}  // namespace pith::sites
