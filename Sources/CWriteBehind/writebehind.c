#if defined(__linux__)
#define _GNU_SOURCE
#include <fcntl.h>
#endif

#include "CWriteBehind.h"

int cwritebehind_available(void) {
#if defined(__linux__)
  return 1;
#else
  return 0;
#endif
}

int cwritebehind_start(int fd, int64_t offset, int64_t count) {
#if defined(__linux__)
  return sync_file_range(fd, (off64_t)offset, (off64_t)count, SYNC_FILE_RANGE_WRITE);
#else
  (void)fd;
  (void)offset;
  (void)count;
  return 0;
#endif
}
