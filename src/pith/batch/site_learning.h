// The first pass of a batch run with site-repeat: every record parsed on all workers, its lines
// counted per site in input order, so the second pass can clean with what the batch repeats.
#pragma once

#include <functional>

#include "pith/batch/input_sequence.h"
#include "pith/batch/record_cleaner.h"
#include "pith/sites/site_learner.h"

namespace pith {

/// Reads every record of `inputs`, parses it with `cleaner` (whose options have learn_sites set)
/// on `threads` threads, and counts its lines into `learner` one record at a time, in input order.
/// `after_each` (may be empty) sees each record and its result in that order, on one thread.
/// Memory is bounded as in run_ordered, plus what the learner holds (LearnerLimits).
void learn_sites(InputSequence& inputs, const RecordCleaner& cleaner, unsigned threads, sites::SiteLearner& learner,
                 const std::function<void(const Record&, const CleanedRecord&)>& after_each = {});

}  // namespace pith
