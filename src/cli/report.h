// What a batch run tells the user on standard error: a live progress line and a final summary;
// and the counts both (and the --report page) are made from.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pith/sites/site_learner.h"
#include "pith/sites/site_profile.h"

namespace cli {

/// One removed line shown as an example in the report.
struct RemovedExample {
  std::string text;
  std::string reason;
  std::string record;  ///< the record it came from ("dump.jsonl:12")
};

/// What was removed from the records of one site (the host of their URL).
struct SiteTotals {
  std::size_t records = 0;
  std::size_t removed = 0;
  std::vector<std::pair<std::string, std::size_t>> per_filter;
};

/// Counts of a run, kept by the writer (one thread at a time).
struct RunTotals {
  std::size_t records_in = 0;   ///< every record read, whatever became of it
  std::size_t records_out = 0;  ///< cleaned and written with their text
  std::size_t errors = 0;
  std::size_t skipped = 0;        ///< read past: WARC records that are not HTML responses, and...
  std::size_t skipped_short = 0;  ///< ...records whose text was under --min-chars (also in `skipped`)
  std::size_t skipped_language = 0;  ///< ...records not in a --language asked for (also in `skipped`)
  std::size_t empty = 0;          ///< records out with no text left (also in `records_out`)
  std::uint64_t bytes = 0;        ///< decompressed bytes of the records
  std::vector<std::pair<std::string, std::size_t>> removed;  ///< removals (lines, page blocks, spans) per stage

  // Kept only for --report.
  std::map<std::string, SiteTotals> sites;
  std::vector<std::pair<std::string, std::vector<RemovedExample>>> examples;  ///< per filter
  /// Lines site-repeat removed, per site (only sites it removed lines of); kept on every run.
  std::map<std::string, std::size_t> site_removed;

  void add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts);
  /// Adds a record of `url` with its removals to its site's totals.
  void add_site(std::string_view url, const std::vector<std::pair<std::string, std::size_t>>& counts);
  /// Keeps up to k_examples_per_filter distinct lines per filter.
  void add_example(const std::string& filter, const std::string& text, const std::string& reason,
                   const std::string& record);

  static constexpr std::size_t k_examples_per_filter = 5;
  /// Adds a record's site-repeat count (from `counts`) to `site`'s.
  void add_site_removed(const std::string& site, const std::vector<std::pair<std::string, std::size_t>>& counts);
};

/// The site of a URL: its host, lower-cased, without "www." ("" when there is no host).
std::string url_site(std::string_view url);

/// "1 record", "2 records": a count and its noun (which takes an "s" in the plural).
std::string count_of(std::size_t n, std::string_view noun);

/// `counts` in pipeline order: by place in `stage_order` (names), unknown names last.
std::vector<std::pair<std::string, std::size_t>> in_pipeline_order(
    std::vector<std::pair<std::string, std::size_t>> counts, const std::vector<std::string>& stage_order);

/// The progress line: only on a terminal, at most a few times a second, erased at the end.
class Progress {
 public:
  /// `total_size`: the inputs' stored size, 0 when unknown (no percent or ETA then); `what`
  /// names the pass ("learning sites") when a run reads its inputs twice.
  Progress(bool enabled, std::uint64_t total_size, std::string what = {});
  /// Redraws the line when enough time has passed (the first call draws at once); `stored` is
  /// the input bytes read so far.
  void update(const RunTotals& totals, std::uint64_t stored);
  void clear();

 private:
  bool m_enabled;
  std::uint64_t m_total_size;
  std::string m_what;
  std::chrono::steady_clock::time_point m_start, m_last;
  bool m_drawn = false;
  bool m_ever_drawn = false;
};

/// True when a progress line may be drawn: standard error is a terminal, and standard output
/// (when the output goes there) is not one too, where the line would run into the text.
bool progress_allowed(bool stderr_is_terminal, bool stdout_is_terminal, bool output_to_stdout);

/// The summary: records in, out (empty), errors, skipped; removals per stage (extraction
/// stages of a page, then filters) in pipeline order; `destination` (where the cleaned text
/// went, one line, may be empty); MB/s, records/s.
std::string summary(const RunTotals& totals, double seconds, const std::vector<std::string>& stage_order,
                    const std::string& destination);

/// How site-repeat learned, when this run learned: from how many records and sites, in how long.
std::string learning_summary(const pith::sites::LearnerStats& stats, double seconds);

/// Per site of `profile` (those with the most lines removed first, at most 20): records, lines
/// and templates learned, and the lines `totals` says were removed (null: a run that cleaned
/// nothing, so no removals are shown).
std::string site_summary(const pith::sites::SiteProfile& profile, const RunTotals* totals);

}  // namespace cli
