// Speed of the HTML path against its floor: the same pages through Gumbo alone, one core.
// Usage: pith_html_bench DIR [ROUNDS] — every *.html or *.html.gz in DIR, read into memory first.
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
#include <vector>

#include "pith/input/decompress.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> load_pages(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".html") || name.ends_with(".html.gz")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::string raw = bytes.str(), plain, err;
    if (pith::detect_compression(raw) == pith::Compression::none) plain = raw;
    else if (!pith::decompress(raw, std::size_t{1} << 30, &plain, &err)) continue;
    pages.push_back(std::move(plain));
  }
  return pages;
}

template <class Run>
double seconds_for(int rounds, Run&& run) {
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round) run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [ROUNDS]\n", argv[0]);
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::string> pages = load_pages(argv[1]);
  if (pages.empty()) {
    std::fprintf(stderr, "no pages in %s\n", argv[1]);
    return 2;
  }
  std::size_t bytes = 0;
  for (const std::string& page : pages) bytes += page.size();

  std::string err;
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(pith::Config{}, &err);
  if (!pipeline) {
    std::fprintf(stderr, "%s\n", err.c_str());
    return 2;
  }
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  auto floor = [&] {
    for (const std::string& page : pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
      sink += out->root->v.element.children.length;
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  };
  auto full = [&] {
    std::string text;
    for (const std::string& page : pages) {
      pith::Document doc;
      pipeline->clean_as(page, pith::InputKind::html, &doc, &err);
      text.clear();
      pith::write_text(doc, text);
      sink += text.size();
    }
  };
  floor();  // warm caches and the allocator once for both
  full();
  // Interleave the two so that noise from other work on the machine falls on both alike.
  double floor_s = 0, full_s = 0;
  for (int round = 0; round < rounds; ++round) {
    floor_s += seconds_for(1, floor);
    full_s += seconds_for(1, full);
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
  std::printf("peak RSS: %.1f MB (pages held in memory: %.1f MB)\n", static_cast<double>(usage.ru_maxrss) / 1024.0,
              static_cast<double>(bytes) / 1e6);
  return sink == 0 ? 1 : 0;
}
