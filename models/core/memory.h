// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

namespace rd {

// Loading a business fills vectors of hundreds of megabytes that grow and are laid out again. glibc maps
// each block above 128 KiB afresh and returns it on free, so every regrowth faults its pages in anew: on
// the 100,000-customer demo a third of the load time. Keeping large blocks in the heap for reuse (and not
// trimming it) saves that. Call once at the start of main; a no-op elsewhere than glibc.
void keepLargeAllocations();

} // namespace rd
