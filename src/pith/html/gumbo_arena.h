// Memory for one Gumbo parse: small blocks cut from large chunks, all released at once.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <unordered_set>
#include <vector>

namespace pith::html {

/// Gumbo allocates every node, attribute and string of its tree one by one (tens of thousands
/// of calls a page) and frees them one by one again in gumbo_destroy_output(); malloc and free
/// took an eighth of pith's time on a page. Parsed with options() from an arena, the tree lives
/// in a few chunks until the arena goes, and the tree walk that frees it is never made: the
/// output must NOT be passed to gumbo_destroy_output().
///
/// Small blocks are never reused (a block freed while the parse goes on is lost until the end,
/// unless it was the last one cut); Gumbo frees few of them (a tenth of what it allocates on the
/// benchmark pages). Blocks of k_large_block bytes or more get their own allocation and are freed
/// when Gumbo frees them, so a text node that grows to 50 MB by doubling does not leave every
/// smaller copy behind. Not thread-safe: one arena per parse.
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena();

  /// Gumbo's default options with this arena as allocator.
  GumboOptions options();

  /// Bytes taken from the system so far (chunks and large blocks still held).
  std::size_t bytes_held() const { return m_held; }

  /// Requests of this many bytes or more get their own allocation.
  static constexpr std::size_t k_large_block = 8 * 1024;
  /// Chunk size: large enough that cutting the last few KB off is waste under 4%.
  static constexpr std::size_t k_chunk = 256 * 1024;

 private:
  void* allocate(std::size_t size);
  void deallocate(void* block);
  static void* allocate_for_gumbo(void* arena, std::size_t size);
  static void deallocate_for_gumbo(void* arena, void* block);

  std::vector<std::unique_ptr<char[]>> m_chunks;
  char* m_next = nullptr;  ///< where the next small block starts in the current chunk
  char* m_end = nullptr;   ///< end of the current chunk
  char* m_last = nullptr;  ///< the last small block cut, which a free can give back
  std::unordered_set<void*> m_large;
  std::size_t m_held = 0;
};

}  // namespace pith::html
