// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

namespace rd {

// Loading a business fills vectors of hundreds of megabytes. With glibc's defaults each block above
// 32 MiB is mapped afresh and unmapped on free, and every page is faulted in 4 KiB at a time: on the
// 100,000-customer demo page faults were 40 % of `risk`. This keeps every block of every thread in one
// heap (not trimmed below 1 GiB of free space), reserves address space for it once (nothing resident
// until touched) and asks the kernel for transparent huge pages there: `risk` on that demo went from
// 1.6 s to 0.7-0.9 s, for about 10 MB more resident memory (bench/risk). Call first thing in main; where
// it does not apply (not glibc on Linux, no transparent huge pages) nothing changes.
void keepLargeAllocations();

// For a process whose work is two threads allocating at once (retentiondesk-cli import: one reads and
// checks rows, the other stores them): a heap per thread, so that neither waits for the other's lock on
// the one heap keepLargeAllocations() keeps. An import of 1,000,000 orders took 1.2-1.3 s this way against
// 1.5 s (bench/import). Call before the threads start; not in the window, whose later loads rely on the one
// prepared heap.
void allowHeapPerThread();

} // namespace rd
