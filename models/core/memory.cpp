// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "core/memory.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace rd {

void keepLargeAllocations()
{
#if defined(__GLIBC__) && defined(__linux__)
    // Every block from the heap (glibc would map each one above 32 MiB afresh and unmap it on free), and
    // the heap not trimmed below 1 GiB of free space.
    mallopt(M_MMAP_MAX, 0);
    // One arena for all threads: the orders are read on a second thread while the first reads the rest,
    // and its blocks should come from the same prepared heap.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
    // Grow the heap once by address space only (nothing is touched, so nothing is resident), keep it (the
    // trim threshold above), and ask for huge pages there: the dataset's vectors then fault in 2 MiB at a
    // time instead of 4 KiB. Where the kernel has no transparent huge pages, madvise fails and nothing
    // changes.
    constexpr std::size_t Reserve = 768u << 20;
    constexpr std::uintptr_t HugePage = 2u << 20;
    if (void *block = std::malloc(Reserve)) {
        const auto begin = (reinterpret_cast<std::uintptr_t>(block) + HugePage - 1) & ~(HugePage - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(block) + Reserve) & ~(HugePage - 1);
        if (end > begin)
            madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
        std::free(block);
    }
#endif
}

void allowHeapPerThread()
{
#if defined(__GLIBC__) && defined(__linux__)
    mallopt(M_ARENA_MAX, 4);
#endif
}

} // namespace rd
