// A load-time check that a pattern stays on RE2's fast path: its DFA must not need more states
// than its memory budget holds, or RE2 keeps flushing them (or falls back to its NFA), some
// hundred times slower on every block.
#pragma once

#include <string>

namespace pith {

/// True when matching `set_pattern` (RE2::Set syntax) runs slowly on probe texts drawn from its
/// own characters: random strings over all its literal characters, and over each pair of
/// neighbouring ones, where patterns such as `(a|b)*a(a|b){20}c` or `\s.{0,80}\.` make the DFA
/// states double with each byte. "Slowly" is over 120 ns of CPU a byte with a budget of
/// k_rule_max_mem; patterns RE2 runs on its fast path take under 10 ns a byte on the probes,
/// and those that outgrow the budget 200 to 2,500. A probe cannot prove a pattern fast on every
/// input; it finds the shapes that blow up on ordinary text.
bool runs_slowly(const std::string& set_pattern);

}  // namespace pith
