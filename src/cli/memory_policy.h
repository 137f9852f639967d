// How the program asks the C library's allocator to hold memory: a policy of the program, not
// of the library, which may run inside another process.
#pragma once

#include <cstddef>

namespace cli {

/// Asks glibc's malloc (where the program is built against it; elsewhere nothing happens) to
/// serve blocks of up to k_heap_block_bytes from its heap instead of mapping each on its own,
/// and to keep up to as much freed memory at the heap's top instead of returning it at once.
/// Cleaning a large text in 2 MiB windows allocates and frees the same few MiB (the window's
/// bytes, its lines and its block vector) once per window; with glibc's defaults each round
/// mapped fresh pages, faulted them in and unmapped them again (perf: a tenth of the text
/// benchmark's time was in page faults). With the policy: 5 to 6% less CPU time on
/// tests/bench/text_bench.sh's corpus in alternating runs, a third fewer minor faults, peak RSS
/// 77 -> 79 MiB for its 52 MiB. Thresholds: mallopt(3), M_MMAP_THRESHOLD and
/// M_TRIM_THRESHOLD; 32 MiB is glibc's own ceiling for the mapping threshold on 64-bit systems.
/// Called for the windowed clean of one large text only: in a batch, each worker thread's arena
/// would hold up to as much freed memory (a test of a compressed bomb over two inputs peaked at
/// 72 MB instead of 41 MB when its threads ran together).
void hold_freed_memory();

/// Grows the heap at once by `bytes` that it then keeps free at its top (glibc's M_TOP_PAD),
/// and asks Linux to back that stretch with transparent huge pages (madvise MADV_HUGEPAGE) where
/// THP is enabled for advised memory. For a run that will fill tens of MiB of heap (a large text
/// cleaned in windows): first touching them page by page cost ~18k minor faults on the text
/// benchmark; in 2 MiB pages, ~1.5k, and its CPU time fell by about a tenth; peak RSS (as
/// tests/bench/text_bench.sh measures it) 79 -> 83 MiB, as memory now comes in 2 MiB pages.
/// Untouched, the reserved stretch is address space only. Nothing changes where either library
/// does not offer this.
void grow_heap_in_huge_pages(std::size_t bytes);

/// Largest block (and largest free heap top) the policy keeps in the heap: 32 MiB.
inline constexpr int k_heap_block_bytes = 32 << 20;

}  // namespace cli
