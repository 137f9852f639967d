// --report: one self-contained HTML page about a batch run (no scripts, no outside styles, fonts
// or images), for people who would rather look than read the summary.
#pragma once

#include <string>
#include <vector>

#include "cli/diagnostics.h"
#include "cli/report.h"

namespace cli {

/// What the page shows beyond the run's totals.
struct ReportContext {
  std::vector<std::string> inputs;       ///< the inputs named (first few shown)
  std::vector<std::string> stage_order;  ///< every stage in pipeline order (the chart's order)
  double seconds = 0;
  std::string version;
};

/// The bar colour of the removals chart: the page's render test looks for it.
inline constexpr const char* k_report_bar_colour = "#2a6f97";

/// The page: records in and out, errors (by kind) and empty outputs, removals per stage as an
/// inline SVG bar chart, removals for the sites with most of them, examples of removed lines per
/// stage, and throughput. Every piece of text from the input is HTML-escaped.
std::string html_report(const RunTotals& totals, const std::vector<Diagnostics::Kind>& errors,
                        const ReportContext& context);

}  // namespace cli
