#ifndef FG_HUGE_PAGES_H
#define FG_HUGE_PAGES_H

/// Asks for the heap of the main thread to be backed by transparent huge
/// pages where the system offers them on request (Linux with glibc, THP
/// mode `madvise`); does nothing elsewhere. Call once, first thing.
void fg_heap_in_huge_pages(void);

/// The same for the arena the calling thread allocates from (threads other
/// than the main one have arenas of their own). Once per thread; call
/// before the thread allocates much.
void fg_arena_in_huge_pages(void);

#endif
