// Speed of the HTML path against its floor: the same pages through Gumbo alone, one core.
// Usage: pith_html_bench DIR [ROUNDS [SIDE]] — every *.html or *.html.gz in DIR, read into memory
// first; after the totals, the pages pith spends most time on. SIDE `floor` or `pith` runs only that
// side once per round and prints nothing else (for profilers: valgrind, perf).
#include <gumbo.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pith/input/decompress.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"

namespace fs = std::filesystem;

namespace {

struct Page {
  std::string name;
  std::string html;
  double floor_s = 0;  ///< Gumbo parse-only time over all rounds
  double full_s = 0;   ///< pith's time over all rounds
  /// The fastest round of each: the time the work takes when nothing else on the machine
  /// interrupts it.
  double floor_best = 1e9, full_best = 1e9;
};

std::vector<Page> load_pages(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".html") || name.ends_with(".html.gz")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Page> pages;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::string raw = bytes.str(), plain, err;
    if (pith::detect_compression(raw) == pith::Compression::none) plain = raw;
    else if (!pith::decompress(raw, std::size_t{1} << 30, &plain, &err)) continue;
    pages.push_back({path.filename().string(), std::move(plain)});
  }
  return pages;
}

/// Runs `run` once and returns the seconds it took.
template <class Run>
double seconds_for(Run&& run) {
  auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Pages listed as those pith spends most time on.
constexpr std::size_t k_slowest_shown = 8;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [ROUNDS [floor|pith]]\n", argv[0]);
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::string_view side = argc > 3 ? argv[3] : "both";
  std::vector<Page> pages = load_pages(argv[1]);
  if (pages.empty()) {
    std::fprintf(stderr, "no pages in %s\n", argv[1]);
    return 2;
  }
  std::size_t bytes = 0;
  for (const Page& page : pages) bytes += page.html.size();

  std::string err;
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(pith::Config{}, &err);
  if (!pipeline) {
    std::fprintf(stderr, "%s\n", err.c_str());
    return 2;
  }
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  std::string text;
  auto floor = [&](const Page& page) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.html.data(), page.html.size());
    sink += out->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  };
  auto full = [&](const Page& page) {
    pith::Document doc;
    pipeline->clean_as(page.html, pith::InputKind::html, &doc, &err);
    text.clear();
    pith::write_text(doc, text);
    sink += text.size();
  };
  if (side == "floor" || side == "pith") {
    for (int round = 0; round < rounds; ++round)
      for (const Page& page : pages) side == "floor" ? floor(page) : full(page);
    return sink == 0 ? 1 : 0;
  }
  for (const Page& page : pages) floor(page);  // warm caches and the allocator once for both
  for (const Page& page : pages) full(page);
  // Interleave the two so that noise from other work on the machine falls on both alike.
  double floor_s = 0, full_s = 0;
  for (int round = 0; round < rounds; ++round) {
    for (Page& page : pages) {
      double s = seconds_for([&] { floor(page); });
      page.floor_s += s;
      page.floor_best = std::min(page.floor_best, s);
    }
    for (Page& page : pages) {
      double s = seconds_for([&] { full(page); });
      page.full_s += s;
      page.full_best = std::min(page.full_best, s);
    }
  }
  double floor_best = 0, full_best = 0;
  for (const Page& page : pages) {
    floor_s += page.floor_s;
    full_s += page.full_s;
    floor_best += page.floor_best;
    full_best += page.full_best;
  }
  double n = static_cast<double>(pages.size()) * rounds, mb = static_cast<double>(bytes) * rounds / 1e6;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("pages=%zu bytes=%.1fMB rounds=%d\n", pages.size(), static_cast<double>(bytes) / 1e6, rounds);
  std::printf("parse-only floor (gumbo_parse + gumbo_destroy_output): %8.1f pages/s %7.1f MB/s\n", n / floor_s,
              mb / floor_s);
  std::printf("pith full path (extract, filters, normalise, text out): %8.1f pages/s %7.1f MB/s\n", n / full_s,
              mb / full_s);
  std::printf("ratio full/floor (time): %.3f\n", full_s / floor_s);
  std::printf("ratio full/floor (each page's fastest round, less noise): %.3f\n", full_best / floor_best);
  std::printf("peak RSS: %.1f MB (pages held in memory: %.1f MB)\n", static_cast<double>(usage.ru_maxrss) / 1024.0,
              static_cast<double>(bytes) / 1e6);
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.full_s > b.full_s; });
  std::printf("the pages pith spends most time on (ratio to their floor, share of pith's time, KB, page):\n");
  for (std::size_t i = 0; i < std::min(k_slowest_shown, pages.size()); ++i)
    std::printf("  %.3f %5.1f%% %7.1f %s\n", pages[i].full_s / pages[i].floor_s, 100.0 * pages[i].full_s / full_s,
                static_cast<double>(pages[i].html.size()) / 1024.0, pages[i].name.c_str());
  return sink == 0 ? 1 : 0;
}
