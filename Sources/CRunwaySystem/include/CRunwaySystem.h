// What Runway needs of the system that Swift's Glibc module does not
// give.
#ifndef RUNWAY_CRUNWAYSYSTEM_H
#define RUNWAY_CRUNWAYSYSTEM_H

// An atomic exchange of two paths, so that a report folder is replaced
// without a moment in which the target is missing.
//
// On Linux, renameat2(2) with RENAME_EXCHANGE (glibc declares it only under
// _GNU_SOURCE, which the Glibc module does not set); on Darwin,
// renamex_np(3) with RENAME_SWAP. Returns 0, or -1 with errno set.
int runway_exchange_paths(const char *first, const char *second);

// 1 when the processor has every instruction set the engine was compiled
// for (x86-64-v3 on x86-64 Linux, unless built with RUNWAY_PORTABLE set),
// else 0: without them, the engine's first vector instruction would stop
// the process with SIGILL, and no message.
int runway_processor_runs_engine(void);

#endif
