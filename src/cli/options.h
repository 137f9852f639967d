// The command line: every flag is one definition in define_options(); the list drives --help.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pith/config.h"
#include "pith/config_options.h"

namespace cli {

/// Flags as typed, before they are checked: the options the library checks into a pith::Config
/// (pith::ConfigOptions), and those only the command line has.
struct RawOptions : pith::ConfigOptions {
  std::vector<std::string> inputs;
  bool explain = false;
  bool list_filters = false;
  std::string color = "auto";
  // batch runs
  bool recursive = false;
  std::vector<std::string> globs;
  std::string output_dir;
  bool quiet = false;
};

/// Registers every option of pith on `app`, bound to `raw`.
void define_options(CLI::App& app, RawOptions& raw);

/// Checks `raw` and fills `config`; false with `err` for the user, naming the flag, on a bad value.
bool to_config(const RawOptions& raw, pith::Config* config, std::string* err);

}  // namespace cli
