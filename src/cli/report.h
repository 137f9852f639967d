// What a batch run tells the user on standard error: a live progress line and a final summary.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pith/sites/site_learner.h"
#include "pith/sites/site_profile.h"

namespace cli {

/// Counts of a run, kept by the writer (one thread at a time).
struct RunTotals {
  std::size_t records_in = 0;
  std::size_t records_out = 0;
  std::size_t errors = 0;
  std::size_t skipped = 0;
  std::uint64_t bytes = 0;  ///< decompressed bytes of the records
  std::vector<std::pair<std::string, std::size_t>> removed;  ///< lines removed per filter
  /// Lines site-repeat removed, per site (only sites it removed lines of).
  std::map<std::string, std::size_t> site_removed;

  void add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts);
  /// Adds a record's site-repeat count (from `counts`) to `site`'s.
  void add_site_removed(const std::string& site, const std::vector<std::pair<std::string, std::size_t>>& counts);
};

/// The progress line: only on a terminal, at most a few times a second, erased at the end.
class Progress {
 public:
  /// `total_size`: the inputs' stored size, 0 when unknown (no percent or ETA then); `what`
  /// names the pass ("learning sites") when a run reads its inputs twice.
  Progress(bool enabled, std::uint64_t total_size, std::string what = {});
  /// Redraws the line when enough time has passed; `stored` is the input bytes read so far.
  void update(const RunTotals& totals, std::uint64_t stored);
  void clear();

 private:
  bool m_enabled;
  std::uint64_t m_total_size;
  std::string m_what;
  std::chrono::steady_clock::time_point m_start, m_last;
  bool m_drawn = false;
};

/// The summary: records in, out, errors, skipped; lines removed per filter; MB/s and records/s.
std::string summary(const RunTotals& totals, double seconds);

/// How site-repeat learned, when this run learned: from how many records and sites, in how long.
std::string learning_summary(const pith::sites::LearnerStats& stats, double seconds);

/// Per site of `profile` (those with the most lines removed first, at most 20): records, lines
/// and templates learned, and the lines `totals` says were removed (null: a run that cleaned
/// nothing, so no removals are shown).
std::string site_summary(const pith::sites::SiteProfile& profile, const RunTotals* totals);

}  // namespace cli
