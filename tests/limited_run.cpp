// Child processes under setrlimit, measured with wait4: the bad-input suite's harness.
#include "unit/limited_run.h"
#include "unit/test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <stdexcept>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PITH_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PITH_TEST_ASAN 1
#endif
#ifdef PITH_TEST_ASAN
#include <sanitizer/lsan_interface.h>
#endif

namespace pith::test {

namespace {

constexpr std::size_t k_capture_limit = std::size_t{1} << 20;

/// Called in the child before it runs anything.
void apply_limits(const Limits& limits) {
  rlim_t cpu = static_cast<rlim_t>(std::ceil(limits.cpu_seconds));
  rlimit cpu_limit{cpu, cpu + 1};
  setrlimit(RLIMIT_CPU, &cpu_limit);
  if (!sanitized()) {
    // Room for the binary's own mappings (ICU data, libraries) above the resident bound.
    rlim_t bytes = static_cast<rlim_t>(limits.memory_mb + 1024) << 20;
    rlimit as_limit{bytes, bytes};
    setrlimit(RLIMIT_AS, &as_limit);
  }
  rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
}

/// Reads `fds` (stdout first, then an optional stderr) to end of file, keeping the first MiB of each.
void drain(int out_fd, int err_fd, LimitedResult& result) {
  char buffer[1 << 16];
  while (out_fd >= 0 || err_fd >= 0) {
    pollfd fds[2];
    int n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    if (poll(fds, static_cast<nfds_t>(n), -1) < 0) continue;
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      int fd = fds[i].fd;
      ssize_t r = read(fd, buffer, sizeof buffer);
      if (r <= 0) {
        close(fd);
        (fd == out_fd ? out_fd : err_fd) = -1;
        continue;
      }
      std::string& sink = fd == out_fd ? result.out : result.err;
      if (fd == out_fd) result.out_bytes += static_cast<std::size_t>(r);
      std::size_t room = k_capture_limit - std::min(k_capture_limit, sink.size());
      sink.append(buffer, std::min(room, static_cast<std::size_t>(r)));
    }
  }
}

void reap(pid_t pid, const Limits& limits, LimitedResult& result) {
  int wstatus = 0;
  rusage usage{};
  while (wait4(pid, &wstatus, 0, &usage) < 0)
    if (errno != EINTR) throw std::runtime_error("wait4 failed");
  result.exited = WIFEXITED(wstatus);
  result.status = result.exited ? WEXITSTATUS(wstatus) : -1;
  result.signal = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
  result.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  result.max_rss_mb = static_cast<std::size_t>(usage.ru_maxrss) / 1024;  // ru_maxrss is in KiB
  result.memory_bound_mb = limits.memory_mb;
}

}  // namespace

bool sanitized() {
#ifdef PITH_TEST_ASAN
  return true;
#else
  return false;
#endif
}

Limits effective_limits(const Limits& limits) {
  if (!sanitized()) return limits;
  // ASan runs code two to five times slower, and keeps up to 256 MB of freed blocks in quarantine.
  return {limits.cpu_seconds * 5, limits.memory_mb * 3 + 512};
}

std::string LimitedResult::describe() const {
  std::string text = exited ? "exit " + std::to_string(status) : "signal " + std::to_string(signal);
  if (signal == SIGXCPU || signal == SIGKILL) text += " (over the CPU limit?)";
  text += ", " + std::to_string(cpu_seconds) + " s CPU, peak " + std::to_string(max_rss_mb) + " MB of " +
          std::to_string(memory_bound_mb) + " MB allowed";
  if (!err.empty()) text += ", stderr: " + err.substr(0, 2000);
  return text;
}

LimitedResult run_limited(const std::function<std::string()>& body, const Limits& requested) {
  Limits limits = effective_limits(requested);
  int out_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC)) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    close(out_pipe[0]);
    apply_limits(limits);
    std::string result;
    try {
      result = body();
    } catch (...) {
      _exit(3);  // the parent reports a non-zero exit; Catch must not unwind in the child
    }
#ifdef PITH_TEST_ASAN
    // _exit skips LeakSanitizer's check at exit; a leak in the body must still fail the case.
    __lsan_do_leak_check();
#endif
    for (std::size_t done = 0; done < result.size();) {
      ssize_t w = write(out_pipe[1], result.data() + done, result.size() - done);
      if (w <= 0) break;
      done += static_cast<std::size_t>(w);
    }
    _exit(0);
  }
  close(out_pipe[1]);
  LimitedResult result;
  drain(out_pipe[0], -1, result);
  reap(pid, limits, result);
  return result;
}

LimitedResult run_pith_limited(const std::vector<std::string>& args, const std::string& stdin_path,
                               const Limits& requested) {
  Limits limits = effective_limits(requested);
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int in = open(stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY);
    if (in < 0) _exit(126);
    dup2(in, 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    apply_limits(limits);
    exec_pith(args);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  LimitedResult result;
  drain(out_pipe[0], err_pipe[0], result);
  reap(pid, limits, result);
  return result;
}

}  // namespace pith::test
