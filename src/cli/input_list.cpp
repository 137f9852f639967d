// Directory walks for -r: std::filesystem's iterator (no recursion of ours), fnmatch for --glob.
#include "cli/input_list.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace cli {

namespace {

bool matches(const std::string& name, const std::vector<std::string>& globs) {
  if (globs.empty()) return true;
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& glob) { return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0; });
}

bool walk(const std::string& dir, const std::vector<std::string>& globs, std::vector<InputFile>* inputs,
          std::string* err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    if (matches(it->path().filename().string(), globs)) found.push_back(it->path().string());
  }
  if (ec) {
    *err = dir + ": " + ec.message();
    return false;
  }
  // Directory order is the file system's whim; output order must not be.
  std::sort(found.begin(), found.end());
  for (std::string& path : found) inputs->push_back({std::move(path), dir});
  return true;
}

}  // namespace

bool expand_inputs(const std::vector<std::string>& args, bool recursive, const std::vector<std::string>& globs,
                   std::vector<InputFile>* inputs, std::string* err) {
  inputs->clear();
  if (args.empty()) inputs->push_back({"-", ""});
  for (const std::string& arg : args) {
    std::error_code ec;
    if (recursive && arg != "-" && std::filesystem::is_directory(arg, ec)) {
      if (!walk(arg, globs, inputs, err)) return false;
    } else {
      inputs->push_back({arg, ""});
    }
  }
  return true;
}

}  // namespace cli
