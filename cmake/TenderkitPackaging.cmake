# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# The Debian package: `cpack -G DEB` in the build directory writes tenderkit_VERSION_ARCH.deb of
# everything `cmake --install` installs, under /usr. Checked by lintian in the test deb.package.
# See docs/packaging.md.
set(TENDERKIT_MAINTAINER "tenderkit maintainers <maintainers@tenderkit.nl>"
    CACHE STRING "Maintainer of the Debian package: 'Name <address>'")
set(TENDERKIT_HOMEPAGE "https://github.com/tenderkit/tenderkit"
    CACHE STRING "Homepage of the Debian package and Source of its copyright file")

# The files of share/doc/tenderkit that Debian asks for (they go in every installation):
# - copyright: machine-readable (DEP-5), the EUPL-1.2 text taken from LICENSE;
# - changelog.gz: the changelog of this native package (its version has no Debian revision), in
#   Debian's format, dated by the same SOURCE_DATE_EPOCH as the man pages, gzip -9n.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE eupl_text)
string(REGEX REPLACE "\n+$" "" eupl_text "${eupl_text}")
string(REPLACE "\n" "\n " eupl_text " ${eupl_text}")
string(REGEX REPLACE "\n \n" "\n .\n" eupl_text "${eupl_text}")
string(REGEX REPLACE "\n \n" "\n .\n" eupl_text "${eupl_text}")
set(TENDERKIT_EUPL_TEXT "${eupl_text}")
configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in
               ${PROJECT_BINARY_DIR}/packaging/copyright @ONLY NEWLINE_STYLE UNIX)

set(saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} "${tenderkit_source_epoch}")
string(TIMESTAMP TENDERKIT_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${saved_epoch}")
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in
               ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY NEWLINE_STYLE UNIX)
find_program(GZIP_PROGRAM gzip REQUIRED)
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
  COMMAND ${GZIP_PROGRAM} -9nkf ${PROJECT_BINARY_DIR}/packaging/changelog
  DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
add_custom_target(changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/copyright
              ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME tenderkit)
set(CPACK_PACKAGE_VENDOR "tenderkit")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tender toolkit for Dutch integral youth-care procurement")
set(CPACK_PACKAGE_CONTACT "${TENDERKIT_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${TENDERKIT_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
# Binaries without their debug information.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME tenderkit)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # tenderkit_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TENDERKIT_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TENDERKIT_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Every file and directory owned by root, directories 0755, files 0644 and the commands 0755,
# whatever the umask of the build was.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
                                                GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The long description, for someone deciding whether to install it (apt show tenderkit). CPack
# puts the synopsis (CPACK_PACKAGE_DESCRIPTION_SUMMARY) before it, indents each line by one space
# and turns an empty line into " ."; the list, one space in here, is shown as it is.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "For the people who run a public tender for integral youth care
(jeugdhulp) in a Dutch municipal region: procurement advisors, contract
managers and the CI job that checks registrations as they come in.

You describe the tender once, in a commented TOML file (municipalities,
services, certifications, the integrality requirement, the preselection,
the contract and the timeline), and each candidate's registration in
another. Then:
 * tender-init starts a tender folder from a template (MVS, IJmond/ZK or
   blank);
 * tender-check says which registrations meet the integrality
   requirement, and why not, with file and line;
 * tender-score writes a scoring form per evaluator, reads the filled
   forms back and ranks the candidates in exact arithmetic, with the
   cut-off and published tie-breaks;
 * tender-schedule dates every contract milestone and the procurement
   timeline on Dutch working days (holidays and bridging days), and
   re-plans it when a phase moves;
 * tender-match finds, from a register of the region's providers, the
   compliant consortia with the fewest members, what a registration
   lacks, and how many competing consortia the market can form, each
   proven optimal or with its bound.

Reports are text, JSON, JUnit XML, Markdown, CSV, iCalendar and Excel
workbooks. Messages are in English and Dutch. The documentation is in
/usr/share/doc/tenderkit, a manual page per command.")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")

# Depends: the runtime libraries the commands link, as dpkg-shlibdeps finds them (libfmt9,
# libxlsxwriter4, libzip4, libpugixml1v5, libssl3, libutf8proc2, ...). Without dpkg-shlibdeps (package dpkg-dev)
# the list it gives on Debian 12, by hand.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libfmt9 (>= 9.1.0+ds1), libgcc-s1 (>= 7), libpugixml1v5 (>= 1.6), \
libssl3 (>= 3.0.0), libstdc++6 (>= 11), libtomlplusplus3 (>= 3.2.0), libutf8proc2 (>= 2.5.0), \
libxlsxwriter4 (>= 1.1.4), libzip4 (>= 1.0)")
endif()

include(CPack)
