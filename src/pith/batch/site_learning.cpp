// learn_sites: the ordered runner with the learner as its writer.
#include "pith/batch/site_learning.h"

#include "pith/batch/ordered_runner.h"

namespace pith {

void learn_sites(InputSequence& inputs, const RecordCleaner& cleaner, unsigned threads, sites::SiteLearner& learner,
                 const std::function<void(const Record&, const CleanedRecord&)>& after_each) {
  RunnerSteps steps;
  steps.read = [&](Record* record) { return inputs.next(record); };
  steps.work = [&](const Record& record, CleanedRecord* result) { cleaner.clean(record, result); };
  steps.write = [&](const Record& record, const CleanedRecord& result) {
    if (result.error.empty() && !result.skipped) learner.add(result.lines);
    if (after_each) after_each(record, result);
  };
  run_ordered(steps, threads, default_window(threads));
}

}  // namespace pith
