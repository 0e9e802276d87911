#include "CRunwaySystem.h"

#if defined(RUNWAY_ENGINE_NEEDS_X86_64_V3) && defined(__x86_64__)
#include <cpuid.h>

// x86-64-v3 is x86-64-v2 with AVX, AVX2, BMI1, BMI2, F16C, FMA, LZCNT and
// MOVBE, and an operating system that saves the YMM registers. Asked of
// CPUID itself: the compiler runtime's `__builtin_cpu_supports("x86-64-v3")`
// knows the level only in recent versions. Every processor with AVX2 has
// the x86-64-v2 extensions.
static int has_x86_64_v3(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  const unsigned fma = 1u << 12, movbe = 1u << 22, osxsave = 1u << 27, avx = 1u << 28,
                 f16c = 1u << 29;
  const unsigned leaf1 = fma | movbe | osxsave | avx | f16c;
  if ((c & leaf1) != leaf1) return 0;
  // XCR0: the SSE and AVX state (bits 1 and 2) saved by the system.
  unsigned low, high;
  __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  if ((low & 0x6u) != 0x6u) return 0;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  const unsigned bmi1 = 1u << 3, avx2 = 1u << 5, bmi2 = 1u << 8;
  if ((b & (bmi1 | avx2 | bmi2)) != (bmi1 | avx2 | bmi2)) return 0;
  if (!__get_cpuid(0x80000001u, &a, &b, &c, &d)) return 0;
  const unsigned lzcnt = 1u << 5;
  return (c & lzcnt) != 0;
}
#endif

int runway_processor_runs_engine(void) {
  // This file is compiled for the baseline x86-64, so it runs anywhere.
#if defined(RUNWAY_ENGINE_NEEDS_X86_64_V3) && defined(__x86_64__)
  return has_x86_64_v3();
#else
  return 1;
#endif
}
