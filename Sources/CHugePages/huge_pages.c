// MADV_HUGEPAGE and sbrk are not in strict C.
#define _DEFAULT_SOURCE
#include "huge_pages.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

// Why: reading a corpus allocates a few hundred thousand small values that
// live until the process ends, so the heap only grows, and each new 4 KiB
// page of it cost a page fault: 17,000 for the 10k corpus, 140,000 for the
// 100k one, the largest part of the kernel's time after the file system
// calls (perf). In 2 MiB pages they are a few dozen. glibc does the same
// with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which only works when set
// before the process starts.
//
// How: the heap's first growth reserves 1 GiB of address space (address
// space only: memory comes as pages are touched), that range is marked for
// huge pages, and freed memory is kept rather than handed back (which
// would split the huge pages again); blocks up to 32 MiB come from the
// heap rather than from mappings of their own, which are not marked.
// Growth past the first GiB is in small steps again, as usual. Each step
// is a request the system may refuse (a limit on the data segment, strict
// overcommit, THP turned off); the heap then works as before.
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
/// Marks for huge pages the whole 2 MiB pages between `start` and `end`.
static void mark_for_huge_pages(uintptr_t start, uintptr_t end) {
    const uintptr_t huge_page = (uintptr_t)2 << 20;
    start = (start + huge_page - 1) & ~(huge_page - 1);
    end &= ~(huge_page - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
}
#endif

void fg_heap_in_huge_pages(void) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    const int usual_top_pad = 128 * 1024;
    void *start_of_growth = sbrk(0);
    if (start_of_growth == (void *)-1 || mallopt(M_TOP_PAD, 1 << 30) != 1) return;
    mallopt(M_TRIM_THRESHOLD, INT_MAX);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    uintptr_t before = (uintptr_t)start_of_growth;
    // Small blocks until the heap grows (it has some room left from the
    // start-up), then all freed: they become the top of the heap.
    void *blocks[64];
    int count = 0;
    while (count < 64 && (uintptr_t)sbrk(0) == before) {
        blocks[count] = malloc(64 * 1024);
        if (blocks[count] == NULL) break;
        count++;
    }
    for (int index = 0; index < count; index++) free(blocks[index]);
    mallopt(M_TOP_PAD, usual_top_pad);
    mark_for_huge_pages(before, (uintptr_t)sbrk(0));
#endif
}

// Why: a thread other than the main one allocates from an arena of its
// own, whose heap glibc grows a page at a time; in a range growing so, a
// huge page is never whole, so that thread's values were still faulted in
// 4 KiB pages (7,000 faults of `path` on 10k with two threads, after the
// main thread's heap was in huge pages).
//
// How: a 30 MiB block (an arena's heap may grow to 64 MiB) is taken and
// freed again, which grows the heap at once; its range is then marked for
// huge pages, and the arena's later values come from it. Once per thread
// (a thread-local flag). For the main thread, whose heap is marked
// already, it changes nothing; in a process that did not call
// `fg_heap_in_huge_pages` (tests, other programs using the library), the
// block is a mapping of its own, unmapped when freed, and nothing changes
// either.
void fg_arena_in_huge_pages(void) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    static __thread int done = 0;
    if (done) return;
    done = 1;
    const size_t size = (size_t)30 << 20;
    void *block = malloc(size);
    if (block == NULL) return;
    free(block);
    mark_for_huge_pages((uintptr_t)block, (uintptr_t)block + size);
#endif
}
