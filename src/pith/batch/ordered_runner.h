// The ordered parallel runner: one reader, N workers, in-order writing, a bounded window between.
#pragma once

#include <cstddef>
#include <functional>

#include "pith/batch/record.h"
#include "pith/batch/record_cleaner.h"

namespace pith {

/// Record bytes in flight past which the reader waits: a few large records must not add up.
inline constexpr std::size_t k_default_byte_budget = std::size_t{64} << 20;

/// The three steps of a run. `read` and `write` are never called concurrently with themselves;
/// `work` is called from every worker at once.
struct RunnerSteps {
  /// Fills the next record; false when there are no more.
  std::function<bool(Record*)> read;
  std::function<void(const Record&, CleanedRecord*)> work;
  /// Called once per record, in the order `read` returned them.
  std::function<void(const Record&, const CleanedRecord&)> write;
};

/// Runs every record through `steps` on `threads` threads (the calling thread is one of them).
/// At most `window` records, and no new record once `byte_budget` bytes of records are, between
/// reading and writing at any time, so memory is bounded by these, never by the input's size.
/// Output order is input order whatever the thread count.
void run_ordered(const RunnerSteps& steps, unsigned threads, std::size_t window,
                 std::size_t byte_budget = k_default_byte_budget);

/// The window run_ordered needs to keep `threads` workers busy while one slow record holds up
/// the writer.
std::size_t default_window(unsigned threads);

}  // namespace pith
