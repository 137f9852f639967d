// The inputs named on the command line, with directories expanded (-r, --glob) in a stable order.
#pragma once

#include <string>
#include <vector>

namespace cli {

/// One input to read, and the directory argument it was found under ("" when named itself).
struct InputFile {
  std::string path;
  std::string root;
};

/// Expands `args` ("-" or none is standard input): files are kept as named; directories are
/// walked when `recursive` (sorted, files only, matching one of `globs` by file name when given)
/// and otherwise kept so reading them reports the mistake. False with `err` when a directory
/// cannot be walked.
bool expand_inputs(const std::vector<std::string>& args, bool recursive, const std::vector<std::string>& globs,
                   std::vector<InputFile>* inputs, std::string* err);

}  // namespace cli
