# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# The Debian package: `cpack -G DEB` in the build directory writes tenderkit_VERSION_ARCH.deb of
# everything `cmake --install` installs, under /usr. See docs/packaging.md.
set(CPACK_PACKAGE_NAME tenderkit)
set(CPACK_PACKAGE_VENDOR "tenderkit")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "tenderkit maintainers <tenderkit@example.org>")
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
# Binaries without their debug information (RelWithDebInfo builds are large).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME tenderkit)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # tenderkit_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Tender toolkit for integral youth-care procurement
 tender-check validates consortium registrations against a tender's
 integrality requirement; tender-score runs the preselection from blank
 evaluator forms to the ranked cut-off; tender-schedule computes
 contract-term schedules and the procurement timeline on Dutch working days;
 tender-init writes a ready-to-edit tender folder from a shipped template.
 Reports as text, JSON, JUnit, Markdown, CSV, iCalendar and xlsx workbooks.")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")

# Depends: the runtime libraries the commands link, as dpkg-shlibdeps finds them (libfmt9,
# libxlsxwriter4, libzip4, libpugixml1v5, libssl3, ...). Without dpkg-shlibdeps (package dpkg-dev)
# the list it gives on Debian 12, by hand.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libfmt9 (>= 9.1.0+ds1), libgcc-s1 (>= 7), libpugixml1v5 (>= 1.6), \
libssl3 (>= 3.0.0), libstdc++6 (>= 11), libtomlplusplus3 (>= 3.2.0), libxlsxwriter4 (>= 1.1.4), \
libzip4 (>= 1.0)")
endif()

include(CPack)
