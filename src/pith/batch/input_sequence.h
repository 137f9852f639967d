// The records of a run's inputs, one after another: files (maybe compressed) or standard input,
// read as whole documents, JSON Lines or WARC.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pith/batch/buffered_reader.h"
#include "pith/batch/record.h"
#include "pith/batch/warc_reader.h"
#include "pith/config.h"
#include "pith/input/byte_source.h"
#include "pith/input/decompress.h"

namespace pith {

/// Reads the inputs in order and hands out their records. Not thread-safe: one reader at a time
/// (the runner serialises it); only the byte counters may be read from other threads.
class InputSequence {
 public:
  /// `paths` ("-" is standard input) read as `format` (jsonl, warc, text or html: one document
  /// per input; detect: each input's own format, by sniff_format); records over `max_bytes`
  /// become errors.
  InputSequence(std::vector<std::string> paths, InputFormat format, std::size_t max_bytes);
  ~InputSequence();

  /// The next record of any input; false once every input is done. A file that cannot be
  /// opened or read yields a record with `error` set, named after the file.
  bool next(Record* record);

  /// Bytes read from the inputs so far (as stored, before decompression).
  /// Safe from any thread: the reader publishes both counters atomically (relaxed: a progress
  /// line may see one input's bytes twice or not at all for an instant, never torn values).
  std::uint64_t bytes_read() const {
    return m_bytes_done.load(std::memory_order_relaxed) + m_bytes_current.load(std::memory_order_relaxed);
  }
  /// Sum of the inputs' sizes, or 0 when some size is unknown (a pipe).
  std::uint64_t total_size() const { return m_total_size; }

 private:
  bool open_next(Record* failure);
  void close_current();
  bool next_jsonl(Record* record);
  bool next_warc(Record* record);
  void next_document(Record* record);
  /// -i auto: reads the input's first bytes to choose its format; they are then read again.
  void sniff();
  std::string display_name() const;

  std::vector<std::string> m_paths;
  InputFormat m_format;
  std::size_t m_max_bytes;
  std::size_t m_index = 0;  ///< the next input to open
  bool m_open = false;
  std::unique_ptr<FileSource> m_file;
  std::unique_ptr<DecompressingSource> m_decoded;
  std::unique_ptr<PrefixedSource> m_replay;  ///< the sniffed bytes, then the rest (-i auto)
  InputFormat m_input_format = InputFormat::detect;  ///< the open input's format, forced or sniffed
  std::string m_detected;  ///< why the open input was read as records, until its first record says it
  std::unique_ptr<BufferedReader> m_lines;
  std::unique_ptr<WarcReader> m_warc;
  std::uint64_t m_line = 0;
  std::uint64_t m_total_size = 0;
  std::atomic<std::uint64_t> m_bytes_done{0};
  std::atomic<std::uint64_t> m_bytes_current{0};
};

}  // namespace pith
