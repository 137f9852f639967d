// SIGINT and SIGTERM as a request to stop: the run writes the records it has read, then ends.
#pragma once

namespace cli {

/// Catches SIGINT and SIGTERM. The first asks the run to stop; a second ends the process at
/// once (the default action, restored by the first), for a reader blocked on a terminal or pipe.
void catch_stop_signals();

/// The signal that asked the run to stop, or 0. Safe to call from any thread.
int stop_signal();

}  // namespace cli
