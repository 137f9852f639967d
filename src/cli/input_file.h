// Reading one named input ("-" is standard input) into memory.
#pragma once

#include <cstddef>
#include <string>

namespace cli {

/// Reads all of `path` into `out`; false with `err` (no file, a directory, unreadable,
/// larger than `limit` bytes).
bool read_input(const std::string& path, std::size_t limit, std::string* out, std::string* err);

}  // namespace cli
