# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Runs one end-to-end case of a tenderkit command and compares it with its golden files.
#
# A case is a directory tests/cli/<command>/<case>/ holding:
#   args          the arguments, one per line; @OUT@ stands for a fresh scratch directory
#   exit          the expected exit code
#   stdout        the expected standard output (exact); absent means none
#   stderr        the expected standard error (exact); absent means none
#   env           optional KEY=VALUE lines added to the environment
#   files/<name>  expected contents of @OUT@/<name> after the run
#   keep/<name>   copied into @OUT@ before the run (e.g. a previous output that must survive)
#   file-size-limit  optional: run under `ulimit -f` with this many 512-byte blocks (a full disk)
# The command runs from the source directory, so paths in messages are stable and relative.
# Set TENDERKIT_UPDATE_GOLDEN=1 to rewrite stdout, stderr, exit and files/ from the actual run.
#
# Invoked as: cmake -DPROGRAM=... -DCASE_DIR=... -DSOURCE_DIR=... -DSCRATCH=... -P run_case.cmake

foreach(variable PROGRAM CASE_DIR SOURCE_DIR SCRATCH)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "run_case.cmake needs -D${variable}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
if(EXISTS "${CASE_DIR}/keep")
  file(COPY "${CASE_DIR}/keep/" DESTINATION "${SCRATCH}")
endif()

set(arguments "")
if(EXISTS "${CASE_DIR}/args")
  file(STRINGS "${CASE_DIR}/args" lines ENCODING UTF-8)
  foreach(line IN LISTS lines)
    string(REPLACE "@OUT@" "${SCRATCH}" line "${line}")
    list(APPEND arguments "${line}")
  endforeach()
endif()

# A fixed environment: no colour decisions from the caller's terminal, a fixed timestamp.
set(environment "NO_COLOR=1" "SOURCE_DATE_EPOCH=1672531200")
if(EXISTS "${CASE_DIR}/env")
  file(STRINGS "${CASE_DIR}/env" extra ENCODING UTF-8)
  list(APPEND environment ${extra})
endif()

set(launcher "")
if(EXISTS "${CASE_DIR}/file-size-limit")
  file(READ "${CASE_DIR}/file-size-limit" blocks)
  string(STRIP "${blocks}" blocks)
  set(launcher /bin/sh -c "ulimit -f ${blocks} && exec \"$0\" \"$@\"")
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env ${environment} ${launcher} "${PROGRAM}" ${arguments}
  WORKING_DIRECTORY "${SOURCE_DIR}"
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr
  RESULT_VARIABLE actual_exit)
string(REPLACE "${SCRATCH}" "@OUT@" actual_stdout "${actual_stdout}")
string(REPLACE "${SCRATCH}" "@OUT@" actual_stderr "${actual_stderr}")

if("$ENV{TENDERKIT_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE "${CASE_DIR}/exit" "${actual_exit}\n")
  foreach(stream stdout stderr)
    if(actual_${stream} STREQUAL "")
      file(REMOVE "${CASE_DIR}/${stream}")
    else()
      file(WRITE "${CASE_DIR}/${stream}" "${actual_${stream}}")
    endif()
  endforeach()
  if(EXISTS "${CASE_DIR}/files")
    file(GLOB expected_files RELATIVE "${CASE_DIR}/files" "${CASE_DIR}/files/*")
    foreach(name IN LISTS expected_files)
      file(COPY_FILE "${SCRATCH}/${name}" "${CASE_DIR}/files/${name}")
    endforeach()
  endif()
  message(STATUS "updated golden files of ${CASE_DIR}")
  return()
endif()

set(failures "")
file(READ "${CASE_DIR}/exit" expected_exit)
string(STRIP "${expected_exit}" expected_exit)
if(NOT actual_exit STREQUAL expected_exit)
  string(APPEND failures "exit code: expected ${expected_exit}, got ${actual_exit}\n")
endif()
foreach(stream stdout stderr)
  set(expected "")
  if(EXISTS "${CASE_DIR}/${stream}")
    file(READ "${CASE_DIR}/${stream}" expected)
  endif()
  if(NOT actual_${stream} STREQUAL expected)
    file(WRITE "${SCRATCH}.${stream}" "${actual_${stream}}")
    string(APPEND failures "${stream} differs from ${CASE_DIR}/${stream}:\n"
                           "--- expected\n${expected}\n--- actual\n${actual_${stream}}\n"
                           "(actual saved as ${SCRATCH}.${stream})\n")
  endif()
endforeach()
if(EXISTS "${CASE_DIR}/files")
  file(GLOB expected_files RELATIVE "${CASE_DIR}/files" "${CASE_DIR}/files/*")
  foreach(name IN LISTS expected_files)
    if(NOT EXISTS "${SCRATCH}/${name}")
      string(APPEND failures "output file ${name} was not written\n")
      continue()
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${CASE_DIR}/files/${name}"
                            "${SCRATCH}/${name}" RESULT_VARIABLE different)
    if(different)
      string(APPEND failures "output file ${name} differs from ${CASE_DIR}/files/${name}\n")
    endif()
  endforeach()
endif()
# No temporary files may be left behind by the atomic writer, whatever happened.
file(GLOB_RECURSE litter "${SCRATCH}/.*.tmp-*")
if(litter)
  string(APPEND failures "temporary files left behind: ${litter}\n")
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
