// The prescan's unread-markup steps change nothing pith extracts: the benchmark pages beside the
// source tree (../shared/bench) give the same Document with them and without them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/html/html_parser.h"
#include "pith/input/decompress.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;

namespace {

/// CI checks every k_sample_step-th page of each benchmark (about 40 of the 839); with
/// PITH_PRESCAN_IDENTITY_ALL=1 set (tests/bench/prescan_identity.sh) every page.
constexpr std::size_t k_sample_step = 20;

std::vector<fs::path> benchmark_pages(const std::string& bench) {
  std::vector<fs::path> pages;
  fs::path dir = fs::path(pith::test::source_dir()) / ".." / "shared" / "bench" / bench / "html";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return pages;
  for (const auto& entry : fs::directory_iterator(dir)) pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

/// The page's bytes, decompressed when it is a .gz.
std::string page_bytes(const fs::path& path) {
  std::string raw = pith::test::read_file(path.string()), plain, err;
  if (pith::detect_compression(raw) == pith::Compression::none) return raw;
  return pith::decompress(raw, std::size_t{1} << 30, &plain, &err) ? plain : raw;
}

/// Everything the parser puts in a Document, one field a line. A block's list or table group
/// is an element number of the page, compared as which blocks share one.
std::string describe(const pith::Document& doc) {
  std::ostringstream out;
  const pith::Metadata& m = doc.meta;
  out << "title " << m.title << "\nauthor " << m.author << "\ndate " << m.date << "\nsite " << m.site_name
      << "\nurl " << m.url << "\nlanguage " << m.language << "\ndescription " << m.description << "\ndeclared "
      << m.declared_language << "\nhost " << m.hostname << "\nimage " << m.image << "\n";
  for (const std::string& tag : m.tags) out << "tag " << tag << "\n";
  for (const std::string& category : m.categories) out << "category " << category << "\n";
  std::map<int, int> groups;
  for (const pith::Block& block : doc.blocks) {
    const pith::BlockStructure& s = block.structure;
    int group = s.group < 0 ? -1 : groups.emplace(s.group, static_cast<int>(groups.size())).first->second;
    out << "block line=" << block.line << " kind=" << pith::block_kind_name(block.kind)
        << " links=" << block.link_density << " heading=" << s.heading_level << " depth=" << s.list_depth
        << " ordered=" << s.ordered << " header=" << s.header_row << " group=" << group << " removed_by="
        << block.removed_by << " reason=" << block.reason << "\n"
        << block.text << "\n";
  }
  return out.str();
}

/// The first line where `a` and `b` differ, with its neighbours, or "" when they are equal.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream in_a(a), in_b(b);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    bool more_a = static_cast<bool>(std::getline(in_a, line_a)), more_b = static_cast<bool>(std::getline(in_b, line_b));
    if (!more_a && !more_b) return {};
    if (more_a != more_b || line_a != line_b)
      return "line " + std::to_string(line) + "\n  kept:    " + line_a + "\n  dropped: " + line_b;
  }
}

}  // namespace

TEST_CASE("pages extract alike with and without the prescan's unread-markup steps", "[html][prescan-identity]") {
  const char* all = std::getenv("PITH_PRESCAN_IDENTITY_ALL");
  std::size_t step = all != nullptr && std::string(all) == "1" ? 1 : k_sample_step;
  std::size_t checked = 0;
  for (const char* bench : {"scrapinghub", "trafilatura-eval"}) {
    std::vector<fs::path> pages = benchmark_pages(bench);
    for (std::size_t i = 0; i < pages.size(); i += step) {
      std::string bytes = page_bytes(pages[i]);
      for (bool keep_links : {false, true}) {
        pith::Config config;
        config.keep_links = keep_links;
        pith::Document kept, dropped;
        std::string err;
        REQUIRE(pith::parse_html(bytes, config, kept, &err, pith::UnreadMarkup::kept));
        REQUIRE(pith::parse_html(bytes, config, dropped, &err, pith::UnreadMarkup::dropped));
        INFO(pages[i].string() << (keep_links ? " (keeping links)" : ""));
        CHECK(first_difference(describe(kept), describe(dropped)) == "");
      }
      ++checked;
    }
  }
  if (checked == 0) WARN("no benchmark pages beside the source tree (../shared/bench): nothing compared");
  else INFO("pages compared: " << checked);
}
