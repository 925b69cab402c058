#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (x86 SHA-NI, with SSSE3 and SSE4.1) that
/// `csha256_compress` uses: 1 when it has, 0 when it has not (or is not an x86 processor).
int csha256_available(void);

/// Runs SHA-256 (FIPS 180-4) over `blocks` whole 64-byte blocks of `data`, updating `state`
/// (the eight working words a to h), with the processor's SHA instructions. Only to be called
/// when `csha256_available()` is 1.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
