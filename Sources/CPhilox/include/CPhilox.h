// Philox4x32-10 (Salmon et al., SC11) over a run of counters, compiled on
// x86-64 Linux for the processor's widest vector unit: a path takes 58
// Philox blocks (3 % of its time this way), and Swift code is compiled
// for one instruction set (x86-64-v3 at most: four 32x32-bit products a
// vector), where this kernel picks AVX-512's eight when the processor has
// them.
#ifndef RUNWAY_CPHILOX_H
#define RUNWAY_CPHILOX_H

#include <stdint.h>

// For each path p in [first_path, first_path + count): the first uniform
// of Philox4x32-10's block (0, 0, p mod 2^32, p div 2^32) under the key
// (key0, key1), into out[p - first_path]. The uniform is the block's
// first 64 bits shifted to 52, centred in its bin: (bits + 0.5) * 2^-52,
// exactly as RandomStream.uniform(path:draw: 0) computes it.
void runway_philox_first_uniforms(uint32_t key0, uint32_t key1, uint64_t first_path,
                                  int64_t count, double *out);

#endif
