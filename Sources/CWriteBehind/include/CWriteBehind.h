#ifndef CWRITEBEHIND_H
#define CWRITEBEHIND_H

#include <stdint.h>

/// Whether `cwritebehind_start` does anything here: 1 on Linux, 0 elsewhere.
int cwritebehind_available(void);

/// Starts the disk writing of the bytes of `fd` from `offset`, `count` of them, that are
/// written to memory and not yet on their way to the disk, and returns without waiting for
/// it: Linux's `sync_file_range` with `SYNC_FILE_RANGE_WRITE`, which Swift's Glibc module does
/// not import. Durability still needs `fsync`. Returns 0, or -1 with `errno` set; nothing and 0
/// where it is not available.
int cwritebehind_start(int fd, int64_t offset, int64_t count);

#endif
