// File and stdin reading with a size cap, by plain POSIX reads.
#include "cli/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cli {

bool read_input(const std::string& path, std::size_t limit, std::string* out, std::string* err) {
  out->clear();
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (fd != STDIN_FILENO) ::close(fd);
    *err = "is a directory";
    return false;
  }
  if (S_ISREG(st.st_mode) && st.st_size > 0) out->reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  bool ok = true;
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *err = std::strerror(errno);
      ok = false;
      break;
    }
    if (n == 0) break;
    if (out->size() + static_cast<std::size_t>(n) > limit) {
      *err = "larger than --max-bytes (" + std::to_string(limit) + " bytes)";
      ok = false;
      break;
    }
    out->append(buffer, static_cast<std::size_t>(n));
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return ok;
}

}  // namespace cli
