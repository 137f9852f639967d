// The command-line program: flags in, exit status out. The only place that prints or exits.
#pragma once

namespace cli {

/// Runs pith with the process's arguments; returns the exit status
/// (0 all inputs cleaned, 1 some input failed, 2 usage or configuration error).
int run(int argc, char** argv);

}  // namespace cli
