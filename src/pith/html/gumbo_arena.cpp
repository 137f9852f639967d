// The arena Gumbo parses into: bump allocation in chunks, large blocks apart.
#include "pith/html/gumbo_arena.h"

#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define PITH_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PITH_ARENA_ASAN 1
#endif
#endif

#ifdef PITH_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace pith::html {

namespace {

/// Blocks are aligned for any of Gumbo's structs (pointers and size_t at most).
constexpr std::size_t k_align = alignof(void*);

#ifdef PITH_ARENA_ASAN
/// Under AddressSanitizer every small block is followed by poisoned bytes and the unused rest
/// of a chunk stays poisoned, so an overrun in the parser is still caught.
constexpr std::size_t k_redzone = 16;
void poison(void* at, std::size_t size) { ASAN_POISON_MEMORY_REGION(at, size); }
void unpoison(void* at, std::size_t size) { ASAN_UNPOISON_MEMORY_REGION(at, size); }
#else
constexpr std::size_t k_redzone = 0;
void poison(void*, std::size_t) {}
void unpoison(void*, std::size_t) {}
#endif

std::size_t round_up(std::size_t size) { return (size + k_align - 1) / k_align * k_align; }

}  // namespace

GumboArena::~GumboArena() {
  for (void* block : m_large) std::free(block);
  for (auto& chunk : m_chunks) unpoison(chunk.get(), k_chunk);
}

GumboOptions GumboArena::options() {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::allocate_for_gumbo;
  options.deallocator = &GumboArena::deallocate_for_gumbo;
  options.userdata = this;
  return options;
}

void* GumboArena::allocate(std::size_t size) {
  if (size >= k_large_block) {
    void* block = std::malloc(size);
    if (block == nullptr) throw std::bad_alloc();
    m_large.insert(block);
    m_held += size;
    return block;
  }
  std::size_t need = round_up(size == 0 ? 1 : size) + k_redzone;
  if (static_cast<std::size_t>(m_end - m_next) < need) {
    m_chunks.push_back(std::make_unique_for_overwrite<char[]>(k_chunk));
    m_next = m_chunks.back().get();
    m_end = m_next + k_chunk;
    m_held += k_chunk;
    poison(m_next, k_chunk);
  }
  m_last = m_next;
  m_next += need;
  unpoison(m_last, size);
  return m_last;
}

void GumboArena::deallocate(void* block) {
  if (block == nullptr) return;
  if (block == m_last) {  // the last block cut goes back to the chunk (a buffer that grew)
    m_next = m_last;
    m_last = nullptr;
    poison(m_next, static_cast<std::size_t>(m_end - m_next));
    return;
  }
  if (!m_large.empty()) {
    auto large = m_large.find(block);
    if (large != m_large.end()) {
      m_large.erase(large);
      std::free(block);
    }
  }
}

void* GumboArena::allocate_for_gumbo(void* arena, std::size_t size) {
  return static_cast<GumboArena*>(arena)->allocate(size);
}

void GumboArena::deallocate_for_gumbo(void* arena, void* block) { static_cast<GumboArena*>(arena)->deallocate(block); }

}  // namespace pith::html
