// Progress and summary text; printed to standard error by the caller's one writer thread.
#include "cli/report.h"

#include <algorithm>
#include <cstdio>

namespace cli {

namespace {
constexpr auto k_redraw_every = std::chrono::milliseconds(250);

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

void add_counts(std::vector<std::pair<std::string, std::size_t>>& into,
                const std::vector<std::pair<std::string, std::size_t>>& counts) {
  for (const auto& [name, count] : counts) {
    auto it = std::find_if(into.begin(), into.end(), [&](const auto& entry) { return entry.first == name; });
    if (it == into.end()) into.emplace_back(name, count);
    else it->second += count;
  }
}
}  // namespace

void RunTotals::add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  add_counts(removed, counts);
}

void RunTotals::add_site(std::string_view url, const std::vector<std::pair<std::string, std::size_t>>& counts) {
  SiteTotals& site = sites[url_site(url)];
  ++site.records;
  for (const auto& entry : counts) site.removed += entry.second;
  add_counts(site.per_filter, counts);
}

void RunTotals::add_example(const std::string& filter, const std::string& text, const std::string& reason,
                            const std::string& record) {
  auto it = std::find_if(examples.begin(), examples.end(), [&](const auto& entry) { return entry.first == filter; });
  if (it == examples.end()) it = examples.insert(examples.end(), {filter, {}});
  std::vector<RemovedExample>& list = it->second;
  if (list.size() >= k_examples_per_filter) return;
  if (std::any_of(list.begin(), list.end(), [&](const RemovedExample& e) { return e.text == text; })) return;
  list.push_back({text, reason, record});
}

std::string url_site(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  // A port goes; an IPv6 host keeps its colons inside its brackets.
  rest = rest.starts_with('[') ? rest.substr(0, rest.find(']') + 1) : rest.substr(0, rest.find(':'));
  std::string host;
  for (char c : rest) host.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::string count_of(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::vector<std::pair<std::string, std::size_t>> in_pipeline_order(
    std::vector<std::pair<std::string, std::size_t>> counts, const std::vector<std::string>& stage_order) {
  auto place = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(stage_order.begin(), stage_order.end(), name) - stage_order.begin());
  };
  std::stable_sort(counts.begin(), counts.end(), [&](const auto& a, const auto& b) { return place(a.first) < place(b.first); });
  return counts;
}

Progress::Progress(bool enabled, std::uint64_t total_size)
    : m_enabled(enabled), m_total_size(total_size), m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void Progress::update(const RunTotals& totals, std::uint64_t stored) {
  if (!m_enabled) return;
  auto now = std::chrono::steady_clock::now();
  if (m_ever_drawn && now - m_last < k_redraw_every) return;
  m_last = now;
  m_ever_drawn = true;
  double seconds = std::max(std::chrono::duration<double>(now - m_start).count(), 1e-3);
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rpith: %s, %.1f MB/s", count_of(totals.records_in, "record").c_str(),
                        megabytes(totals.bytes) / seconds);
  if (m_total_size > 0 && stored > 0 && n > 0) {
    double done = static_cast<double>(stored) / static_cast<double>(m_total_size);
    double eta = seconds / done - seconds;
    std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), ", %.0f%%, ETA %d:%02d", done * 100,
                  static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  }
  std::fputs(line, stderr);
  std::fputs("\x1b[K", stderr);
  m_drawn = true;
}

void Progress::clear() {
  if (m_drawn) std::fputs("\r\x1b[K", stderr);
  m_drawn = false;
}

bool progress_allowed(bool stderr_is_terminal, bool stdout_is_terminal, bool output_to_stdout) {
  return stderr_is_terminal && !(stdout_is_terminal && output_to_stdout);
}

std::string summary(const RunTotals& totals, double seconds, const std::vector<std::string>& stage_order,
                    const std::string& destination) {
  std::string out = "pith: " + count_of(totals.records_in, "record") + " in: " + std::to_string(totals.records_out) +
                    " out";
  if (totals.empty > 0) out += " (" + std::to_string(totals.empty) + " empty)";
  out += ", " + count_of(totals.errors, "error") + ", " + std::to_string(totals.skipped) + " skipped";
  // Each skip counted by its own reason; one reason alone needs no count.
  const std::pair<std::size_t, const char*> reasons[] = {
      {totals.skipped - totals.skipped_short - totals.skipped_language, "not HTML responses"},
      {totals.skipped_short, "under --min-chars"},
      {totals.skipped_language, "not in a --language asked for"},
  };
  std::vector<std::pair<std::size_t, const char*>> given;
  for (const auto& reason : reasons)
    if (reason.first > 0) given.push_back(reason);
  for (std::size_t i = 0; i < given.size(); ++i) {
    out += i == 0 ? " (" : ", ";
    if (given.size() > 1) out += std::to_string(given[i].first) + " ";
    out += given[i].second;
  }
  if (!given.empty()) out.push_back(')');
  out.push_back('\n');
  if (totals.empty > 0)
    out += "pith: " + count_of(totals.empty, "record") + " came out empty: nothing was kept (see --explain; " +
           "--min-chars N skips them)\n";
  out += "pith: removed, in pipeline order:";
  if (totals.removed.empty()) out += " nothing";
  std::vector<std::pair<std::string, std::size_t>> removed = in_pipeline_order(totals.removed, stage_order);
  for (std::size_t i = 0; i < removed.size(); ++i)
    out += (i ? ", " : " ") + removed[i].first + " " + std::to_string(removed[i].second);
  out.push_back('\n');
  if (!destination.empty()) out += "pith: " + destination + "\n";
  if (seconds <= 0) seconds = 1e-9;
  char line[256];
  std::snprintf(line, sizeof line, "pith: %.1f MB in %.2f s: %.1f MB/s, %.0f records/s\n", megabytes(totals.bytes),
                seconds, megabytes(totals.bytes) / seconds, static_cast<double>(totals.records_in) / seconds);
  out += line;
  return out;
}

}  // namespace cli
