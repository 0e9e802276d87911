#include "CRunwaySystem.h"

int runway_processor_runs_engine(void) {
#if defined(RUNWAY_ENGINE_NEEDS_X86_64_V3) && defined(__x86_64__)
  // This file is compiled for the baseline x86-64, so it runs anywhere.
  __builtin_cpu_init();
  return __builtin_cpu_supports("x86-64-v3");
#else
  return 1;
#endif
}
