// output_path: relative path, suffixes stripped by table, the format's suffix added.
#include "pith/batch/output_path.h"

#include <filesystem>

namespace pith {

namespace {

constexpr std::string_view k_compression_suffixes[] = {".gz", ".zst", ".zstd"};
constexpr std::string_view k_input_suffixes[] = {".jsonl", ".ndjson", ".json", ".warc", ".html", ".htm", ".txt", ".text"};

/// `name` without the first of `suffixes` it ends with (never the whole name).
template <std::size_t N>
std::string_view strip_one(std::string_view name, const std::string_view (&suffixes)[N]) {
  for (std::string_view suffix : suffixes)
    if (name.size() > suffix.size() && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  return name;
}

}  // namespace

std::string output_path(const std::string& input, const std::string& root, const std::string& out_dir,
                        std::string_view extension) {
  namespace fs = std::filesystem;
  fs::path relative;
  if (input == "-") relative = "stdin";
  else if (root.empty()) relative = fs::path(input).filename();
  else relative = fs::path(input).lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") relative = fs::path(input).filename();
  std::string file = relative.filename().string();
  std::string name(strip_one(strip_one(file, k_compression_suffixes), k_input_suffixes));
  name.append(extension);
  return (fs::path(out_dir) / relative.parent_path() / name).string();
}

}  // namespace pith
