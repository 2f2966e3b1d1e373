# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by each of our targets, so that they
# never leak into dependencies or consumers.
add_library(tenderkit_warnings INTERFACE)
target_compile_options(tenderkit_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                    -Wnon-virtual-dtor -Wold-style-cast)
# g++ 12 at -O3 (the Release build of the demo) reports -Wrestrict inside libstdc++'s
# std::string operator+ and assign where nothing overlaps (GCC bug 105329, fixed in 13): six
# false warnings in our code, none real. Off for that compiler only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
   AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(tenderkit_warnings INTERFACE -Wno-restrict)
endif()
if(TENDERKIT_WERROR)
  target_compile_options(tenderkit_warnings INTERFACE -Werror)
endif()

add_library(tenderkit_sanitizers INTERFACE)
if(TENDERKIT_SANITIZE)
  target_compile_options(tenderkit_sanitizers INTERFACE -fsanitize=address,undefined
                                                        -fno-sanitize-recover=undefined
                                                        -fno-omit-frame-pointer)
  target_link_options(tenderkit_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# The sources that compile CLI11 (header-only, heavy) do nothing but parse a command line once:
# -O1 takes them from about 12 to 7.5 s each at -O3, a fifth of a first build's compile time, at
# no measurable cost at run time. Debug builds keep their own level.
function(tenderkit_parse_only_source source)
  set_source_files_properties(${source} DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                              PROPERTIES COMPILE_OPTIONS "$<$<NOT:$<CONFIG:Debug>>:-O1>")
endfunction()
