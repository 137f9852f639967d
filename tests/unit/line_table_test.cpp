// The capped line table: on a skewed stream of keys far larger than the table, counts never
// overstate, frequent keys are kept, and texts and templates follow the lines that were seen.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "pith/sites/line_table.h"

using pith::sites::KeyKind;
using pith::sites::LineTable;

namespace {

/// A line key per number, hashed as the learner would (any distinct 64-bit values do).
pith::sites::Sighting sighting(std::uint64_t n, const std::string& line, KeyKind kind = KeyKind::line) {
  return {n * 0x9E3779B97F4A7C15ULL + 1, kind, line, 3};
}

}  // namespace

TEST_CASE("Space-Saving counts never overstate and keep the frequent keys", "[sites][table]") {
  for (std::size_t capacity : {16u, 64u, 256u}) {
    INFO("capacity " << capacity);
    LineTable table(capacity);
    std::map<std::uint64_t, std::uint32_t> truth;
    std::uint64_t state = 12345;
    std::vector<std::string> lines;
    for (int i = 0; i < 5000; ++i) lines.push_back("line " + std::to_string(i));
    const int sightings = 40000;
    for (int i = 0; i < sightings; ++i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      // Skewed: key k with probability falling off like 1/k (a few frequent, most rare).
      std::uint64_t r = (state >> 33) % 100000 + 1;
      std::uint64_t key = 100000 / r - 1;
      if (key >= lines.size()) key = lines.size() - 1;
      table.add(sighting(key, lines[key]), true, true);
      ++truth[key];
    }
    std::map<std::uint64_t, const LineTable::Entry*> kept;
    for (const LineTable::Entry& entry : table.entries()) kept[entry.hash] = &entry;
    CHECK(table.entries().size() <= capacity);
    for (const auto& [key, count] : truth) {
      auto it = kept.find(key * 0x9E3779B97F4A7C15ULL + 1);
      // Space-Saving's guarantee: any key seen more than n/k times is in the table (here n
      // counts the sightings past the doorkeeper, at most all of them).
      if (count > sightings / capacity) CHECK(it != kept.end());
      if (it == kept.end()) continue;
      INFO("key " << key << ", seen " << count);
      CHECK(it->second->lower_bound() <= count);
      CHECK(it->second->count >= it->second->lower_bound());
      if (it->second->lower_bound() >= 2) CHECK(it->second->text == lines[key]);
    }
  }
}

TEST_CASE("a key seen once holds no entry, a second sighting enters with both counted", "[sites][table]") {
  LineTable table(8);
  table.add(sighting(1, "subscribe now"), true, true);
  CHECK(table.entries().empty());
  table.add(sighting(1, "subscribe now"), true, true);
  REQUIRE(table.entries().size() == 1);
  CHECK(table.entries()[0].count == 2);
  CHECK(table.entries()[0].lower_bound() == 2);
  CHECK(table.entries()[0].text == "subscribe now");
}

TEST_CASE("a template entry keeps the words its lines share at both ends", "[sites][table]") {
  LineTable table(8);
  for (const char* line : {"the post ten rifles appeared first on guns daily",
                           "the post a new scope appeared first on guns daily",
                           "the post winter tips for hunters appeared first on guns daily"})
    table.add(sighting(7, line, KeyKind::ending), true, true);
  REQUIRE(table.entries().size() == 1);
  const LineTable::Entry& entry = table.entries()[0];
  CHECK(entry.text.substr(0, entry.prefix) == "the post");
  CHECK(entry.text.substr(entry.text.size() - entry.suffix) == "appeared first on guns daily");
}
