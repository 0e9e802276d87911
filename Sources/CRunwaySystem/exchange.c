#ifdef __linux__
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#else
#include <stdio.h>
#endif

#include "CRunwaySystem.h"

int runway_exchange_paths(const char *first, const char *second) {
#ifdef __linux__
  // The raw system call works with any glibc that knows its number.
  return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second,
                      RENAME_EXCHANGE);
#else
  return renamex_np(first, second, RENAME_SWAP);
#endif
}
