// The program's allocator policy (see memory_policy.h).
#include "cli/memory_policy.h"

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cli {

void hold_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, k_heap_block_bytes);
  mallopt(M_TRIM_THRESHOLD, k_heap_block_bytes);
#endif
}

}  // namespace cli
