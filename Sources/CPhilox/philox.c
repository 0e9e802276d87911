#include <string.h>

#include "CPhilox.h"

// Clones for AVX-512, AVX2 and the baseline, chosen once when the library
// loads (an ifunc): the same integer arithmetic in each, so the same bits.
// x86-64 with glibc only (musl has no ifuncs); elsewhere the compiler's
// default target.
#if defined(__x86_64__) && defined(__ELF__) && defined(__GLIBC__)
#define RUNWAY_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define RUNWAY_VECTOR_CLONES
#endif

// Philox4x32-10's constants, as Philox4x32.swift has them (its scalar
// block is the reference the tests check this kernel against).
static const uint32_t multiplier0 = 0xD2511F53u;
static const uint32_t multiplier1 = 0xCD9E8D57u;
static const uint32_t weyl0 = 0x9E3779B9u;  // golden ratio
static const uint32_t weyl1 = 0xBB67AE85u;  // sqrt(3) - 1

// Each path's block is independent of the others', so the loop over paths
// vectorises: a lane per path, every round's products on whole vectors.
// Each 32-bit word is held in a 64-bit lane, its upper half zero, so that
// a round's two products are two widening multiplies of whole vectors
// (vpmuludq) and no word is narrowed and widened again between rounds:
// with 32-bit words, clang split each product into even and odd lanes and
// shuffled them back, and the kernel took 2.5 times as long.
RUNWAY_VECTOR_CLONES
void runway_philox_first_uniforms(uint32_t key0, uint32_t key1, uint64_t first_path,
                                  int64_t count, double *out) {
  const uint64_t low_word = 0xFFFFFFFFu;
  for (int64_t index = 0; index < count; index++) {
    uint64_t path = first_path + (uint64_t)index;
    uint64_t c0 = 0, c1 = 0, c2 = path & low_word, c3 = path >> 32;
    uint32_t k0 = key0, k1 = key1;
    for (int round = 0; round < 10; round++) {
      if (round > 0) {
        k0 += weyl0;
        k1 += weyl1;
      }
      uint64_t product0 = (uint64_t)multiplier0 * c0;
      uint64_t product1 = (uint64_t)multiplier1 * c2;
      uint64_t next0 = (product1 >> 32) ^ c1 ^ k0;
      uint64_t next2 = (product0 >> 32) ^ c3 ^ k1;
      c1 = product1 & low_word;
      c3 = product0 & low_word;
      c0 = next0;
      c2 = next2;
    }
    uint64_t bits = (c0 << 32 | c1) >> 12;
    // 1 + bits * 2^-52, built from its bit pattern; less 1 it is
    // bits * 2^-52 exactly, and adding half a bin is exact too, as
    // 2 * bits + 1 < 2^53. A conversion from an integer would need
    // AVX-512DQ to vectorise.
    uint64_t pattern = 0x3FF0000000000000u | bits;
    double one_plus;
    memcpy(&one_plus, &pattern, sizeof one_plus);
    out[index] = (one_plus - 1.0) + 0x1p-53;
  }
}
