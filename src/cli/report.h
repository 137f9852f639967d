// What a batch run tells the user on standard error: a live progress line and a final summary.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cli {

/// Counts of a run, kept by the writer (one thread at a time).
struct RunTotals {
  std::size_t records_in = 0;
  std::size_t records_out = 0;
  std::size_t errors = 0;
  std::size_t skipped = 0;
  std::uint64_t bytes = 0;  ///< decompressed bytes of the records
  std::vector<std::pair<std::string, std::size_t>> removed;  ///< removals (lines, page blocks, spans) per stage

  void add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts);
};

/// The progress line: only on a terminal, at most a few times a second, erased at the end.
class Progress {
 public:
  /// `total_size`: the inputs' stored size, 0 when unknown (no percent or ETA then).
  Progress(bool enabled, std::uint64_t total_size);
  /// Redraws the line when enough time has passed; `stored` is the input bytes read so far.
  void update(const RunTotals& totals, std::uint64_t stored);
  void clear();

 private:
  bool m_enabled;
  std::uint64_t m_total_size;
  std::chrono::steady_clock::time_point m_start, m_last;
  bool m_drawn = false;
};

/// The summary: records in, out, errors, skipped; removals per filter or extraction stage; MB/s and records/s.
std::string summary(const RunTotals& totals, double seconds);

}  // namespace cli
