// OutputSink: stdio files, parent directories created on demand.
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

OutputSink::~OutputSink() {
  if (m_file) std::fclose(m_file);
}

bool OutputSink::close_current(std::string* err) {
  if (!m_file) return true;
  bool ok = std::fclose(m_file) == 0;
  m_file = nullptr;
  if (!ok) *err = m_paths[m_current] + ": " + std::strerror(errno);
  return ok;
}

bool OutputSink::open(std::size_t input, std::string* err) {
  if (!close_current(err)) return false;
  if (m_opened.size() < m_paths.size()) m_opened.resize(m_paths.size(), false);
  const std::string& path = m_paths[input];
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  // Each file is created anew once; appending only matters if an input's records came back later.
  // O_NOFOLLOW: a symlink left in the output folder must not send output outside it.
  int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (m_opened[input] ? O_APPEND : O_TRUNC);
  int fd = ::open(path.c_str(), flags, 0644);
  m_file = fd < 0 ? nullptr : ::fdopen(fd, m_opened[input] ? "ab" : "wb");
  if (!m_file) {
    if (fd >= 0) ::close(fd);
    if (errno == ELOOP) {
      *err = path + ": is a symbolic link; pith does not write through links in --output-dir";
      return false;
    }
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  m_opened[input] = true;
  m_current = input;
  return true;
}

bool OutputSink::write(std::size_t input, std::string_view bytes, std::string* err) {
  if (m_paths.empty()) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
        (!m_flush_each || std::fflush(stdout) == 0))
      return true;
    m_reader_gone = errno == EPIPE;
    *err = std::string("standard output: ") + std::strerror(errno);
    return false;
  }
  if ((!m_file || m_current != input) && !open(input, err)) return false;
  if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size() &&
      (!m_flush_each || std::fflush(m_file) == 0))
    return true;
  *err = m_paths[input] + ": " + std::strerror(errno);
  return false;
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
  bool ok = close_current(err);
  m_opened.resize(m_paths.size(), false);
  for (std::size_t i = 0; ok && i < m_paths.size(); ++i)
    if (!m_opened[i]) ok = open(i, err) && close_current(err);
  return ok;
}

}  // namespace cli
