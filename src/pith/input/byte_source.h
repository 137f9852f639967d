// Byte sources: where a reader's bytes come from (a file, standard input, memory), read in pieces.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith {

/// A stream of bytes read piece by piece, so no reader ever needs a whole input in memory.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Reads up to `capacity` bytes into `buffer`; `*got` is 0 only at the end of the stream.
  /// False with `err` on a read error.
  virtual bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) = 0;
  /// After `read` failed: true when the source stepped over the damage (a corrupt gzip member,
  /// skipped to the next one) and later reads go on; false when the stream is over.
  virtual bool resumes_after_error() const { return false; }
};

/// Bytes held by the caller, which must outlive the source (tests and fuzz targets use this).
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : m_bytes(bytes) {}
  bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) override;

 private:
  std::string_view m_bytes;
};

/// A file or standard input ("-"), read with plain POSIX reads.
class FileSource final : public ByteSource {
 public:
  FileSource() = default;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  ~FileSource() override;

  /// Opens `path` ("-" is standard input); false with `err` when it cannot be read as a file.
  bool open(const std::string& path, std::string* err);
  bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) override;

  /// Bytes read so far, before any decompression (progress is measured on these).
  std::uint64_t bytes_read() const { return m_bytes_read; }
  /// The file's size when it is a regular file, else 0 (a pipe's size is unknown).
  std::uint64_t size() const { return m_size; }

 private:
  int m_fd = -1;
  bool m_owned = false;
  std::uint64_t m_bytes_read = 0;
  std::uint64_t m_size = 0;
};

/// Bytes already taken from a source (to look at them) served again, then the rest of it: a
/// reader that sniffed an input's first bytes still reads it from the start.
class PrefixedSource final : public ByteSource {
 public:
  /// `failure`: the error `rest` gave while the prefix was read ("" when none); it is reported
  /// once the prefix is served, in place of reading `rest` again, unless `rest` stepped over
  /// it (`rest.resumes_after_error()`): then reading goes on in `rest` after the report.
  PrefixedSource(std::string prefix, ByteSource& rest, std::string failure = {})
      : m_prefix(std::move(prefix)), m_rest(rest), m_failure(std::move(failure)),
        m_failure_resumes(!m_failure.empty() && rest.resumes_after_error()) {}
  bool read(char* buffer, std::size_t capacity, std::size_t* got, std::string* err) override;
  bool resumes_after_error() const override { return m_resumes; }

 private:
  std::string m_prefix;
  std::size_t m_pos = 0;
  ByteSource& m_rest;
  std::string m_failure;
  bool m_failure_resumes = false;
  bool m_resumes = false;  ///< the last error this source gave was stepped over
};

}  // namespace pith
