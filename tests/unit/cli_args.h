// Tests that read a command line as pith does: the options it sets, before anything runs.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/options.h"

namespace test {

/// `raw` filled from the command line "pith ARGS...", as cli::run() parses it (options noted as
/// given). CLI11's parse errors propagate as its exceptions.
inline void parse_cli(const std::vector<std::string>& args, cli::RawOptions& raw) {
  CLI::App app;
  cli::define_options(app, raw);
  std::vector<std::string> argv = {"pith"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<const char*> c_argv;
  for (const std::string& a : argv) c_argv.push_back(a.c_str());
  app.parse(static_cast<int>(c_argv.size()), c_argv.data());
  cli::note_given(app, raw);
}

}  // namespace test
