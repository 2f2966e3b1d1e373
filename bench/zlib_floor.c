// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

/* The physical floor of writing a workbook: deflating its XML with zlib at the level
 * libxlsxwriter uses (Z_DEFAULT_COMPRESSION), with nothing generated, formatted or written.
 *   zlib_floor FILE...     (the parts of an .xlsx, unzipped)
 * Prints "elapsed_s=S bytes=N compressed=M"; S is the compression alone (files are read first). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <zlib.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  unsigned char** contents = calloc((size_t)argc, sizeof *contents);
  size_t* sizes = calloc((size_t)argc, sizeof *sizes);
  size_t total = 0, compressed = 0, largest = 0;
  for (int i = 1; i < argc; ++i) {
    FILE* file = fopen(argv[i], "rb");
    if (file == NULL || fseek(file, 0, SEEK_END) != 0) {
      fprintf(stderr, "zlib_floor: cannot read %s\n", argv[i]);
      return 2;
    }
    sizes[i] = (size_t)ftell(file);
    rewind(file);
    contents[i] = malloc(sizes[i] + 1);
    if (fread(contents[i], 1, sizes[i], file) != sizes[i]) {
      fprintf(stderr, "zlib_floor: short read of %s\n", argv[i]);
      return 2;
    }
    fclose(file);
    total += sizes[i];
    if (sizes[i] > largest)
      largest = sizes[i];
  }
  uLongf capacity = compressBound((uLong)largest);
  unsigned char* out = malloc(capacity);
  const double start = now();
  for (int i = 1; i < argc; ++i) {
    /* Raw deflate as in a zip entry: windowBits -15. */
    z_stream stream = {0};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
      return 2;
    }
    stream.next_in = contents[i];
    stream.avail_in = (uInt)sizes[i];
    stream.next_out = out;
    stream.avail_out = (uInt)capacity;
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END) {
      fprintf(stderr, "zlib_floor: deflate failed for %s\n", argv[i]);
      return 2;
    }
    compressed += stream.total_out;
    deflateEnd(&stream);
  }
  const double elapsed = now() - start;
  printf("elapsed_s=%.3f bytes=%zu compressed=%zu\n", elapsed, total, compressed);
  return 0;
}
