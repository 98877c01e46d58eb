// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "core/memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rd {

void keepLargeAllocations()
{
#if defined(__GLIBC__)
    constexpr int OneGiB = 1 << 30;
    mallopt(M_MMAP_THRESHOLD, OneGiB);
    mallopt(M_TRIM_THRESHOLD, OneGiB);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

} // namespace rd
