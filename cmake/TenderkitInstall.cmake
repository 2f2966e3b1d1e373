# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# What `cmake --install` puts under the prefix besides the commands (apps/CMakeLists.txt), and the
# man pages built for it. See docs/packaging.md.
#
#   bin/tender-*                                   the commands
#   share/man/man1/tender-*.1.gz                   man pages, from --help by help2man
#   share/bash-completion/completions/tender-*     bash completion, one file per command
#   share/tenderkit/templates/                     the shipped templates (tender-init, and the
#                                                  bridging days of tender-schedule)
#   share/doc/tenderkit/                           README.md and docs/ (as in the source tree)
#
# The commands find their templates at bin/../share/tenderkit/templates (core/resources.cpp), so
# the data directory must stay share/ beside bin/.
include(GNUInstallDirs)

if(NOT CMAKE_INSTALL_DATADIR STREQUAL "share" OR NOT CMAKE_INSTALL_BINDIR STREQUAL "bin")
  message(WARNING "CMAKE_INSTALL_DATADIR is '${CMAKE_INSTALL_DATADIR}' and CMAKE_INSTALL_BINDIR "
                  "'${CMAKE_INSTALL_BINDIR}': the installed commands look for their templates in "
                  "bin/../share/tenderkit/templates only (or $TENDERKIT_TEMPLATES)")
endif()

set(TENDERKIT_COMMANDS tender-check tender-score tender-schedule tender-init tender-match)

# The templates: the whole tree, as it is in the source (tender-init copies its files verbatim).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/templates/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/tenderkit/templates)

# The documentation as in the source tree, README.md beside docs/, so that the README's links
# (docs/user-guide.md, ...) work in share/doc/tenderkit too.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "*.json" PATTERN "*.yml"
        PATTERN "man" EXCLUDE)

# Bash completion: bash-completion loads completions/<command> when <command> is first completed,
# so the one script goes in once per command name (it registers all five).
foreach(command IN LISTS TENDERKIT_COMMANDS)
  install(FILES ${PROJECT_SOURCE_DIR}/scripts/completion/tenderkit.bash
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ${command})
endforeach()

# The date of what the build writes besides the commands (the man pages' header, the Debian
# changelog): SOURCE_DATE_EPOCH, from -DTENDERKIT_MAN_EPOCH=..., else $SOURCE_DATE_EPOCH at
# configure time, else the time of the last commit, else a fixed day, so that these files depend
# on their sources only.
if(DEFINED TENDERKIT_MAN_EPOCH)
  set(tenderkit_source_epoch "${TENDERKIT_MAN_EPOCH}")
elseif(DEFINED ENV{SOURCE_DATE_EPOCH})
  set(tenderkit_source_epoch "$ENV{SOURCE_DATE_EPOCH}")
else()
  set(tenderkit_source_epoch 1672531200)  # 2023-01-01
  find_package(Git QUIET)
  if(Git_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                    OUTPUT_VARIABLE commit_epoch OUTPUT_STRIP_TRAILING_WHITESPACE
                    ERROR_QUIET RESULT_VARIABLE git_result)
    if(git_result EQUAL 0 AND commit_epoch MATCHES "^[0-9]+$")
      set(tenderkit_source_epoch ${commit_epoch})
    endif()
  endif()
endif()

# Man pages, built with the commands (target "man") from their --help and --version by help2man,
# and the hand-written sections of docs/man/<command>.h2m, dated tenderkit_source_epoch.
option(TENDERKIT_MAN "Build the man pages (needs help2man)" ON)
find_program(HELP2MAN help2man)
if(TENDERKIT_MAN AND NOT HELP2MAN)
  message(WARNING "help2man not found: no man pages are built or installed "
                  "(scripts/install-deps.sh installs it)")
endif()
if(TENDERKIT_MAN AND HELP2MAN)
  set(tenderkit_man_epoch "${tenderkit_source_epoch}")
  set(man_pages "")
  foreach(command IN LISTS TENDERKIT_COMMANDS)
    set(subcommands "")
    if(command STREQUAL "tender-score")
      set(subcommands forms collect rank)
    elseif(command STREQUAL "tender-match")
      set(subcommands compose complete market)
    endif()
    set(page ${PROJECT_BINARY_DIR}/man/${command}.1.gz)
    add_custom_command(
      OUTPUT ${page}
      COMMAND ${PROJECT_SOURCE_DIR}/docs/man/generate.sh ${HELP2MAN} $<TARGET_FILE:${command}>
              ${PROJECT_SOURCE_DIR}/docs/man/${command}.h2m ${page} ${tenderkit_man_epoch}
              ${subcommands}
      DEPENDS ${command} ${PROJECT_SOURCE_DIR}/docs/man/${command}.h2m
              ${PROJECT_SOURCE_DIR}/docs/man/generate.sh
      COMMENT "Generating the man page of ${command}"
      VERBATIM)
    list(APPEND man_pages ${page})
  endforeach()
  add_custom_target(man ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
