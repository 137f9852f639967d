// Runs test code or the pith binary in a child process under CPU and memory limits, so a crash,
// a hang or runaway memory fails one test instead of taking the runner (or the machine) down.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace pith::test {

/// What a case may use. Under ASan/UBSan both are scaled up (see effective_limits).
struct Limits {
  /// RLIMIT_CPU: generous, so only a regression to quadratic time (or a loop) trips it.
  double cpu_seconds = 10;
  /// Peak resident memory allowed, measured with wait4(); also a hard RLIMIT_AS backstop
  /// when the build has no sanitizer (ASan reserves terabytes of address space).
  std::size_t memory_mb = 256;
};

/// What the child did and used.
struct LimitedResult {
  bool exited = false;  ///< ended by exit(), not by a signal
  int status = -1;      ///< exit status when `exited`
  int signal = 0;       ///< the signal that ended it otherwise (SIGXCPU: over the CPU limit)
  double cpu_seconds = 0;
  std::size_t max_rss_mb = 0;
  std::size_t memory_bound_mb = 0;  ///< the bound `max_rss_mb` is held to, after scaling
  std::string out;  ///< the body's result, or the binary's standard output (first 1 MiB)
  std::size_t out_bytes = 0;  ///< full size of the binary's standard output
  std::string err;  ///< the binary's standard error (first 1 MiB)

  /// Exited normally within the memory bound (the CPU limit kills, so it shows as a signal).
  bool ok() const { return exited && max_rss_mb <= memory_bound_mb; }
  /// One line for a failing check's message.
  std::string describe() const;
};

/// True when this build runs under AddressSanitizer.
bool sanitized();

/// `limits` as applied in this build: sanitizers slow code and hold freed memory in quarantine.
Limits effective_limits(const Limits& limits);

/// Runs `body` in a forked child under `limits`; its return value comes back in `out`.
/// Build big inputs inside `body`, so the parent's memory does not count against the child.
LimitedResult run_limited(const std::function<std::string()>& body, const Limits& limits = {});

/// Runs the pith binary with `args` under `limits`, standard input from `stdin_path`
/// ("" for /dev/null).
LimitedResult run_pith_limited(const std::vector<std::string>& args, const std::string& stdin_path,
                               const Limits& limits = {});

}  // namespace pith::test
