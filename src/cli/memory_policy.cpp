// The program's allocator policy (see memory_policy.h).
#include "cli/memory_policy.h"

#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace cli {

void hold_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, k_heap_block_bytes);
  mallopt(M_TRIM_THRESHOLD, k_heap_block_bytes);
#endif
}

void grow_heap_in_huge_pages(std::size_t bytes) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes == 0 || bytes > static_cast<std::size_t>(INT32_MAX)) return;
  // From here on the heap grows, and is trimmed, keeping `bytes` free at its top.
  mallopt(M_TOP_PAD, static_cast<int>(bytes));
  // A block too large for the heap's present top makes it grow now, by the block and the pad;
  // it stays under M_MMAP_THRESHOLD, so it is carved from the heap, not mapped on its own.
  void* probe = std::malloc(static_cast<std::size_t>(k_heap_block_bytes) - (std::size_t{1} << 20));
  if (!probe) return;
  auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  auto begin = reinterpret_cast<std::uintptr_t>(probe) & ~(page - 1);
  auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // Advice only: where the kernel has no huge pages to give (or THP is off), nothing changes.
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  std::free(probe);
#else
  (void)bytes;
#endif
}

}  // namespace cli
