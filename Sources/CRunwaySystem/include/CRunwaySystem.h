// The one system call Runway needs that Swift's Glibc module does not
// expose: an atomic exchange of two paths, so that a report folder is
// replaced without a moment in which the target is missing.
//
// On Linux, renameat2(2) with RENAME_EXCHANGE (glibc declares it only under
// _GNU_SOURCE, which the Glibc module does not set); on Darwin,
// renamex_np(3) with RENAME_SWAP. Returns 0, or -1 with errno set.
#ifndef RUNWAY_CRUNWAYSYSTEM_H
#define RUNWAY_CRUNWAYSYSTEM_H

int runway_exchange_paths(const char *first, const char *second);

#endif
