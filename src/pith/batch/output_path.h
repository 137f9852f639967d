// Output names for --output-dir: each input's relative path, its extensions swapped for the format's.
#pragma once

#include <string>
#include <string_view>

namespace pith {

/// The output file for `input` under `out_dir`: `input`'s path relative to `root` (the directory
/// argument it was found under; "" for a file named on the command line, which keeps only its
/// name), without a compression suffix (.gz, .zst) and one input suffix (.jsonl, .warc, .html,
/// ...), plus `extension` (".jsonl" or ".txt"). Standard input ("-") is named "stdin".
std::string output_path(const std::string& input, const std::string& root, const std::string& out_dir,
                        std::string_view extension);

}  // namespace pith
