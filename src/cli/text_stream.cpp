// Streaming one large text file: the conditions, and the window-by-window write.
#include "cli/text_stream.h"

#include <sys/stat.h>

#include <cstdio>

#include "cli/memory_policy.h"
#include "pith/batch/format_sniff.h"
#include "pith/input/byte_source.h"
#include "pith/input/charset.h"
#include "pith/input/decompress.h"
#include "pith/output/writers.h"
#include "pith/text/text_windows.h"

namespace cli {

namespace {

/// The heap a windowed clean fills, with room: a few windows, one run of
/// boilerplate::k_window_lines kept lines, the reader's buffer (a 44 MiB peak on the text
/// benchmark, measured with valgrind's massif; 57 MiB peak RSS in all).
constexpr std::size_t k_stream_heap_bytes = std::size_t{96} << 20;

/// The output is handed to stdio in pieces of about this size.
constexpr std::size_t k_write_piece_bytes = std::size_t{256} << 10;

/// The first bytes of `path` (enough for every sniff), or "" when it cannot be read.
std::string head_of(const std::string& path) {
  std::string head(64 << 10, '\0');
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return {};
  head.resize(std::fread(head.data(), 1, head.size(), file));
  std::fclose(file);
  return head;
}

}  // namespace

bool streams_text(const RawOptions& raw, const pith::Config& config, const std::vector<InputFile>& inputs) {
  if (inputs.size() != 1 || raw.recursive || inputs[0].path == "-" || !raw.output_dir.empty()) return false;
  if (config.format != pith::OutputFormat::text || raw.explain || !raw.report.empty() || !raw.learn_sites.empty() ||
      !config.languages.empty() || raw.min_chars > 0)
    return false;
  if (config.input_format != pith::InputFormat::text && config.input_format != pith::InputFormat::detect) return false;
  const std::string& path = inputs[0].path;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  auto size = static_cast<std::size_t>(st.st_size);
  if (size <= pith::k_text_stream_min_bytes || size > config.max_bytes) return false;
  // Plain text only: a compressed file's size says nothing of its text, and a page is a page.
  std::string head = head_of(path);
  if (pith::detect_compression(head) != pith::Compression::none) return false;
  // UTF-16 or UTF-32 with a byte order mark is decoded whole (Pipeline::clean).
  std::size_t mark_size = 0;
  if (!pith::unicode_bom_encoding(head, &mark_size).empty()) return false;
  if (config.input_format == pith::InputFormat::detect &&
      (pith::sniff_file(path).format != pith::InputFormat::detect ||
       pith::detect_kind(head, config, path) != pith::InputKind::text))
    return false;
  return true;
}

int clean_streamed(const pith::Pipeline& pipeline, const RawOptions& raw, const std::string& path) {
  // One large text, one thread: the heap policy pays here. Batch runs keep glibc's defaults,
  // where each worker thread's arena would otherwise hold up to 32 MiB it freed.
  hold_freed_memory();
  grow_heap_in_huge_pages(k_stream_heap_bytes);
  pith::FileSource file;
  std::string err;
  if (!file.open(path, &err)) {
    std::fprintf(stderr, "pith: %s: %s\n", path.c_str(), err.c_str());
    return 1;
  }
  bool kept_any = false, write_failed = false;
  std::string out;
  // A run of kept lines is written a piece at a time: its whole text at once would be one more
  // buffer of megabytes, and the memory a stream touches costs it time (see memory_policy.h).
  auto write_out = [&] {
    kept_any = kept_any || !out.empty();
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) write_failed = true;
    out.clear();
  };
  auto emit = [&](pith::Document& window) {
    out.clear();
    for (const pith::Block& block : window.blocks) {
      pith::write_text_block(block, out);
      if (out.size() >= k_write_piece_bytes) write_out();
    }
    write_out();
    return !write_failed;
  };
  if (!pipeline.clean_text_windows(file, path, pith::k_text_window_bytes, emit, &err)) {
    std::fprintf(stderr, "pith: %s: %s\n", path.c_str(), err.c_str());
    return 1;
  }
  if (write_failed || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "pith: standard output: write failed\n");
    return 1;
  }
  if (!kept_any && !raw.quiet)
    std::fprintf(stderr, "pith: %s: nothing kept (all of it was removed, or it was empty; see --explain)\n",
                 path.c_str());
  return 0;
}

}  // namespace cli
