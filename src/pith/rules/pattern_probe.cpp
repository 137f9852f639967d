// The probe: a one-pattern RE2::Set, as the filter runs it, timed in CPU time (not wall time, so
// other processes on the machine do not count) over a few seeded random texts.
#include "pith/rules/pattern_probe.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <time.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

#include "pith/rules/rule_filter.h"

namespace pith {

namespace {

constexpr std::size_t k_probe_bytes = 4096;
/// 120 ns a byte: 500 µs for a probe. The fast path takes under 40 µs, state blow-up over 800 µs.
constexpr double k_slow_seconds = 120e-9 * k_probe_bytes;
/// Pairs of neighbouring characters probed besides the whole alphabet.
constexpr std::size_t k_max_pair_probes = 8;

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

/// The characters a pattern's literals and classes stand for, in order: escapes and '.' give a
/// sample of what they match; other syntax gives nothing.
std::string literal_characters(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      char escaped = pattern[++i];
      if (escaped == 'd') out.push_back('7');
      else if (escaped == 's') out.push_back(' ');
      else if (escaped == 'w') out.push_back('x');
      else if (escaped != 'b' && escaped != 'B' && escaped != 'A' && escaped != 'z') out.push_back(escaped);
    } else if (c == '.') {
      out.push_back('x');
    } else if (std::string_view("^$|?*+()[]{},").find(c) == std::string_view::npos) {
      out.push_back(c);
    }
  }
  return out;
}

/// True when `pattern` repeats anything: without a repetition no DFA can outgrow the pattern.
bool repeats(std::string_view pattern) { return pattern.find_first_of("*+?{") != std::string_view::npos; }

/// CPU seconds a fresh one-pattern set (as the filter runs it: many matches, memory bounded)
/// takes over `probe`, its DFA cache cold; a huge value when it cannot run at all.
double probe_seconds(const std::string& set_pattern, const std::string& probe) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(k_rule_max_mem);
  RE2::Set set(options, RE2::UNANCHORED);
  if (set.Add(set_pattern, nullptr) < 0 || !set.Compile()) return 1e9;
  std::vector<int> hits;
  RE2::Set::ErrorInfo info{};
  double start = thread_cpu_seconds();
  bool matched = set.Match(probe, &hits, &info);
  double seconds = thread_cpu_seconds() - start;
  return !matched && info.kind == RE2::Set::kOutOfMemory ? 1e9 : seconds;
}

/// Cold runs a slow probe must be slow on again to count.
constexpr int k_confirm_runs = 3;

bool confirmed_slow(const std::string& set_pattern, const std::string& probe) {
  for (int run = 0; run < k_confirm_runs; ++run)
    if (probe_seconds(set_pattern, probe) <= k_slow_seconds) return false;
  return true;
}

}  // namespace

bool runs_slowly(const std::string& set_pattern) {
  if (!repeats(set_pattern)) return false;
  std::string letters = literal_characters(set_pattern);
  std::vector<std::string> alphabets = {letters + " "};
  for (std::size_t i = 0; i + 1 < letters.size() && alphabets.size() <= k_max_pair_probes; ++i)
    if (letters[i] != letters[i + 1]) alphabets.push_back(letters.substr(i, 2));
  // Drawn once, with a fixed seed: the same pattern always meets the same probes.
  static const std::vector<std::uint32_t> k_draws = [] {
    std::mt19937 random(20240501);
    std::vector<std::uint32_t> draws(k_probe_bytes);
    for (std::uint32_t& draw : draws) draw = random();
    return draws;
  }();
  std::string probe(k_probe_bytes, ' ');
  // One set for every probe of the pattern: states one probe cached do not help the next much.
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(k_rule_max_mem);
  RE2::Set set(options, RE2::UNANCHORED);
  if (set.Add(set_pattern, nullptr) < 0 || !set.Compile()) return true;
  std::vector<int> hits;
  for (const std::string& alphabet : alphabets) {
    // A draw scaled to the alphabet by multiplication (a division a byte would cost more than
    // the match); a pair takes one bit of each draw, which the compiler vectorises.
    if (alphabet.size() == 2) {
      for (std::size_t i = 0; i < probe.size(); ++i) probe[i] = (k_draws[i] & 1) ? alphabet[1] : alphabet[0];
    } else {
      for (std::size_t i = 0; i < probe.size(); ++i)
        probe[i] = alphabet[(std::uint64_t{k_draws[i]} * alphabet.size()) >> 32];
    }
    RE2::Set::ErrorInfo info{};
    double start = thread_cpu_seconds();
    bool matched = set.Match(probe, &hits, &info);
    double seconds = thread_cpu_seconds() - start;
    if (!matched && info.kind == RE2::Set::kOutOfMemory) return true;
    // A slow probe runs again on a cold set, k_confirm_runs times: state blow-up slows every
    // run, while a stall of a loaded machine (a sanitizer build beside it, CI's parallel tests)
    // slowed one run and its retry once; it would have to slow all of them.
    if (seconds > k_slow_seconds && confirmed_slow(set_pattern, probe)) return true;
  }
  return false;
}

}  // namespace pith
