// The --report page: HTML and inline SVG built as text; a Content-Security-Policy that forbids
// anything from outside the file, so a page that tried would show it in the browser's console.
#include "cli/html_report.h"

#include <algorithm>
#include <cstdio>

namespace cli {

namespace {

/// Sites in the table of removals per site.
constexpr std::size_t k_top_sites = 15;
/// Inputs named at the top of the page.
constexpr std::size_t k_inputs_named = 5;

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string number(double value, const char* format) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string card(std::string_view label, const std::string& value, std::string_view note = {}) {
  std::string out = "<div class=\"card\"><div class=\"value\">" + value + "</div><div class=\"label\">" +
                    escape(label) + "</div>";
  if (!note.empty()) out += "<div class=\"note\">" + escape(note) + "</div>";
  return out + "</div>\n";
}

/// Horizontal bars, one per stage that removed something, in pipeline order.
std::string removal_chart(const std::vector<std::pair<std::string, std::size_t>>& removed) {
  if (removed.empty()) return "<p class=\"none\">No stage removed anything.</p>\n";
  constexpr int k_label = 150, k_bar = 460, k_row = 26, k_value = 70;
  std::size_t most = 0;
  for (const auto& entry : removed) most = std::max(most, entry.second);
  int height = static_cast<int>(removed.size()) * k_row + 8;
  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    std::to_string(k_label + k_bar + k_value) + "\" height=\"" + std::to_string(height) +
                    "\" role=\"img\" aria-label=\"Lines removed per stage\">\n";
  int y = 4;
  for (const auto& [stage, count] : removed) {
    int width = std::max(1, static_cast<int>(static_cast<double>(count) / static_cast<double>(most) * k_bar));
    svg += "<g><title>" + escape(stage) + ": " + std::to_string(count) + "</title>";
    svg += "<text x=\"" + std::to_string(k_label - 8) + "\" y=\"" + std::to_string(y + 17) +
           "\" text-anchor=\"end\">" + escape(stage) + "</text>";
    svg += "<rect class=\"bar\" x=\"" + std::to_string(k_label) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(width) + "\" height=\"" + std::to_string(k_row - 6) + "\" fill=\"" + k_report_bar_colour +
           "\"/>";
    svg += "<text x=\"" + std::to_string(k_label + width + 6) + "\" y=\"" + std::to_string(y + 17) + "\">" +
           std::to_string(count) + "</text></g>\n";
    y += k_row;
  }
  return svg + "</svg>\n";
}

std::string sites_table(const std::map<std::string, SiteTotals>& sites) {
  std::vector<std::pair<std::string, const SiteTotals*>> ranked;
  for (const auto& [site, totals] : sites) ranked.emplace_back(site, &totals);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second->removed > b.second->removed; });
  if (ranked.empty()) return "<p class=\"none\">No records were cleaned.</p>\n";
  std::size_t most = std::max<std::size_t>(1, ranked.front().second->removed);
  std::string out = "<table class=\"sites\"><thead><tr><th>site</th><th>records</th><th>lines removed</th>"
                    "<th>per record</th><th>most removed by</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < ranked.size() && i < k_top_sites; ++i) {
    const auto& [site, totals] = ranked[i];
    std::vector<std::pair<std::string, std::size_t>> stages = totals->per_filter;
    std::stable_sort(stages.begin(), stages.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string top;
    for (std::size_t s = 0; s < stages.size() && s < 3; ++s)
      top += (s ? ", " : "") + escape(stages[s].first) + " " + std::to_string(stages[s].second);
    double share = static_cast<double>(totals->removed) / static_cast<double>(most);
    out += "<tr><td>" + (site.empty() ? std::string("<i>no URL</i>") : escape(site)) + "</td><td>" +
           std::to_string(totals->records) + "</td><td><span class=\"sitebar\" style=\"width:" +
           number(share * 120, "%.0f") + "px\"></span> " + std::to_string(totals->removed) + "</td><td>" +
           number(static_cast<double>(totals->removed) / static_cast<double>(totals->records), "%.1f") + "</td><td>" +
           top + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  if (ranked.size() > k_top_sites)
    out += "<p class=\"none\">" + std::to_string(ranked.size() - k_top_sites) + " more sites not shown.</p>\n";
  return out;
}

std::string examples_section(const RunTotals& totals, const std::vector<std::string>& stage_order) {
  auto examples = totals.examples;
  auto place = [&](const std::string& name) { return std::find(stage_order.begin(), stage_order.end(), name) - stage_order.begin(); };
  std::stable_sort(examples.begin(), examples.end(), [&](const auto& a, const auto& b) { return place(a.first) < place(b.first); });
  if (examples.empty()) return "<p class=\"none\">Nothing was removed.</p>\n";
  std::string out;
  for (const auto& [stage, list] : examples) {
    out += "<details open><summary>" + escape(stage) + "</summary><ul class=\"examples\">\n";
    for (const RemovedExample& example : list) {
      out += "<li><q>" + escape(example.text) + "</q>";
      if (!example.reason.empty()) out += " <span class=\"reason\">" + escape(example.reason) + "</span>";
      out += " <span class=\"record\">" + escape(example.record) + "</span></li>\n";
    }
    out += "</ul></details>\n";
  }
  return out;
}

std::string errors_section(const std::vector<Diagnostics::Kind>& errors) {
  if (errors.empty()) return "<p class=\"none\">No errors.</p>\n";
  std::string out = "<table class=\"errors\"><thead><tr><th>records</th><th>error</th><th>first one</th></tr></thead><tbody>\n";
  for (const Diagnostics::Kind& kind : errors) {
    out += "<tr><td>" + std::to_string(kind.count) + "</td><td>" + escape(kind.kind) + "</td><td><code>" +
           escape(kind.first) + "</code></td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

constexpr std::string_view k_style = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 62em; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
.lede, .none { color: #666; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8em; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 0.6em 1em; min-width: 8em; }
.card .value { font-size: 1.5em; font-weight: 600; } .card .label { color: #555; } .card .note { color: #888; font-size: 0.85em; }
.chart text { font-size: 13px; fill: #333; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.3em 0.6em; border-bottom: 1px solid #eee; vertical-align: top; }
.sitebar { display: inline-block; height: 0.8em; background: #c2571a; }
.examples li { margin: 0.3em 0; } .reason { color: #666; } .record { color: #999; font-size: 0.85em; }
summary { font-weight: 600; cursor: pointer; } code { font-size: 0.9em; }
)";

}  // namespace

std::string html_report(const RunTotals& totals, const std::vector<Diagnostics::Kind>& errors,
                        const ReportContext& context) {
  double seconds = std::max(context.seconds, 1e-9);
  double megabytes = static_cast<double>(totals.bytes) / 1e6;
  std::string inputs;
  for (std::size_t i = 0; i < context.inputs.size() && i < k_inputs_named; ++i)
    inputs += (i ? ", " : "") + escape(context.inputs[i] == "-" ? "standard input" : context.inputs[i]);
  if (context.inputs.size() > k_inputs_named)
    inputs += " and " + std::to_string(context.inputs.size() - k_inputs_named) + " more";

  std::string page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  // Nothing may come from outside the file; a browser reports any attempt in its console.
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  page += "<title>pith report: " + count_of(totals.records_in, "record") + "</title>\n<style>" + std::string(k_style) +
          "</style></head>\n<body>\n<h1>pith report</h1>\n";
  page += "<p class=\"lede\">" + inputs + " &middot; pith " + escape(context.version) + "</p>\n";

  page += "<section class=\"cards\">\n";
  page += card("records in", std::to_string(totals.records_in));
  page += card("records out", std::to_string(totals.records_out));
  page += card("errors", std::to_string(totals.errors));
  page += card("empty outputs", std::to_string(totals.empty), "cleaned, but nothing kept");
  page += card("skipped", std::to_string(totals.skipped),
               totals.skipped_short ? std::to_string(totals.skipped_short) + " under --min-chars" : "");
  page += card("throughput", number(megabytes / seconds, "%.1f") + " MB/s",
               number(megabytes, "%.1f") + " MB in " + number(seconds, "%.2f") + " s, " +
                   number(static_cast<double>(totals.records_in) / seconds, "%.0f") + " records/s");
  page += "</section>\n";

  page += "<h2>Lines removed per stage</h2>\n";
  page += removal_chart(in_pipeline_order(totals.removed, context.stage_order));
  page += "<h2>Removals per site</h2>\n" + sites_table(totals.sites);
  page += "<h2>Examples of removed lines</h2>\n" + examples_section(totals, context.stage_order);
  page += "<h2>Errors</h2>\n" + errors_section(errors);
  page += "</body></html>\n";
  return page;
}

}  // namespace cli
