// OutputSink: stdio files under temporary names, renamed when complete; parent directories
// created on demand.
#include "cli/output_sink.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace cli {

OutputSink::~OutputSink() { abandon(); }

bool OutputSink::open(std::size_t input, std::string* err) {
  const std::string& path = m_paths[input];
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  // A symlink left in the output folder is an error, not a name to replace or a way out.
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    *err = path + ": is a symbolic link; pith does not write through links in --output-dir";
    return false;
  }
  // The final name must be one the file system takes, or the rename at the end would fail.
  long name_max = ::pathconf(parent.empty() ? "." : parent.c_str(), _PC_NAME_MAX);
  if (name_max > 0 && std::filesystem::path(path).filename().string().size() > static_cast<std::size_t>(name_max)) {
    *err = path + ": " + std::strerror(ENAMETOOLONG);
    return false;
  }
  // Short, so that an input name near the file system's limit still has a temporary name.
  m_temp = (parent / (".pith-" + std::to_string(::getpid()) + "-" + std::to_string(input) + ".tmp")).string();
  int fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
  m_file = fd < 0 ? nullptr : ::fdopen(fd, "wb");
  if (!m_file) {
    *err = path + ": " + std::strerror(errno);
    if (fd >= 0) {
      ::close(fd);
      ::unlink(m_temp.c_str());
    }
    return false;
  }
  m_current = input;
  return true;
}

bool OutputSink::commit(std::string* err) {
  if (!m_file) return true;
  // A full disk often shows only when the buffer is flushed: then the file is not a result.
  bool ok = std::fclose(m_file) == 0;
  m_file = nullptr;
  if (ok) ok = std::rename(m_temp.c_str(), m_paths[m_current].c_str()) == 0;
  if (!ok) {
    *err = m_paths[m_current] + ": " + std::strerror(errno);
    ::unlink(m_temp.c_str());
    m_failed = true;
  }
  return ok;
}

bool OutputSink::complete_up_to(std::size_t input, std::string* err) {
  if (m_file) {
    if (!commit(err)) return false;
    m_next = m_current + 1;
  }
  for (; m_next < input; ++m_next) {
    if (m_next < m_discarded.size() && m_discarded[m_next]) continue;
    // An input with no records has an empty result. One that cannot be made fails alone.
    std::string reason;
    if (open(m_next, &reason) && commit(&reason)) continue;
    if (m_failed) {
      *err = reason;
      return false;
    }
    if (m_deferred_error.empty()) m_deferred_error = reason;
  }
  return true;
}

bool OutputSink::write(std::size_t input, std::string_view bytes, std::string* err) {
  if (m_paths.empty()) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
        (!m_flush_each || std::fflush(stdout) == 0))
      return true;
    m_reader_gone = errno == EPIPE;
    m_failed = true;
    *err = std::string("standard output: ") + std::strerror(errno);
    return false;
  }
  if (m_failed) return false;
  if (input < m_next) {
    *err = m_input_error;  // its file could not be made
    return false;
  }
  if (!m_file || m_current != input) {
    if (!complete_up_to(input, err)) return false;
    if (!open(input, err)) {
      m_next = input + 1;  // this input goes without a file; the run goes on
      m_input_error = *err;
      return false;
    }
  }
  if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size() &&
      (!m_flush_each || std::fflush(m_file) == 0))
    return true;
  *err = m_paths[input] + ": " + std::strerror(errno);
  m_failed = true;
  abandon();
  return false;
}

void OutputSink::discard(std::size_t input) {
  if (m_discarded.size() < m_paths.size()) m_discarded.resize(m_paths.size(), false);
  if (input < m_discarded.size()) m_discarded[input] = true;
}

bool reads_stream(const std::vector<std::string>& paths) {
  struct stat st {};
  bool stdin_named = paths.empty() || std::find(paths.begin(), paths.end(), "-") != paths.end();
  return stdin_named && (::fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode));
}

bool OutputSink::finish(std::string* err) {
  if (m_paths.empty()) {
    if (m_reader_gone || std::fflush(stdout) == 0) return true;
    m_reader_gone = errno == EPIPE;
    if (m_reader_gone) return true;
    *err = std::string("standard output: ") + std::strerror(errno);
    return false;
  }
  if (m_failed) {
    abandon();
    return true;  // the write that failed was reported
  }
  if (!complete_up_to(m_paths.size(), err)) return false;
  if (m_deferred_error.empty()) return true;
  *err = m_deferred_error;
  return false;
}

void OutputSink::abandon() {
  if (!m_file) return;
  std::fclose(m_file);
  m_file = nullptr;
  ::unlink(m_temp.c_str());
}

}  // namespace cli
