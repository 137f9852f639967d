// The stop request: one lock-free flag set by the handler, read by the reader step.
#include "cli/stop_signal.h"

#include <signal.h>

#include <atomic>

namespace cli {

namespace {

std::atomic<int> g_stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "a signal handler may only touch lock-free atomics");

void on_stop_signal(int signal_number) { g_stop_signal.store(signal_number, std::memory_order_relaxed); }

}  // namespace

void catch_stop_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESETHAND: the handler runs once; the next signal takes the default action and ends pith.
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int stop_signal() { return g_stop_signal.load(std::memory_order_relaxed); }

}  // namespace cli
