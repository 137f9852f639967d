// Byte sources over memory and over file descriptors.
#include "pith/input/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace pith {

bool MemorySource::read(char* buffer, std::size_t capacity, std::size_t* got, std::string*) {
  std::size_t n = std::min(capacity, m_bytes.size());
  std::memcpy(buffer, m_bytes.data(), n);
  m_bytes.remove_prefix(n);
  *got = n;
  return true;
}

FileSource::~FileSource() {
  if (m_owned && m_fd >= 0) ::close(m_fd);
}

bool FileSource::open(const std::string& path, std::string* err) {
  if (path == "-") {
    m_fd = STDIN_FILENO;
    m_owned = false;
  } else {
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
      *err = std::strerror(errno);
      return false;
    }
    m_owned = true;
  }
  struct stat st {};
  if (::fstat(m_fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *err = "is a directory";
      return false;
    }
    if (S_ISREG(st.st_mode)) m_size = static_cast<std::uint64_t>(st.st_size);
  }
  return true;
}

bool FileSource::read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) {
  for (;;) {
    ssize_t n = ::read(m_fd, buffer, capacity);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *err = std::strerror(errno);
      return false;
    }
    *got = static_cast<std::size_t>(n);
    m_bytes_read += *got;
    return true;
  }
}

bool PrefixedSource::read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) {
  if (m_pos < m_prefix.size()) {
    std::size_t n = std::min(capacity, m_prefix.size() - m_pos);
    std::memcpy(buffer, m_prefix.data() + m_pos, n);
    m_pos += n;
    *got = n;
    return true;
  }
  if (!m_failure.empty()) {
    *err = m_failure;
    m_resumes = m_failure_resumes;
    if (m_resumes) m_failure.clear();  // reported once; `rest` goes on after the damage
    return false;
  }
  bool ok = m_rest.read(buffer, capacity, got, err);
  m_resumes = !ok && m_rest.resumes_after_error();
  return ok;
}

}  // namespace pith
