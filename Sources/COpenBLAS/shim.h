// The C surface of OpenBLAS and LAPACK that RunwayNumerics calls.
//
// `cblas.h` (OpenBLAS) gives BLAS and `openblas_set_num_threads`. LAPACK is
// reached through its Fortran symbols; the prototypes are declared here
// because Debian's `liblapack-dev` ships no C header for them. On Debian,
// `liblapack.so` resolves (through the alternatives system) to OpenBLAS's
// build of reference LAPACK. Integers are 32-bit (`blasint` is `int` unless
// OpenBLAS is built with OPENBLAS_USE64BITINT, which Debian's is not).
// The trailing `size_t` arguments are the hidden lengths gfortran passes
// for CHARACTER arguments; passing them is correct for Fortran-built
// routines and harmless for OpenBLAS's C reimplementations.
#ifndef RUNWAY_COPENBLAS_SHIM_H
#define RUNWAY_COPENBLAS_SHIM_H

#include <stddef.h>
#include <cblas.h>

void dpotrf_(const char *uplo, const int *n, double *a, const int *lda,
             int *info, size_t uplo_len);

void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a,
             const int *lda, double *w, double *work, const int *lwork,
             int *iwork, const int *liwork, int *info, size_t jobz_len,
             size_t uplo_len);

void dgels_(const char *trans, const int *m, const int *n, const int *nrhs,
            double *a, const int *lda, double *b, const int *ldb,
            double *work, const int *lwork, int *info, size_t trans_len);

// OpenBLAS's threaded builds start a pool of threads when the library is
// loaded; each spins on sched_yield for 2^28 cycles after start-up and
// after each threaded call before it sleeps. blas_thread_shutdown_ joins
// them: it is internal to OpenBLAS (common_thread.h, not cblas.h), its own
// fork handler, after which it starts the pool again only for a call that
// wants more than one thread. Weak, and called through an inline function:
// OpenBLAS's serial build has no pool and no such symbol, and the call is
// then skipped.
int blas_thread_shutdown_(void) __attribute__((weak));

static inline void runway_stop_openblas_threads(void) {
  if (blas_thread_shutdown_) blas_thread_shutdown_();
}

#endif
