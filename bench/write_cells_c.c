// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

/* The floor of the tender-score rank benchmark: plain C over libxlsxwriter, replaying the cells of
 * the ranking workbook as bench/dump_cells.py dumped them (format in its docstring).
 *   write_cells_c [--constant-memory] [--parse-only] CELLS.tsv OUT.xlsx
 * Streams the file while writing, so its peak RSS is libxlsxwriter's own. Prints
 * "elapsed_s=S" (main to after workbook_close); --parse-only reads and converts every field but
 * calls no libxlsxwriter function, so full minus parse-only is the time spent writing. */
#include <xlsxwriter.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kMaxFields = 16 };

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Undoes dump_cells.py's escapes in place. */
static char* unescape(char* text) {
  char* out = text;
  for (const char* in = text; *in != '\0'; ++in) {
    if (*in == '\\' && in[1] != '\0') {
      ++in;
      *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in == 'r' ? '\r' : *in;
    } else {
      *out++ = *in;
    }
  }
  *out = '\0';
  return text;
}

/* Splits a line at tabs in place; returns the number of fields. */
static int split(char* line, char** fields) {
  int count = 0;
  fields[count++] = line;
  for (char* p = line; *p != '\0'; ++p) {
    if (*p == '\t' && count < kMaxFields) {
      *p = '\0';
      fields[count++] = p + 1;
    } else if (*p == '\n') {
      *p = '\0';
      break;
    }
  }
  return count;
}

static lxw_format* make_format(lxw_workbook* book, char** f) {
  /* style ID BOLD ITALIC UNDERLINE SIZE FONT FILL BORDER WRAP ALIGN VALIGN NUM_FORMAT */
  lxw_format* format = workbook_add_format(book);
  if (strcmp(f[2], "1") == 0) {
    format_set_bold(format);
  }
  if (strcmp(f[3], "1") == 0) {
    format_set_italic(format);
  }
  if (strcmp(f[4], "1") == 0) {
    format_set_underline(format, LXW_UNDERLINE_SINGLE);
  }
  if (strtod(f[5], NULL) != 11.0) {
    format_set_font_size(format, strtod(f[5], NULL));
  }
  if (strcmp(f[6], "-") != 0) {
    format_set_font_color(format, (lxw_color_t)strtoul(f[6], NULL, 16));
  }
  if (strcmp(f[7], "-") != 0) {
    format_set_pattern(format, LXW_PATTERN_SOLID);
    format_set_bg_color(format, (lxw_color_t)strtoul(f[7], NULL, 16));
  }
  if (strcmp(f[8], "thin") == 0) {
    format_set_border(format, LXW_BORDER_THIN);
  }
  if (strcmp(f[8], "medium") == 0) {
    format_set_border(format, LXW_BORDER_MEDIUM);
  }
  if (strcmp(f[9], "1") == 0) {
    format_set_text_wrap(format);
  }
  if (strcmp(f[10], "left") == 0) {
    format_set_align(format, LXW_ALIGN_LEFT);
  }
  if (strcmp(f[10], "center") == 0) {
    format_set_align(format, LXW_ALIGN_CENTER);
  }
  if (strcmp(f[10], "right") == 0) {
    format_set_align(format, LXW_ALIGN_RIGHT);
  }
  if (strcmp(f[11], "top") == 0) {
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  }
  if (strcmp(f[11], "center") == 0) {
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  }
  if (f[12][0] != '\0') {
    format_set_num_format(format, unescape(f[12]));
  }
  return format;
}

int main(int argc, char** argv) {
  const double start = now_seconds();
  int constant_memory = 0;
  int parse_only = 0;
  const char* paths[2] = {NULL, NULL};
  int path_count = 0;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--constant-memory") == 0) {
      constant_memory = 1;
    } else if (strcmp(argv[i], "--parse-only") == 0) {
      parse_only = 1;
    } else if (path_count < 2) {
      paths[path_count++] = argv[i];
    }
  }
  if (path_count != 2) {
    fputs("usage: write_cells_c [--constant-memory] [--parse-only] CELLS.tsv OUT.xlsx\n", stderr);
    return 2;
  }
  FILE* in = fopen(paths[0], "r");
  if (in == NULL) {
    perror(paths[0]);
    return 1;
  }

  lxw_workbook_options options = {
      .constant_memory = (uint8_t)constant_memory, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
  lxw_workbook* book = parse_only ? NULL : workbook_new_opt(paths[1], &options);
  lxw_worksheet* sheet = NULL;
  lxw_format* formats[256] = {NULL};
  double checksum = 0; /* keeps the parse-only work observable */
  size_t cells = 0;
  char* line = NULL;
  size_t capacity = 0;
  char* f[kMaxFields];
  while (getline(&line, &capacity, in) > 0) {
    if (line[0] == '#') {
      continue;
    }
    const int n = split(line, f);
    const char kind = f[0][0];
    if (n < 3) {
      fprintf(stderr, "write_cells_c: bad '%s' line\n", f[0]);
      return 1;
    }
    if (strcmp(f[0], "style") == 0) {
      const long id = strtol(f[1], NULL, 10);
      if (n < 13 || id < 0 || id >= 256) {
        fputs("write_cells_c: bad style line\n", stderr);
        return 1;
      }
      if (!parse_only) {
        formats[id] = make_format(book, f);
      }
      continue;
    }
    if (strcmp(f[0], "sheet") == 0) {
      unescape(f[1]);
      if (!parse_only) {
        sheet = workbook_add_worksheet(book, f[1]);
        if (strcmp(f[2], "1") == 0) {
          worksheet_hide(sheet);
        }
      }
      continue;
    }
    if (strcmp(f[0], "col") == 0 && n >= 4) {
      const double width = strtod(f[3], NULL);
      if (!parse_only) {
        worksheet_set_column(sheet, (lxw_col_t)atoi(f[1]), (lxw_col_t)atoi(f[2]), width, NULL);
      }
      checksum += width;
      continue;
    }
    if (strcmp(f[0], "row") == 0) {
      const double height = strtod(f[2], NULL);
      if (!parse_only) {
        worksheet_set_row(sheet, (lxw_row_t)atol(f[1]), height, NULL);
      }
      checksum += height;
      continue;
    }
    if (strcmp(f[0], "merge") == 0 && n >= 7) {
      const long style = strtol(f[5], NULL, 10);
      unescape(f[6]);
      if (!parse_only) {
        worksheet_merge_range(sheet, (lxw_row_t)atol(f[1]), (lxw_col_t)atoi(f[2]),
                              (lxw_row_t)atol(f[3]), (lxw_col_t)atoi(f[4]), f[6],
                              style < 0 ? NULL : formats[style]);
      }
      continue;
    }
    const int needed = kind == 'b' ? 4 : (kind == 'f' || kind == 'g') ? 6 : 5;
    if (n < needed || strtol(f[3], NULL, 10) >= 256) {
      fprintf(stderr, "write_cells_c: bad '%s' line\n", f[0]);
      return 1;
    }
    const lxw_row_t row = (lxw_row_t)strtoul(f[1], NULL, 10);
    const lxw_col_t col = (lxw_col_t)strtoul(f[2], NULL, 10);
    const long style = strtol(f[3], NULL, 10);
    lxw_format* format = style < 0 ? NULL : formats[style];
    ++cells;
    lxw_error error = LXW_NO_ERROR;
    switch (kind) {
      case 's':
        unescape(f[4]);
        if (!parse_only) {
          error = worksheet_write_string(sheet, row, col, f[4], format);
        }
        break;
      case 'n': {
        const double value = strtod(f[4], NULL);
        checksum += value;
        if (!parse_only) {
          error = worksheet_write_number(sheet, row, col, value, format);
        }
        break;
      }
      case 'b':
        if (!parse_only) {
          error = worksheet_write_blank(sheet, row, col, format);
        }
        break;
      case 'f': {
        const double value = strtod(f[4], NULL);
        unescape(f[5]);
        checksum += value;
        if (!parse_only) {
          error = worksheet_write_formula_num(sheet, row, col, f[5], format, value);
        }
        break;
      }
      case 'g':
        unescape(f[4]);
        unescape(f[5]);
        if (!parse_only) {
          error = worksheet_write_formula_str(sheet, row, col, f[5], format, f[4]);
        }
        break;
      default:
        fprintf(stderr, "write_cells_c: unknown record '%s'\n", f[0]);
        return 1;
    }
    if (error != LXW_NO_ERROR) {
      fprintf(stderr, "write_cells_c: %s at %u,%u\n", lxw_strerror(error), row, col);
      return 1;
    }
  }
  free(line);
  fclose(in);
  if (!parse_only) {
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
      fprintf(stderr, "write_cells_c: %s\n", lxw_strerror(error));
      return 1;
    }
  }
  printf("elapsed_s=%.3f cells=%zu checksum=%.1f\n", now_seconds() - start, cells, checksum);
  return 0;
}
